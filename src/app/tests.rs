//! Key sequences in, state out.

use std::sync::Arc;

use ratatui::layout::Rect;

use super::fixture::{self, article_rows, press, selected_article};
use super::*;
use crate::engine::filter::Hit;

#[test]
fn list_groups_by_event_with_duplicates_folded_under_their_original() {
    let app = fixture::app(120, 40);
    assert!(!app.loading());
    let rows = &app.list.rows;
    assert!(matches!(
        rows[0],
        Row::Event {
            event: 0,
            articles: 4,
            outlets: 4,
            folded: false,
            ..
        }
    ));
    assert!(matches!(
        rows[1],
        Row::Article {
            article: 0,
            depth: 1,
            ..
        }
    ));
    // a3 duplicates a1: folded under it, not a row of its own.
    assert!(matches!(
        rows[2],
        Row::Article {
            article: 1,
            duplicates: 1,
            open: false,
            ..
        }
    ));
    assert!(matches!(rows[3], Row::Article { article: 2, .. }));
    assert!(matches!(rows[4], Row::Event { event: 1, .. }));
    assert_eq!(article_rows(&app), vec![0, 1, 2, 4, 5]);
}

#[test]
fn moving_selects_and_the_reader_follows() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    assert_eq!(selected_article(&app), Some(0));
    assert_eq!(app.reader.article, Some(0));
    press(&mut app, "jj");
    assert_eq!(app.reader.article, Some(2));
    press(&mut app, "G");
    assert_eq!(selected_article(&app), Some(5));
    press(&mut app, "g");
    assert_eq!(app.list.selected, 0);
    press(&mut app, "k");
    assert_eq!(app.list.selected, 0);
    press(&mut app, "<Down><Down>");
    assert_eq!(selected_article(&app), Some(1));
}

#[test]
fn an_event_row_previews_the_report_listed_under_it() {
    let mut app = fixture::app(120, 40);
    // Start on event 0's row, whose first report is a0.
    assert!(matches!(
        app.selected_row(),
        Some(Row::Event { event: 0, .. })
    ));
    assert_eq!(app.reader.article, Some(0));
    // Down to a2, then onto event 1's row: its first report (a4), not a2, is read.
    press(&mut app, "jjj");
    assert_eq!(app.reader.article, Some(2));
    press(&mut app, "j");
    assert!(matches!(
        app.selected_row(),
        Some(Row::Event { event: 1, .. })
    ));
    assert_eq!(app.reader.article, Some(4));
    // Folded, the row still previews the same report; back up to event 0, folded too.
    press(&mut app, "<Enter>");
    assert!(matches!(
        app.selected_row(),
        Some(Row::Event {
            event: 1,
            folded: true,
            ..
        })
    ));
    assert_eq!(app.reader.article, Some(4));
    // Coming back to the folded row from a2 reads a4 again (the row below is not its own).
    press(&mut app, "k");
    assert_eq!(app.reader.article, Some(2));
    press(&mut app, "j");
    assert_eq!(app.reader.article, Some(4));
}

#[test]
fn a_folded_event_row_previews_the_report_the_filter_ranks_first() {
    let mut app = fixture::app(120, 40);
    // "2023" ranks a5 ("Budget 2023: ...") above a4, which comes first in event order.
    press(&mut app, "/budget 2023<Enter>");
    let event_row = |app: &App| {
        app.list
            .rows
            .iter()
            .position(|r| matches!(r, Row::Event { event: 1, .. }))
            .expect("the budget event is shown")
    };
    assert_eq!(article_rows(&app)[..2], [5, 4]);
    app.list.selected = event_row(&app);
    press(&mut app, "<Enter>");
    assert!(matches!(
        app.selected_row(),
        Some(Row::Event { folded: true, .. })
    ));
    assert_eq!(app.reader.article, Some(5));
    // Away and back: the folded row still previews a5, as unfolding it would list it first.
    press(&mut app, "k");
    app.list.selected = event_row(&app);
    press(&mut app, "j");
    press(&mut app, "k");
    assert_eq!(app.reader.article, Some(5));
    press(&mut app, "<Enter>");
    assert_eq!(article_rows(&app)[0], 5);
}

