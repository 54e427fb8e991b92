//! Aligning two articles: exact runs grown from the index's seeds, then chained across small
//! edits into one passage, then judged (verbatim, near, quotation, duplicate).
//!
//! Everything is local: a run is grown word by word from a seed, and a chain only looks a few
//! words past its ends for the next matching words. Two long articles that share one sentence
//! cost a few dozen comparisons, not the product of their lengths.

use std::ops::Range;

use super::chain::{self, Scratch};
use super::doc::Doc;
use super::index::PairSeeds;
use super::{rewrite, Kind, Options};

/// A run of equal words: `len` words from `a` in one article and from `b` in the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Piece {
    pub a: u32,
    pub b: u32,
    pub len: u32,
}

impl Piece {
    pub fn a_end(&self) -> u32 {
        self.a + self.len
    }
    pub fn b_end(&self) -> u32 {
        self.b + self.len
    }
    pub(super) fn diag(&self) -> i64 {
        self.b as i64 - self.a as i64
    }
}

/// One thing two articles share: word ranges on both sides and the equal runs inside them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    pub kind: Kind,
    /// A shared quotation, kept although shorter than `min_words`.
    pub quote: bool,
    pub a: Range<u32>,
    pub b: Range<u32>,
    /// Equal runs, ascending on side `a`. For a rewrite, the words a diff would keep.
    pub pieces: Vec<Piece>,
}

/// The thresholds of one search, derived from [`Options`].
#[derive(Debug, Clone)]
pub(crate) struct Params {
    /// Seed n-gram length.
    pub k: usize,
    /// Winnowing window over the n-grams (see [`super::index::pair_seeds`]).
    pub window: usize,
    pub min_words: usize,
    /// Informative words a passage needs besides its length.
    pub min_info: usize,
    pub min_quote_words: usize,
    pub min_quote_info: usize,
    /// Gap sizes to try when chaining, at most `max_gap` words a side (see [`chain::gaps`]).
    pub gaps: Vec<(usize, usize)>,
    pub max_docs: usize,
    pub rewrites: bool,
}

/// Share of the shorter article that must be covered for a pair to be duplicates.
const DUPLICATE_COVER: f64 = 0.8;
/// The shorter of two duplicates has at least this share of the longer one's words: a brief
/// that quotes one paragraph of a long report is not its duplicate.
const DUPLICATE_LENGTH_RATIO: f64 = 0.4;
/// Edited words a near-verbatim passage may have, per word it shares.
const MAX_EDIT_RATIO: f64 = 0.25;

impl Params {
    pub fn new(o: &Options) -> Params {
        let min_words = o.min_words.max(2);
        let min_quote_words = o.min_quote_words.max(2);
        let k = 4.min(min_words).min(min_quote_words);
        Params {
            k,
            // Every exact run of `min_words` is still seeded.
            window: (min_words + 1).saturating_sub(k).max(1),
            min_words,
            // Three in eight: "according to a statement released by the" has two.
            min_info: ((min_words * 3).div_ceil(8)).max(2),
            min_quote_words,
            min_quote_info: 2,
            gaps: chain::gaps(o.max_gap),
            max_docs: o.common_phrase_articles.max(2),
            rewrites: o.rewrites,
        }
    }
}

/// What aligning one pair of articles found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Aligned {
    pub links: Vec<Link>,
    /// The two are duplicates: their verbatim and near `links` cover most of both.
    pub duplicate: bool,
}

/// Aligns two documents from their seeds.
pub(crate) fn align(da: &Doc, db: &Doc, seeds: &PairSeeds, p: &Params) -> Aligned {
    chain::with_scratch(|s| align_in(da, db, seeds, p, s))
}

