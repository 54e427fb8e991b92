//! The whole pipeline over a loaded bundle: events first, then the passages shared inside them.

use super::events::{self, Event};
use super::passages::{self, Passages};
use super::Article;

/// What the screens and the headless commands draw from.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Biggest first.
    pub events: Vec<Event>,
    /// For each article, the index of its event in `events`.
    pub event_of: Vec<usize>,
    pub passages: Passages,
}

/// Groups `articles` into events and finds the passages shared within each (or across the whole
/// bundle with `across_events`).
pub fn analyse(articles: &[Article], opts: &passages::Options, across_events: bool) -> Analysis {
    let events = events::group(articles);
    let mut event_of = vec![0; articles.len()];
    for (e, ev) in events.iter().enumerate() {
        for &a in &ev.articles {
            event_of[a] = e;
        }
    }
    let groups: Vec<Vec<usize>> = if across_events {
        vec![(0..articles.len()).collect()]
    } else {
        events.iter().map(|e| e.articles.clone()).collect()
    };
    let passages = passages::find(articles, &groups, opts);
    Analysis {
        events,
        event_of,
        passages,
    }
}
