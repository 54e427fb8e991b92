//! Average-link clustering over the sparse similarity graph, with two guards.
//!
//! Two groups merge only while the mean similarity over all their cross pairs clears the
//! threshold, a pair never found by the index counting as zero. That is what stops chaining: a
//! story that resembles one member of a group but not the others drags the mean down and stays
//! out, where single link would glue it on through its one close neighbour.
//!
//! Look-alike events (two quakes in one region, two trials of one person) are the case the mean
//! alone gets wrong: their reports share a cast of names and a vocabulary, enough to clear the
//! threshold. What gives them away is contrast: each group is much tighter inside than it is to
//! the other. So two groups of several distinct reports each, linked only moderately, merge only
//! if their cross similarity comes near their inner cohesion. Copies of one text say nothing
//! about how tight a story is, so near-duplicates are fused into one unit first and their pairs
//! are left out of cohesion.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use super::neighbours::Edge;

/// When groups merge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Rules {
    /// Mean cross similarity needed to merge at all.
    pub threshold: f64,
    /// Mean cross similarity at which two groups are one story whatever their inner structure.
    pub certain: f64,
    /// Below `certain`, two groups of at least `min_units` distinct reports each merge only if
    /// their mean cross similarity is at least this share of their inner cohesion (geometric
    /// mean of the two).
    pub contrast: f64,
    pub min_units: u32,
    /// Pairs at least this similar are copies of one report, fused before anything else.
    pub duplicate: f32,
    /// Most days between the earliest and the latest dated report of one event: beyond it the
    /// time discount alone rules a pair out, so no undated report may bridge them either.
    pub max_span: f64,
}

/// Hashes a cluster id with one multiplication (Fibonacci hashing): the maps below are hit for
/// every edge and every merge, and cluster ids need no protection from crafted input.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Links = HashMap<u32, f64, BuildHasherDefault<IdHasher>>;

/// A possible merge, ordered by similarity, then by lower cluster ids (so ties always resolve
/// the same way).
#[derive(Debug, Clone, Copy)]
struct Merge {
    sim: f64,
    a: u32,
    b: u32,
    /// Versions of `a` and `b` when this was computed; a merge since makes it stale.
    va: u32,
    vb: u32,
}

impl PartialEq for Merge {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Merge {}
impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Merge {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sim
            .total_cmp(&other.sim)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

/// What a cluster knows about itself, named by its smallest article index.
#[derive(Debug, Clone, Copy, Default)]
struct Group {
    size: u32,
    /// Distinct reports: near-duplicate units count once.
    units: u32,
    /// Summed similarity over all pairs inside, and over the pairs inside its units.
    within: f64,
    dup_within: f64,
    /// Pairs that lie inside one unit.
    dup_pairs: f64,
    /// First and last day of its dated reports.
    days: Option<(i64, i64)>,
    version: u32,
}

fn span(a: Option<(i64, i64)>, b: Option<(i64, i64)>) -> Option<(i64, i64)> {
    match (a, b) {
        (Some(x), Some(y)) => Some((x.0.min(y.0), x.1.max(y.1))),
        (x, None) => x,
        (None, y) => y,
    }
}

impl Group {
    /// Mean similarity of its pairs of distinct reports.
    fn cohesion(&self) -> f64 {
        let n = self.size as f64;
        let pairs = n * (n - 1.0) / 2.0 - self.dup_pairs;
        if pairs > 0.0 {
            (self.within - self.dup_within) / pairs
        } else {
            0.0
        }
    }
}

fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        let up = parent[parent[x as usize] as usize];
        parent[x as usize] = up;
        x = up;
    }
    x
}