#[test]
fn enter_folds_events_and_opens_articles() {
    let mut app = fixture::app(120, 10);
    press(&mut app, "<Enter>");
    assert!(matches!(app.list.rows[0], Row::Event { folded: true, .. }));
    assert_eq!(article_rows(&app), vec![4, 5]);
    press(&mut app, "l");
    assert_eq!(article_rows(&app).len(), 5);
    press(&mut app, "jj<Enter>");
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.reader.article, Some(1));
    // Keys now scroll the reader, not the list.
    let selected = app.list.selected;
    press(&mut app, "j");
    assert_eq!(app.list.selected, selected);
    assert_eq!(app.reader.scroll, 1);
    press(&mut app, "<Tab>");
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn h_and_l_fold_duplicates_and_climb_to_the_event() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "jj");
    assert_eq!(selected_article(&app), Some(1));
    press(&mut app, "l");
    assert!(matches!(
        app.list.rows[3],
        Row::Article {
            article: 3,
            depth: 2,
            ..
        }
    ));
    press(&mut app, "j");
    assert_eq!(selected_article(&app), Some(3));
    // From the duplicate, h climbs to its original, then folds it, then climbs to the event.
    press(&mut app, "h");
    assert_eq!(selected_article(&app), Some(1));
    press(&mut app, "h");
    assert!(!article_rows(&app).contains(&3));
    press(&mut app, "h");
    assert_eq!(app.list.selected, 0);
    press(&mut app, "h");
    assert!(matches!(app.list.rows[0], Row::Event { folded: true, .. }));
}

#[test]
fn filter_by_outlet_keeps_the_event_and_updates_counts() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "/outlet:inquirer");
    assert!(app.filter.editing);
    assert_eq!(article_rows(&app), vec![1]);
    assert!(matches!(
        app.list.rows[0],
        Row::Event {
            articles: 1,
            outlets: 1,
            ..
        }
    ));
    assert_eq!(app.counts(), (1, 6, 1, 2));
    press(&mut app, "<Enter>");
    assert!(!app.filter.editing);
    assert!(app.filter.active());
    // j/k move again once the filter is kept.
    press(&mut app, "j");
    assert_eq!(selected_article(&app), Some(1));
    press(&mut app, "<Esc>");
    assert!(!app.filter.active());
    assert_eq!(article_rows(&app).len(), 5);
    // The selection stayed on the same article through the clear.
    assert_eq!(selected_article(&app), Some(1));
}

#[test]
fn a_body_word_finds_articles_and_terms_combine() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "/cooperation");
    assert_eq!(article_rows(&app), vec![4]);
    press(
        &mut app,
        "<Backspace><Backspace><Backspace><Backspace><Backspace><Backspace><Backspace><Backspace>",
    );
    assert_eq!(app.filter.input, "coo");
    press(&mut app, "<Esc>");
    press(&mut app, "/kim date:2023-06-13");
    let mut rows = article_rows(&app);
    rows.sort_unstable();
    assert_eq!(rows, vec![1, 2]);
    press(&mut app, "<Esc>/zzzzqqq");
    assert!(app.list.rows.is_empty());
    assert_eq!(app.counts().0, 0);
}

#[test]
fn typing_in_the_filter_does_not_trigger_bindings() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "/q?jn");
    assert!(!app.quit);
    assert!(app.help.is_none());
    assert_eq!(app.filter.input, "q?jn");
}

#[test]
fn stale_filter_results_are_dropped() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "/k");
    let old = app.filter.generation;
    let scores = app.filter.scores.clone();
    // Effects not run: the pass for "ki" is still out when one for an older input lands.
    update(&mut app, Action::InsertChar('i'));
    let hits = vec![Hit {
        article: 5,
        score: 1,
    }];
    update(
        &mut app,
        Action::Data(Data::Filtered {
            generation: old,
            hits,
        }),
    );
    assert_eq!(app.filter.scores, scores);
    assert!(app.filter.waiting);
    app.run_effects_inline();
    assert!(!app.filter.waiting);
}

