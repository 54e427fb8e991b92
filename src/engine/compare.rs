//! Two reports side by side: what they share, paired up, and what only each one says.
//!
//! The two articles are aligned directly (whatever events they belong to), with the same
//! matching as the bundle-wide passage search, so a comparison never misses what the pair
//! shares. Each pair is then tied to the bundle's passage that carries it, when there is one,
//! so a passage keeps its number from the reader to the comparison. Inside a near-verbatim or
//! reworded pair, the words that differ are marked on both sides, as a diff tool would.

use std::ops::Range;

use super::passages::{self, Doc, Kind, Link, Options, Passages, Span};
use super::Article;

/// One side of a pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    /// Body byte range, first word to last (may run over paragraph breaks).
    pub range: Range<usize>,
    /// The same, cut at paragraph breaks (see [`passages`]).
    pub spans: Vec<Span>,
    /// Body byte ranges of the words of this side that the other side does not have.
    pub changed: Vec<Range<usize>>,
    /// Words in `range`.
    pub words: usize,
}

/// Something both articles carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The bundle passage this is (an index into [`Passages::passages`]), if the bundle's
    /// search reported it.
    pub passage: Option<usize>,
    pub kind: Kind,
    pub a: Side,
    pub b: Side,
}

/// A comparison of article `a` (left) with article `b` (right).
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub a: usize,
    pub b: usize,
    /// In the left article's order; a pair's number is its index here plus one.
    pub pairs: Vec<Pair>,
    /// Indices into `pairs` in the right article's order.
    pub b_order: Vec<usize>,
    /// Words of each article found in the other.
    pub shared_a: usize,
    pub shared_b: usize,
    /// Words of each article.
    pub words_a: usize,
    pub words_b: usize,
    /// Body byte ranges no pair covers, one per paragraph piece, in order.
    pub only_a: Vec<Range<usize>>,
    pub only_b: Vec<Range<usize>>,
    /// Whether the two are duplicates of each other.
    pub duplicate: bool,
}

impl Comparison {
    /// Share (0..=1) of the left article's words found in the right one.
    pub fn share_a(&self) -> f32 {
        ratio(self.shared_a, self.words_a)
    }
    /// Share (0..=1) of the right article's words found in the left one.
    pub fn share_b(&self) -> f32 {
        ratio(self.shared_b, self.words_b)
    }
}

fn ratio(x: usize, n: usize) -> f32 {
    if n == 0 {
        0.0
    } else {
        x as f32 / n as f32
    }
}

/// Compares articles `a` and `b` of `articles`. `bundle` is the bundle's passage search, to
/// number pairs after its passages; without it pairs have no passage.
pub fn compare(
    articles: &[Article],
    a: usize,
    b: usize,
    bundle: Option<&Passages>,
    opts: &Options,
) -> Comparison {
    let da = Doc::new(&articles[a]);
    let db = Doc::new(&articles[b]);
    let (links, duplicate) = passages::align_pair(&da, &db, opts);
    let links = absorb(links);

    let mut found_a = vec![false; da.len()];
    let mut found_b = vec![false; db.len()];
    let mut pairs: Vec<Pair> = Vec::with_capacity(links.len());
    for l in &links {
        let mut in_a = vec![false; l.a.len()];
        let mut in_b = vec![false; l.b.len()];
        for p in &l.pieces {
            for t in 0..p.len {
                let (x, y) = ((p.a + t) as usize, (p.b + t) as usize);
                found_a[x] = true;
                found_b[y] = true;
                if l.a.contains(&(x as u32)) {
                    in_a[x - l.a.start as usize] = true;
                }
                if l.b.contains(&(y as u32)) {
                    in_b[y - l.b.start as usize] = true;
                }
            }
        }
        pairs.push(Pair {
            passage: None,
            kind: l.kind,
            a: side(&da, a, l.a.clone(), &in_a),
            b: side(&db, b, l.b.clone(), &in_b),
        });
    }
    if let Some(bundle) = bundle {
        for p in &mut pairs {
            p.passage = passage_of(bundle, a, b, p, duplicate);
        }
    }
    let mut b_order: Vec<usize> = (0..pairs.len()).collect();
    b_order.sort_by_key(|&i| (pairs[i].b.range.start, pairs[i].b.range.end, i));

    let count = |f: &[bool]| f.iter().filter(|&&x| x).count();
    Comparison {
        a,
        b,
        only_a: unshared(
            &da,
            a,
            &links.iter().map(|l| l.a.clone()).collect::<Vec<_>>(),
        ),
        only_b: unshared(
            &db,
            b,
            &links.iter().map(|l| l.b.clone()).collect::<Vec<_>>(),
        ),
        pairs,
        b_order,
        shared_a: count(&found_a),
        shared_b: count(&found_b),
        words_a: da.len(),
        words_b: db.len(),
        duplicate,
    }
}

