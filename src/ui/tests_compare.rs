//! The comparison drawn into `TestBackend`: a pair's number on the same row of both columns
//! after a jump, and the same colour and kind styles on both sides of it.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::tests::{draw, rows, screen};
use super::Theme;
use crate::app::compare;
use crate::app::compare::layout::areas;
use crate::app::fixture::press;
use crate::app::tests_compare::rates_app;
use crate::app::App;
use crate::engine::passages::Kind;

/// Every place `needle` starts on screen, as `(x, y)`.
fn find_all(buf: &Buffer, needle: &str) -> Vec<(u16, u16)> {
    let mut out = Vec::new();
    for (y, (text, cols)) in rows(buf).into_iter().enumerate() {
        // `cols` holds the column of each byte of the row's text.
        for (i, _) in text.match_indices(needle) {
            out.push((cols[i], y as u16));
        }
    }
    out
}

/// Where `needle` starts in the left column and in the right one.
fn both_sides(app: &App, buf: &Buffer, needle: &str) -> ((u16, u16), (u16, u16)) {
    let a = areas(app.size);
    let hits = find_all(buf, needle);
    let left = hits.iter().find(|&&p| a.left.contains(p.into()));
    let right = hits.iter().find(|&&p| a.right.contains(p.into()));
    match (left, right) {
        (Some(&l), Some(&r)) => (l, r),
        _ => panic!("{needle:?} not on both sides:\n{}", screen(buf)),
    }
}

/// The pair whose left side contains `text`.
fn pair_with(app: &App, text: &str) -> usize {
    let v = app.compare.as_ref().unwrap();
    let body = &app.bundle.as_ref().unwrap().articles[v.comparison.a].body;
    v.comparison
        .pairs
        .iter()
        .position(|p| body[p.a.range.clone()].contains(text))
        .unwrap_or_else(|| panic!("no pair with {text:?}"))
}

/// Jumps with `n` until pair `i` is current.
fn jump_to(app: &mut App, i: usize) {
    for _ in 0..=i {
        press(app, "n");
    }
    assert_eq!(app.compare.as_ref().unwrap().current, Some(i));
}

#[test]
fn a_pair_sits_side_by_side_with_one_colour_and_its_kind_style() {
    for (w, h) in [(140u16, 40u16), (80, 40)] {
        let mut app = rates_app(w, h);
        compare::open(&mut app, 0, 1);
        let markets = pair_with(&app, "Markets fell");
        let rate = pair_with(&app, "central bank");
        let kinds = {
            let c = &app.compare.as_ref().unwrap().comparison;
            (c.pairs[markets].kind, c.pairs[rate].kind)
        };
        assert_eq!(kinds, (Kind::Verbatim, Kind::Near), "at {w}x{h}");

        // The verbatim pair: its number on the same row of each column (side by side), or
        // the same row of each stacked column's text.
        jump_to(&mut app, markets);
        let buf = draw(&app, &Theme::default());
        let tag = format!("[{}]", markets + 1);
        let (l, r) = both_sides(&app, &buf, &tag);
        let a = areas(app.size);
        let (tl, tr) = (a.text_of(a.left), a.text_of(a.right));
        assert_eq!(
            l.1 - tl.y,
            r.1 - tr.y,
            "same row at {w}x{h}:\n{}",
            screen(&buf)
        );
        if !a.stacked {
            assert_eq!(l.1, r.1);
        }
        let colour = super::compare::pair_colour(markets);
        for p in [l, r] {
            let tag_style = buf[p].style();
            assert_eq!(tag_style.fg, Some(colour));
            assert!(
                tag_style.add_modifier.contains(Modifier::REVERSED),
                "current"
            );
        }
        let (l, r) = both_sides(&app, &buf, "Markets fell");
        for p in [l, r] {
            let s = buf[p].style();
            assert_eq!(s.fg, Some(colour), "at {w}x{h}");
            assert!(s.add_modifier.contains(Modifier::REVERSED | Modifier::BOLD));
        }

        // The near pair: the same colour on both sides, bold, and the words that differ
        // underlined on each side.
        press(&mut app, "gg");
        app.compare.as_mut().unwrap().current = None;
        jump_to(&mut app, rate);
        let buf = draw(&app, &Theme::default());
        let colour = super::compare::pair_colour(rate);
        let (l, r) = both_sides(&app, &buf, "central bank");
        for p in [l, r] {
            let s = buf[p].style();
            assert_eq!(s.fg, Some(colour));
            assert!(s.add_modifier.contains(Modifier::BOLD));
            assert!(!s
                .add_modifier
                .contains(Modifier::REVERSED | Modifier::UNDERLINED));
        }
        let largest = find_all(&buf, "largest");
        let biggest = find_all(&buf, "biggest");
        assert!(a.left.contains(largest[0].into()));
        assert!(a.right.contains(biggest[0].into()));
        for p in [largest[0], biggest[0]] {
            let s = buf[p].style();
            assert_eq!(s.fg, Some(colour));
            assert!(s
                .add_modifier
                .contains(Modifier::UNDERLINED | Modifier::BOLD));
        }
        // Text only one side has is plain.
        let own = find_all(&buf, "Shops reported");
        if let Some(&p) = own.first() {
            assert_eq!(buf[p].style().fg, Some(Color::Reset));
            assert!(buf[p].style().add_modifier.is_empty());
        }
        let s = screen(&buf);
        assert!(s.contains("Herald"), "{s}");
        assert!(
            s.contains("#right-0002"),
            "an unknown outlet is named as in the list:\n{s}"
        );
        assert!(!s.contains("unknown"), "{s}");
        assert!(
            s.contains("2 passages (1 verbatim, 1 near)") || s.contains("2 shared · left "),
            "{s}"
        );
        assert!(s.contains("n/N passage"), "hints from the key map:\n{s}");
    }
}

