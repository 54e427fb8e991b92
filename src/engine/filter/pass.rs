//! One filter pass: every candidate article checked against a query, cheapest tests first.
//!
//! SkimMatcherV2 is by far the dearest step, so an article meets it only once it has passed
//! everything else: the qualifiers, then for every plain term a letter mask and an in-order
//! byte scan (both necessary for a fuzzy match) or a body-word hit. Scores are kept per plain
//! term, so that a later pass for a longer query can reuse the terms that did not change and
//! only score the one being typed.

use std::ops::Range;
use std::sync::atomic::{AtomicI64, Ordering};

use fuzzy_matcher::skim::SkimMatcherV2;

use rayon::prelude::*;

use super::corpus::Item;
use super::score;
use super::{keyword, Corpus, Hit, Query, Term, PARALLEL_FROM};

/// Candidates scored between two cancel checks.
const CHUNK: usize = 2_048;
/// From this many candidates a term's score is remembered per distinct text; below it,
/// clearing the memory costs more than scoring a repeated text again.
const MEMO_FROM: usize = 1_024;
/// A text's score not known yet, or known to be no match.
const UNKNOWN: i64 = i64::MIN;
const NO_MATCH: i64 = i64::MIN + 1;

/// A plain term, prepared for a pass.
struct PlainTerm<'q> {
    text: &'q str,
    lower: String,
    mask: u64,
    /// The articles whose bodies hold it, when it is long enough to look up.
    in_body: Option<Vec<bool>>,
    /// Its score in each distinct text, filled in as texts are met (big passes only).
    memo: Option<Vec<AtomicI64>>,
}

/// What a pass found: the matching articles in order, each with one score per plain term.
#[derive(Debug, Clone, Default)]
pub(super) struct Scored {
    pub articles: Vec<u32>,
    /// `stride` scores per article, in the order of the query's plain terms.
    pub scores: Vec<i64>,
    pub stride: usize,
}

impl Scored {
    pub fn hits(&self) -> Vec<Hit> {
        self.articles
            .iter()
            .enumerate()
            .map(|(k, &a)| Hit {
                article: a as usize,
                score: self.scores[k * self.stride..(k + 1) * self.stride]
                    .iter()
                    .sum(),
            })
            .collect()
    }
}

/// Where a pass starts from: every article, or the result of an earlier query that the new one
/// narrows, with for each new plain term the earlier term of identical text, if any.
pub(super) enum Start<'a> {
    All,
    Narrow {
        prev: &'a Scored,
        reuse: Vec<Option<usize>>,
    },
}

/// Runs `query` over `corpus` from `start`; `None` when `cancelled` turned true first.
pub(super) fn run(
    corpus: &Corpus,
    query: &Query,
    start: Start,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Scored> {
    let stride = query.plain().count();
    let all: Vec<u32>;
    let (candidates, known, reuse): (&[u32], Option<&Scored>, Vec<Option<usize>>) = match start {
        Start::All => {
            all = (0..corpus.len() as u32).collect();
            (&all, None, vec![None; stride])
        }
        Start::Narrow { prev, reuse } => (&prev.articles, Some(prev), reuse),
    };
    let plain: Vec<PlainTerm> = query
        .plain()
        .zip(&reuse)
        .map(|(text, r)| {
            let lower = text.to_lowercase();
            let fresh = r.is_none();
            PlainTerm {
                text,
                mask: mask(&lower),
                lower,
                in_body: keyword(text).filter(|_| fresh).map(|word| {
                    let mut marks = vec![false; corpus.len()];
                    corpus.words.mark_prefix(&word, &mut marks);
                    marks
                }),
                memo: (fresh && candidates.len() >= MEMO_FROM).then(|| {
                    (0..corpus.texts.len())
                        .map(|_| AtomicI64::new(UNKNOWN))
                        .collect()
                }),
            }
        })
        .collect();
    let matcher = SkimMatcherV2::default();
    let score_range = |range: Range<usize>| -> Option<(Vec<u32>, Vec<i64>)> {
        if cancelled() {
            return None;
        }
        let mut articles = Vec::new();
        let mut scores = Vec::new();
        for k in range {
            let i = candidates[k];
            let old = known.map(|p| &p.scores[k * p.stride..(k + 1) * p.stride]);
            let kept = scores.len();
            let at = Article {
                corpus,
                item: &corpus.items[i as usize],
                index: i as usize,
            };
            if evaluate(&matcher, &at, query, &plain, old, &reuse, &mut scores) {
                articles.push(i);
            } else {
                scores.truncate(kept);
            }
        }
        Some((articles, scores))
    };
    let n = candidates.len();
    let chunks: Vec<Range<usize>> = (0..n)
        .step_by(CHUNK)
        .map(|s| s..(s + CHUNK).min(n))
        .collect();
    let parts: Option<Vec<(Vec<u32>, Vec<i64>)>> = if n >= PARALLEL_FROM {
        chunks.into_par_iter().map(score_range).collect()
    } else {
        chunks.into_iter().map(score_range).collect()
    };
    let mut out = Scored {
        stride,
        ..Scored::default()
    };
    for (articles, scores) in parts? {
        out.articles.extend(articles);
        out.scores.extend(scores);
    }
    (!cancelled()).then_some(out)
}

/// One article of a pass.
struct Article<'c> {
    corpus: &'c Corpus,
    item: &'c Item,
    index: usize,
}

