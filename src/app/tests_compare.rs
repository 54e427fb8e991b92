//! The comparison's state: which reports `c` opens, and how keys move through them.

use ratatui::layout::Rect;

use super::compare::layout::Mark;
use super::compare::{self, Scrolling};
use super::fixture::{self, press};
use super::*;
use crate::engine::analysis::Analysis;
use crate::engine::events::Event;
use crate::engine::passages::{self, Options};
use crate::engine::{Article, Bundle};

const RATE: &str = "The central bank raised its benchmark interest rate by half a point on Tuesday, the largest increase in two decades.";
const GOVERNOR: &str = "Governor Maria Olsen told reporters the bank would do whatever it takes to bring inflation back to its target of two percent.";
const MARKETS: &str =
    "Markets fell sharply after the announcement, with the main index closing down three percent.";

fn article(id: &str, outlet: Option<&str>, body: String) -> Article {
    Article {
        id: id.into(),
        outlet: outlet.map(str::to_string),
        title: Some(format!("{id} reports the rate decision")),
        original: body.clone().into(),
        body,
        ..Default::default()
    }
}

/// Three reports of one rate decision: the left tells the rate rise, then much of its own,
/// then the markets; the right tells the markets first and says "biggest" for "largest"; the
/// third shares nothing and carries an escape sequence. Passages come from the real search.
pub(crate) fn rates_bundle() -> (Bundle, Analysis) {
    let own: Vec<String> = (0..12)
        .map(|i| format!("Local note {i}: the weather in district {i} stayed mild and quiet."))
        .collect();
    let left = format!("{RATE}\n\n{GOVERNOR}\n\n{}\n\n{MARKETS}", own.join("\n\n"));
    let right = format!(
        "{MARKETS}\n\nShops reported a quiet morning as commuters stayed home, and the harbour ferries ran half empty until noon.\n\n{}\n\n{GOVERNOR}",
        RATE.replace("largest", "biggest")
    );
    let other = "Heavy snow closed the mountain pass for a third day \u{1b}[2J stranding hundreds of lorries near the border.".to_string();
    let articles = vec![
        article("left-0001", Some("Herald"), left),
        article("right-0002", None, right),
        article("snow-0003", None, other),
    ];
    let passages = passages::find(&articles, &[vec![0, 1, 2]], &Options::default());
    let analysis = Analysis {
        events: vec![Event {
            id: "e".into(),
            label: "Rates".into(),
            articles: vec![0, 1, 2],
            outlets: vec!["Herald".into()],
            first_date: None,
            last_date: None,
        }],
        event_of: vec![0, 0, 0],
        passages,
    };
    let bundle = Bundle {
        name: "rates".into(),
        articles,
        warnings: vec![],
    };
    (bundle, analysis)
}

pub(crate) fn rates_app(width: u16, height: u16) -> App {
    let (b, a) = rates_bundle();
    App::loaded(b, a, Rect::new(0, 0, width, height))
}

fn view(app: &App) -> &compare::CompareView {
    app.compare.as_ref().expect("a comparison is open")
}

fn select_article(app: &mut App, article: usize) {
    app.list.selected = app
        .list
        .rows
        .iter()
        .position(|r| matches!(r, Row::Article { article: a, .. } if *a == article))
        .expect("the article has a row");
}

/// The screen row of pair `i` in each column (its line minus the scroll).
fn rows_of(app: &App, i: usize) -> (Option<isize>, Option<isize>) {
    let v = view(app);
    let row = |p: &compare::Pane| p.doc.pair_line[i].map(|l| l as isize - p.scroll as isize);
    (row(&v.left), row(&v.right))
}

