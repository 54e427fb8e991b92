//! Shared passages: text that several articles carry, verbatim or lightly rewritten.
//!
//! The search runs within each group of articles (an event, or the whole bundle) in four steps:
//! every article's words are tokenised once ([`doc`]); an index of hashed word n-grams and
//! content-word bigrams says which pairs of articles share anything and where ([`index`]); each
//! such pair is aligned locally, growing exact runs from the seeds and chaining them across
//! small edits, then looking for reworded sentences among what is left ([`align`],
//! [`rewrite`]); and the pairwise links are merged so that text carried by N articles is one
//! passage with a span in each ([`cluster`]). No two articles are ever compared in full.
//!
//! What counts:
//! - verbatim: the same words after normalisation (case, quotes, dashes, Unicode forms) with
//!   the same punctuation between them, at least `min_words` long and with enough informative
//!   (non-stopword) words that a stock phrase does not qualify; a quotation shared inside
//!   quotation marks on both sides needs only `min_quote_words`;
//! - near: the same run across small edits (a word changed, inserted, dropped or swapped, a
//!   spelling variant, changed punctuation), each gap at most `max_gap` words;
//! - rewrite: sentences reworded, sharing most of their content words in nearly the same order;
//! - duplicate: two articles sharing most of their words, reported as one passage (and
//!   [`Passages::duplicate_of`]) instead of dozens.
//!
//! Spans never cross a paragraph break of the cleaned body (where the body stops being one
//! slice of the original): a passage running over two paragraphs of an article has two spans
//! for that article, in body order. So a passage may hold several spans of one article; group
//! them by `article`. Passages of different kinds may overlap (a sentence two outlets run
//! verbatim and a third rewords is in a verbatim passage and in a rewrite passage); passages
//! of one kind seldom do.
//!
//! The result is deterministic: the same bundle gives the same passages in the same order,
//! whatever the number of threads.

mod align;
mod chain;
mod cluster;
mod doc;
mod index;
mod rewrite;
mod scan;

use rayon::prelude::*;
use serde::Serialize;

use super::Article;

pub(crate) use align::Link;
pub(crate) use doc::Doc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Verbatim,
    Near,
    Rewrite,
    Duplicate,
}

impl Kind {
    /// The name used in JSON and in text output.
    pub fn label(&self) -> &'static str {
        match self {
            Kind::Verbatim => "verbatim",
            Kind::Near => "near",
            Kind::Rewrite => "rewrite",
            Kind::Duplicate => "duplicate",
        }
    }
}

/// Where one article carries a passage: a byte range of its cleaned body, inside one
/// paragraph, from the first word's first byte to the last word's last byte.
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
    /// Length in words (of the article carrying most of it).
    pub words: usize,
    /// Sorted by article, then start; several spans of one article when the passage runs over
    /// a paragraph break (or the article repeats it).
    pub spans: Vec<Span>,
}

impl Passage {
    /// The articles carrying the passage, ascending, each once.
    pub fn articles(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self.spans.iter().map(|s| s.article).collect();
        v.dedup();
        v
    }

    /// The spans of one article.
    pub fn spans_of(&self, article: usize) -> impl Iterator<Item = &Span> + '_ {
        self.spans.iter().filter(move |s| s.article == article)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Shortest verbatim passage, in words.
    pub min_words: usize,
    /// Shortest shared quotation, in words.
    pub min_quote_words: usize,
    /// Most words edited in one place that a near-verbatim passage bridges.
    pub max_gap: usize,
    /// A phrase found in more articles of a group than this is a stock phrase: it starts no
    /// passage (it may still be part of a longer one).
    pub common_phrase_articles: usize,
    /// Look for reworded sentences too.
    pub rewrites: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_words: 8,
            min_quote_words: 4,
            max_gap: 3,
            common_phrase_articles: 100,
            rewrites: true,
        }
    }
}