/// Whether the article matches; if so its plain-term scores are pushed onto `scores` (the
/// caller truncates them on a miss). `old` holds its earlier scores, `reuse` which apply.
fn evaluate(
    matcher: &SkimMatcherV2,
    at: &Article,
    query: &Query,
    plain: &[PlainTerm],
    old: Option<&[i64]>,
    reuse: &[Option<usize>],
    scores: &mut Vec<i64>,
) -> bool {
    let (corpus, item) = (at.corpus, at.item);
    for term in &query.terms {
        let ok = match term {
            Term::Plain(_) => true,
            Term::Outlet(s) => corpus.text(item.outlet).lower.contains(s.as_str()),
            Term::Event(s) => corpus.text(item.event).lower.contains(s.as_str()),
            Term::Date(s) => item.date.starts_with(s.as_str()),
            // Applied by the caller, who keeps the flags.
            Term::Is(_) => true,
        };
        if !ok {
            return false;
        }
    }
    let in_body = |t: &PlainTerm| t.in_body.as_ref().is_some_and(|m| m[at.index]);
    // Every new term must pass its cheap tests before any is scored.
    for (t, r) in plain.iter().zip(reuse) {
        if r.is_none() && !(could_match(at, t) || in_body(t)) {
            return false;
        }
    }
    for (t, r) in plain.iter().zip(reuse) {
        if let (Some(k), Some(old)) = (r, old) {
            scores.push(old[*k]);
            continue;
        }
        match fuzzy(matcher, at, t) {
            Some(s) => scores.push(s),
            None if in_body(t) => scores.push(0),
            None => return false,
        }
    }
    true
}

/// A necessary condition for a fuzzy match of `t` in one of the article's texts: its letters
/// all occur there, in order.
fn could_match(at: &Article, t: &PlainTerm) -> bool {
    at.item.searched().any(|id| {
        let text = at.corpus.text(id);
        t.mask & !text.mask == 0 && is_subsequence(&t.lower, &text.lower)
    })
}

/// The score of the first text of the article that `t` fuzzy-matches.
fn fuzzy(matcher: &SkimMatcherV2, at: &Article, t: &PlainTerm) -> Option<i64> {
    at.item.searched().find_map(|id| {
        let memo = t.memo.as_ref().map(|m| &m[id as usize]);
        match memo.map(|m| m.load(Ordering::Relaxed)) {
            Some(NO_MATCH) => return None,
            Some(UNKNOWN) | None => {}
            Some(s) => return Some(s),
        }
        let text = at.corpus.text(id);
        let score = if t.mask & !text.mask != 0 || !is_subsequence(&t.lower, &text.lower) {
            None
        } else {
            score::fuzzy(matcher, &text.text, t.text)
        };
        if let Some(m) = memo {
            // Two threads may score the same text; both store the same value.
            m.store(score.unwrap_or(NO_MATCH), Ordering::Relaxed);
        }
        score
    })
}

/// Which ASCII letters and digits (lower-cased) `s` holds, one bit each; bit 63 for any other
/// byte value, which is too coarse to reject anything but keeps the mask a necessary test.
pub(super) fn mask(lower: &str) -> u64 {
    lower.bytes().fold(0, |m, b| {
        m | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << (26 + b - b'0'),
            _ => 1 << 63,
        }
    })
}

/// Whether the bytes of `needle` appear in order in `hay`: a necessary condition for a fuzzy
/// match (on lower-cased text), checked far faster than the matcher can reject.
fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut rest = hay.as_bytes();
    needle
        .as_bytes()
        .iter()
        .all(|&b| match memchr::memchr(b, rest) {
            Some(at) => {
                rest = &rest[at + 1..];
                true
            }
            None => false,
        })
}
