//! A small hand-made bundle with events and shared passages, for the interface's tests: the
//! core's grouping and passage finding are not needed to test how their results are shown.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::engine::analysis::Analysis;
use crate::engine::events::Event;
use crate::engine::passages::{Kind, Passage, Passages, Span};
use crate::engine::{Article, Bundle, Date};

use super::{update, App, Row};

pub const QUOTE: &str = "holding hands firmly with the Russian president";
pub const REWRITE: &str = "Kim offered his full support to Moscow";

fn article(id: &str, outlet: &str, title: &str, date: &str, body: &str) -> Article {
    Article {
        id: id.into(),
        outlet: Some(outlet.into()),
        title: Some(title.into()),
        date: Date::parse_iso(date),
        url: Some(format!("https://example.org/{id}")),
        original: format!("{title}\n{body}").into(),
        body: body.into(),
        ..Default::default()
    }
}

pub fn bundle() -> Bundle {
    let filler = "Officials in Seoul watched closely as the two capitals traded messages.";
    let kim = |lead: &str| {
        format!("{lead} {filler}\n\nThe leader called for closer ties, {QUOTE}, state media said.\n\n{REWRITE}. {filler}")
    };
    Bundle {
        name: "fixture".into(),
        articles: vec![
            article("a0", "WION", "Kim serenades Putin", "2023-06-12", &kim("Kim wrote to Putin.")),
            article("a1", "Inquirer", "North Korea's Kim vows to hold hands with Putin", "2023-06-13", &kim("Pyongyang sent greetings.")),
            article("a2", "Mothership", "Kim pledges support on Russia Day", "2023-06-13", &kim("A message for Russia Day.")),
            article("a3", "Yahoo", "North Korea's Kim vows to hold hands with Putin", "2023-06-14", &kim("Pyongyang sent greetings.")),
            article("a4", "Straits Times", "Singapore budget debate opens", "2023-02-20", "Ministers discussed the cooperation framework at length.\n\nThe debate runs a week."),
            article("a5", "CNA", "Budget 2023: what you need to know", "2023-02-21", "Households get vouchers.\n\nThe debate runs a week."),
        ],
        warnings: vec![],
    }
}

fn span(b: &Bundle, article: usize, text: &str) -> Span {
    let start = b.articles[article].body.find(text).expect("fixture text");
    Span {
        article,
        start,
        end: start + text.len(),
    }
}

pub fn analysis(b: &Bundle) -> Analysis {
    let events = vec![
        Event {
            id: "e-kim".into(),
            label: "Kim pledges to hold hands with Putin".into(),
            articles: vec![0, 1, 2, 3],
            outlets: vec![
                "WION".into(),
                "Inquirer".into(),
                "Mothership".into(),
                "Yahoo".into(),
            ],
            first_date: Date::parse_iso("2023-06-12"),
            last_date: Date::parse_iso("2023-06-14"),
        },
        Event {
            id: "e-budget".into(),
            label: "Singapore Budget 2023".into(),
            articles: vec![4, 5],
            outlets: vec!["Straits Times".into(), "CNA".into()],
            first_date: Date::parse_iso("2023-02-20"),
            last_date: Date::parse_iso("2023-02-21"),
        },
    ];
    let passages = Passages {
        passages: vec![
            Passage {
                kind: Kind::Verbatim,
                words: 7,
                spans: (0..3).map(|a| span(b, a, QUOTE)).collect(),
            },
            Passage {
                kind: Kind::Rewrite,
                words: 7,
                spans: vec![span(b, 0, REWRITE), span(b, 2, REWRITE)],
            },
            Passage {
                kind: Kind::Verbatim,
                words: 5,
                spans: vec![
                    span(b, 4, "The debate runs a week."),
                    span(b, 5, "The debate runs a week."),
                ],
            },
        ],
        duplicate_of: vec![None, None, None, Some(1), None, None],
        shared: vec![0.4, 0.3, 0.4, 1.0, 0.2, 0.3],
    };
    Analysis {
        events,
        event_of: vec![0, 0, 0, 0, 1, 1],
        passages,
    }
}

/// The fixture, loaded, on a terminal of `width` x `height`.
pub fn app(width: u16, height: u16) -> App {
    let b = bundle();
    let a = analysis(&b);
    App::loaded(b, a, Rect::new(0, 0, width, height))
}

/// Presses `keys` in order: single characters, or names in angle brackets (`<Enter>`, `<Esc>`,
/// `<Tab>`, `<Down>`, `<Up>`, `<PageDown>`, `<Backspace>`). Filter passes run inline.
pub fn press(app: &mut App, keys: &str) {
    let mut chars = keys.chars();
    while let Some(c) = chars.next() {
        let code = if c == '<' {
            let name: String = chars.by_ref().take_while(|&c| c != '>').collect();
            match name.as_str() {
                "Enter" => KeyCode::Enter,
                "Esc" => KeyCode::Esc,
                "Tab" => KeyCode::Tab,
                "Down" => KeyCode::Down,
                "Up" => KeyCode::Up,
                "PageDown" => KeyCode::PageDown,
                "Backspace" => KeyCode::Backspace,
                "lt" => KeyCode::Char('<'),
                other => panic!("unknown key <{other}>"),
            }
        } else {
            KeyCode::Char(c)
        };
        let event = KeyEvent::new(code, KeyModifiers::NONE);
        if let Some(action) = app.action_for(&event) {
            update(app, action);
        }
        app.run_effects_inline();
    }
}

/// The articles listed, in list order.
pub fn article_rows(app: &App) -> Vec<usize> {
    app.list
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Article { article, .. } => Some(*article),
            _ => None,
        })
        .collect()
}

/// The article on the selected row, if that row is an article.
pub fn selected_article(app: &App) -> Option<usize> {
    match app.selected_row()? {
        Row::Article { article, .. } => Some(*article),
        _ => None,
    }
}