/// Everything found in a bundle.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Passages {
    /// Sorted by the first span (article, then start).
    pub passages: Vec<Passage>,
    /// For each article, the article it duplicates (its original), if any.
    pub duplicate_of: Vec<Option<usize>>,
    /// For each article, the share (0..=1) of its body words found in other articles.
    pub shared: Vec<f32>,
}

impl Passages {
    /// The spans an article carries, with the index of their passage, by start.
    pub fn spans_of(&self, article: usize) -> Vec<(usize, Span)> {
        let mut v: Vec<(usize, Span)> = self
            .passages
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.spans_of(article).map(move |s| (i, *s)))
            .collect();
        v.sort_by_key(|&(i, s)| (s.start, s.end, i));
        v
    }
}

/// Finds the passages shared between articles of the same group. `groups` are sets of article
/// indices (events); passages never cross groups.
pub fn find(articles: &[Article], groups: &[Vec<usize>], opts: &Options) -> Passages {
    let p = align::Params::new(opts);
    let results: Vec<cluster::GroupResult> = groups
        .par_iter()
        .map(|g| find_group(articles, g, &p))
        .collect();
    let mut out = Passages {
        passages: Vec::new(),
        duplicate_of: vec![None; articles.len()],
        shared: vec![0.0; articles.len()],
    };
    for r in results {
        out.passages.extend(r.passages);
        for (d, o) in r.duplicate_of {
            out.duplicate_of[d] = Some(o);
        }
        for (a, s) in r.shared {
            out.shared[a] = out.shared[a].max(s);
        }
    }
    out.passages
        .sort_by_key(|p| (p.spans[0].article, p.spans[0].start, p.kind, p.spans.len()));
    out
}

fn find_group(articles: &[Article], group: &[usize], p: &align::Params) -> cluster::GroupResult {
    let mut members: Vec<usize> = group
        .iter()
        .copied()
        .filter(|&i| i < articles.len())
        .collect();
    members.sort_unstable();
    members.dedup();
    if members.len() < 2 {
        return cluster::GroupResult::default();
    }
    let docs: Vec<Doc> = if members.len() > 16 {
        members
            .par_iter()
            .map(|&i| Doc::new(&articles[i]))
            .collect()
    } else {
        members.iter().map(|&i| Doc::new(&articles[i])).collect()
    };
    let refs: Vec<&Doc> = docs.iter().collect();
    let seeds = index::pair_seeds(&refs, p.k, p.window, p.max_docs);
    let aligned: Vec<(u32, u32, align::Aligned)> = seeds
        .par_iter()
        .map(|s| {
            let mut al = align::align(&docs[s.a as usize], &docs[s.b as usize], s, p);
            if al.duplicate {
                // One duplicate passage, not one per paragraph: clustering puts every
                // duplicate link of an article in one passage, spanning only what is shared.
                for l in al.links.iter_mut().filter(|l| l.kind != Kind::Rewrite) {
                    l.kind = Kind::Duplicate;
                }
            }
            (s.a, s.b, al)
        })
        .filter(|(_, _, al)| !al.links.is_empty())
        .collect();
    cluster::build(articles, &members, &docs, &aligned)
}

/// Aligns two prepared documents directly (for comparing two articles, whatever their groups):
/// the links between them, and whether they are duplicates (then the links are their verbatim
/// and near runs, not one duplicate link).
pub(crate) fn align_pair(a: &Doc, b: &Doc, opts: &Options) -> (Vec<Link>, bool) {
    let p = align::Params::new(opts);
    let seeds = index::pair_seeds(&[a, b], p.k, p.window, p.max_docs);
    match seeds.first() {
        Some(s) => {
            let al = align::align(a, b, s, &p);
            (al.links, al.duplicate)
        }
        None => (Vec::new(), false),
    }
}

/// Word ranges as body spans, one per paragraph (for callers holding a [`Doc`]).
pub(crate) fn spans_of_range(doc: &Doc, article: usize, r: std::ops::Range<u32>) -> Vec<Span> {
    cluster::byte_spans(doc, article, r)
}

#[cfg(test)]
pub(crate) mod tests;