#[test]
fn n_and_shift_n_jump_between_shared_passages() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j<Enter>");
    assert_eq!(app.reader.article, Some(0));
    let marks = app.reader.doc.passages.clone();
    assert_eq!(marks.len(), 2);
    press(&mut app, "n");
    assert_eq!(app.reader.current, Some(0));
    assert_eq!(
        app.reader.scroll,
        marks[0].0.saturating_sub(1).min(app.reader.scroll)
    );
    press(&mut app, "n");
    assert_eq!(app.reader.current, Some(1));
    press(&mut app, "n");
    assert_eq!(app.reader.current, Some(1));
    assert!(app.message.as_deref().unwrap().contains("below"));
    press(&mut app, "N");
    assert_eq!(app.reader.current, Some(0));
    assert_eq!(app.message.as_deref(), Some("shared passage 1 of 2"));
}

#[test]
fn r_toggles_the_original_text() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    let cleaned = app.reader.doc.clone();
    press(&mut app, "r");
    assert!(app.reader.original);
    assert_ne!(app.reader.doc, cleaned);
    press(&mut app, "r");
    assert_eq!(app.reader.doc, cleaned);
}

#[test]
fn help_overlay_takes_keys_until_closed() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "?");
    assert_eq!(app.help, Some(0));
    press(&mut app, "jj");
    assert_eq!(app.help, Some(2));
    assert_eq!(app.list.selected, 0);
    press(&mut app, "<Esc>");
    assert_eq!(app.help, None);
    press(&mut app, "?q");
    assert!(!app.quit);
    press(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn c_opens_the_comparison_and_esc_closes_it() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "c");
    assert!(app.compare.is_some());
    press(&mut app, "<Esc>");
    assert!(app.compare.is_none());
}

#[test]
fn mouse_selects_and_scrolls() {
    let mut app = fixture::app(120, 10);
    let list = app.panes().inner(app.panes().list.unwrap());
    update(
        &mut app,
        Action::ClickAt {
            column: list.x + 2,
            row: list.y + 3,
        },
    );
    assert_eq!(selected_article(&app), Some(2));
    // A second click on the selected row opens it.
    update(
        &mut app,
        Action::ClickAt {
            column: list.x + 2,
            row: list.y + 3,
        },
    );
    assert_eq!(app.focus, Focus::Reader);
    let reader = app.panes().reader.unwrap();
    update(
        &mut app,
        Action::ScrollAt {
            column: reader.x + 3,
            row: reader.y + 3,
            lines: 3,
        },
    );
    assert_eq!(app.reader.scroll, 3);
    update(
        &mut app,
        Action::ScrollAt {
            column: list.x + 1,
            row: list.y + 1,
            lines: 3,
        },
    );
    assert_eq!(selected_article(&app), Some(5));
}

#[test]
fn the_list_is_usable_before_events_and_passages_arrive() {
    let mut app = App::new("fixture", Rect::new(0, 0, 100, 30));
    assert!(app.loading());
    // Typed before anything loaded: the filter waits for the corpus.
    press(&mut app, "/budget<Enter>");
    assert!(app.effects.is_empty());
    let b = Arc::new(fixture::bundle());
    let analysis = fixture::analysis(&b);
    update(&mut app, Action::Data(Data::Bundle(b.clone())));
    assert!(app.loading());
    let corpus = crate::engine::filter::Corpus::of_articles(&b.articles, Arc::default(), |_| None);
    update(&mut app, Action::Data(Data::Corpus(Arc::new(corpus))));
    app.run_effects_inline();
    // Flat and filtered, with no events yet; best match first.
    assert_eq!(article_rows(&app), vec![5, 4]);
    assert!(app
        .list
        .rows
        .iter()
        .all(|r| matches!(r, Row::Article { depth: 0, .. })));
    press(&mut app, "<Esc>gj");
    assert_eq!(selected_article(&app), Some(1));
    press(&mut app, "n");
    assert!(app.message.as_deref().unwrap().contains("still"));
    let grouping = Grouping::new(analysis.events.clone(), b.articles.len());
    update(&mut app, Action::Data(Data::Events(Arc::new(grouping))));
    assert!(matches!(app.list.rows[0], Row::Event { .. }));
    // Still on the same article.
    assert_eq!(selected_article(&app), Some(1));
    update(
        &mut app,
        Action::Data(Data::Passages(Arc::new(analysis.passages))),
    );
    update(&mut app, Action::Data(Data::Done(Stage::Index)));
    assert!(!app.loading());
    assert!(!app.reader.doc.passages.is_empty());
}

