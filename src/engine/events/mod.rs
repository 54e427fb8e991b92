//! Event grouping: which articles report the same story.
//!
//! Each article becomes a vector of weighted terms from its title and lead ([`vectors`]); an
//! inverted index finds the pairs that share enough of them ([`neighbours`]), less what their
//! distance in time costs ([`time`]); average-link clustering over those pairs forms the events
//! ([`cluster`]); and each event gets an id, a headline and its dates ([`label`]). Every step is
//! deterministic, so the same bundle always gives the same events with the same ids.

mod cluster;
mod label;
mod neighbours;
pub mod score;
mod time;
mod vectors;
mod words;

use super::{Article, Date};

pub use score::{bcubed, parse_labels, Scores};

/// A story and the articles that report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across runs for the same bundle: a hash of the member articles' ids.
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

/// How articles are compared and grouped. The defaults are chosen on principle (see each field),
/// not fitted to any one bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Mean similarity two groups need to merge. Reports of one event share their names, places
    /// and numbers and land well above it; different events on one theme share only the theme.
    pub threshold: f64,
    /// Mean similarity at which two groups are one story however they are structured inside.
    pub certain: f64,
    /// Two groups of at least `min_units` distinct reports each, tied below `certain`, merge only
    /// if their mean cross similarity is at least this share of their inner cohesion: two tight
    /// groups only loosely tied are look-alike events.
    pub contrast: f64,
    pub min_units: u32,
    /// Pairs at least this similar are copies of one report (wire copy, a page scraped twice).
    pub duplicate: f32,
    /// Weakest pair the index keeps: well below `threshold`, so that a missing pair in a group's
    /// mean is one that would have counted for next to nothing.
    pub min_edge: f32,
    /// Most pairs kept per article (its closest), bounding memory on huge bundles.
    pub max_neighbours: usize,
    /// Body words read per article: news puts the who, what, where and when first; the tail is
    /// background that resembles other stories on the same theme.
    pub lead_words: usize,
    /// Strongest terms kept per article vector.
    pub max_terms: usize,
    /// Strongest terms per article that the candidate index holds.
    pub index_terms: usize,
    /// A title word counts as this many body words: the headline names the event.
    pub title_weight: f64,
    /// Extra weight of a word always written with a capital mid-sentence (a name), as a share
    /// of its weight.
    pub name_boost: f64,
    /// Extra weight of a number (a toll, a magnitude, a score).
    pub number_boost: f64,
    /// BM25 term-frequency saturation and length normalisation.
    pub bm25_k1: f64,
    pub bm25_b: f64,
    /// Unrelated articles a bundle is assumed to sit among when judging how common a word is
    /// (see [`vectors`]).
    pub prior_docs: f64,
    /// Days apart that cost nothing (time zones, next-day editions).
    pub grace_days: f64,
    /// What being days apart costs similarity: `time_weight × ln(1 + days / time_scale_days)`
    /// beyond the grace period (see [`time`]).
    pub time_weight: f64,
    pub time_scale_days: f64,
    /// A term in more articles than this share of the bundle (and than `min_df_cap`) is too
    /// common to tell events apart: it counts in an article's norm but not in its vector.
    pub df_cap_share: f64,
    pub min_df_cap: usize,
    /// Longest posting list the candidate index walks (within the time window, for a dated
    /// article): a strong term that more articles share than any one event has reports is a
    /// theme. A constant, so that the index's work grows with the bundle, not its square.
    pub max_postings: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threshold: 0.12,
            certain: 0.3,
            contrast: 0.6,
            min_units: 3,
            duplicate: 0.8,
            min_edge: 0.03,
            max_neighbours: 64,
            lead_words: 400,
            max_terms: 96,
            index_terms: 24,
            title_weight: 2.0,
            name_boost: 1.0,
            number_boost: 0.5,
            bm25_k1: 1.2,
            bm25_b: 0.75,
            prior_docs: 10.0,
            grace_days: 1.0,
            time_weight: 0.2,
            time_scale_days: 3.0,
            df_cap_share: 0.01,
            min_df_cap: 200,
            max_postings: 256,
        }
    }
}

impl Options {
    /// The document frequency above which a term is left out of the vectors of `n` articles.
    pub fn df_cap(&self, n: usize) -> u32 {
        ((n as f64 * self.df_cap_share) as usize).max(self.min_df_cap) as u32
    }
}

/// Groups `articles` into events, biggest first, with the default [`Options`].
pub fn group(articles: &[Article]) -> Vec<Event> {
    group_with(articles, &Options::default())
}

/// Groups `articles` into events, biggest first.
pub fn group_with(articles: &[Article], opts: &Options) -> Vec<Event> {
    if articles.is_empty() {
        return Vec::new();
    }
    let vectors = vectors::build(articles, opts);
    let dates: Vec<Option<Date>> = articles.iter().map(|a| a.date).collect();
    let edges = neighbours::edges(&vectors.docs, &dates, opts);
    let rules = cluster::Rules {
        threshold: opts.threshold,
        certain: opts.certain,
        contrast: opts.contrast,
        min_units: opts.min_units,
        duplicate: opts.duplicate,
        max_span: time::max_span(opts),
    };
    let days: Vec<Option<i64>> = dates.iter().map(|d| d.map(|d| d.days())).collect();
    let cluster_of = cluster::average_link(articles.len(), &edges, &days, &rules);
    label::events(articles, &vectors, &edges, &cluster_of)
}

/// The similar pairs the grouping works from: `(a, b, similarity)` with `a < b`, similarity in
/// 0..=1 (cosine of the term vectors, less what time apart costs), weaker pairs left out.
pub fn similar_pairs(articles: &[Article], opts: &Options) -> Vec<(usize, usize, f32)> {
    let vectors = vectors::build(articles, opts);
    let dates: Vec<Option<Date>> = articles.iter().map(|a| a.date).collect();
    neighbours::edges(&vectors.docs, &dates, opts)
        .into_iter()
        .map(|(a, b, s)| (a as usize, b as usize, s))
        .collect()
}

/// For each article, the index of its event in `events` (the inverse of [`Event::articles`]).
pub fn event_of(events: &[Event], articles: usize) -> Vec<usize> {
    let mut of = vec![usize::MAX; articles];
    for (e, ev) in events.iter().enumerate() {
        for &a in &ev.articles {
            of[a] = e;
        }
    }
    of
}
