//! Candidate pairs: which articles are similar enough to be worth a look, without comparing all
//! pairs.
//!
//! An inverted index from term to the articles that carry it gives every pair sharing an indexed
//! term, and accumulates their dot product on the way; a pair sharing nothing is never seen.
//! Posting lists longer than any event is big are skipped, which is what bounds the work, and a
//! dated article only looks as far in time as an event may span. Time then costs the similarity
//! of reports far apart (see [`time`](super::time)).

use rayon::prelude::*;

use super::vectors::Entry;
use super::{time, Options};
use crate::engine::Date;

/// A similar pair `(a, b, similarity)` with `a < b`.
pub(super) type Edge = (u32, u32, f32);

/// Every pair with a similarity of at least `opts.min_edge`, keeping for each article only its
/// `opts.max_neighbours` closest (a pair stays if either end keeps it). Sorted, so the same
/// input always gives the same edges.
///
/// Candidates come from each article's `opts.index_terms` strongest terms: two reports of one
/// event share their strongest words (names, places, numbers), so a pair that shares none of
/// them is not worth a look. The index accumulates a partial dot product over those terms; the
/// most promising candidates then get their exact similarity from the whole vectors.
pub(super) fn edges(docs: &[Vec<Entry>], dates: &[Option<Date>], opts: &Options) -> Vec<Edge> {
    let n = docs.len();
    // Articles are visited in date order, undated first: a dated article then only needs the
    // later articles within the time window, found by binary search, while an undated one is
    // compared with everything after it (it can only be placed by content).
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by_key(|&i| (dates[i as usize].map(|d| d.days()), i));
    let day: Vec<Option<i64>> = order
        .iter()
        .map(|&i| dates[i as usize].map(|d| d.days()))
        .collect();
    // Pairs further apart could only ever be vetoed by the span rule of clustering.
    let window = time::max_span(opts);
    let keys: Vec<Vec<Entry>> = order
        .par_iter()
        .map(|&i| {
            let mut k = docs[i as usize].clone();
            k.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            k.truncate(opts.index_terms);
            k
        })
        .collect();
    let terms = keys
        .iter()
        .flat_map(|d| d.iter().map(|e| e.0 as usize + 1))
        .max()
        .unwrap_or(0);
    // Postings in visiting order, built by counting first so each list is one allocation.
    let mut start = vec![0u32; terms + 1];
    for d in &keys {
        for &(t, _) in d {
            start[t as usize + 1] += 1;
        }
    }
    for t in 0..terms {
        start[t + 1] += start[t];
    }
    let mut fill = start.clone();
    let mut postings: Vec<(u32, f32)> = vec![(0, 0.0); start[terms] as usize];
    // Where each article's own entry sits in each of its lists: the later articles follow it.
    let mut own: Vec<Vec<u32>> = Vec::with_capacity(n);
    for (r, d) in keys.iter().enumerate() {
        own.push(
            d.iter()
                .map(|&(t, w)| {
                    let slot = &mut fill[t as usize];
                    postings[*slot as usize] = (r as u32, w);
                    *slot += 1;
                    *slot - 1 - start[t as usize]
                })
                .collect(),
        );
    }
    let cap = opts.max_postings;
    // Articles before this visiting index are undated.
    let first_dated = day.partition_point(Option::is_none) as u32;
    // Per dated article, the last one in visiting order within the time window after it.
    let mut last = vec![0u32; n];
    let mut hi = 0;
    for r in first_dated as usize..n {
        let d = day[r].unwrap_or_default();
        hi = hi.max(r);
        while hi + 1 < n && day[hi + 1].is_some_and(|e| (e - d) as f64 <= window) {
            hi += 1;
        }
        last[r] = hi as u32;
    }
    let costs = time::Costs::new(window, opts);
    let vocab = docs
        .iter()
        .flat_map(|d| d.iter().map(|e| e.0 as usize + 1))
        .max()
        .unwrap_or(0);

    // Each article looks at later ones only, so every pair is scored once, in the same order
    // whatever the thread count.
    let mut all: Vec<Edge> = (0..n)
        .into_par_iter()
        .map_init(
            || {
                (
                    vec![0f32; n],
                    Vec::<u32>::new(),
                    vec![0u64; vocab.div_ceil(64)],
                )
            },
            |(acc, touched, marks), r| {
                for (&(t, w), &at) in keys[r].iter().zip(&own[r]) {
                    let list =
                        &postings[start[t as usize] as usize..start[t as usize + 1] as usize];
                    let from = at as usize + 1;
                    let to = match day[r] {
                        // Undated articles come first in visiting order, so every entry after
                        // a dated one is dated and later: those in the window follow it, and a
                        // term with more of them than `cap` is skipped, so at most `cap + 1`
                        // entries need a look.
                        Some(_) if window >= 0.0 => {
                            let limit = last[r];
                            let near = &list[from..list.len().min(from + cap + 1)];
                            from + near.partition_point(|p| p.0 <= limit)
                        }
                        // A window shorter than a day: no later article is near enough.
                        Some(_) => from,
                        None => list.len(),
                    };
                    // A term this many articles share, in the same weeks, names a theme rather
                    // than an event.
                    if to.saturating_sub(from) > cap {
                        continue;
                    }
                    for &(j, wj) in &list[from..to.max(from)] {
                        let slot = &mut acc[j as usize];
                        if *slot == 0.0 {
                            touched.push(j);
                        }
                        *slot += w * wj;
                    }
                }
                let a = order[r] as usize;
                let mut found: Vec<(f32, usize, f32)> = Vec::with_capacity(touched.len());
                for &j in touched.iter() {
                    let partial = std::mem::take(&mut acc[j as usize]);
                    if partial > 0.0 {
                        let cost = costs.between(day[r], day[j as usize]);
                        found.push((partial - cost, order[j as usize] as usize, cost));
                    }
                }
                touched.clear();
                if found.len() > opts.max_neighbours {
                    found.select_nth_unstable_by(opts.max_neighbours - 1, |x, y| {
                        y.0.total_cmp(&x.0).then(x.1.cmp(&y.1))
                    });
                    found.truncate(opts.max_neighbours);
                }
                set_marks(marks, &docs[a], true);
                let kept = found
                    .into_iter()
                    .filter_map(|(_, b, cost)| {
                        let s = dot(&docs[a], marks, &docs[b]) - cost;
                        (s >= opts.min_edge).then_some((a.min(b) as u32, a.max(b) as u32, s))
                    })
                    .collect::<Vec<Edge>>();
                set_marks(marks, &docs[a], false);
                kept
            },
        )
        .flatten()
        .collect();
    all.par_sort_unstable_by_key(|e| (e.0, e.1));
    prune(all, n, opts.max_neighbours)
}