#[test]
fn c_on_an_article_compares_it_with_the_report_sharing_most() {
    let mut app = fixture::app(120, 40);
    select_article(&mut app, 0);
    let selected = app.list.selected;
    press(&mut app, "c");
    // a0 shares the quotation with a1 and a2, and the rewrite with a2 only.
    assert_eq!((view(&app).comparison.a, view(&app).comparison.b), (0, 2));
    assert_eq!(app.scopes()[0], Scope::Compare);
    press(&mut app, "<Esc>");
    assert!(app.compare.is_none());
    assert_eq!(app.list.selected, selected, "back where the list was");
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn c_on_an_event_opens_its_two_closest_reports_leaving_duplicates_aside() {
    let mut app = fixture::app(120, 40);
    app.list.selected = 0;
    assert!(matches!(
        app.selected_row(),
        Some(Row::Event { event: 0, .. })
    ));
    press(&mut app, "c");
    let c = &view(&app).comparison;
    assert_eq!((c.a, c.b), (0, 2));
}

#[test]
fn m_marks_then_c_compares_the_two() {
    let mut app = fixture::app(120, 40);
    select_article(&mut app, 4);
    press(&mut app, "m");
    assert_eq!(app.mark, Some(4));
    assert!(app
        .message
        .as_deref()
        .is_some_and(|m| m.contains("Straits Times")));
    select_article(&mut app, 0);
    press(&mut app, "c");
    let c = &view(&app).comparison;
    assert_eq!((c.a, c.b), (4, 0));
    assert_eq!(app.mark, None);
    // m twice unmarks.
    press(&mut app, "<Esc>");
    press(&mut app, "mm");
    assert_eq!(app.mark, None);
}

#[test]
fn brackets_cycle_each_side_through_the_event_and_s_swaps() {
    let mut app = fixture::app(120, 40);
    compare::open(&mut app, 0, 2);
    let sides = |app: &App| (view(app).comparison.a, view(app).comparison.b);
    press(&mut app, "]");
    assert_eq!(sides(&app), (0, 3));
    press(&mut app, "]");
    assert_eq!(sides(&app), (0, 1), "wraps around, skipping the left");
    press(&mut app, "[");
    assert_eq!(sides(&app), (0, 3));
    press(&mut app, "}");
    assert_eq!(sides(&app), (1, 3));
    press(&mut app, "{");
    assert_eq!(sides(&app), (0, 3));
    press(&mut app, "s");
    assert_eq!(sides(&app), (3, 0));
    // The labels follow the sides.
    assert_eq!(view(&app).left.label, "Yahoo");
    assert_eq!(view(&app).right.label, "WION");
}

#[test]
fn n_puts_each_pair_side_by_side_whatever_the_order() {
    for (w, h) in [(140, 40), (80, 40)] {
        let mut app = rates_app(w, h);
        compare::open(&mut app, 0, 1);
        let n = view(&app).comparison.pairs.len();
        assert!(n >= 2, "{:#?}", view(&app).comparison.pairs);
        // The reports tell the pairs in different orders.
        let lines = |p: &compare::Pane| -> Vec<usize> {
            p.doc.pair_line.iter().map(|l| l.unwrap()).collect()
        };
        let (l, r) = (lines(&view(&app).left), lines(&view(&app).right));
        assert!(
            (0..n).any(|i| (0..n).any(|j| (l[i] < l[j]) != (r[i] < r[j]))),
            "left {l:?} right {r:?}"
        );
        for i in 0..n {
            press(&mut app, "n");
            assert_eq!(view(&app).current, Some(i));
            let (a, b) = rows_of(&app, i);
            assert_eq!(a, b, "pair {i} at {w}x{h}");
            assert!(a.unwrap() >= 0 && a.unwrap() <= 1);
        }
        press(&mut app, "n");
        assert_eq!(app.message.as_deref(), Some("no shared passage below"));
        press(&mut app, "N");
        assert_eq!(view(&app).current, Some(n - 2));
        assert_eq!(rows_of(&app, n - 2).0, rows_of(&app, n - 2).1);
    }
}

#[test]
fn a_passage_shared_twice_pairs_both_copies_with_the_one() {
    let quote =
        "The minister said the new rail line would cut travel times between the two cities in half";
    let articles = vec![
        article(
            "twice",
            Some("Post"),
            format!(
                "{quote}.\n\nOther news of the day followed at length here.\n\nAgain: {quote}."
            ),
        ),
        article(
            "once",
            Some("Courier"),
            format!("Officials met on Monday. {quote}, according to the statement."),
        ),
    ];
    let bundle = Bundle {
        name: "t".into(),
        articles,
        warnings: vec![],
    };
    let mut app = App::loaded(bundle, Analysis::default(), Rect::new(0, 0, 140, 30));
    compare::open(&mut app, 0, 1);
    assert_eq!(view(&app).comparison.pairs.len(), 2);
    press(&mut app, "n");
    let first = rows_of(&app, 0);
    press(&mut app, "n");
    let second = rows_of(&app, 1);
    assert_eq!(first.0, first.1);
    assert_eq!(second.0, second.1);
    assert_eq!(
        view(&app).right.doc.pair_line[0],
        view(&app).right.doc.pair_line[1],
        "both numbers stand before the one copy"
    );
}

#[test]
fn an_article_against_itself_shares_everything() {
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 0, 0);
    let v = view(&app);
    assert!(v.comparison.duplicate);
    assert_eq!(v.only, (0, 0));
    assert_eq!(v.left.doc, v.right.doc);
    press(&mut app, "n");
    assert_eq!(rows_of(&app, 0).0, rows_of(&app, 0).1);
}

