//! Screens drawn into ratatui's `TestBackend`: text where it belongs, and styles on the cells
//! that carry a highlight.

use std::sync::Arc;

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

use super::{render, Theme};
use crate::app::fixture::{self, press, QUOTE, REWRITE};
use crate::app::{update, Action, App, Data};

pub(super) fn draw(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    render(&mut terminal, app, theme).unwrap();
    terminal.backend().buffer().clone()
}

/// Each row of `area` as text, with the columns where each byte of it starts. The cells a
/// wide character covers after its first are left out, as a terminal shows them.
fn rows_in(buf: &Buffer, area: Rect) -> Vec<(String, Vec<u16>)> {
    (area.y..area.y + area.height)
        .map(|y| {
            let mut text = String::new();
            let mut cols = Vec::new();
            let mut covered = 0;
            for x in area.x..area.x + area.width {
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                let sym = buf[(x, y)].symbol();
                covered = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
                // No-break spaces show as spaces.
                let sym = sym.replace('\u{a0}', " ");
                cols.extend(std::iter::repeat_n(x, sym.len()));
                text.push_str(&sym);
            }
            (text, cols)
        })
        .collect()
}

pub(super) fn rows(buf: &Buffer) -> Vec<(String, Vec<u16>)> {
    rows_in(buf, buf.area)
}

pub(super) fn screen(buf: &Buffer) -> String {
    rows(buf)
        .into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where `needle` starts on screen.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    rows(buf)
        .into_iter()
        .enumerate()
        .find_map(|(y, (text, cols))| text.find(needle).map(|i| (cols[i], y as u16)))
}

fn at(buf: &Buffer, needle: &str) -> (u16, u16) {
    find(buf, needle).unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", screen(buf)))
}

/// Where `needle` starts inside the list pane.
fn in_list(app: &App, buf: &Buffer, needle: &str) -> (u16, u16) {
    let area = app.panes().list.expect("a list pane");
    rows_in(buf, area)
        .into_iter()
        .enumerate()
        .find_map(|(dy, (text, cols))| text.find(needle).map(|i| (cols[i], area.y + dy as u16)))
        .unwrap_or_else(|| panic!("{needle:?} not in the list:\n{}", screen(buf)))
}

fn is_plain_colour(c: Option<Color>) -> bool {
    matches!(c, None | Some(Color::Reset))
}

#[test]
fn wide_screen_shows_events_articles_reader_and_hints() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    let buf = draw(&app, &Theme::default());
    let s = screen(&buf);
    // Event row: label and counts; the date range needs a wider pane.
    assert!(s.contains("▾ Kim pledges to hold"), "{s}");
    assert!(s.contains("4 articles · 4 outlets"), "{s}");
    let wide = draw(&fixture::app(180, 40), &Theme::default());
    let w = screen(&wide);
    assert!(
        w.contains("▾ Kim pledges to hold hands with Putin  4 articles · 4 outlets"),
        "{w}"
    );
    assert!(
        w.contains("▾ Singapore Budget 2023  2 articles · 2 outlets · 2023-02-20 – 2023-02-21"),
        "{w}"
    );
    // Article rows: outlet, title, date, shared badge.
    let (x, y) = in_list(&app, &buf, "WION");
    let line = &rows(&buf)[y as usize].0;
    assert!(line.contains("Kim serenades Putin"));
    assert!(line.contains("2023-06-12"));
    assert!(line.contains("40%"));
    // The duplicate is folded under its original.
    assert!(s.contains("+1 dup"));
    assert!(!s.contains("Yahoo"));
    // Reader: header, then the marker of a passage three outlets share.
    let (rx, _) = at(&buf, "https://example.org/a0");
    assert!(rx > x);
    assert!(s.contains("[3: WION, Inquirer, Mothership]"), "{s}");
    assert!(s.contains("[2: WION, Mothership]"));
    // Status line: bundle, counts, hints from the key map.
    let status = &rows(&buf)[39].0;
    assert!(
        status.starts_with("fixture · 6 articles · 2 events"),
        "{status}"
    );
    assert!(status.contains("j/k move") && status.contains("? help") && status.contains("q quit"));
}

