//! From pairs to passages: what several articles carry becomes one passage with a span in each.
//!
//! Aligning pairs says "A's words 120..160 are B's words 40..80". A quotation run by four
//! outlets gives six such links; here links whose ranges in one article are substantially the
//! same text are merged (union-find), so the quotation is one passage with four spans. Verbatim
//! and near links merge with each other, rewrites with rewrites, duplicates with duplicates: a
//! sentence carried word for word by two outlets and reworded by a third is a near or verbatim
//! passage of the two and a rewrite passage of the three, and both are reported.

use std::ops::Range;

use super::align::{Aligned, Link};
use super::doc::Doc;
use super::{Kind, Passage, Span};
use crate::engine::Article;

/// Two ranges of one article are the same passage when they overlap by at least this share
/// of the longer one. Measured on the shorter one, a short quotation that two outlets run
/// inside a long shared paragraph would glue that paragraph to every other place the
/// quotation appears, and those places to theirs: one "passage" of unrelated sentences. So
/// the quotation is a passage of its own (with a span in every carrier) and the paragraph
/// another.
const SAME_TEXT: f64 = 0.5;

/// What one group contributes to the bundle's result.
#[derive(Debug, Default)]
pub(crate) struct GroupResult {
    pub passages: Vec<Passage>,
    /// `(duplicate, original)`, global indices.
    pub duplicate_of: Vec<(usize, usize)>,
    /// `(article, share of its words found in other articles)`.
    pub shared: Vec<(usize, f32)>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        // The smaller root wins, so components do not depend on the order of unions.
        if a < b {
            self.0[b] = a;
        } else {
            self.0[a] = b;
        }
    }
}

#[derive(Debug, Clone)]
struct Node {
    doc: usize,
    class: u8,
    range: Range<u32>,
    kind: Kind,
}

fn class(l: &Link) -> u8 {
    match l.kind {
        Kind::Verbatim | Kind::Near => 0,
        Kind::Rewrite => 1,
        Kind::Duplicate => 2,
    }
}

