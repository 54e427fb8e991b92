//! `R`: the bundle loaded again, with the selection and the filter found again by article id.

use std::sync::Arc;

use super::fixture::{self, press};
use super::*;
use crate::engine::filter::{Corpus, WordIndex};
use crate::engine::Article;

fn selected_id(app: &App) -> Option<String> {
    match app.selected_row()? {
        Row::Article { article, .. } => Some(app.bundle.as_ref()?.articles[*article].id.clone()),
        _ => None,
    }
}

/// What the loader sends for `bundle`, up to the corpus (events and passages come later).
fn deliver(app: &mut App, bundle: Bundle) {
    let bundle = Arc::new(bundle);
    let bodies: Vec<&str> = bundle.articles.iter().map(|a| a.body.as_str()).collect();
    let corpus = Corpus::of_articles(
        &bundle.articles,
        Arc::new(WordIndex::build(&bodies)),
        |_| None,
    );
    for d in [
        Data::Started(Stage::Load),
        Data::Bundle(bundle.clone()),
        Data::Corpus(Arc::new(corpus)),
    ] {
        update(app, Action::Data(d));
        app.run_effects_inline();
    }
}

#[test]
fn reload_keeps_selection_and_filter_by_id() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "/budget<Enter>j");
    let before = selected_id(&app).unwrap();
    let shown_before = app.counts().0;
    update(&mut app, Action::Reload);
    assert!(matches!(app.effects.last(), Some(Effect::Reload)));
    app.effects.clear();
    assert!(app.loading());
    // Late results of the replaced load are dropped.
    let old_grouping = app.grouping.clone().unwrap();
    update(&mut app, Action::Data(Data::Events(old_grouping)));
    // The new bundle: a new article first, so every index moves.
    let mut b = fixture::bundle();
    let mut extra: Article = b.articles[4].clone();
    extra.id = "new".into();
    extra.title = Some("Budget surprise announced".into());
    b.articles.insert(0, extra);
    deliver(&mut app, b);
    assert!(app.reload.is_none());
    assert_eq!(selected_id(&app).as_deref(), Some(before.as_str()));
    assert_eq!(app.filter.input, "budget");
    assert!(app.filter.active());
    // The filter ran again over the new articles: the new one matches too.
    assert_eq!(app.counts().0, shown_before + 1);
    assert_eq!(app.message.as_deref(), Some("reloaded: 1 more articles"));
    assert_eq!(app.bundle.as_ref().unwrap().articles.len(), 7);
    assert!(app.grouping.is_none(), "events are computed again");
}

#[test]
fn a_failed_reload_keeps_the_old_bundle() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "jR");
    update(&mut app, Action::Data(Data::Failed("gone".into())));
    assert!(app.reload.is_none());
    assert!(!app.loading());
    assert!(app.error.is_none());
    assert_eq!(app.message.as_deref(), Some("reload failed: gone"));
    assert_eq!(app.bundle.as_ref().unwrap().articles.len(), 6);
    // And a second R is accepted again.
    press(&mut app, "R");
    assert!(app.reload.is_some());
    press(&mut app, "R");
    assert_eq!(app.message.as_deref(), Some("already reloading"));
}