#[test]
fn shared_passages_are_highlighted_and_rewrites_more_softly() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    let buf = draw(&app, &Theme::default());
    let quote = buf[at(&buf, &QUOTE[..13])].style();
    assert_eq!(quote.fg, Some(Color::Yellow));
    assert!(quote
        .add_modifier
        .contains(Modifier::BOLD | Modifier::UNDERLINED));
    let rewrite = buf[at(&buf, &REWRITE[..11])].style();
    assert!(rewrite.add_modifier.contains(Modifier::ITALIC));
    assert!(!rewrite.add_modifier.contains(Modifier::BOLD));
    let plain = buf[at(&buf, "Officials in Seoul")].style();
    assert!(is_plain_colour(plain.fg));
    assert!(plain.add_modifier.is_empty());
}

#[test]
fn no_color_keeps_highlights_visible_without_colours() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j/serenades");
    let buf = draw(&app, &Theme::plain());
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let st = buf[(x, y)].style();
            assert!(is_plain_colour(st.fg), "colour at {x},{y}");
            assert!(is_plain_colour(st.bg), "colour at {x},{y}");
        }
    }
    let quote = buf[at(&buf, &QUOTE[..13])].style();
    assert!(quote
        .add_modifier
        .contains(Modifier::BOLD | Modifier::UNDERLINED));
    let rewrite = buf[at(&buf, &REWRITE[..11])].style();
    assert!(rewrite.add_modifier.contains(Modifier::ITALIC));
    let hit = buf[in_list(&app, &buf, "serenades")].style();
    assert!(hit
        .add_modifier
        .contains(Modifier::BOLD | Modifier::UNDERLINED));
}

#[test]
fn filter_matches_are_highlighted_in_the_list() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "/outlet:inquirer");
    let buf = draw(&app, &Theme::default());
    let s = screen(&buf);
    let list = rows_in(&buf, app.panes().list.unwrap());
    assert!(!list.iter().any(|(t, _)| t.contains("WION")), "{s}");
    // One article of one outlet left in the event, said in the singular.
    assert!(s.contains("1 article · 1 outlet"), "{s}");
    assert!(!s.contains("1 articles"), "{s}");
    // The reader shows the best match.
    assert_eq!(app.reader.article, Some(1));
    let (x, y) = in_list(&app, &buf, "Inquirer");
    for dx in 0..8 {
        let st = buf[(x + dx, y)].style();
        assert!(st.add_modifier.contains(Modifier::BOLD), "cell {dx}");
        assert_eq!(st.fg, Some(Color::Yellow));
    }
    // The outlet's padding is not highlighted, nor is the title.
    assert!(!buf[(x + 8, y)]
        .style()
        .add_modifier
        .contains(Modifier::BOLD));
    let (tx, ty) = in_list(&app, &buf, "North Korea's Kim");
    assert!(!buf[(tx, ty)].style().add_modifier.contains(Modifier::BOLD));
    // The input line with its cursor, and counts that follow the filter.
    let status = &rows(&buf)[39].0;
    assert!(status.starts_with("/outlet:inquirer"), "{status}");
    assert!(status.contains("Enter keep") && status.contains("Esc clear"));
    assert!(s.contains("Articles 1/6"));

    // A fuzzy match highlights the matched characters only.
    let mut app = fixture::app(120, 40);
    press(&mut app, "/srnd<Enter>");
    let buf = draw(&app, &Theme::default());
    let (x, y) = in_list(&app, &buf, "Kim serenades");
    let hit = |dx: u16| {
        buf[(x + dx, y)]
            .style()
            .add_modifier
            .contains(Modifier::BOLD)
    };
    // "Kim serenades": s(4) e r(6) e n(8) a d(10)
    assert!(hit(4) && hit(6) && hit(8) && hit(10));
    assert!(!hit(0) && !hit(5));
    assert!(rows(&buf)[39].0.contains("/srnd"));
}