/// Builds a group's passages from its aligned pairs (`(doc a, doc b, what they share)`, with
/// group-local document indices; `members[d]` is document `d`'s article).
pub(crate) fn build(
    articles: &[Article],
    members: &[usize],
    docs: &[Doc],
    pairs: &[(u32, u32, Aligned)],
) -> GroupResult {
    let links: usize = pairs.iter().map(|(_, _, al)| al.links.len()).sum();
    let mut nodes: Vec<Node> = Vec::with_capacity(2 * links);
    for (a, b, al) in pairs {
        for l in &al.links {
            let c = class(l);
            nodes.push(Node {
                doc: *a as usize,
                class: c,
                range: l.a.clone(),
                kind: l.kind,
            });
            nodes.push(Node {
                doc: *b as usize,
                class: c,
                range: l.b.clone(),
                kind: l.kind,
            });
        }
    }
    let mut uf = UnionFind::new(nodes.len());
    for i in (0..nodes.len()).step_by(2) {
        uf.union(i, i + 1);
    }
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by_key(|&i| {
        let n = &nodes[i];
        (n.doc, n.class, n.range.start, n.range.end, i)
    });
    let mut active: Vec<usize> = Vec::new();
    let mut first_of_run: Option<usize> = None;
    for (k, &i) in order.iter().enumerate() {
        let n = &nodes[i];
        let new_run = k == 0 || {
            let p = &nodes[order[k - 1]];
            (p.doc, p.class) != (n.doc, n.class)
        };
        if new_run {
            active.clear();
            first_of_run = Some(i);
        }
        if n.class == 2 {
            // An article is one document whatever it duplicates.
            if let Some(f) = first_of_run {
                uf.union(f, i);
            }
            continue;
        }
        active.retain(|&j| nodes[j].range.end > n.range.start);
        for &j in &active {
            let m = &nodes[j];
            let overlap = m.range.end.min(n.range.end) - n.range.start;
            let base = m.range.len().max(n.range.len());
            if overlap as f64 >= SAME_TEXT * base.max(1) as f64 {
                uf.union(i, j);
            }
        }
        active.push(i);
    }

    // Components, in the order of their first node, back to back in `members_of`:
    // component `c` is `members_of[comp_start[c]..comp_start[c + 1]]`, in `order`.
    let mut comp_of: Vec<u32> = vec![u32::MAX; nodes.len()];
    let mut node_comp: Vec<u32> = Vec::with_capacity(nodes.len());
    let mut comp_start: Vec<usize> = vec![0];
    for &i in &order {
        let r = uf.find(i);
        if comp_of[r] == u32::MAX {
            comp_of[r] = (comp_start.len() - 1) as u32;
            comp_start.push(0);
        }
        node_comp.push(comp_of[r]);
        comp_start[comp_of[r] as usize + 1] += 1;
    }
    for c in 1..comp_start.len() {
        comp_start[c] += comp_start[c - 1];
    }
    let mut members_of: Vec<usize> = vec![0; nodes.len()];
    let mut fill = comp_start.clone();
    for (&i, &c) in order.iter().zip(&node_comp) {
        members_of[fill[c as usize]] = i;
        fill[c as usize] += 1;
    }

    let mut out = GroupResult::default();
    // Per document of a component: `(doc, its ranges in `ranges`, their intersection)`. Both
    // lists serve every component in turn.
    let mut per_doc: Vec<(usize, Range<usize>, Option<Range<u32>>)> = Vec::new();
    let mut ranges: Vec<Range<u32>> = Vec::new();
    for w in comp_start.windows(2) {
        let comp = &members_of[w[0]..w[1]];
        let class = nodes[comp[0]].class;
        let mut kind = match class {
            0 if comp.iter().all(|&i| nodes[i].kind == Kind::Verbatim) => Kind::Verbatim,
            0 => Kind::Near,
            1 => Kind::Rewrite,
            _ => Kind::Duplicate,
        };
        // `comp` follows `order`: nodes of one document are together, by start. Per document:
        // the union of its ranges, and the text every link there agrees on (their
        // intersection, when they all overlap).
        per_doc.clear();
        ranges.clear();
        let mut k = 0;
        while k < comp.len() {
            let doc = nodes[comp[k]].doc;
            let from = ranges.len();
            let mut core = Some(nodes[comp[k]].range.clone());
            while k < comp.len() && nodes[comp[k]].doc == doc {
                let r = nodes[comp[k]].range.clone();
                core = core.and_then(|c| {
                    let x = c.start.max(r.start)..c.end.min(r.end);
                    (x.start < x.end).then_some(x)
                });
                match ranges[from..].last_mut() {
                    Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                    _ => ranges.push(r),
                }
                k += 1;
            }
            per_doc.push((doc, from..ranges.len(), core));
        }
        // A verbatim passage is the same words in every span. Links that agree pairwise over
        // different lengths (one pair of outlets runs a word further) are cut back to the text
        // all of them carry; if that differs (an edit between two of them), it is a near one.
        if kind == Kind::Verbatim {
            let same_union = all_same(
                docs,
                per_doc.iter().map(|(d, r, _)| (*d, &ranges[r.clone()])),
            );
            if !same_union {
                let all_cores = per_doc.iter().all(|(_, _, c)| c.is_some());
                let same_core = all_cores
                    && all_same(
                        docs,
                        per_doc.iter().map(|(d, _, c)| {
                            (*d, std::slice::from_ref(c.as_ref().expect("checked above")))
                        }),
                    );
                if same_core {
                    for (_, r, core) in per_doc.iter_mut() {
                        ranges[r.start] = core.clone().expect("checked above");
                        r.end = r.start + 1;
                    }
                } else {
                    kind = Kind::Near;
                }
            }
        }
        let mut spans = Vec::new();
        let mut words = 0;
        for (doc, r, _) in &per_doc {
            let rs = &ranges[r.clone()];
            let total: usize = rs.iter().map(|r| r.len()).sum();
            words = words.max(total);
            for r in rs {
                push_spans(&docs[*doc], members[*doc], r.clone(), &mut spans);
            }
        }
        if spans.is_empty() {
            continue;
        }
        spans.sort_by_key(|s| (s.article, s.start));
        out.passages.push(Passage { kind, words, spans });
    }

    // Duplicates: the earliest dated article of each cluster (else the first) is the original.
    let mut dup_uf = UnionFind::new(docs.len());
    let mut in_dup = vec![false; docs.len()];
    for (a, b, al) in pairs {
        if al.duplicate {
            dup_uf.union(*a as usize, *b as usize);
            in_dup[*a as usize] = true;
            in_dup[*b as usize] = true;
        }
    }
    let key = |d: usize| {
        let a = &articles[members[d]];
        (a.date.is_none(), a.date, members[d])
    };
    let mut original: Vec<Option<usize>> = vec![None; docs.len()];
    for d in (0..docs.len()).filter(|&d| in_dup[d]) {
        let r = dup_uf.find(d);
        if original[r].is_none_or(|o| key(d) < key(o)) {
            original[r] = Some(d);
        }
    }
    for d in (0..docs.len()).filter(|&d| in_dup[d]) {
        let o = original[dup_uf.find(d)].expect("set above");
        if o != d {
            out.duplicate_of.push((members[d], members[o]));
        }
    }

    // Shared words: every word some link matched in another article.
    // One list for the whole group, document `d` from `start[d]`.
    let mut start: Vec<usize> = Vec::with_capacity(docs.len() + 1);
    start.push(0);
    for d in docs {
        start.push(start[start.len() - 1] + d.len());
    }
    let mut found = vec![false; start[docs.len()]];
    for (a, b, al) in pairs {
        let (oa, ob) = (start[*a as usize], start[*b as usize]);
        for l in &al.links {
            for p in &l.pieces {
                found[oa + p.a as usize..oa + p.a_end() as usize].fill(true);
                found[ob + p.b as usize..ob + p.b_end() as usize].fill(true);
            }
        }
    }
    for d in 0..docs.len() {
        let f = &found[start[d]..start[d + 1]];
        let n = f.len();
        let c = f.iter().filter(|&&x| x).count();
        out.shared
            .push((members[d], if n == 0 { 0.0 } else { c as f32 / n as f32 }));
    }
    out
}

