//! The live filter behind `/`: which articles a query keeps, how well each matches, and which
//! characters to highlight.
//!
//! Pure and stateless so that it can run off the input thread: [`filter`] takes a prepared
//! [`Corpus`] (lower-cased fields and a body word index, built once per bundle) and a cancel
//! check that it polls between chunks, so a pass made stale by the next keystroke stops early.
//! Above [`PARALLEL_FROM`] articles the pass is spread over all cores. Match positions are not
//! computed here: [`highlight`] finds them for the few rows on screen.

mod query;
mod words;

pub use query::{Flag, Query, Term};
pub use words::WordIndex;

use std::sync::Arc;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

use crate::engine::text::normalize_word;
use crate::engine::Article;

/// Corpus size from which a pass is split across threads; below it the split costs more than
/// it saves.
pub const PARALLEL_FROM: usize = 20_000;
/// Articles scored between two cancel checks.
const CHUNK: usize = 2_048;
/// Shortest plain term also looked up among body words: shorter ones would match almost every
/// article's body and drown the fuzzy results.
pub const MIN_KEYWORD_CHARS: usize = 3;

/// What a query is matched against for one article.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub outlet: String,
    pub title: String,
    /// The label of the article's event; empty until events are known.
    pub event: String,
    /// ISO date, or empty when unknown.
    pub date: String,
}

#[derive(Debug, Clone, Default)]
struct Prepared {
    entry: Entry,
    outlet_lc: String,
    title_lc: String,
    event_lc: String,
    /// A label that only repeats the title adds nothing to fuzzy-match and doubles the work.
    event_is_title: bool,
}

/// Everything [`filter`] needs, prepared once per bundle (and again, cheaply, when event labels
/// arrive: the word index is shared).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    items: Vec<Prepared>,
    words: Arc<WordIndex>,
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
        let items = entries
            .into_iter()
            .map(|entry| Prepared {
                outlet_lc: entry.outlet.to_lowercase(),
                title_lc: entry.title.to_lowercase(),
                event_lc: entry.event.to_lowercase(),
                event_is_title: entry.event == entry.title,
                entry,
            })
            .collect();
        Corpus { items, words }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.items.get(i).map(|p| &p.entry)
    }

    pub fn words(&self) -> &Arc<WordIndex> {
        &self.words
    }
}

/// An article the query keeps, and how well it matched (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub article: usize,
    pub score: i64,
}

/// A field that can carry highlighted characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Outlet,
    Title,
    Event,
}

/// A plain term, with the articles whose bodies hold it when it is long enough to look up.
struct PlainTerm<'q> {
    text: &'q str,
    lower: String,
    in_body: Option<Vec<bool>>,
}

/// The articles of `corpus` that match every term of `query`, in article order; `None` when
/// `cancelled` turned true before the pass finished. An empty query keeps everything.
pub fn filter(
    corpus: &Corpus,
    query: &Query,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Hit>> {
    let matcher = SkimMatcherV2::default();
    let plain: Vec<PlainTerm> = query
        .plain()
        .map(|text| PlainTerm {
            text,
            lower: text.to_lowercase(),
            in_body: keyword(text).map(|word| {
                let mut marks = vec![false; corpus.len()];
                corpus.words.mark_prefix(&word, &mut marks);
                marks
            }),
        })
        .collect();
    let score_range = |range: std::ops::Range<usize>| -> Option<Vec<Hit>> {
        if cancelled() {
            return None;
        }
        Some(
            range
                .filter_map(|i| {
                    score(&matcher, &corpus.items[i], i, query, &plain)
                        .map(|score| Hit { article: i, score })
                })
                .collect(),
        )
    };
    let n = corpus.len();
    let chunks: Vec<std::ops::Range<usize>> = (0..n)
        .step_by(CHUNK)
        .map(|s| s..(s + CHUNK).min(n))
        .collect();
    let parts: Option<Vec<Vec<Hit>>> = if n >= PARALLEL_FROM {
        chunks.into_par_iter().map(score_range).collect()
    } else {
        chunks.into_iter().map(score_range).collect()
    };
    let hits = parts?.concat();
    (!cancelled()).then_some(hits)
}

/// The normalised body word to look up for a plain term, if it is one.
fn keyword(term: &str) -> Option<String> {
    let word = normalize_word(term);
    let ok = word.chars().count() >= MIN_KEYWORD_CHARS
        && word.chars().all(|c| c.is_alphanumeric() || c == '\'');
    ok.then_some(word)
}

fn score(
    matcher: &SkimMatcherV2,
    item: &Prepared,
    i: usize,
    query: &Query,
    plain: &[PlainTerm],
) -> Option<i64> {
    for term in &query.terms {
        let ok = match term {
            Term::Plain(_) => true,
            Term::Outlet(s) => item.outlet_lc.contains(s.as_str()),
            Term::Event(s) => item.event_lc.contains(s.as_str()),
            Term::Date(s) => item.entry.date.starts_with(s.as_str()),
            // Applied by the caller, who keeps the flags.
            Term::Is(_) => true,
        };
        if !ok {
            return None;
        }
    }
    let mut total = 0i64;
    for term in plain {
        let fields = [
            (&item.entry.title, &item.title_lc),
            (&item.entry.outlet, &item.outlet_lc),
            (&item.entry.event, &item.event_lc),
        ];
        let searched = if item.event_is_title { 2 } else { 3 };
        let fuzzy = fields[..searched].iter().find_map(|(text, lower)| {
            if !is_subsequence(&term.lower, lower) {
                return None;
            }
            matcher.fuzzy_match(text, term.text)
        });
        match fuzzy {
            Some(s) => total += s,
            None if term.in_body.as_ref().is_some_and(|m| m[i]) => {}
            None => return None,
        }
    }
    Some(total)
}

/// Whether the characters of `needle` appear in order in `hay`: a necessary condition for a
/// fuzzy match, checked on bytes far faster than the matcher can reject.
fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.as_bytes().iter();
    needle.as_bytes().iter().all(|b| hay.any(|h| h == b))
}

/// Char indices of `text` (a field of one article) to highlight for `query`: the fuzzy matches
/// of its plain terms, and the substring a qualifier on this field matched.
pub fn highlight(query: &Query, field: Field, text: &str) -> Vec<usize> {
    let matcher = SkimMatcherV2::default();
    let mut out: Vec<usize> = Vec::new();
    for term in &query.terms {
        match (term, field) {
            (Term::Plain(p), _) => {
                if let Some((_, idx)) = matcher.fuzzy_indices(text, p) {
                    out.extend(idx);
                }
            }
            (Term::Outlet(s), Field::Outlet) | (Term::Event(s), Field::Event) => {
                out.extend(substring_chars(text, s));
            }
            _ => {}
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Char indices of the first case-insensitive occurrence of `needle` (lower case) in `text`.
/// Compares char by char (first char of each lower-casing) so indices stay those of `text`.
fn substring_chars(text: &str, needle: &str) -> std::ops::Range<usize> {
    let fold = |c: char| c.to_lowercase().next().unwrap_or(c);
    let hay: Vec<char> = text.chars().map(fold).collect();
    let pat: Vec<char> = needle.chars().map(fold).collect();
    if pat.is_empty() || pat.len() > hay.len() {
        return 0..0;
    }
    (0..=hay.len() - pat.len())
        .find(|&s| hay[s..s + pat.len()] == pat[..])
        .map_or(0..0, |s| s..s + pat.len())
}

#[cfg(test)]
mod tests;
