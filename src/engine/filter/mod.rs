//! The live filter behind `/`: which articles a query keeps, how well each matches, and which
//! characters to highlight.
//!
//! Pure so that it can run off the input thread: [`filter`] takes a prepared [`Corpus`]
//! (lower-cased fields, letter masks and a body word index, built once per bundle) and a cancel
//! check that it polls between chunks, so a pass made stale by the next keystroke stops early.
//! Above [`PARALLEL_FROM`] candidates the pass is spread over all cores. A [`Session`] keeps
//! recent passes so that a keystroke that narrows the query only rescores what changed. Match
//! positions are not computed here: [`highlight`] finds them for the few rows on screen.

mod corpus;
mod pass;
mod query;
mod score;
mod session;
mod words;

pub use corpus::{Corpus, Entry};
pub use query::{Flag, Query, Term};
pub use session::Session;
pub use words::WordIndex;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::engine::text::normalize_word;

/// Corpus size from which a pass is split across threads; below it the split costs more than
/// it saves.
pub const PARALLEL_FROM: usize = 20_000;
/// Shortest plain term also looked up among body words: shorter ones would match almost every
/// article's body and drown the fuzzy results.
pub const MIN_KEYWORD_CHARS: usize = 3;

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

/// The articles of `corpus` that match every term of `query`, in article order; `None` when
/// `cancelled` turned true before the pass finished. An empty query keeps everything. A
/// [`Session`] gives the same answers faster while a query is being typed.
pub fn filter(
    corpus: &Corpus,
    query: &Query,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<Hit>> {
    pass::run(corpus, query, pass::Start::All, cancelled).map(|s| s.hits())
}

/// The normalised body word to look up for a plain term, if it is one.
fn keyword(term: &str) -> Option<String> {
    let word = normalize_word(term);
    let ok = word.chars().count() >= MIN_KEYWORD_CHARS
        && word.chars().all(|c| c.is_alphanumeric() || c == '\'');
    ok.then_some(word)
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