/// Links lying inside a rewrite on both sides become part of it: in a side-by-side view the
/// rewrite's word-level marks already show which of its words are verbatim.
fn absorb(mut links: Vec<Link>) -> Vec<Link> {
    let inside = |x: &Range<u32>, y: &Range<u32>| y.start <= x.start && x.end <= y.end;
    let mut keep = vec![true; links.len()];
    for i in 0..links.len() {
        if links[i].kind == Kind::Rewrite {
            continue;
        }
        let host = (0..links.len()).find(|&j| {
            j != i
                && keep[j]
                && links[j].kind == Kind::Rewrite
                && inside(&links[i].a, &links[j].a)
                && inside(&links[i].b, &links[j].b)
        });
        if host.is_some() {
            keep[i] = false;
        }
    }
    let mut i = 0;
    links.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    links.sort_by_key(|l| (l.a.start, l.b.start, l.a.end, l.b.end));
    links
}

fn side(d: &Doc, article: usize, r: Range<u32>, matched: &[bool]) -> Side {
    let (s, e) = (r.start as usize, r.end as usize);
    let mut changed: Vec<Range<usize>> = Vec::new();
    for (k, &m) in matched.iter().enumerate() {
        if !m {
            let t = &d.toks[s + k];
            changed.push(t.start as usize..t.end as usize);
        }
    }
    Side {
        range: d.toks[s].start as usize..d.toks[e - 1].end as usize,
        spans: passages::spans_of_range(d, article, r.clone()),
        changed,
        words: e - s,
    }
}

/// The bundle passage carrying both sides of a pair: the one overlapping them most, of a
/// compatible kind (between duplicates, their duplicate passage).
fn passage_of(bundle: &Passages, a: usize, b: usize, p: &Pair, duplicate: bool) -> Option<usize> {
    let overlap = |spans: &mut dyn Iterator<Item = &Span>, r: &Range<usize>| -> usize {
        spans
            .map(|s| s.end.min(r.end).saturating_sub(s.start.max(r.start)))
            .sum()
    };
    let class = |k: Kind| match k {
        Kind::Verbatim | Kind::Near => 0,
        Kind::Rewrite => 1,
        Kind::Duplicate => 2,
    };
    bundle
        .passages
        .iter()
        .enumerate()
        .filter(|(_, q)| class(q.kind) == class(p.kind) || (duplicate && q.kind == Kind::Duplicate))
        .map(|(i, q)| {
            let oa = overlap(&mut q.spans_of(a), &p.a.range);
            let ob = overlap(&mut q.spans_of(b), &p.b.range);
            (i, oa, ob)
        })
        .filter(|&(_, oa, ob)| oa > 0 && ob > 0)
        .max_by_key(|&(i, oa, ob)| (oa + ob, std::cmp::Reverse(i)))
        .map(|(i, _, _)| i)
}

