//! Exact runs grown from the index's seeds, and chains of them across small edits: the
//! local search behind [`super::align`].
//!
//! Both run for every pair of articles that share anything, so their lists live in a
//! per-thread [`Scratch`] and a chain is handed to its caller as a slice, not a new list.

use std::cell::RefCell;
use std::ops::Range;

use super::align::{Params, Piece};
use super::doc::Doc;

/// Buffers of one alignment, kept per thread: allocating them for each pair cost more than
/// the search.
#[derive(Default)]
pub(crate) struct Scratch {
    seeds: Vec<u64>,
    /// The exact runs of the pair being aligned (see [`exact_runs`]).
    pub runs: Vec<Piece>,
    order: Vec<u128>,
    by_diag: Vec<(i64, u32, usize)>,
    used: Vec<bool>,
    in_extent: Vec<bool>,
    extents: Vec<(Range<u32>, Range<u32>)>,
    right: Vec<Piece>,
    chain: Vec<Piece>,
    /// Candidate sentence pairs for rewrites.
    pub pairs: Vec<(u32, u32)>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Runs `f` with this thread's buffers.
pub(crate) fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|s| f(&mut s.borrow_mut()))
}

/// Maximal runs of equal words through the seeds (each seed an n-gram of `k` words), into
/// `s.runs`.
pub(crate) fn exact_runs(da: &Doc, db: &Doc, grams: &[(u32, u32)], k: usize, s: &mut Scratch) {
    // Seeds by diagonal, then by `a`, as one number: sorting plain integers costs half as
    // much as sorting triples. The diagonal is shifted by `a`'s length to start at zero, and
    // fits in 32 bits (a position does not use the index's marker bit, see `index::BIGRAM`).
    let shift = da.len() as u64;
    let seeds = &mut s.seeds;
    seeds.clear();
    seeds.extend(
        grams
            .iter()
            .map(|&(a, b)| (b as u64 + shift - a as u64) << 32 | a as u64),
    );
    seeds.sort_unstable();
    let runs = &mut s.runs;
    runs.clear();
    let mut last: Option<(u64, u32)> = None;
    for &key in seeds.iter() {
        let (d, a) = (key >> 32, key as u32);
        let b = (d + a as u64 - shift) as u32;
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
pub(crate) fn gaps(max_gap: usize) -> Vec<(usize, usize)> {
    let mut g: Vec<(usize, usize)> = (0..=max_gap)
        .flat_map(|i| (0..=max_gap).map(move |j| (i, j)))
        .filter(|&(i, j)| i + j > 0)
        .collect();
    g.sort_by_key(|&(i, j)| (i.max(j), i + j, i.abs_diff(j), i));
    g
}

/// The largest gap on either side among `gaps`.
fn reach(gaps: &[(usize, usize)]) -> usize {
    gaps.iter().map(|&(i, j)| i.max(j)).max().unwrap_or(0)
}

/// Whether two adjacent words of `wa` may both occur in `wb`, by one bit of 64 per word: an
/// anchor within reach needs two such words, and most ends of a run have none. Ruling that
/// out takes a few dozen instructions, where trying every gap took hundreds.
fn may_anchor(wa: &[u64], wb: &[u64]) -> bool {
    let bit = |h: u64| 1u64 << (h & 63);
    let m = wb.iter().fold(0, |m, &h| m | bit(h));
    wa.windows(2)
        .any(|w| m & bit(w[0]) != 0 && m & bit(w[1]) != 0)
}

/// The next equal run after `(ea, eb)`, across at most `max_gap` edited words on each side.
fn next_right(
    da: &Doc,
    db: &Doc,
    ea: usize,
    eb: usize,
    gaps: &[(usize, usize)],
    reach: usize,
) -> Option<Piece> {
    let wa = &da.hashes[ea.min(da.len())..(ea + reach + 2).min(da.len())];
    let wb = &db.hashes[eb.min(db.len())..(eb + reach + 2).min(db.len())];
    if !may_anchor(wa, wb) {
        return None;
    }
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
fn next_left(
    da: &Doc,
    db: &Doc,
    sa: usize,
    sb: usize,
    gaps: &[(usize, usize)],
    reach: usize,
) -> Option<Piece> {
    let wa = &da.hashes[sa.saturating_sub(reach + 2)..sa];
    let wb = &db.hashes[sb.saturating_sub(reach + 2)..sb];
    if !may_anchor(wa, wb) {
        return None;
    }
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

/// Chains of equal runs (`s.runs`), each bridging small edits, handed to `f` one by one:
/// the longest runs first, so that a chain starts from its most certain part. A run already
/// inside a chain starts no other.
pub(crate) fn each_chain(
    da: &Doc,
    db: &Doc,
    p: &Params,
    s: &mut Scratch,
    mut f: impl FnMut(&[Piece]),
) {
    let gaps = &p.gaps[..];
    let reach = reach(gaps);
    let Scratch {
        runs,
        order,
        by_diag,
        used,
        in_extent,
        extents,
        right,
        chain,
        ..
    } = s;
    if runs.is_empty() {
        return;
    }
    // Longest first, then by position, as one number to sort: no two runs are equal.
    order.clear();
    order.extend(runs.iter().enumerate().map(|(i, r)| {
        (u128::from(u32::MAX - r.len) << 96)
            | (u128::from(r.a) << 64)
            | (u128::from(r.b) << 32)
            | i as u128
    }));
    order.sort_unstable();
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
    for &key in order.iter() {
        let i = key as u32 as usize;
        if used[i] {
            continue;
        }
        right.clear();
        right.push(runs[i]);
        while let Some(last) = right.last() {
            match next_right(
                da,
                db,
                last.a_end() as usize,
                last.b_end() as usize,
                gaps,
                reach,
            ) {
                Some(pc) if !taken(extents, in_extent, &pc) => right.push(pc),
                _ => break,
            }
        }
        chain.clear();
        let mut first = runs[i];
        while let Some(pc) = next_left(da, db, first.a as usize, first.b as usize, gaps, reach) {
            if taken(extents, in_extent, &pc) {
                break;
            }
            chain.push(pc);
            first = pc;
        }
        chain.reverse();
        chain.extend_from_slice(right);
        // A chain ends on a run of some substance, not on two words found past a gap.
        let (mut from, mut to) = (0, chain.len());
        while to - from > 1 && chain[from].len < 3 {
            from += 1;
        }
        while to - from > 1 && chain[to - 1].len < 3 {
            to -= 1;
        }
        let chain = &chain[from..to];
        for pc in chain {
            let from = by_diag.partition_point(|&(d, a, _)| (d, a) < (pc.diag(), pc.a));
            for &(d, a, j) in &by_diag[from..] {
                if d != pc.diag() || a >= pc.a_end() {
                    break;
                }
                used[j] = true;
            }
        }
        let (fp, lp) = (chain[0], chain[chain.len() - 1]);
        in_extent[fp.a as usize..lp.a_end() as usize].fill(true);
        extents.push((fp.a..lp.a_end(), fp.b..lp.b_end()));
        f(chain);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word filter in front of the gap search rules out no anchor the search would find.
    #[test]
    fn filter_keeps_every_anchor() {
        let words = ["the", "vote", "of", "delayed", "senate", "a", "bill", "the"];
        let mut x: u64 = 7;
        let mut text = |n: usize| {
            (0..n)
                .map(|_| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    words[(x >> 33) as usize % words.len()]
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let gaps = gaps(3);
        let reach = reach(&gaps);
        for _ in 0..20 {
            let (da, db) = (
                Doc::from_body(&text(40), &[]),
                Doc::from_body(&text(30), &[]),
            );
            for ea in 0..=da.len() {
                for eb in 0..=db.len() {
                    let right = gaps
                        .iter()
                        .map(|&(i, j)| (ea + i, eb + j))
                        .find(|&(a, b)| anchor(&da, &db, a, b));
                    let found = next_right(&da, &db, ea, eb, &gaps, reach);
                    assert_eq!(found.map(|p| (p.a as usize, p.b as usize)), right);
                    let left = gaps
                        .iter()
                        .filter(|&&(i, j)| ea >= i + 2 && eb >= j + 2)
                        .map(|&(i, j)| (ea - i - 2, eb - j - 2))
                        .find(|&(a, b)| {
                            da.hash(a) == db.hash(b)
                                && da.hash(a + 1) == db.hash(b + 1)
                                && (da.informative(a)
                                    || da.informative(a + 1)
                                    || (a > 0 && b > 0 && da.hash(a - 1) == db.hash(b - 1)))
                        });
                    let found = next_left(&da, &db, ea, eb, &gaps, reach);
                    assert_eq!(found.is_some(), left.is_some());
                    if let (Some(p), Some((a, b))) = (found, left) {
                        assert_eq!((p.a_end() as usize, p.b_end() as usize), (a + 2, b + 2));
                    }
                }
            }
        }
    }
}