/// Whether every document's ranges hold the same words (each range of each document equal
/// to the first).
fn all_same<'a>(docs: &[Doc], ranges: impl Iterator<Item = (usize, &'a [Range<u32>])>) -> bool {
    let mut first: Option<&[crate::engine::text::Token]> = None;
    for (d, rs) in ranges {
        for r in rs {
            let toks = &docs[d].toks[r.start as usize..r.end as usize];
            match first {
                None => first = Some(toks),
                Some(f) => {
                    if f.len() != toks.len() || f.iter().zip(toks).any(|(x, y)| x.hash != y.hash) {
                        return false;
                    }
                }
            }
        }
    }
    true
}

/// A word range as spans of the cleaned body, one per paragraph it touches.
pub(crate) fn byte_spans(doc: &Doc, article: usize, r: Range<u32>) -> Vec<Span> {
    let mut out = Vec::new();
    push_spans(doc, article, r, &mut out);
    out
}

/// [`byte_spans`] onto the end of `out`.
fn push_spans(doc: &Doc, article: usize, r: Range<u32>, out: &mut Vec<Span>) {
    let (s, e) = (r.start as usize, (r.end as usize).min(doc.len()));
    if s >= e {
        return;
    }
    let mut from = s;
    for i in s + 1..=e {
        if i == e || doc.para[i] != doc.para[i - 1] {
            out.push(Span {
                article,
                start: doc.toks[from].start as usize,
                end: doc.toks[i - 1].end as usize,
            });
            from = i;
        }
    }
}