fn align_in(da: &Doc, db: &Doc, seeds: &PairSeeds, p: &Params, s: &mut Scratch) -> Aligned {
    chain::exact_runs(da, db, &seeds.grams, p.k, s);
    let mut links: Vec<Link> = Vec::new();
    chain::each_chain(da, db, p, s, |c| classify(da, db, c, p, &mut links));
    // Duplicates still get their reworded sentences: a rerun of wire copy that shares most of
    // another's body may have rewritten a paragraph of it.
    let duplicate = is_duplicate(da, db, &links);
    if p.rewrites {
        let pairs = &mut s.pairs;
        pairs.clear();
        pairs.extend_from_slice(&seeds.sentences);
        pairs.extend(
            s.runs
                .iter()
                .map(|r| (da.sent[r.a as usize], db.sent[r.b as usize])),
        );
        let found = rewrite::find(da, db, pairs, &links);
        links.extend(found);
    }
    links.sort_by_key(|l| (l.a.start, l.b.start, l.a.end, l.b.end));
    Aligned { links, duplicate }
}

/// Whether the punctuation inside a run is the same on both sides.
fn same_punctuation(da: &Doc, db: &Doc, pc: &Piece) -> bool {
    (1..pc.len as usize).all(|t| da.punct[pc.a as usize + t] == db.punct[pc.b as usize + t])
}

/// Where a stub at the start of `r` ends: the first word of the second paragraph of `r` if
/// `r` holds fewer than [`MIN_STUB`] words of its first paragraph and goes on, else `r.start`.
fn head_cut(d: &Doc, r: Range<u32>) -> u32 {
    let (s, e) = (r.start as usize, r.end as usize);
    let next = (s..e).find(|&i| d.para[i] != d.para[s]).unwrap_or(e);
    if next < e && next - s < MIN_STUB {
        next as u32
    } else {
        r.start
    }
}

/// Where a stub at the end of `r` starts (see [`head_cut`]).
fn tail_cut(d: &Doc, r: Range<u32>) -> u32 {
    let (s, e) = (r.start as usize, r.end as usize);
    let last = (s..e)
        .rev()
        .find(|&i| d.para[i] != d.para[e - 1])
        .map_or(s, |i| i + 1);
    if last > s && e - last < MIN_STUB {
        last as u32
    } else {
        r.end
    }
}

/// Fewest words of a paragraph a passage that runs on into other paragraphs must hold there:
/// a passage ending on "The" at the top of the next paragraph would show a one-word span.
const MIN_STUB: usize = 3;

/// The pieces without the words in stubs at either end (see [`head_cut`]).
fn trim_stubs(da: &Doc, db: &Doc, mut pieces: Vec<Piece>) -> Vec<Piece> {
    let (f, l) = (pieces[0], pieces[pieces.len() - 1]);
    let (ca, cb) = (head_cut(da, f.a..l.a_end()), head_cut(db, f.b..l.b_end()));
    let (ea, eb) = (tail_cut(da, f.a..l.a_end()), tail_cut(db, f.b..l.b_end()));
    if (ca, cb, ea, eb) == (f.a, f.b, l.a_end(), l.b_end()) {
        // No stub: the common case, with nothing to copy.
        return pieces;
    }
    let cut = |p: &Piece| {
        let skip = ca.saturating_sub(p.a).max(cb.saturating_sub(p.b));
        let keep_a = ea.saturating_sub(p.a);
        let keep_b = eb.saturating_sub(p.b);
        let end = p.len.min(keep_a).min(keep_b);
        (end > skip).then(|| Piece {
            a: p.a + skip,
            b: p.b + skip,
            len: end - skip,
        })
    };
    if pieces.iter().all(|p| cut(p).is_none()) {
        return pieces;
    }
    pieces.retain_mut(|p| match cut(p) {
        Some(c) => {
            *p = c;
            true
        }
        None => false,
    });
    pieces
}

fn link(da: &Doc, db: &Doc, kind: Kind, quote: bool, pieces: Vec<Piece>) -> Link {
    let pieces = trim_stubs(da, db, pieces);
    let (f, l) = (pieces[0], pieces[pieces.len() - 1]);
    Link {
        kind,
        quote,
        a: f.a..l.a_end(),
        b: f.b..l.b_end(),
        pieces,
    }
}