#[test]
fn selection_is_reversed_in_the_focused_list() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "jj");
    let buf = draw(&app, &Theme::default());
    let (x, y) = in_list(&app, &buf, "Inquirer");
    assert!(buf[(x, y)]
        .style()
        .add_modifier
        .contains(Modifier::REVERSED));
    // The bar spans the pane.
    let list = app.panes().inner(app.panes().list.unwrap());
    let last = list.x + list.width - 1;
    assert!(buf[(last, y)]
        .style()
        .add_modifier
        .contains(Modifier::REVERSED));
    let (_, other) = in_list(&app, &buf, "WION");
    assert!(!buf[(x, other)]
        .style()
        .add_modifier
        .contains(Modifier::REVERSED));
}

#[test]
fn narrow_screens_stack_the_panes() {
    let mut app = fixture::app(80, 30);
    press(&mut app, "j");
    let buf = draw(&app, &Theme::default());
    let (_, list_y) = at(&buf, "Articles");
    let (_, reader_y) = at(&buf, "Reader");
    assert!(reader_y > list_y + 3);
    assert!(screen(&buf).contains("[3: WION, Inquirer, Mothership]"));
}

#[test]
fn every_size_draws_something_and_never_panics() {
    for (w, h) in [
        (20, 5),
        (1, 1),
        (2, 2),
        (10, 3),
        (40, 8),
        (99, 30),
        (100, 12),
        (250, 80),
    ] {
        let mut app = fixture::app(w, h);
        for keys in [
            "",
            "j",
            "jj<Enter>",
            "n",
            "r",
            "?",
            "<Esc>/kim",
            "<Enter><Tab>",
        ] {
            press(&mut app, keys);
            let buf = draw(&app, &Theme::default());
            if w >= 20 && h >= 5 {
                assert!(!screen(&buf).trim().is_empty(), "{w}x{h} after {keys}");
            }
        }
    }
    // Tiny: the focused pane, no frames, and the status line.
    let mut app = fixture::app(20, 5);
    press(&mut app, "j");
    let buf = draw(&app, &Theme::default());
    let s = screen(&buf);
    assert!(s.contains("Kim serenades"), "{s}");
    assert!(!s.contains('┌'));
    assert!(rows(&buf)[4].0.starts_with("fixture"));
}

#[test]
fn loading_shows_progress_and_a_usable_list() {
    let mut app = App::new("big bundle", Rect::new(0, 0, 100, 30));
    let buf = draw(&app, &Theme::default());
    assert!(screen(&buf).contains("Loading big bundle…"));
    let b = Arc::new(fixture::bundle());
    update(
        &mut app,
        Action::Data(Data::Started(crate::app::Stage::Load)),
    );
    update(&mut app, Action::Data(Data::Bundle(b)));
    update(
        &mut app,
        Action::Data(Data::Started(crate::app::Stage::Events)),
    );
    press(&mut app, "jj");
    let buf = draw(&app, &Theme::default());
    let s = screen(&buf);
    assert!(s.contains("grouping events… 1/4"), "{s}");
    // Stages running side by side are each named (the word index runs beside other stages).
    update(
        &mut app,
        Action::Data(Data::Started(crate::app::Stage::Index)),
    );
    let s = screen(&draw(&app, &Theme::default()));
    assert!(s.contains("grouping events, indexing words… 1/4"), "{s}");
    update(&mut app, Action::Data(Data::Done(crate::app::Stage::Index)));
    let s = screen(&draw(&app, &Theme::default()));
    assert!(s.contains("grouping events… 2/4"), "{s}");
    assert!(s.contains("Mothership"));
    assert!(s.contains("finding"));
    let (x, y) = in_list(&app, &buf, "Mothership");
    assert!(buf[(x, y)]
        .style()
        .add_modifier
        .contains(Modifier::REVERSED));
}

