//! Rewrites: the same sentence reworded, sharing most of its content words in nearly the same
//! order.
//!
//! Sentences are the unit (an editor rewords a sentence, rarely a phrase), grown to a few
//! sentences on either side when the rewording merges or splits them. Candidates are only the
//! sentence pairs the index says share a content-word bigram or an n-gram; each is judged by
//! the share of content words the two units have in common (Dice over multisets) and by how
//! many of those come in the same order (their longest common subsequence).

use std::cmp::Reverse;

use super::align::{Link, Piece};
use super::doc::Doc;
use super::Kind;

/// Shared content words a rewrite needs at least.
const MIN_SHARED: usize = 5;
/// Shared words that are not names: wording, not only the subject.
const MIN_LEXICAL: usize = 3;
/// Share of content words in common (2·shared / (words of a + words of b)).
const MIN_DICE: f64 = 0.5;
/// The same, for a sentence pair next to a rewrite on both sides: in that position, less
/// evidence says it is the same sentence reworded.
const MIN_DICE_BESIDE: f64 = 0.3;
/// Share of the shared words that must come in the same order on both sides.
const MIN_ORDER: f64 = 0.5;
/// A sentence this much covered by verbatim or near passages is not looked at again.
const COVERED: f64 = 0.6;
/// Largest unit, in sentences per side.
const MAX_SENTENCES: usize = 4;
/// Largest table for the order check (content words of a × of b).
const MAX_TABLE: usize = 250_000;

