//! Which two reports to put side by side.
//!
//! A person asks to compare "this article" or "this event" without naming a second report; the
//! bundle's shared passages say which one is worth it. Two articles share what the passages
//! carrying both of them cover, counted in bytes of body text on each side (the union of those
//! spans, so a sentence in a verbatim and in a rewrite passage counts once). Duplicates are
//! left out when an event is asked for: two copies of one wire story overlap the most and show
//! the least.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::passages::Passages;

/// Bytes of text covered by the union of `ranges`.
fn union_len(ranges: &mut [Range<usize>]) -> usize {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut total = 0;
    let mut end = 0;
    for r in ranges.iter() {
        let s = r.start.max(end);
        if r.end > s {
            total += r.end - s;
        }
        end = end.max(r.end);
    }
    total
}

/// The original an article duplicates, following chains (bounded: bad data may loop).
fn root(passages: &Passages, a: usize) -> usize {
    let mut cur = a;
    for _ in 0..32 {
        match passages.duplicate_of.get(cur).copied().flatten() {
            Some(o) if o != cur => cur = o,
            _ => break,
        }
    }
    cur
}

/// Whether `a` and `b` are copies of one story (one duplicates the other, or both the same
/// original).
pub fn duplicates(passages: &Passages, a: usize, b: usize) -> bool {
    a != b && root(passages, a) == root(passages, b)
}

/// Most members of an event weighed when choosing its two closest reports: the most central
/// ones (an event lists them first). Weighing every pair of a huge event costs the square of
/// its size, and its closest pair is nearly always among its central reports.
pub const MAX_MEMBERS: usize = 200;

type Ranges = Vec<Range<usize>>;

/// For each article of `members`, the passages carrying it.
fn passages_of(passages: &Passages, members: &HashSet<usize>) -> HashMap<usize, Vec<usize>> {
    let mut out: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, p) in passages.passages.iter().enumerate() {
        for a in p.articles() {
            if members.contains(&a) {
                out.entry(a).or_default().push(i);
            }
        }
    }
    out
}

/// What `x` shares with each other member: for each `y`, the bytes of `x`'s body and of `y`'s
/// body covered by passages carrying both.
fn shared_with(
    passages: &Passages,
    index: &HashMap<usize, Vec<usize>>,
    members: &HashSet<usize>,
    x: usize,
) -> HashMap<usize, (usize, usize)> {
    let mut sides: HashMap<usize, (Ranges, Ranges)> = HashMap::new();
    for &pi in index.get(&x).map_or(&[][..], Vec::as_slice) {
        let p = &passages.passages[pi];
        for y in p.articles() {
            if y == x || !members.contains(&y) {
                continue;
            }
            let (mine, theirs) = sides.entry(y).or_default();
            mine.extend(p.spans_of(x).map(|s| s.start..s.end));
            theirs.extend(p.spans_of(y).map(|s| s.start..s.end));
        }
    }
    sides
        .into_iter()
        .map(|(y, (mut m, mut t))| (y, (union_len(&mut m), union_len(&mut t))))
        .collect()
}

/// How much each pair of `members` shares: `(x, y)` with `x` before `y` in `members`, to the
/// bytes of both bodies covered by passages carrying both. Pairs sharing nothing are absent.
pub fn overlaps(passages: &Passages, members: &[usize]) -> HashMap<(usize, usize), usize> {
    let rank: HashMap<usize, usize> = members.iter().enumerate().map(|(i, &a)| (a, i)).collect();
    let set: HashSet<usize> = members.iter().copied().collect();
    let index = passages_of(passages, &set);
    let mut out = HashMap::new();
    for &x in members {
        for (y, (mine, theirs)) in shared_with(passages, &index, &set, x) {
            if rank[&x] < rank[&y] && mine + theirs > 0 {
                out.insert((x, y), mine + theirs);
            }
        }
    }
    out
}

/// The member sharing most with `article` (`None` when none shares anything), ties to the
/// first in `members`.
pub fn best_partner(passages: &Passages, members: &[usize], article: usize) -> Option<usize> {
    let mut set: HashSet<usize> = members.iter().copied().collect();
    set.insert(article);
    let index = passages_of(passages, &set);
    let shared = shared_with(passages, &index, &set, article);
    let mut best: Option<(usize, usize)> = None;
    for &y in members.iter().filter(|&&y| y != article) {
        let n = shared.get(&y).map_or(0, |(m, t)| m + t);
        if n > 0 && best.is_none_or(|(_, b)| n > b) {
            best = Some((y, n));
        }
    }
    best.map(|(y, _)| y)
}

/// The two members sharing most, the first of them first in `members` (only the first
/// [`MAX_MEMBERS`] are weighed). Pairs of duplicates count only when no other pair shares
/// anything. `None` when no two members share anything.
pub fn most_overlapping(passages: &Passages, members: &[usize]) -> Option<(usize, usize)> {
    let members = &members[..members.len().min(MAX_MEMBERS)];
    let rank: HashMap<usize, usize> = members.iter().enumerate().map(|(i, &a)| (a, i)).collect();
    let all = overlaps(passages, members);
    let pick = |allow_duplicates: bool| {
        all.iter()
            .filter(|(&(x, y), &n)| n > 0 && (allow_duplicates || !duplicates(passages, x, y)))
            // Most shared; ties to the pair coming first in `members`.
            .max_by_key(|(&(x, y), &n)| {
                (n, std::cmp::Reverse(rank[&x]), std::cmp::Reverse(rank[&y]))
            })
            .map(|(&k, _)| k)
    };
    pick(false).or_else(|| pick(true))
}