#[test]
fn while_passages_are_found_the_grouped_list_filters_and_reads() {
    use crate::app::{Grouping, Stage};
    use crate::engine::filter::{Corpus, WordIndex};
    let mut app = App::new("big bundle", Rect::new(0, 0, 120, 40));
    let b = Arc::new(fixture::bundle());
    let analysis = fixture::analysis(&b);
    let grouping = Arc::new(Grouping::new(analysis.events.clone(), b.articles.len()));
    let bodies: Vec<&str> = b.articles.iter().map(|a| a.body.as_str()).collect();
    let corpus = Corpus::of_articles(&b.articles, Arc::new(WordIndex::build(&bodies)), |i| {
        Some(grouping.events[grouping.event_of[i]].label.as_str())
    });
    // Everything the loader sends before the passages are found.
    for data in [
        Data::Started(Stage::Load),
        Data::Bundle(b.clone()),
        Data::Started(Stage::Events),
        Data::Events(grouping.clone()),
        Data::Started(Stage::Index),
        Data::Corpus(Arc::new(corpus)),
        Data::Done(Stage::Index),
        Data::Started(Stage::Passages),
    ] {
        update(&mut app, Action::Data(data));
    }
    assert!(app.loading());
    let s = screen(&draw(&app, &Theme::default()));
    assert!(s.contains("finding shared passages… 3/4"), "{s}");
    assert!(s.contains("Kim pledges to hold hands"), "{s}");

    // A body word and a qualifier filter the grouped list while the passages are still found.
    press(&mut app, "/cooperation outlet:straits<Enter>");
    let buf = draw(&app, &Theme::default());
    let s = screen(&buf);
    let list = rows_in(&buf, app.panes().list.unwrap());
    assert!(
        list.iter()
            .any(|(t, _)| t.contains("Straits Times Singapore budget")),
        "{s}"
    );
    assert!(
        !list
            .iter()
            .any(|(t, _)| t.contains("CNA") || t.contains("WION")),
        "{s}"
    );
    assert!(s.contains("finding shared passages"), "{s}");
    // The article opens in the reader, its text plain until its passages are known.
    press(&mut app, "<Enter>");
    assert_eq!(app.reader.article, Some(4));
    let buf = draw(&app, &Theme::default());
    assert!(screen(&buf).contains("shared passages:"));
    let shared = buf[at(&buf, "The debate runs a week.")].style();
    assert!(!shared.add_modifier.contains(Modifier::BOLD));

    update(
        &mut app,
        Action::Data(Data::Passages(Arc::new(analysis.passages))),
    );
    assert!(!app.loading());
    let buf = draw(&app, &Theme::default());
    assert!(!screen(&buf).contains("finding shared passages"));
    let shared = buf[at(&buf, "The debate runs a week.")].style();
    assert!(shared.add_modifier.contains(Modifier::BOLD));
}

#[test]
fn help_overlay_lists_every_key() {
    let mut app = fixture::app(100, 40);
    press(&mut app, "?");
    // The overlay scrolls when the keys outnumber the rows.
    let mut s = String::new();
    for _ in 0..app.keymap.bindings.len() {
        s.push_str(&screen(&draw(&app, &Theme::default())));
        press(&mut app, "j");
    }
    for b in &app.keymap.bindings {
        assert!(s.contains(b.help), "{} missing:\n{s}", b.help);
    }
}

#[test]
fn wide_characters_and_escapes_take_the_right_cells() {
    let mut b = fixture::bundle();
    b.articles[0].title = Some("日本の首脳 🎉 meet".into());
    b.articles[2].title = Some("Cafe\u{301} \u{1b}[2J talks".into());
    let a = fixture::analysis(&b);
    let mut app = App::loaded(b, a, Rect::new(0, 0, 120, 40));
    press(&mut app, "j");
    let buf = draw(&app, &Theme::default());
    let s = screen(&buf);
    assert!(s.contains("␛[2J talks"), "{s}");
    assert!(!s.contains('\u{1b}'));
    // Dates line up whatever the title's script: the columns were measured in cells.
    let (_, y0) = in_list(&app, &buf, "日本");
    let (_, y2) = in_list(&app, &buf, "talks");
    let date_x = |y: u16, date: &str| {
        let (text, cols) = &rows(&buf)[y as usize];
        cols[text.find(date).unwrap()]
    };
    assert_eq!(date_x(y0, "2023-06-12"), date_x(y2, "2023-06-13"));
}

#[test]
fn hints_give_way_first_ones_first_on_a_narrow_status_line() {
    let app = fixture::app(70, 20);
    let buf = draw(&app, &Theme::default());
    let status = &rows(&buf)[19].0;
    assert!(status.starts_with("fixture · 6 articles"), "{status}");
    assert!(
        status.contains("? help") && status.contains("q quit"),
        "{status}"
    );
    assert!(!status.contains("j/k move"), "{status}");
}