/// Size of the intersection of two sorted multisets.
fn common(x: &[u64], y: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Index pairs of a longest common subsequence of `x` and `y` (empty if the table would be
/// too big).
pub(crate) fn lcs(x: &[u64], y: &[u64]) -> Vec<(usize, usize)> {
    if x.len() * y.len() > MAX_TABLE {
        return Vec::new();
    }
    crate::engine::seq::lcs(x, y)
}

/// Consecutive matched pairs as runs.
pub(crate) fn pieces_of(pairs: &[(usize, usize)], a0: usize, b0: usize) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for &(i, j) in pairs {
        let (a, b) = ((a0 + i) as u32, (b0 + j) as u32);
        match out.last_mut() {
            Some(p) if p.a_end() == a && p.b_end() == b => p.len += 1,
            _ => out.push(Piece { a, b, len: 1 }),
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Unit {
    a0: usize,
    a1: usize,
    b0: usize,
    b1: usize,
}

#[derive(Debug, Clone, Copy)]
struct Score {
    shared: usize,
    lexical: usize,
    dice: f64,
}

/// Sorted informative-word hashes of sentences `first..=last` of `d` (see [`Doc::bag`]),
/// in `buf` when they span several sentences.
fn bag<'b>(
    d: &'b Doc,
    first: usize,
    last: usize,
    lexical: bool,
    buf: &'b mut Vec<u64>,
) -> &'b [u64] {
    let (v, starts) = if lexical {
        (&d.lexical, &d.lexical_start)
    } else {
        (&d.content, &d.content_start)
    };
    let b = &v[starts[first] as usize..starts[last + 1] as usize];
    if first == last {
        return b;
    }
    buf.clear();
    buf.extend_from_slice(b);
    buf.sort_unstable();
    buf
}

/// Buffers reused across the units scored in one search.
#[derive(Default)]
struct Scratch {
    x: Vec<u64>,
    y: Vec<u64>,
    bits: Vec<u64>,
    mask: Vec<u64>,
    matched: Vec<(usize, usize)>,
}

fn score(da: &Doc, db: &Doc, u: &Unit, s: &mut Scratch) -> Score {
    let x = bag(da, u.a0, u.a1, false, &mut s.x);
    let y = bag(db, u.b0, u.b1, false, &mut s.y);
    let shared = common(x, y);
    let total = x.len() + y.len();
    let lexical = common(
        bag(da, u.a0, u.a1, true, &mut s.x),
        bag(db, u.b0, u.b1, true, &mut s.y),
    );
    Score {
        shared,
        lexical,
        dice: if total == 0 {
            0.0
        } else {
            2.0 * shared as f64 / total as f64
        },
    }
}

fn content_words(d: &Doc, first: usize, last: usize) -> usize {
    (d.content_start[last + 1] - d.content_start[first]) as usize
}

/// Content words of a word range, in text order, in `buf`.
fn content_seq(d: &Doc, r: std::ops::Range<usize>, buf: &mut Vec<u64>) {
    buf.clear();
    buf.extend(r.filter(|&i| d.informative(i)).map(|i| d.hash(i)));
}

/// Whether sentences `first` and `last` are in the same paragraph.
fn same_paragraph(d: &Doc, first: usize, last: usize) -> bool {
    d.para[d.sent_start[first] as usize] == d.para[d.sent_start[last] as usize]
}

/// The state of one search between two documents.
struct Search<'a> {
    da: &'a Doc,
    db: &'a Doc,
    cov_a: Vec<bool>,
    cov_b: Vec<bool>,
    /// Sentences that may still join a rewrite (not mostly verbatim, not used).
    free_a: Vec<bool>,
    free_b: Vec<bool>,
    out: Vec<Link>,
    scratch: Scratch,
}

/// Share of the content words of `r` inside verbatim or near passages.
fn covered_share(d: &Doc, cov: &[bool], r: std::ops::Range<usize>) -> f64 {
    let (mut c, mut n) = (0, 0);
    for i in r {
        if d.informative(i) {
            n += 1;
            c += usize::from(cov[i]);
        }
    }
    if n == 0 {
        1.0
    } else {
        c as f64 / n as f64
    }
}

impl Search<'_> {
    /// The unit as a link, if its shared words come in nearly the same order and it is not
    /// mostly verbatim text already.
    fn judge(&mut self, u: &Unit, sc: &Score) -> Option<Link> {
        let (da, db) = (self.da, self.db);
        let ra = da.sentence_range(u.a0, u.a1);
        let rb = db.sentence_range(u.b0, u.b1);
        if covered_share(da, &self.cov_a, ra.clone()) >= COVERED
            || covered_share(db, &self.cov_b, rb.clone()) >= COVERED
        {
            return None;
        }
        let Scratch {
            x,
            y,
            bits,
            mask,
            matched,
        } = &mut self.scratch;
        content_seq(da, ra.clone(), x);
        content_seq(db, rb.clone(), y);
        // Most units fail here, and only the length counts: the pairs are worked out below
        // if the word-level table is too big.
        let in_order = if x.len() * y.len() > MAX_TABLE {
            0
        } else {
            crate::engine::seq::lcs_len(x, y, bits, mask)
        };
        if (in_order as f64) < MIN_ORDER * sc.shared as f64 {
            return None;
        }
        let (wa, wb) = (&da.hashes[ra.clone()], &db.hashes[rb.clone()]);
        if wa.len() * wb.len() <= MAX_TABLE {
            crate::engine::seq::lcs_into(wa, wb, matched);
        } else {
            matched.clear();
        }
        if matched.is_empty() {
            // Too long for a word-level table: match the content words only.
            let pa: Vec<usize> = ra.clone().filter(|&i| da.informative(i)).collect();
            let pb: Vec<usize> = rb.clone().filter(|&i| db.informative(i)).collect();
            *matched = lcs(x, y)
                .into_iter()
                .map(|(i, j)| (pa[i] - ra.start, pb[j] - rb.start))
                .collect();
        }
        Some(Link {
            kind: Kind::Rewrite,
            quote: false,
            a: ra.start as u32..ra.end as u32,
            b: rb.start as u32..rb.end as u32,
            pieces: pieces_of(matched, ra.start, rb.start),
        })
    }

    fn take(&mut self, u: &Unit, link: Link) {
        self.free_a[u.a0..=u.a1].fill(false);
        self.free_b[u.b0..=u.b1].fill(false);
        self.out.push(link);
    }

    /// Grows a unit on one side while that makes the two sides more alike: the rewriter
    /// merged two sentences into one, or split one in two.
    fn grow(&mut self, mut u: Unit) -> (Unit, Score) {
        let (da, db) = (self.da, self.db);
        let mut sc = score(da, db, &u, &mut self.scratch);
        loop {
            let mut best: Option<(Unit, Score)> = None;
            let mut grown: [Option<Unit>; 4] = [None; 4];
            // A unit stays inside one paragraph on each side: sentences of two paragraphs are
            // two places in the article, and one span each.
            let (ma, mb) = (MAX_SENTENCES, MAX_SENTENCES);
            if u.a1 + 1 < da.sentences()
                && self.free_a[u.a1 + 1]
                && u.a1 + 1 - u.a0 < ma
                && same_paragraph(da, u.a0, u.a1 + 1)
            {
                grown[0] = Some(Unit { a1: u.a1 + 1, ..u });
            }
            if u.b1 + 1 < db.sentences()
                && self.free_b[u.b1 + 1]
                && u.b1 + 1 - u.b0 < mb
                && same_paragraph(db, u.b0, u.b1 + 1)
            {
                grown[1] = Some(Unit { b1: u.b1 + 1, ..u });
            }
            if u.a0 > 0
                && self.free_a[u.a0 - 1]
                && u.a1 + 1 - u.a0 < ma
                && same_paragraph(da, u.a0 - 1, u.a1)
            {
                grown[2] = Some(Unit { a0: u.a0 - 1, ..u });
            }
            if u.b0 > 0
                && self.free_b[u.b0 - 1]
                && u.b1 + 1 - u.b0 < mb
                && same_paragraph(db, u.b0 - 1, u.b1)
            {
                grown[3] = Some(Unit { b0: u.b0 - 1, ..u });
            }
            for g in grown.into_iter().flatten() {
                let s = score(da, db, &g, &mut self.scratch);
                let added = (content_words(da, g.a0, g.a1) - content_words(da, u.a0, u.a1))
                    .max(content_words(db, g.b0, g.b1) - content_words(db, u.b0, u.b1));
                let gain = s.shared.saturating_sub(sc.shared);
                if gain >= 2
                    && gain as f64 >= 0.3 * added as f64
                    && s.dice > sc.dice
                    && best.is_none_or(|(_, b)| s.dice > b.dice)
                {
                    best = Some((g, s));
                }
            }
            match best {
                Some((g, s)) => {
                    u = g;
                    sc = s;
                }
                None => return (u, sc),
            }
        }
    }

    /// Sentence pairs right before and after an accepted rewrite, on both sides, taken with
    /// less evidence (the rewriter went through the paragraph sentence by sentence).
    fn beside(&mut self, u: Unit) {
        let (da, db) = (self.da, self.db);
        for forward in [true, false] {
            let mut cur = u;
            loop {
                let next = if forward {
                    (cur.a1 + 1 < da.sentences() && cur.b1 + 1 < db.sentences())
                        .then(|| (cur.a1 + 1, cur.b1 + 1))
                } else {
                    (cur.a0 > 0 && cur.b0 > 0).then(|| (cur.a0 - 1, cur.b0 - 1))
                };
                let Some((sa, sb)) = next else { break };
                if !self.free_a[sa] || !self.free_b[sb] {
                    break;
                }
                let n = Unit {
                    a0: sa,
                    a1: sa,
                    b0: sb,
                    b1: sb,
                };
                let sc = score(da, db, &n, &mut self.scratch);
                if sc.shared < 3 || sc.lexical < 1 || sc.dice < MIN_DICE_BESIDE {
                    break;
                }
                match self.judge(&n, &sc) {
                    Some(link) => {
                        self.take(&n, link);
                        cur = n;
                    }
                    None => break,
                }
            }
        }
    }
}

