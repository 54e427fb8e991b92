//! The interface on the hostile fixtures, drawn into ratatui's `TestBackend`: every article is
//! opened in the reader (cleaned and original), the help and a filter with a bidi override are
//! shown, at several sizes. No cell may hold a character a terminal would act on, and the
//! escape sequences must be on screen as symbols, not dropped.

use std::collections::HashSet;

use parallax::app::{update, Action, App, Focus, Row};
use parallax::engine::analysis::analyse;
use parallax::engine::bundle;
use parallax::engine::passages::Options;
use parallax::ui::{render, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

use super::support::{first_unsafe, fixtures};

fn loaded(width: u16, height: u16) -> App {
    let b = bundle::load(&fixtures()).unwrap();
    let analysis = analyse(&b.articles, &Options::default(), false);
    App::loaded(b, analysis, Rect::new(0, 0, width, height))
}

/// Draws `app` and returns the screen as text, one line per row, after checking every cell.
fn draw(app: &App, what: &str) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    render(&mut terminal, app, &Theme::default()).unwrap();
    let buf = terminal.backend().buffer();
    let mut screen = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            if let Some((_, c)) = first_unsafe(sym) {
                panic!("{what}: U+{:04X} in cell ({x}, {y})", c as u32);
            }
            assert!(!sym.contains(['\n', '\t']), "{what}: {sym:?} in ({x}, {y})");
            screen.push_str(sym);
        }
        screen.push('\n');
    }
    screen
}

fn act(app: &mut App, action: Action) {
    update(app, action);
    app.run_effects_inline();
}

/// Opens every article of the list in the reader, cleaned and original, and returns what the
/// screens showed, one string per article id.
fn read_everything(app: &mut App) -> Vec<(String, String)> {
    let mut seen = Vec::new();
    let mut opened = HashSet::new();
    for _ in 0..200 {
        let row = app.selected_row().copied();
        if let Some(Row::Article {
            article,
            duplicates,
            open,
            ..
        }) = row
        {
            if duplicates > 0 && !open {
                act(app, Action::Unfold);
            }
            if opened.insert(article) {
                let id = app.bundle.as_ref().unwrap().articles[article].id.clone();
                act(app, Action::Open);
                assert_eq!(app.focus, Focus::Reader);
                let mut screens = draw(app, &format!("reader on {id}"));
                act(app, Action::PageDown);
                screens.push_str(&draw(app, &format!("reader on {id}, further down")));
                act(app, Action::ToggleOriginal);
                act(app, Action::Top);
                screens.push_str(&draw(app, &format!("original of {id}")));
                act(app, Action::ToggleOriginal);
                act(app, Action::SwitchFocus);
                seen.push((id, screens));
            }
        }
        let at = app.list.selected;
        act(app, Action::MoveDown);
        if app.list.selected == at {
            break;
        }
    }
    seen
}

#[test]
fn the_interface_shows_controls_as_symbols_and_obeys_none() {
    let mut app = loaded(150, 45);
    let list = draw(&app, "the list");
    for shown in [
        "Evil␛[5m News",
        "␛]52;c;ZXZpbA==␛\\Clipboard␛[2K",
        "␛[31mBridge reopening set␛[0m",
        "Minister resigns <U+202E>over",
    ] {
        assert!(list.contains(shown), "{shown:?} not in the list:\n{list}");
    }
    let total = app.bundle.as_ref().unwrap().articles.len();
    let seen = read_everything(&mut app);
    assert_eq!(seen.len(), total, "every article was opened");
    let screen_of = |id: &str| &seen.iter().find(|(i, _)| i == id).unwrap().1;

    let escapes = screen_of("escapes");
    for shown in [
        "␛[2J␛[HCouncil␛[10;10H votes␛]52;c;cm0gLXJmIH4K␇ on the budget",
        "evil.example/␛\\ read the full text␛]8;;␛\\ after",
        "close␈␈␈␈␈ unanimous",
        "<U+009B>2J",
    ] {
        assert!(escapes.contains(shown), "{shown:?} not shown:\n{escapes}");
    }
    // The line a carriage return would have overprinted is still there to read.
    assert!(
        escapes.contains("Late amendments were accepted"),
        "{escapes}"
    );
    assert!(
        escapes.contains("Late amendments were REJECTED"),
        "{escapes}"
    );

    let bidi = screen_of("bidi");
    assert!(
        bidi.contains("<U+2066>invoice<U+2069><U+202E>fdp.exe"),
        "{bidi}"
    );
    assert!(
        bidi.contains("the affair had made"),
        "zero-width space dropped:\n{bidi}"
    );
    assert!(screen_of("nul").contains("week,␀ traders"));

    // Help over the reader, then a filter typed with a bidi override in it.
    act(&mut app, Action::Help);
    draw(&app, "help");
    act(&mut app, Action::Clear);
    act(&mut app, Action::StartFilter);
    for c in "\u{202e}council\u{1b}".chars() {
        act(&mut app, Action::InsertChar(c));
    }
    let filtered = draw(&app, "filter with a bidi override");
    assert!(filtered.contains("/<U+202E>council"), "{filtered}");
}

#[test]
fn small_and_odd_sizes_stay_safe() {
    for (w, h) in [(20, 6), (40, 12), (81, 24), (200, 60)] {
        let mut app = loaded(w, h);
        draw(&app, &format!("list at {w}x{h}"));
        let seen = read_everything(&mut app);
        assert!(!seen.is_empty(), "{w}x{h}");
    }
}
