//! Aligning two articles: exact runs grown from the index's seeds, then chained across small
//! edits into one passage, then judged (verbatim, near, quotation, duplicate).
//!
//! Everything is local: a run is grown word by word from a seed, and a chain only looks a few
//! words past its ends for the next matching words. Two long articles that share one sentence
//! cost a few dozen comparisons, not the product of their lengths.

use std::cmp::Reverse;
use std::ops::Range;

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
    fn diag(&self) -> i64 {
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
    /// Gap sizes to try when chaining, at most `max_gap` words a side (see [`gaps`]).
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
            gaps: gaps(o.max_gap),
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
    let runs = exact_runs(da, db, &seeds.grams, p.k);
    let chains = chains(da, db, &runs, p);
    let mut links: Vec<Link> = chains.iter().flat_map(|c| classify(da, db, c, p)).collect();
    // Duplicates still get their reworded sentences: a rerun of wire copy that shares most of
    // another's body may have rewritten a paragraph of it.
    let duplicate = is_duplicate(da, db, &links);
    if p.rewrites {
        let mut pairs = seeds.sentences.clone();
        pairs.extend(
            runs.iter()
                .map(|r| (da.sent[r.a as usize], db.sent[r.b as usize])),
        );
        pairs.sort_unstable();
        pairs.dedup();
        let found = rewrite::find(da, db, &pairs, &links);
        links.extend(found);
    }
    links.sort_by_key(|l| (l.a.start, l.b.start, l.a.end, l.b.end));
    Aligned { links, duplicate }
}

/// Maximal runs of equal words through the seeds (each seed an n-gram of `k` words).
pub(crate) fn exact_runs(da: &Doc, db: &Doc, grams: &[(u32, u32)], k: usize) -> Vec<Piece> {
    let mut seeds: Vec<(i64, u32, u32)> = grams
        .iter()
        .map(|&(a, b)| (b as i64 - a as i64, a, b))
        .collect();
    seeds.sort_unstable();
    let mut runs = Vec::new();
    let mut last: Option<(i64, u32)> = None;
    for (d, a, b) in seeds {
        if last.is_some_and(|(ld, end)| ld == d && a < end) {
            continue;
        }
        let (a, b) = (a as usize, b as usize);
        if a + k > da.len() || b + k > db.len() || (0..k).any(|i| da.hash(a + i) != db.hash(b + i))
        {
            continue;
        }
        let mut s = 0;
        while a > s && b > s && da.hash(a - s - 1) == db.hash(b - s - 1) {
            s += 1;
        }
        let mut e = k;
        while a + e < da.len() && b + e < db.len() && da.hash(a + e) == db.hash(b + e) {
            e += 1;
        }
        let run = Piece {
            a: (a - s) as u32,
            b: (b - s) as u32,
            len: (s + e) as u32,
        };
        last = Some((d, run.a_end()));
        runs.push(run);
    }
    runs
}

/// Whether two words match well enough at `(a, b)` and after to resume a chain there.
fn anchor(da: &Doc, db: &Doc, a: usize, b: usize) -> bool {
    a + 1 < da.len()
        && b + 1 < db.len()
        && da.hash(a) == db.hash(b)
        && da.hash(a + 1) == db.hash(b + 1)
        && (da.informative(a)
            || da.informative(a + 1)
            || (a + 2 < da.len() && b + 2 < db.len() && da.hash(a + 2) == db.hash(b + 2)))
}

/// Gap sizes `(in a, in b)` to try, fewest edited words first, substitutions before
/// insertions.
fn gaps(max_gap: usize) -> Vec<(usize, usize)> {
    let mut g: Vec<(usize, usize)> = (0..=max_gap)
        .flat_map(|i| (0..=max_gap).map(move |j| (i, j)))
        .filter(|&(i, j)| i + j > 0)
        .collect();
    g.sort_by_key(|&(i, j)| (i.max(j), i + j, i.abs_diff(j), i));
    g
}

/// The next equal run after `(ea, eb)`, across at most `max_gap` edited words on each side.
fn next_right(da: &Doc, db: &Doc, ea: usize, eb: usize, gaps: &[(usize, usize)]) -> Option<Piece> {
    for &(i, j) in gaps {
        let (a, b) = (ea + i, eb + j);
        if anchor(da, db, a, b) {
            let mut len = 2;
            while a + len < da.len() && b + len < db.len() && da.hash(a + len) == db.hash(b + len) {
                len += 1;
            }
            return Some(Piece {
                a: a as u32,
                b: b as u32,
                len: len as u32,
            });
        }
    }
    None
}