#[test]
fn a_failed_load_stops_the_progress_and_says_why() {
    let mut app = App::new("nowhere", Rect::new(0, 0, 80, 24));
    update(
        &mut app,
        Action::Data(Data::Failed("nowhere: no such file or directory".into())),
    );
    assert!(!app.loading());
    assert!(app.error.is_some());
    press(&mut app, "jjkG<Enter>/x<Esc>nr");
    assert!(app.list.rows.is_empty());
}

#[test]
fn tiny_terminals_never_panic() {
    for (w, h) in [(20, 5), (1, 1), (0, 0), (3, 2), (99, 11), (100, 3)] {
        let mut app = fixture::app(w, h);
        press(
            &mut app,
            "jjj<Enter>nNr<Tab>G<PageDown>hl/kim<Enter>?j<Esc>",
        );
        update(
            &mut app,
            Action::Resize {
                width: 200,
                height: 60,
            },
        );
        update(
            &mut app,
            Action::Resize {
                width: w,
                height: h,
            },
        );
    }
}

#[test]
fn page_keys_move_by_the_pane_height() {
    let mut app = fixture::app(120, 12);
    press(&mut app, "j<Enter>");
    press(&mut app, "<PageDown>");
    let height = app.panes().inner(app.panes().reader.unwrap()).height as usize;
    let max = app.reader.doc.lines.len() - height;
    assert!(max > 0);
    assert_eq!(app.reader.scroll, (height - 1).min(max));
    press(&mut app, "<PageDown><PageDown><PageDown>");
    assert_eq!(app.reader.scroll, max);
}

#[test]
fn a_big_event_counts_each_outlet_once_and_articles_without_one_not_at_all() {
    use crate::engine::analysis::Analysis;
    use crate::engine::events::Event;
    use crate::engine::{Article, Bundle};
    // More than sixteen members, so the count goes through a set of outlet numbers.
    let outlets = ["WION", "Inquirer", "CNA"];
    let articles: Vec<Article> = (0..20)
        .map(|i| Article {
            id: format!("a{i}"),
            outlet: (i % 5 != 4).then(|| outlets[i % 3].to_string()),
            title: Some(format!("Report {i}")),
            body: format!("Body of report {i}."),
            ..Default::default()
        })
        .collect();
    let n = articles.len();
    let analysis = Analysis {
        events: vec![Event {
            id: "e".into(),
            label: "One story".into(),
            articles: (0..n).collect(),
            outlets: outlets.iter().map(|o| o.to_string()).collect(),
            first_date: None,
            last_date: None,
        }],
        event_of: vec![0; n],
        passages: Default::default(),
    };
    let bundle = Bundle {
        name: "big".into(),
        articles,
        warnings: vec![],
    };
    let mut app = App::loaded(bundle, analysis, Rect::new(0, 0, 120, 40));
    assert!(matches!(
        app.list.rows[0],
        Row::Event {
            articles: 20,
            outlets: 3,
            ..
        }
    ));
    // Filtered down to the articles of one outlet (and a few small ones: fewer than sixteen).
    press(&mut app, "/outlet:cna");
    assert!(matches!(app.list.rows[0], Row::Event { outlets: 1, .. }));
}