#[test]
fn without_colour_kinds_are_still_told_apart() {
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 0, 1);
    let buf = draw(&app, &Theme::plain());
    let (l, r) = both_sides(&app, &buf, "central bank");
    for p in [l, r] {
        let s = buf[p].style();
        assert_eq!(s.fg, Some(Color::Reset));
        assert!(s.add_modifier.contains(Modifier::BOLD));
        assert!(!s.add_modifier.contains(Modifier::REVERSED));
    }
    let markets = find_all(&buf, "Markets fell");
    let s = buf[markets[0]].style();
    assert!(s.add_modifier.contains(Modifier::REVERSED | Modifier::BOLD));
    let largest = find_all(&buf, "largest");
    assert!(buf[largest[0]]
        .style()
        .add_modifier
        .contains(Modifier::UNDERLINED));
}

#[test]
fn escapes_are_shown_and_tiny_screens_draw() {
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 2, 0);
    let s = screen(&draw(&app, &Theme::default()));
    assert!(s.contains("␛[2J"), "{s}");
    assert!(s.contains("nothing shared"), "{s}");
    for (w, h) in [(20, 5), (1, 1), (3, 2), (99, 7), (100, 6), (30, 12)] {
        let mut app = rates_app(w, h);
        compare::open(&mut app, 0, 1);
        press(&mut app, "n");
        let buf = draw(&app, &Theme::default());
        if w >= 20 {
            assert!(!screen(&buf).trim().is_empty());
        }
    }
}

#[test]
fn the_unshared_view_leaves_pairs_as_their_numbers() {
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 0, 1);
    press(&mut app, "u");
    let buf = draw(&app, &Theme::default());
    let s = screen(&buf);
    assert!(!s.contains("Markets fell"), "{s}");
    assert!(s.contains("Shops reported"), "{s}");
    // The long summary, or the short one when the labels leave no room for it.
    assert!(
        s.contains("unshared text only") || s.contains("unshared only ·"),
        "{s}"
    );
    let (l, r) = both_sides(&app, &buf, "[1 …]");
    assert_eq!(buf[l].style().fg, buf[r].style().fg);
}

#[test]
fn hostile_articles_compare_without_panics_or_live_controls() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/bundle");
    let bundle = crate::engine::bundle::load(&dir).expect("the hostile fixtures load");
    let n = bundle.articles.len();
    let analysis = crate::engine::analysis::analyse(
        &bundle.articles,
        &crate::engine::passages::Options::default(),
        true,
    );
    let mut app = App::loaded(bundle, analysis, ratatui::layout::Rect::new(0, 0, 120, 30));
    for a in 0..n {
        // Each article against the next, and against itself.
        for b in [(a + 1) % n, a] {
            for (w, h) in [(120, 30), (60, 20), (20, 5)] {
                app.size = ratatui::layout::Rect::new(0, 0, w, h);
                compare::open(&mut app, a, b);
                press(&mut app, "nu");
                let buf = draw(&app, &Theme::default());
                for cell in buf.content() {
                    assert!(
                        !cell.symbol().chars().any(|c| c.is_control()),
                        "a control character reached the screen comparing {a} and {b}"
                    );
                }
                compare::close(&mut app);
            }
        }
    }
}