/// The previous equal run before `(sa, sb)`.
fn next_left(da: &Doc, db: &Doc, sa: usize, sb: usize, gaps: &[(usize, usize)]) -> Option<Piece> {
    for &(i, j) in gaps {
        // The run would end (exclusive) at `sa - i`, `sb - j` and hold at least two words.
        if sa < i + 2 || sb < j + 2 {
            continue;
        }
        let (ea, eb) = (sa - i, sb - j);
        let (a, b) = (ea - 2, eb - 2);
        let matches = da.hash(a) == db.hash(b)
            && da.hash(a + 1) == db.hash(b + 1)
            && (da.informative(a)
                || da.informative(a + 1)
                || (a > 0 && b > 0 && da.hash(a - 1) == db.hash(b - 1)));
        if matches {
            let mut s = 2;
            while ea > s && eb > s && da.hash(ea - s - 1) == db.hash(eb - s - 1) {
                s += 1;
            }
            return Some(Piece {
                a: (ea - s) as u32,
                b: (eb - s) as u32,
                len: s as u32,
            });
        }
    }
    None
}

/// Chains of equal runs, each bridging small edits: the longest runs first, so that a chain
/// starts from its most certain part. A run already inside a chain starts no other.
pub(crate) fn chains(da: &Doc, db: &Doc, runs: &[Piece], p: &Params) -> Vec<Vec<Piece>> {
    if runs.is_empty() {
        return Vec::new();
    }
    SCRATCH.with(|s| chains_in(da, db, runs, p, &mut s.borrow_mut()))
}

/// Buffers of [`chains`], kept per thread: it runs for every pair of articles that share
/// anything, and allocating them each time cost more than the search.
#[derive(Default)]
struct Scratch {
    order: Vec<usize>,
    by_diag: Vec<(i64, u32, usize)>,
    used: Vec<bool>,
    in_extent: Vec<bool>,
    extents: Vec<(Range<u32>, Range<u32>)>,
    right: Vec<Piece>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

fn chains_in(da: &Doc, db: &Doc, runs: &[Piece], p: &Params, s: &mut Scratch) -> Vec<Vec<Piece>> {
    let gaps = &p.gaps[..];
    let Scratch {
        order,
        by_diag,
        used,
        in_extent,
        extents,
        right,
    } = s;
    order.clear();
    order.extend(0..runs.len());
    order.sort_by_key(|&i| (Reverse(runs[i].len), runs[i].a, runs[i].b));
    by_diag.clear();
    by_diag.extend(runs.iter().enumerate().map(|(i, r)| (r.diag(), r.a, i)));
    by_diag.sort_unstable();
    used.clear();
    used.resize(runs.len(), false);
    extents.clear();
    // Words of `a` inside some chain's extent: most pieces tried touch none, and need not be
    // checked against every chain (a pair of long duplicates makes hundreds).
    in_extent.clear();
    in_extent.resize(da.len(), false);
    let taken = |extents: &[(Range<u32>, Range<u32>)], in_extent: &[bool], pc: &Piece| {
        in_extent[pc.a as usize..pc.a_end() as usize]
            .iter()
            .any(|&x| x)
            && extents.iter().any(|(ra, rb)| {
                pc.a < ra.end && ra.start < pc.a_end() && pc.b < rb.end && rb.start < pc.b_end()
            })
    };
    let mut out = Vec::new();
    for &i in order.iter() {
        if used[i] {
            continue;
        }
        right.clear();
        right.push(runs[i]);
        while let Some(last) = right.last() {
            match next_right(da, db, last.a_end() as usize, last.b_end() as usize, gaps) {
                Some(pc) if !taken(extents, in_extent, &pc) => right.push(pc),
                _ => break,
            }
        }
        let mut chain: Vec<Piece> = Vec::new();
        let mut first = runs[i];
        while let Some(pc) = next_left(da, db, first.a as usize, first.b as usize, gaps) {
            if taken(extents, in_extent, &pc) {
                break;
            }
            chain.push(pc);
            first = pc;
        }
        chain.reverse();
        chain.extend_from_slice(right);
        // A chain ends on a run of some substance, not on two words found past a gap.
        while chain.len() > 1 && chain[0].len < 3 {
            chain.remove(0);
        }
        while chain.len() > 1 && chain[chain.len() - 1].len < 3 {
            chain.pop();
        }
        for pc in &chain {
            let from = by_diag.partition_point(|&(d, a, _)| (d, a) < (pc.diag(), pc.a));
            for &(d, a, j) in &by_diag[from..] {
                if d != pc.diag() || a >= pc.a_end() {
                    break;
                }
                used[j] = true;
            }
        }
        let (f, l) = (chain[0], chain[chain.len() - 1]);
        in_extent[f.a as usize..l.a_end() as usize].fill(true);
        extents.push((f.a..l.a_end(), f.b..l.b_end()));
        out.push(chain);
    }
    out
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
pub(crate) fn classify(da: &Doc, db: &Doc, chain: &[Piece], p: &Params) -> Vec<Link> {
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
        return vec![link(da, db, kind, false, chain.to_vec())];
    }
    let mut out = Vec::new();
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
    out
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