#[test]
fn two_reports_sharing_nothing_say_so() {
    let mut app = rates_app(140, 40);
    select_article(&mut app, 2);
    press(&mut app, "c");
    let v = view(&app);
    assert_eq!(v.comparison.a, 2);
    assert!(v.comparison.pairs.is_empty());
    assert_eq!(
        app.message.as_deref(),
        Some("no report of this event shares a passage with it")
    );
    press(&mut app, "n");
    assert_eq!(
        app.message.as_deref(),
        Some("these two reports share no passage")
    );
    let text: String = (0..view(&app).left.doc.lines.len())
        .map(|i| view(&app).left.doc.line_text(i))
        .collect();
    assert!(text.contains("␛[2J"), "escapes are shown: {text}");
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn scrolling_moves_both_columns_or_one_alone() {
    let mut app = rates_app(140, 12);
    compare::open(&mut app, 0, 1);
    press(&mut app, "j");
    assert_eq!((view(&app).left.scroll, view(&app).right.scroll), (1, 1));
    press(&mut app, "<Tab>");
    assert_eq!(view(&app).scrolling, Scrolling::Left);
    press(&mut app, "jj");
    assert_eq!((view(&app).left.scroll, view(&app).right.scroll), (3, 1));
    press(&mut app, "<Tab>k");
    assert_eq!((view(&app).left.scroll, view(&app).right.scroll), (3, 0));
    press(&mut app, "<Tab>");
    assert_eq!(view(&app).scrolling, Scrolling::Both);
    // Never past the last line.
    press(&mut app, "G");
    let v = view(&app);
    assert_eq!(v.left.scroll, v.left.doc.lines.len() - 1);
    assert_eq!(v.right.scroll, v.right.doc.lines.len() - 1);
}

#[test]
fn u_shows_only_what_each_side_alone_says() {
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 0, 1);
    press(&mut app, "u");
    let v = view(&app);
    assert!(v.unshared);
    let marks: Vec<Mark> = v.right.doc.lines.iter().flatten().map(|p| p.mark).collect();
    assert!(!marks.iter().any(|m| matches!(m, Mark::Shared { .. })));
    assert!(marks.iter().any(|m| matches!(m, Mark::Omitted { .. })));
    let right: String = (0..v.right.doc.lines.len())
        .map(|i| v.right.doc.line_text(i))
        .collect();
    assert!(right.contains("Shops reported a quiet morning"));
    assert!(!right.contains("Markets fell"));
    // The jump keys still pair the left-out passages.
    press(&mut app, "n");
    assert_eq!(rows_of(&app, 0).0, rows_of(&app, 0).1);
    press(&mut app, "u");
    assert!(!view(&app).unshared);
}

#[test]
fn an_unknown_outlet_is_named_as_in_the_list() {
    let app = rates_app(140, 40);
    let b = app.bundle.as_ref().unwrap();
    assert_eq!(compare::label(b, 0), "Herald");
    assert_eq!(compare::label(b, 1), "#right-0002");
    assert_eq!(compare::label(b, 1), b.articles[1].short_name());
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 1, 2);
    assert_eq!(view(&app).left.label, "#right-0002");
    assert_eq!(view(&app).right.label, "#snow-0003");
}

#[test]
fn the_hints_follow_the_comparison_keys() {
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 0, 1);
    let hints = app.keymap.hints(app.hint_scopes());
    let words: Vec<&str> = hints.iter().map(|(_, w)| *w).collect();
    assert!(words.contains(&"passage"));
    assert!(words.contains(&"swap"));
    assert!(hints.contains(&("Esc".to_string(), "back")));
    // Tab scrolls one column here; the list's pane switch is not offered.
    assert!(hints.contains(&("Tab".to_string(), "alone")));
    assert!(!words.contains(&"pane"));
}

#[test]
fn the_command_line_comparison_opens_once_the_bundle_is_there() {
    let (b, a) = rates_bundle();
    let mut app = App::new("rates", Rect::new(0, 0, 100, 30));
    app.requested_compare = Some((1, 0));
    update(&mut app, Action::Data(Data::Bundle(std::sync::Arc::new(b))));
    let c = &view(&app).comparison;
    assert_eq!((c.a, c.b), (1, 0));
    update(
        &mut app,
        Action::Data(Data::Passages(std::sync::Arc::new(a.passages))),
    );
    assert!(app.compare.is_some());
    press(&mut app, "<Esc>");
    assert!(matches!(
        app.selected_row(),
        Some(Row::Article { article: 1, .. })
    ));
}

#[test]
fn tiny_terminals_do_not_panic() {
    for (w, h) in [(20, 5), (1, 1), (0, 0), (99, 3), (100, 2)] {
        let mut app = rates_app(w, h);
        compare::open(&mut app, 0, 1);
        press(&mut app, "nNj<Tab>jGu]s<PageDown>");
        update(
            &mut app,
            Action::Resize {
                width: w / 2,
                height: h + 1,
            },
        );
        press(&mut app, "n");
    }
}

#[test]
fn c_in_the_reader_compares_its_article_and_esc_returns_there() {
    let mut app = fixture::app(120, 40);
    select_article(&mut app, 2);
    press(&mut app, "<Enter>");
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, "c");
    assert_eq!(view(&app).comparison.a, 2);
    press(&mut app, "<Esc>");
    assert!(app.compare.is_none());
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.reader.article, Some(2));
}

#[test]
fn a_resize_keeps_the_current_pair_side_by_side() {
    let mut app = rates_app(140, 40);
    compare::open(&mut app, 0, 1);
    press(&mut app, "nn");
    let before = rows_of(&app, 1);
    assert_eq!(before.0, before.1);
    update(
        &mut app,
        Action::Resize {
            width: 60,
            height: 30,
        },
    );
    let after = rows_of(&app, 1);
    assert_eq!(after.0, after.1, "stacked, the pair still lines up");
    assert!(view(&app).left.doc.lines.len() > 10);
}