/// The lists of [`find`], kept per thread between pairs: it runs for every pair of articles
/// that share anything.
#[derive(Default)]
struct Bufs {
    cov_a: Vec<bool>,
    cov_b: Vec<bool>,
    free_a: Vec<bool>,
    free_b: Vec<bool>,
    cands: Vec<(usize, usize, usize)>,
    /// Sentence pairs already looked at, one bit each (see [`find`]).
    seen: Vec<u64>,
    scratch: Scratch,
}

/// Largest bit table of sentence pairs [`find`] marks; longer articles sort their pairs.
const MAX_SEEN: usize = 1 << 20;

thread_local! {
    static BUFS: std::cell::RefCell<Bufs> = std::cell::RefCell::new(Bufs::default());
}

/// Whether each sentence of `d` may join a rewrite (is not mostly covered), in `free`.
fn free_sentences(d: &Doc, cov: &[bool], free: &mut Vec<bool>) {
    free.clear();
    free.extend(
        (0..d.sentences()).map(|s| covered_share(d, cov, d.sentence_range(s, s)) < COVERED),
    );
}

/// Rewrites between two documents, given candidate sentence pairs (in any order, repeated
/// or not) and the verbatim and near links already found between them.
pub(crate) fn find(da: &Doc, db: &Doc, pairs: &mut [(u32, u32)], links: &[Link]) -> Vec<Link> {
    if pairs.is_empty() {
        return Vec::new();
    }
    let Bufs {
        mut cov_a,
        mut cov_b,
        mut free_a,
        mut free_b,
        mut cands,
        mut seen,
        scratch,
    } = BUFS.with(|b| std::mem::take(&mut *b.borrow_mut()));
    cov_a.clear();
    cov_a.resize(da.len(), false);
    cov_b.clear();
    cov_b.resize(db.len(), false);
    for l in links {
        cov_a[l.a.start as usize..l.a.end as usize].fill(true);
        cov_b[l.b.start as usize..l.b.end as usize].fill(true);
    }
    free_sentences(da, &cov_a, &mut free_a);
    free_sentences(db, &cov_b, &mut free_b);
    cands.clear();
    let mut consider = |a: usize, b: usize| {
        let m = common(da.content_of(a), db.content_of(b));
        if m >= 3 {
            cands.push((m, a, b));
        }
    };
    // Most pairs repeat (one per shared bigram) or lie in verbatim text: those are dropped
    // before anything is sorted, and repeats by a bit per pair when that table is small.
    let nb = db.sentences();
    if da.sentences() * nb <= MAX_SEEN {
        seen.clear();
        seen.resize((da.sentences() * nb).div_ceil(64), 0);
        for &(a, b) in pairs.iter() {
            let (a, b) = (a as usize, b as usize);
            let bit = a * nb + b;
            if free_a[a] && free_b[b] && seen[bit / 64] & (1 << (bit % 64)) == 0 {
                seen[bit / 64] |= 1 << (bit % 64);
                consider(a, b);
            }
        }
    } else {
        pairs.sort_unstable();
        let mut last = None;
        for &(a, b) in pairs.iter() {
            let (a, b) = (a as usize, b as usize);
            if free_a[a] && free_b[b] && last != Some((a, b)) {
                consider(a, b);
            }
            last = Some((a, b));
        }
    }
    cands.sort_unstable_by_key(|&(m, a, b)| (Reverse(m), a, b));

    let mut s = Search {
        da,
        db,
        cov_a,
        cov_b,
        free_a,
        free_b,
        out: Vec::new(),
        scratch,
    };
    for &(_, sa, sb) in &cands {
        if !s.free_a[sa] || !s.free_b[sb] {
            continue;
        }
        let (u, sc) = s.grow(Unit {
            a0: sa,
            a1: sa,
            b0: sb,
            b1: sb,
        });
        if sc.shared < MIN_SHARED || sc.lexical < MIN_LEXICAL || sc.dice < MIN_DICE {
            continue;
        }
        if let Some(link) = s.judge(&u, &sc) {
            s.take(&u, link);
            s.beside(u);
        }
    }
    let Search {
        cov_a,
        cov_b,
        free_a,
        free_b,
        out,
        scratch,
        ..
    } = s;
    BUFS.with(|b| {
        *b.borrow_mut() = Bufs {
            cov_a,
            cov_b,
            free_a,
            free_b,
            cands,
            seen,
            scratch,
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lcs_finds_common_order() {
        let x = [1, 2, 3, 4, 5];
        let y = [2, 9, 3, 5];
        assert_eq!(lcs(&x, &y), vec![(1, 0), (2, 2), (4, 3)]);
        assert_eq!(common(&[1, 1, 2, 5], &[1, 2, 2, 5, 6]), 3);
        let p = pieces_of(&[(0, 0), (1, 1), (3, 2)], 10, 20);
        assert_eq!(
            p,
            vec![
                Piece {
                    a: 10,
                    b: 20,
                    len: 2
                },
                Piece {
                    a: 13,
                    b: 22,
                    len: 1
                }
            ]
        );
    }
}
