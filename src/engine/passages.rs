//! Shared passages: text that several articles carry, verbatim or lightly rewritten.
//!
//! Placeholder shape until detection lands: finds nothing.

use serde::Serialize;

use super::Article;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Verbatim,
    Near,
    Rewrite,
    Duplicate,
}

/// Where one article carries a passage: a byte range of its cleaned body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Index into the bundle's articles.
    pub article: usize,
    pub start: usize,
    pub end: usize,
}

/// One passage and every article that carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub kind: Kind,
    /// Length in words (of the longest span).
    pub words: usize,
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Shortest verbatim passage, in words.
    pub min_words: usize,
    /// Shortest shared quotation, in words.
    pub min_quote_words: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_words: 8,
            min_quote_words: 4,
        }
    }
}

/// Everything found in a bundle.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Passages {
    pub passages: Vec<Passage>,
    /// For each article, the article it duplicates (its original), if any.
    pub duplicate_of: Vec<Option<usize>>,
    /// For each article, the share (0..=1) of its body words found in other articles.
    pub shared: Vec<f32>,
}

/// Finds the passages shared between articles of the same group. `groups` are sets of article
/// indices (events); passages never cross groups.
pub fn find(articles: &[Article], groups: &[Vec<usize>], _opts: &Options) -> Passages {
    let _ = groups;
    Passages {
        passages: Vec::new(),
        duplicate_of: vec![None; articles.len()],
        shared: vec![0.0; articles.len()],
    }
}
