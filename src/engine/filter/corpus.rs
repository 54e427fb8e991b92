//! What the filter matches against, prepared once per bundle: each distinct title, outlet and
//! event label once, lower-cased, with its letter mask.
//!
//! Reports of one story often share a title (wire copy), every article of an event shares its
//! label and a few outlets cover the whole bundle, so a pass that scores each distinct text
//! once for a term does a fraction of the matcher's work.

use std::collections::HashMap;
use std::sync::Arc;

use super::pass::mask;
use super::WordIndex;
use crate::engine::Article;

/// What a query is matched against for one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub outlet: String,
    pub title: String,
    /// The label of the article's event; empty until events are known.
    pub event: String,
    /// ISO date, or empty when unknown.
    pub date: String,
}

/// One distinct field text.
#[derive(Debug, Clone, Default)]
pub(super) struct Text {
    pub text: String,
    pub lower: String,
    /// Letters and digits of `lower` ([`mask`]), to reject a term missing one without scanning.
    pub mask: u64,
}

/// One article: its fields as indices into the corpus's texts.
#[derive(Debug, Clone, Default)]
pub(super) struct Item {
    pub title: u32,
    pub outlet: u32,
    pub event: u32,
    pub date: String,
}

impl Item {
    /// The texts a plain term is fuzzy-matched against, in order of preference. A label that
    /// only repeats the title adds nothing.
    pub fn searched(&self) -> impl Iterator<Item = u32> {
        let event = (self.event != self.title).then_some(self.event);
        [Some(self.title), Some(self.outlet), event]
            .into_iter()
            .flatten()
    }
}

/// Everything a filter pass needs, prepared once per bundle (and again, cheaply, when event
/// labels arrive: the word index is shared).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Shared with the corpus this one was made from by [`Corpus::with_words`]: the fields do
    /// not change when the body words arrive.
    pub(super) texts: Arc<Vec<Text>>,
    pub(super) items: Arc<Vec<Item>>,
    pub(super) words: Arc<WordIndex>,
}

impl Corpus {
    /// The corpus of a bundle's articles; `event_label` names each article's event, when known.
    pub fn of_articles<'a>(
        articles: &[Article],
        words: Arc<WordIndex>,
        event_label: impl Fn(usize) -> Option<&'a str>,
    ) -> Corpus {
        let entries = articles
            .iter()
            .enumerate()
            .map(|(i, a)| Entry {
                outlet: a.outlet.clone().unwrap_or_default(),
                title: a.display_title(),
                event: event_label(i).unwrap_or_default().to_string(),
                date: a.date.map(|d| d.to_string()).unwrap_or_default(),
            })
            .collect();
        Corpus::new(entries, words)
    }

    pub fn new(entries: Vec<Entry>, words: Arc<WordIndex>) -> Corpus {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut texts: Vec<Text> = Vec::new();
        let mut intern = |s: String| -> u32 {
            if let Some(&id) = ids.get(&s) {
                return id;
            }
            let id = texts.len() as u32;
            let lower = s.to_lowercase();
            texts.push(Text {
                mask: mask(&lower),
                lower,
                text: s.clone(),
            });
            ids.insert(s, id);
            id
        };
        let items = entries
            .into_iter()
            .map(|e| Item {
                title: intern(e.title),
                outlet: intern(e.outlet),
                event: intern(e.event),
                date: e.date,
            })
            .collect();
        Corpus {
            texts: Arc::new(texts),
            items: Arc::new(items),
            words,
        }
    }

    /// The same fields with the body word index `words`, without preparing them again.
    pub fn with_words(&self, words: Arc<WordIndex>) -> Corpus {
        Corpus {
            texts: self.texts.clone(),
            items: self.items.clone(),
            words,
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Distinct titles, outlets and labels.
    pub fn distinct_texts(&self) -> usize {
        self.texts.len()
    }

    pub(super) fn text(&self, id: u32) -> &Text {
        &self.texts[id as usize]
    }

    pub fn title(&self, i: usize) -> Option<&str> {
        self.items.get(i).map(|p| self.text(p.title).text.as_str())
    }

    pub fn entry(&self, i: usize) -> Option<Entry> {
        let p = self.items.get(i)?;
        Some(Entry {
            outlet: self.text(p.outlet).text.clone(),
            title: self.text(p.title).text.clone(),
            event: self.text(p.event).text.clone(),
            date: p.date.clone(),
        })
    }

    pub fn words(&self) -> &Arc<WordIndex> {
        &self.words
    }
}