/// The passages carrying `a` or `b`, and for each the index it has in `passages`: all a
/// comparison of the two needs of a bundle's passages, small enough to search for each pair.
pub fn carrying(passages: &Passages, a: usize, b: usize) -> (Passages, Vec<usize>) {
    let mut index = Vec::new();
    let mut out = Passages {
        passages: Vec::new(),
        duplicate_of: passages.duplicate_of.clone(),
        shared: passages.shared.clone(),
    };
    for (i, p) in passages.passages.iter().enumerate() {
        if p.spans.iter().any(|s| s.article == a || s.article == b) {
            out.passages.push(p.clone());
            index.push(i);
        }
    }
    (out, index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::passages::{Kind, Passage, Span};

    fn span(article: usize, start: usize, end: usize) -> Span {
        Span {
            article,
            start,
            end,
        }
    }

    fn passage(kind: Kind, spans: Vec<Span>) -> Passage {
        Passage {
            kind,
            words: 5,
            spans,
        }
    }

    /// Four articles: 0 and 1 share a long passage, 0 and 2 a short one, 3 duplicates 1.
    fn fixture() -> Passages {
        Passages {
            passages: vec![
                passage(
                    Kind::Verbatim,
                    vec![span(0, 0, 100), span(1, 50, 150), span(3, 50, 150)],
                ),
                passage(Kind::Near, vec![span(0, 200, 220), span(2, 0, 20)]),
                // The same text of 0 in a rewrite with 1: counted once.
                passage(Kind::Rewrite, vec![span(0, 10, 60), span(1, 60, 110)]),
                passage(Kind::Duplicate, vec![span(1, 0, 400), span(3, 0, 400)]),
            ],
            duplicate_of: vec![None, None, None, Some(1)],
            shared: vec![0.5; 4],
        }
    }

    #[test]
    fn overlapping_spans_count_once() {
        let p = fixture();
        let o = overlaps(&p, &[0, 1, 2, 3]);
        assert_eq!(o[&(0, 1)], 100 + 100);
        assert_eq!(o[&(0, 2)], 40);
        assert_eq!(o[&(1, 3)], 400 + 400);
        assert_eq!(o.get(&(2, 3)), None);
        // Keys follow the order of `members`.
        let o = overlaps(&p, &[2, 0]);
        assert_eq!(o[&(2, 0)], 40);
        assert_eq!(o.len(), 1);
    }

    #[test]
    fn best_partner_shares_most() {
        let p = fixture();
        let all = [0, 1, 2, 3];
        assert_eq!(best_partner(&p, &all, 0), Some(1));
        assert_eq!(best_partner(&p, &all, 2), Some(0));
        // An article's duplicate is what it shares most with.
        assert_eq!(best_partner(&p, &all, 3), Some(1));
        // Only among the members given.
        assert_eq!(best_partner(&p, &[0, 2], 0), Some(2));
        assert_eq!(best_partner(&p, &[2, 3], 2), None);
        // An article is never its own partner.
        assert_eq!(best_partner(&p, &[0], 0), None);
    }

    #[test]
    fn an_event_opens_its_most_overlapping_non_duplicates() {
        let p = fixture();
        assert_eq!(most_overlapping(&p, &[0, 1, 2, 3]), Some((0, 1)));
        assert_eq!(most_overlapping(&p, &[1, 0, 2, 3]), Some((1, 0)));
        // Only duplicates share anything: they are the answer.
        assert_eq!(most_overlapping(&p, &[1, 3]), Some((1, 3)));
        assert_eq!(most_overlapping(&p, &[2, 3]), None);
        assert!(duplicates(&p, 3, 1));
        assert!(!duplicates(&p, 1, 1));
    }

    #[test]
    fn only_the_most_central_members_of_a_huge_event_are_weighed() {
        let n = MAX_MEMBERS + 2;
        let p = Passages {
            passages: vec![passage(
                Kind::Verbatim,
                vec![span(n - 2, 0, 50), span(n - 1, 0, 50)],
            )],
            duplicate_of: vec![None; n],
            shared: vec![0.0; n],
        };
        let members: Vec<usize> = (0..n).collect();
        assert_eq!(most_overlapping(&p, &members), None);
        // The same two among the first weighed.
        let mut central = members.clone();
        central.swap(0, n - 2);
        central.swap(1, n - 1);
        assert_eq!(most_overlapping(&p, &central), Some((n - 2, n - 1)));
        // An article's own partner is looked for among all members.
        assert_eq!(best_partner(&p, &members, n - 2), Some(n - 1));
    }

    #[test]
    fn carrying_keeps_the_passages_of_either_article_with_their_indices() {
        let p = fixture();
        let (sub, index) = carrying(&p, 2, 3);
        assert_eq!(index, vec![0, 1, 3]);
        assert_eq!(sub.passages[1], p.passages[1]);
        let (none, index) = carrying(&p, 9, 9);
        assert!(none.passages.is_empty() && index.is_empty());
    }

    #[test]
    fn duplicate_chains_that_loop_end() {
        let mut p = fixture();
        p.duplicate_of = vec![Some(1), Some(0), None, None];
        // No panic, no endless loop; the answer is whatever the chain reaches.
        let _ = duplicates(&p, 0, 1);
        assert_eq!(most_overlapping(&p, &[0, 1]), Some((0, 1)));
    }
}
