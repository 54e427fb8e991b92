//! Event grouping: which articles report the same story.
//!
//! Placeholder shape until the grouping lands: every article is an event of its own.

use super::{Article, Date};

/// A story and the articles that report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across runs for the same bundle.
    pub id: String,
    /// A short headline a reader can scan.
    pub label: String,
    /// Indices into the bundle's articles, most central first.
    pub articles: Vec<usize>,
    /// Distinct outlets, in order of first appearance (unknown outlets are left out).
    pub outlets: Vec<String>,
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
}

/// Groups `articles` into events, biggest first.
pub fn group(articles: &[Article]) -> Vec<Event> {
    articles
        .iter()
        .enumerate()
        .map(|(i, a)| Event {
            id: format!("e-{}", a.id),
            label: a.display_title(),
            articles: vec![i],
            outlets: a.outlet.iter().cloned().collect(),
            first_date: a.date,
            last_date: a.date,
        })
        .collect()
}