/// Clusters `n` items linked by `edges` (sorted, `a < b`), `days` giving each item's date as a
/// day number if known; returns each item's cluster as the smallest item index in it.
pub(super) fn average_link(
    n: usize,
    edges: &[Edge],
    days: &[Option<i64>],
    rules: &Rules,
) -> Vec<u32> {
    // Near-duplicates first: the duplicate pairs joined strongest first, each unit named by its
    // smallest member, never spanning more days than an event may.
    let mut parent: Vec<u32> = (0..n as u32).collect();
    let mut unit_days: Vec<Option<(i64, i64)>> = days.iter().map(|d| d.map(|d| (d, d))).collect();
    let mut dups: Vec<&Edge> = edges.iter().filter(|e| e.2 >= rules.duplicate).collect();
    dups.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    for &&(a, b, _) in &dups {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        let joined = span(unit_days[ra as usize], unit_days[rb as usize]);
        if ra != rb && !joined.is_some_and(|(f, l)| (l - f) as f64 > rules.max_span) {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            parent[hi as usize] = lo;
            unit_days[lo as usize] = joined;
        }
    }
    let unit: Vec<u32> = (0..n as u32).map(|i| find(&mut parent, i)).collect();
    let mut groups = vec![Group::default(); n];
    for (i, &u) in unit.iter().enumerate() {
        let g = &mut groups[u as usize];
        g.size += 1;
        g.units = 1;
        g.days = span(g.days, days[i].map(|d| (d, d)));
    }
    for g in groups.iter_mut().filter(|g| g.size > 1) {
        let s = g.size as f64;
        g.dup_pairs = s * (s - 1.0) / 2.0;
    }
    // Summed similarity from each cluster to each neighbouring cluster. Iteration order over
    // these maps never matters: every update is one addition keyed by cluster, and the heap
    // breaks ties by ids.
    let mut links: Vec<Links> = vec![Links::default(); n];
    for &(a, b, s) in edges {
        let (ua, ub) = (unit[a as usize], unit[b as usize]);
        if ua == ub {
            let g = &mut groups[ua as usize];
            g.within += s as f64;
            g.dup_within += s as f64;
        } else {
            *links[ua as usize].entry(ub).or_insert(0.0) += s as f64;
            *links[ub as usize].entry(ua).or_insert(0.0) += s as f64;
        }
    }
    let mut heap = BinaryHeap::new();
    for (a, l) in links.iter().enumerate() {
        for (&b, &s) in l {
            let sim = s / (groups[a].size as f64 * groups[b as usize].size as f64);
            if (a as u32) < b && sim >= rules.threshold {
                heap.push(Merge {
                    sim,
                    a: a as u32,
                    b,
                    va: 0,
                    vb: 0,
                });
            }
        }
    }
    while let Some(m) = heap.pop() {
        let (a, b) = (m.a as usize, m.b as usize);
        if parent[a] != m.a
            || parent[b] != m.b
            || groups[a].version != m.va
            || groups[b].version != m.vb
        {
            continue;
        }
        let (ga, gb) = (groups[a], groups[b]);
        let days = span(ga.days, gb.days);
        if days.is_some_and(|(first, last)| (last - first) as f64 > rules.max_span) {
            // Reports this far apart are different events, whatever links them.
            continue;
        }
        if m.sim < rules.certain
            && ga.units >= rules.min_units
            && gb.units >= rules.min_units
            && m.sim < rules.contrast * (ga.cohesion() * gb.cohesion()).sqrt()
        {
            // Two tight groups only loosely tied: look-alikes. A later merge of either with
            // something else puts the pair back on the heap with fresh figures.
            continue;
        }
        // `a` < `b` always: the merged cluster keeps the smaller name.
        parent[b] = m.a;
        let cross = m.sim * ga.size as f64 * gb.size as f64;
        groups[a] = Group {
            size: ga.size + gb.size,
            units: ga.units + gb.units,
            within: ga.within + gb.within + cross,
            dup_within: ga.dup_within + gb.dup_within,
            dup_pairs: ga.dup_pairs + gb.dup_pairs,
            days,
            version: ga.version + 1,
        };
        groups[b].version += 1;
        let moved = std::mem::take(&mut links[b]);
        links[a].remove(&m.b);
        for (c, s) in moved {
            if c == m.a {
                continue;
            }
            *links[a].entry(c).or_insert(0.0) += s;
            let lc = &mut links[c as usize];
            lc.remove(&m.b);
            *lc.entry(m.a).or_insert(0.0) += s;
        }
        for (&c, &s) in &links[a] {
            let sim = s / (groups[a].size as f64 * groups[c as usize].size as f64);
            if sim >= rules.threshold {
                let (x, y) = if m.a < c { (m.a, c) } else { (c, m.a) };
                heap.push(Merge {
                    sim,
                    a: x,
                    b: y,
                    va: groups[x as usize].version,
                    vb: groups[y as usize].version,
                });
            }
        }
    }
    (0..n as u32).map(|i| find(&mut parent, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(threshold: f64) -> Rules {
        Rules {
            threshold,
            certain: 0.5,
            contrast: 0.6,
            min_units: 3,
            duplicate: 0.9,
            max_span: 10.0,
        }
    }

    /// All pairs among `members` at similarity `s`.
    fn clique(members: &[u32], s: f32) -> Vec<Edge> {
        let mut e = Vec::new();
        for (i, &a) in members.iter().enumerate() {
            for &b in &members[i + 1..] {
                e.push((a, b, s));
            }
        }
        e
    }

    fn sorted(mut e: Vec<Edge>) -> Vec<Edge> {
        e.sort_by_key(|x| (x.0, x.1));
        e
    }

    #[test]
    fn a_bridge_does_not_chain_two_groups() {
        // 0-1-2 tight, 3-4 tight, 2~3 close: single link would make one group of five.
        let edges = vec![
            (0, 1, 0.8),
            (0, 2, 0.7),
            (1, 2, 0.75),
            (2, 3, 0.6),
            (3, 4, 0.8),
        ];
        let c = average_link(5, &edges, &[None; 5], &rules(0.3));
        assert_eq!(c, vec![0, 0, 0, 3, 3]);
    }

    #[test]
    fn merges_when_the_mean_clears_the_threshold() {
        let edges = vec![(0, 1, 0.5), (0, 2, 0.4), (1, 2, 0.5)];
        assert_eq!(
            average_link(3, &edges, &[None; 3], &rules(0.4)),
            vec![0, 0, 0]
        );
        // 2's mean similarity to {0, 1} is 0.45 - 0.05 short of this bar.
        assert_eq!(
            average_link(3, &edges, &[None; 3], &rules(0.46)),
            vec![0, 0, 2]
        );
    }

    #[test]
    fn look_alikes_stay_apart_but_loose_stories_merge() {
        // Two tight groups of three (0.6 inside) tied at 0.25 everywhere: the mean clears the
        // threshold but is far below their cohesion.
        let mut e = clique(&[0, 1, 2], 0.6);
        e.extend(clique(&[3, 4, 5], 0.6));
        for a in 0..3 {
            for b in 3..6 {
                e.push((a, b, 0.25));
            }
        }
        let e = sorted(e);
        assert_eq!(
            average_link(6, &e, &[None; 6], &rules(0.15)),
            vec![0, 0, 0, 3, 3, 3]
        );
        // The same cross ties within a loose story (0.3 inside) merge it.
        let loose: Vec<Edge> = e
            .iter()
            .map(|&(a, b, s)| (a, b, if s > 0.5 { 0.3 } else { s }))
            .collect();
        assert_eq!(
            average_link(6, &loose, &[None; 6], &rules(0.15)),
            vec![0; 6]
        );
    }

    #[test]
    fn copies_do_not_count_as_a_tight_story() {
        // Three copies of one wire report and three of another, tied at 0.3: each side is one
        // distinct report, so no contrast test, and they merge like two articles would.
        let mut e = clique(&[0, 1, 2], 0.95);
        e.extend(clique(&[3, 4, 5], 0.95));
        for a in 0..3 {
            for b in 3..6 {
                e.push((a, b, 0.3));
            }
        }
        assert_eq!(
            average_link(6, &sorted(e), &[None; 6], &rules(0.15)),
            vec![0; 6]
        );
    }

    #[test]
    fn an_undated_report_does_not_bridge_a_year() {
        // 0-1 in one year, 2-3 the next, 4 undated and like all of them.
        let mut e = vec![(0, 1, 0.8), (2, 3, 0.8)];
        for a in 0..4 {
            e.push((a, 4, 0.9));
        }
        let days = [Some(0), Some(1), Some(365), Some(366), None];
        let c = average_link(5, &sorted(e), &days, &rules(0.15));
        assert_ne!(c[0], c[2], "{c:?}");
        assert_eq!(c[0], c[1]);
        assert_eq!(c[2], c[3]);
    }
}