/// Sets or clears the bit of each of `v`'s terms.
fn set_marks(marks: &mut [u64], v: &[Entry], on: bool) {
    for &(t, _) in v {
        let (word, bit) = (t as usize / 64, 1u64 << (t % 64));
        if on {
            marks[word] |= bit;
        } else {
            marks[word] &= !bit;
        }
    }
}

/// The dot product of two vectors sorted by term id, summed in term order; `marks` holds the
/// terms of `a`. Most terms of `b` are not in `a`, and one bit test (in a bitmap small enough to
/// stay in cache) rules each of them out, where a merge of the two lists would step through both.
fn dot(a: &[Entry], marks: &[u64], b: &[Entry]) -> f32 {
    let (mut i, mut s) = (0, 0f32);
    for &(t, w) in b {
        if marks[t as usize / 64] >> (t % 64) & 1 != 0 {
            while a[i].0 < t {
                i += 1;
            }
            s += a[i].1 * w;
        }
    }
    s
}

/// Keeps each article's `keep` strongest pairs (a pair survives if either end keeps it).
fn prune(all: Vec<Edge>, n: usize, keep: usize) -> Vec<Edge> {
    let mut degree = vec![0u32; n];
    for &(a, b, _) in &all {
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    if degree.iter().all(|&d| d as usize <= keep) {
        return all;
    }
    // Per article, the similarity of its `keep`-th strongest pair: the bar its pairs must clear.
    let mut by_node: Vec<Vec<f32>> = degree
        .iter()
        .map(|&d| Vec::with_capacity(d as usize))
        .collect();
    for &(a, b, s) in &all {
        by_node[a as usize].push(s);
        by_node[b as usize].push(s);
    }
    let bar: Vec<f32> = by_node
        .into_par_iter()
        .map(|mut v| {
            if v.len() <= keep {
                f32::NEG_INFINITY
            } else {
                v.select_nth_unstable_by(keep - 1, |a, b| b.total_cmp(a));
                v[keep - 1]
            }
        })
        .collect();
    all.into_iter()
        .filter(|&(a, b, s)| s >= bar[a as usize] || s >= bar[b as usize])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_match_brute_force() {
        let docs: Vec<Vec<Entry>> = vec![
            vec![(0, 0.6), (1, 0.8)],
            vec![(1, 0.6), (2, 0.8)],
            vec![(2, 1.0)],
            vec![(3, 1.0)],
        ];
        let dates = vec![None; 4];
        let o = Options {
            min_edge: 0.01,
            ..Options::default()
        };
        let e = edges(&docs, &dates, &o);
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].0, e[0].1), (0, 1));
        assert!((e[0].2 - 0.48).abs() < 1e-6);
        assert_eq!((e[1].0, e[1].1), (1, 2));
    }

    #[test]
    fn dated_pairs_are_found_behind_undated_articles_of_a_term() {
        // Articles 4 and 5 (same day) share only term 0, whose posting list opens with the
        // undated articles 0 to 3: the time window must still reach from 4 to 5.
        let mut docs: Vec<Vec<Entry>> = (0..4).map(|k| vec![(0, 0.1), (3 + k, 0.99)]).collect();
        docs.push(vec![(0, 0.8), (1, 0.6)]);
        docs.push(vec![(0, 0.8), (2, 0.6)]);
        let day = Date::parse_iso("2024-03-01");
        let dates = vec![None, None, None, None, day, day];
        let o = Options {
            min_edge: 0.01,
            ..Options::default()
        };
        let e = edges(&docs, &dates, &o);
        let pair = e.iter().find(|x| (x.0, x.1) == (4, 5));
        assert!(pair.is_some_and(|p| (p.2 - 0.64).abs() < 1e-6), "{e:?}");
    }

    #[test]
    fn pruning_keeps_the_strongest_pairs() {
        let all = vec![(0, 1, 0.9), (0, 2, 0.5), (0, 3, 0.4), (2, 3, 0.3)];
        let kept = prune(all, 4, 1);
        // 0 keeps 0-1; 1 keeps 0-1; 2 keeps 0-2; 3 keeps 0-3.
        assert_eq!(kept, vec![(0, 1, 0.9), (0, 2, 0.5), (0, 3, 0.4)]);
    }
}
