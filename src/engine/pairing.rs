//! Which two reports to put side by side.
//!
//! A person asks to compare "this article" or "this event" without naming a second report; the
//! bundle's shared passages say which one is worth it. Two articles share what the passages
//! carrying both of them cover, counted in bytes of body text on each side (the union of those
//! spans, so a sentence in a verbatim and in a rewrite passage counts once). Duplicates are
//! left out when an event is asked for: two copies of one wire story overlap the most and show
//! the least.

use std::collections::HashMap;
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

/// How much each pair of `members` shares: `(x, y)` with `x` before `y` in `members`, to the
/// bytes of both bodies covered by passages carrying both. Pairs sharing nothing are absent.
pub fn overlaps(passages: &Passages, members: &[usize]) -> HashMap<(usize, usize), usize> {
    let rank: HashMap<usize, usize> = members.iter().enumerate().map(|(i, &a)| (a, i)).collect();
    // Spans each ordered pair shares, on the first article's side.
    let mut sides: HashMap<(usize, usize), Vec<Range<usize>>> = HashMap::new();
    for p in &passages.passages {
        let articles: Vec<usize> = p
            .articles()
            .into_iter()
            .filter(|a| rank.contains_key(a))
            .collect();
        for &x in &articles {
            for &y in articles.iter().filter(|&&y| y != x) {
                sides
                    .entry((x, y))
                    .or_default()
                    .extend(p.spans_of(x).map(|s| s.start..s.end));
            }
        }
    }
    let mut out: HashMap<(usize, usize), usize> = HashMap::new();
    for ((x, y), mut ranges) in sides {
        let key = if rank[&x] < rank[&y] { (x, y) } else { (y, x) };
        *out.entry(key).or_default() += union_len(&mut ranges);
    }
    out
}

/// The member sharing most with `article` (`None` when none shares anything), ties to the
/// first in `members`.
pub fn best_partner(passages: &Passages, members: &[usize], article: usize) -> Option<usize> {
    let mut mine: HashMap<usize, Vec<Range<usize>>> = HashMap::new();
    let mut theirs: HashMap<usize, Vec<Range<usize>>> = HashMap::new();
    for p in &passages.passages {
        if p.spans_of(article).next().is_none() {
            continue;
        }
        for &y in members.iter().filter(|&&y| y != article) {
            if p.spans_of(y).next().is_none() {
                continue;
            }
            mine.entry(y)
                .or_default()
                .extend(p.spans_of(article).map(|s| s.start..s.end));
            theirs
                .entry(y)
                .or_default()
                .extend(p.spans_of(y).map(|s| s.start..s.end));
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for &y in members.iter().filter(|&&y| y != article) {
        let (Some(m), Some(t)) = (mine.get_mut(&y), theirs.get_mut(&y)) else {
            continue;
        };
        let shared = union_len(m) + union_len(t);
        if shared > 0 && best.is_none_or(|(_, b)| shared > b) {
            best = Some((y, shared));
        }
    }
    best.map(|(y, _)| y)
}

/// The two members sharing most, the first of them first in `members`. Pairs of duplicates
/// count only when no other pair shares anything. `None` when no two members share anything.
pub fn most_overlapping(passages: &Passages, members: &[usize]) -> Option<(usize, usize)> {
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
    fn duplicate_chains_that_loop_end() {
        let mut p = fixture();
        p.duplicate_of = vec![Some(1), Some(0), None, None];
        // No panic, no endless loop; the answer is whatever the chain reaches.
        let _ = duplicates(&p, 0, 1);
        assert_eq!(most_overlapping(&p, &[0, 1]), Some((0, 1)));
    }
}