#[test]
fn read_articles_are_dimmed_and_bookmarks_marked() {
    let mut app = fixture::app(120, 40);
    // Open the first article (read), back to the list, bookmark the second.
    press(&mut app, "j<Enter><Tab>jb");
    let buf = draw(&app, &Theme::plain());
    let read = buf[in_list(&app, &buf, "Kim serenades")].style();
    assert!(read.add_modifier.contains(Modifier::DIM), "{read:?}");
    let area = app.panes().list.unwrap();
    let list = rows_in(&buf, area);
    let row = list.iter().find(|(t, _)| t.contains("Inquirer")).unwrap();
    assert!(
        row.0.trim_end_matches([' ', '│']).ends_with('*'),
        "{:?}",
        row.0
    );
    let other = list.iter().find(|(t, _)| t.contains("Mothership")).unwrap();
    assert!(!other.0.trim_end_matches([' ', '│']).ends_with('*'));
    let unread = buf[in_list(&app, &buf, "Singapore budget")].style();
    assert!(!unread.add_modifier.contains(Modifier::DIM));
}

#[test]
fn the_palette_colours_the_marks() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    let theme = Theme {
        color: true,
        palette: crate::settings::Palette {
            shared: Color::Rgb(1, 2, 3),
            rewrite: Color::Indexed(99),
            ..Default::default()
        },
    };
    let buf = draw(&app, &theme);
    assert_eq!(
        buf[at(&buf, &QUOTE[..13])].style().fg,
        Some(Color::Rgb(1, 2, 3))
    );
    assert_eq!(
        buf[at(&buf, &REWRITE[..11])].style().fg,
        Some(Color::Indexed(99))
    );
    // Colour off: the same palette draws no colour.
    let buf = draw(
        &app,
        &Theme {
            color: false,
            ..theme
        },
    );
    assert!(is_plain_colour(buf[at(&buf, &QUOTE[..13])].style().fg));
}

#[test]
fn the_article_marked_for_a_comparison_shows_its_mark() {
    let mut app = fixture::app(120, 30);
    press(&mut app, "j");
    let buf = draw(&app, &Theme::default());
    assert!(find(&buf, "\u{25c6}").is_none(), "no mark before m");
    press(&mut app, "m");
    let buf = draw(&app, &Theme::default());
    let marked = rows(&buf)
        .iter()
        .filter(|(t, _)| t.contains('\u{25c6}'))
        .count();
    assert_eq!(marked, 1, "{}", screen(&buf));
    let (x, y) = at(&buf, "\u{25c6}");
    let title = app.bundle.as_ref().unwrap().articles[app.mark.unwrap()].display_title();
    let head: String = title.chars().take(8).collect();
    assert!(rows(&buf)[y as usize].0.contains(&head), "{}", screen(&buf));
    assert_eq!(buf[(x, y)].style().fg, Theme::default().key().fg);
    press(&mut app, "m");
    assert!(
        find(&draw(&app, &Theme::default()), "\u{25c6}").is_none(),
        "unmarked"
    );
}

#[test]
fn narrow_status_lines_let_the_general_hints_go_first() {
    let mut seen_some_dropped = false;
    for w in 20..=160 {
        let mut app = fixture::app(w, 24);
        press(&mut app, "j");
        let buf = draw(&app, &Theme::default());
        let status = rows(&buf).last().unwrap().0.clone();
        if !status.contains("quit") {
            continue;
        }
        let open = status.contains("Enter open");
        let general = ["j/k move", "/ filter", "Tab pane"]
            .iter()
            .filter(|h| status.contains(*h))
            .count();
        seen_some_dropped |= !open;
        assert!(
            status.trim_end().ends_with("q quit"),
            "{w}: quit goes last: {status}"
        );
        assert!(
            open || general == 0,
            "{w}: a list hint went before a general one: {status}"
        );
    }
    assert!(
        seen_some_dropped,
        "some width is narrow enough to drop the list's hints"
    );
}