/// What no link covers, as body byte ranges cut at paragraph breaks.
fn unshared(d: &Doc, article: usize, ranges: &[Range<u32>]) -> Vec<Range<usize>> {
    let mut covered = vec![false; d.len()];
    for r in ranges {
        covered[r.start as usize..r.end as usize].fill(true);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        if covered[i] {
            i += 1;
            continue;
        }
        let from = i;
        while i < d.len() && !covered[i] {
            i += 1;
        }
        out.extend(
            passages::spans_of_range(d, article, from as u32..i as u32)
                .into_iter()
                .map(|s| s.start..s.end),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::passages::tests::article;

    const WIRE: &str = "The central bank raised its benchmark interest rate by half a point on Tuesday, the largest increase in two decades.\n\
        Governor Maria Olsen told reporters the bank would do whatever it takes to bring inflation back to its target of two percent.\n\
        Markets fell sharply after the announcement, with the main index closing down three percent.";

    #[test]
    fn pairs_follow_both_orders() {
        let a = article(
            "a",
            &format!("{WIRE}\nAnalysts at two large banks expect another increase before the summer holidays begin, and some warn that house prices could fall this year."),
        );
        // The same paragraphs, the last moved to the front, with one word changed.
        let b = article(
            "b",
            "Markets fell sharply after the announcement, with the main index closing down three percent.\n\
             Local shops reported a quiet morning as commuters stayed home, and the harbour ferries ran half empty until noon.\n\
             The central bank raised its benchmark interest rate by half a point on Tuesday, the biggest increase in two decades.\n\
             Governor Maria Olsen told reporters the bank would do whatever it takes to bring inflation back to its target of two percent.",
        );
        let arts = vec![a, b];
        let c = compare(&arts, 0, 1, None, &Options::default());
        assert_eq!(c.pairs.len(), 2, "{:#?}", c.pairs);
        // Left order: the rate rise first; right order: the markets first.
        assert!(arts[0].body[c.pairs[0].a.range.clone()].starts_with("The central bank"));
        assert!(arts[1].body[c.pairs[c.b_order[0]].b.range.clone()].starts_with("Markets"));
        assert_eq!(c.b_order, vec![1, 0]);
        let rate = &c.pairs[0];
        assert_eq!(rate.kind, Kind::Near);
        let changed_a: Vec<&str> = rate
            .a
            .changed
            .iter()
            .map(|r| &arts[0].body[r.clone()])
            .collect();
        let changed_b: Vec<&str> = rate
            .b
            .changed
            .iter()
            .map(|r| &arts[1].body[r.clone()])
            .collect();
        assert_eq!(changed_a, vec!["largest"]);
        assert_eq!(changed_b, vec!["biggest"]);
        let only_b: Vec<&str> = c.only_b.iter().map(|r| &arts[1].body[r.clone()]).collect();
        assert_eq!(
            only_b,
            vec!["Local shops reported a quiet morning as commuters stayed home, and the harbour ferries ran half empty until noon"]
        );
        let only_a: Vec<&str> = c.only_a.iter().map(|r| &arts[0].body[r.clone()]).collect();
        assert_eq!(only_a.len(), 1);
        assert!(only_a[0].starts_with("Analysts"));
        let analysts = crate::engine::text::word_count(only_a[0]);
        assert_eq!(c.shared_a, c.words_a - 1 - analysts);
        assert!(!c.duplicate);
    }

    #[test]
    fn nothing_shared() {
        let a = article("a", WIRE);
        let b = article(
            "b",
            "Heavy snow closed the mountain pass for the third day, stranding hundreds of lorries near the border.",
        );
        let arts = vec![a, b];
        let c = compare(&arts, 0, 1, None, &Options::default());
        assert!(c.pairs.is_empty());
        assert_eq!(c.shared_a, 0);
        assert_eq!(c.only_a.len(), 3, "one range per paragraph");
        assert_eq!(c.only_b.len(), 1);
        assert_eq!(c.share_b(), 0.0);
    }

    #[test]
    fn an_article_against_itself() {
        let arts = vec![article("a", WIRE)];
        let c = compare(&arts, 0, 0, None, &Options::default());
        assert!(c.duplicate);
        assert_eq!(c.pairs.len(), 1);
        assert_eq!(c.pairs[0].kind, Kind::Verbatim);
        assert!(c.pairs[0].a.changed.is_empty());
        assert_eq!(c.shared_a, c.words_a);
        assert_eq!(c.share_b(), 1.0);
        assert!(c.only_a.is_empty());
    }

    #[test]
    fn a_passage_shared_twice() {
        let quote = "The minister said the new rail line would cut travel times between the two cities in half";
        let a = article(
            "a",
            &format!("{quote}.\nOther news of the day followed.\nAgain: {quote}."),
        );
        let b = article(
            "b",
            &format!("Officials met on Monday. {quote}, according to the statement."),
        );
        let arts = vec![a, b];
        let c = compare(&arts, 0, 1, None, &Options::default());
        assert_eq!(c.pairs.len(), 2);
        assert_eq!(
            c.pairs[0].b.range, c.pairs[1].b.range,
            "both pair with the one copy"
        );
        assert!(c.pairs[0].a.range.start < c.pairs[1].a.range.start);
        assert!(c.pairs.iter().all(|p| p.kind == Kind::Verbatim));
    }
}