/// The links a chain makes: one passage when it is long and informative enough and its
/// edits few; else whichever of its runs stand on their own (long runs, shared quotations).
fn classify(da: &Doc, db: &Doc, chain: &[Piece], p: &Params, out: &mut Vec<Link>) {
    let matched: usize = chain.iter().map(|c| c.len as usize).sum();
    let info: usize = chain
        .iter()
        .map(|c| da.info(c.a as usize, c.a_end() as usize))
        .sum();
    let edits: usize = chain
        .windows(2)
        .map(|w| {
            let ga = (w[1].a - w[0].a_end()) as usize;
            let gb = (w[1].b - w[0].b_end()) as usize;
            ga.max(gb)
        })
        .sum();
    if matched >= p.min_words
        && info >= p.min_info
        && edits as f64 <= matched as f64 * MAX_EDIT_RATIO
    {
        let verbatim = chain.len() == 1 && same_punctuation(da, db, &chain[0]);
        let kind = if verbatim { Kind::Verbatim } else { Kind::Near };
        out.push(link(da, db, kind, false, chain.to_vec()));
        return;
    }
    for pc in chain {
        let a = pc.a as usize;
        if pc.len as usize >= p.min_words && da.info(a, pc.a_end() as usize) >= p.min_info {
            let kind = if same_punctuation(da, db, pc) {
                Kind::Verbatim
            } else {
                Kind::Near
            };
            out.push(link(da, db, kind, false, vec![*pc]));
        } else if let Some(q) = quotation(da, db, pc, p) {
            let kind = if same_punctuation(da, db, &q) {
                Kind::Verbatim
            } else {
                Kind::Near
            };
            out.push(link(da, db, kind, true, vec![q]));
        }
    }
}

/// The longest part of a run that is inside quotation marks in both articles, if it is long
/// and informative enough to count as a shared quotation.
fn quotation(da: &Doc, db: &Doc, pc: &Piece, p: &Params) -> Option<Piece> {
    let mut best: Option<Piece> = None;
    let mut start = None;
    for t in 0..=pc.len as usize {
        let inside = t < pc.len as usize
            && da.toks[pc.a as usize + t].is_quoted()
            && db.toks[pc.b as usize + t].is_quoted();
        match (inside, start) {
            (true, None) => start = Some(t),
            (false, Some(s)) => {
                if best.is_none_or(|b| t - s > b.len as usize) {
                    best = Some(Piece {
                        a: pc.a + s as u32,
                        b: pc.b + s as u32,
                        len: (t - s) as u32,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    best.filter(|q| {
        q.len as usize >= p.min_quote_words
            && da.info(q.a as usize, q.a_end() as usize) >= p.min_quote_info
    })
}

/// Words covered by the union of `ranges`.
pub(crate) fn covered(ranges: impl Iterator<Item = Range<u32>>) -> usize {
    let mut r: Vec<Range<u32>> = ranges.collect();
    r.sort_by_key(|r| (r.start, r.end));
    let mut total = 0;
    let mut end = 0;
    for x in r {
        let s = x.start.max(end);
        if x.end > s {
            total += (x.end - s) as usize;
        }
        end = end.max(x.end);
    }
    total
}

/// Whether `links` cover most of both articles.
fn is_duplicate(da: &Doc, db: &Doc, links: &[Link]) -> bool {
    if links.is_empty() || da.len() == 0 || db.len() == 0 {
        return false;
    }
    let (la, lb) = (da.len() as f64, db.len() as f64);
    let ca = covered(links.iter().map(|l| l.a.clone())) as f64;
    let cb = covered(links.iter().map(|l| l.b.clone())) as f64;
    let (short_cover, ratio) = if la <= lb {
        (ca / la, la / lb)
    } else {
        (cb / lb, lb / la)
    };
    short_cover >= DUPLICATE_COVER && ratio >= DUPLICATE_LENGTH_RATIO
}
