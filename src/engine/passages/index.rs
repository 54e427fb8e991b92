//! Candidate matches from an index of hashed word n-grams.
//!
//! Nothing here compares two articles word by word. Every article of a group contributes its
//! word n-grams (that hold at least one informative word) and its content-word bigrams to one
//! sorted list; equal hashes side by side are the only places two articles can share text, and
//! only those pairs of articles are ever aligned. The cost grows with the text and with how
//! many articles really carry each phrase, not with the square of the group's size. A phrase
//! found in too many articles of a group is a stock phrase and seeds nothing.

use rayon::prelude::*;

use super::doc::Doc;
use crate::engine::text::mix64;

/// What two articles of a group have in common, as positions to start aligning from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PairSeeds {
    /// Group-local document indices, `a < b` (or `a == b` when an article meets itself).
    pub a: u32,
    pub b: u32,
    /// Word positions `(in a, in b)` where the same n-gram starts, in no particular order.
    pub grams: Vec<(u32, u32)>,
    /// Sentence numbers `(in a, in b)` that share a content-word bigram, in no particular
    /// order, once per bigram they share: most of them fall in text aligned verbatim, so
    /// they are only sorted out once that text is known (see [`super::rewrite::find`]).
    pub sentences: Vec<(u32, u32)>,
}

/// Marks an index entry as a content bigram (its position is then a sentence number).
const BIGRAM: u32 = 1 << 31;
/// At most this many occurrences of one phrase in one article take part: a line repeated
/// fifty times must not make 2,500 seeds.
const MAX_PER_DOC: usize = 4;
/// Groups above this many index entries sort in parallel.
const PARALLEL_ENTRIES: usize = 1 << 16;

/// Hash of the `k` words from `i`.
fn gram_hash(doc: &Doc, i: usize, k: usize) -> u64 {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for t in &doc.toks[i..i + k] {
        x = (x.rotate_left(23) ^ t.hash).wrapping_mul(0x2545_f491_4f6c_dd1d);
    }
    mix64(x)
}

/// The last position of the smallest of `hashes[from..=to]`.
fn last_min(hashes: &[u64], from: usize, to: usize) -> usize {
    let mut p = to;
    for j in (from..to).rev() {
        if hashes[j] < hashes[p] {
            p = j;
        }
    }
    p
}

fn bigram_hash(a: u64, b: u64) -> u64 {
    mix64(a.rotate_left(17) ^ b ^ 0x5bd1_e995_1234_5678)
}

/// Every pair of documents that shares at least one seed, in `(a, b)` order. `k` is the n-gram
/// length; a phrase carried by more than `max_docs` documents is skipped.
///
/// Not every n-gram is indexed: of each `window` consecutive ones, only the one with the
/// smallest hash (winnowing). Two documents sharing a run of `window + k - 1` words share a
/// whole window of n-grams and so pick the same one there: every run that long is still
/// found, from a third of the entries. Quoted n-grams are all kept, for short shared
/// quotations.
pub(crate) fn pair_seeds(
    docs: &[&Doc],
    k: usize,
    window: usize,
    max_docs: usize,
) -> Vec<PairSeeds> {
    // Winnowed n-grams and content bigrams come to about one entry per word.
    let words: usize = docs.iter().map(|d| d.len()).sum();
    let mut entries: Vec<(u64, u32, u32)> = Vec::with_capacity(words);
    let mut hashes: Vec<u64> = Vec::new();
    let window = window.max(1);
    for (d, doc) in docs.iter().enumerate() {
        let d = d as u32;
        let n = doc.len();
        if n >= k {
            hashes.clear();
            hashes.extend((0..=n - k).map(|i| {
                if doc.info(i, i + k) > 0 {
                    gram_hash(doc, i, k)
                } else {
                    u64::MAX
                }
            }));
            let mut last_pick = usize::MAX;
            // The last occurrence of the smallest hash in the window ending at `i`.
            let mut pick = usize::MAX;
            for i in 0..hashes.len() {
                let quoted = doc.toks[i..i + k].iter().all(|t| t.is_quoted());
                if quoted && hashes[i] != u64::MAX {
                    entries.push((hashes[i], d, i as u32));
                }
                // Windows ending here (or the whole text, when shorter than one window).
                if i + 1 < window.min(hashes.len()) {
                    continue;
                }
                let from = (i + 1).saturating_sub(window);
                // The window moved one n-gram on: only when its smallest hash left it is the
                // whole window looked at again.
                if pick == usize::MAX || pick < from {
                    pick = last_min(&hashes, from, i);
                } else if hashes[i] <= hashes[pick] {
                    pick = i;
                }
                if pick != last_pick && hashes[pick] != u64::MAX {
                    last_pick = pick;
                    let quoted_pick = doc.toks[pick..pick + k].iter().all(|t| t.is_quoted());
                    if !quoted_pick {
                        entries.push((hashes[pick], d, pick as u32));
                    }
                }
            }
        }
        // Consecutive content words of one sentence, skipping the stopwords between them.
        let mut prev: Option<usize> = None;
        for i in 0..n {
            if !doc.informative(i) {
                continue;
            }
            if let Some(p) = prev.filter(|&p| doc.sent[p] == doc.sent[i]) {
                entries.push((
                    bigram_hash(doc.hash(p), doc.hash(i)),
                    d,
                    doc.sent[i] | BIGRAM,
                ));
            }
            prev = Some(i);
        }
    }
    let mut out = Buckets::new(docs.len());
    // One phrase's occurrences at a time.
    let mut members: Vec<(u32, u32)> = Vec::new();
    if entries.len() > PARALLEL_ENTRIES {
        // One big group (the whole bundle): sorting in parallel beats a hash table that
        // does not fit in cache.
        entries.par_sort_unstable();
        let mut start = 0;
        while start < entries.len() {
            let h = entries[start].0;
            let mut end = start + 1;
            while end < entries.len() && entries[end].0 == h {
                end += 1;
            }
            members.clear();
            members.extend(entries[start..end].iter().map(|e| (e.1, e.2)));
            seeds_of_run(&mut members, max_docs, &mut out);
            start = end;
        }
    } else {
        // Chains of equal hashes in an open-addressing table, each in entry order (which is
        // document, then position order).
        let cap = (entries.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut head = vec![u32::MAX; cap];
        let mut next = vec![u32::MAX; entries.len()];
        let mut tail = vec![u32::MAX; cap];
        for (e, &(h, _, _)) in entries.iter().enumerate() {
            let mut slot = (h as usize) & mask;
            loop {
                let first = head[slot];
                if first == u32::MAX {
                    head[slot] = e as u32;
                    tail[slot] = e as u32;
                    break;
                }
                if entries[first as usize].0 == h {
                    next[tail[slot] as usize] = e as u32;
                    tail[slot] = e as u32;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        for &first in &head {
            if first == u32::MAX || next[first as usize] == u32::MAX {
                continue;
            }
            members.clear();
            let mut at = first;
            while at != u32::MAX {
                let e = entries[at as usize];
                members.push((e.1, e.2));
                at = next[at as usize];
            }
            seeds_of_run(&mut members, max_docs, &mut out);
        }
    }
    out.finish()
}

/// Seeds from one phrase's occurrences (`(document, position)`, ascending): every pair of
/// occurrences in two documents, unless too many documents carry it.
fn seeds_of_run(members: &mut Vec<(u32, u32)>, max_docs: usize, out: &mut Buckets) {
    if members.len() < 2 || members[0].0 == members[members.len() - 1].0 {
        return;
    }
    // At most MAX_PER_DOC occurrences per document; bigram entries of one sentence repeat.
    let mut kept = 0;
    let mut distinct = 0;
    let mut per_doc = 0;
    for k in 0..members.len() {
        let m = members[k];
        if kept > 0 && members[kept - 1].0 == m.0 {
            if members[kept - 1] == m || per_doc >= MAX_PER_DOC {
                continue;
            }
            per_doc += 1;
        } else {
            distinct += 1;
            per_doc = 1;
        }
        members[kept] = m;
        kept += 1;
    }
    members.truncate(kept);
    if distinct < 2 || distinct > max_docs {
        return;
    }
    for x in 0..members.len() {
        for y in x + 1..members.len() {
            let (da, pa) = members[x];
            let (db, pb) = members[y];
            if da != db {
                out.push(da, db, pa, pb);
            }
        }
    }
}

/// Seeds collected per pair of documents.
struct Buckets {
    docs: usize,
    /// For small groups, `dense[a * docs + b]` is the pair's index in `pairs`.
    dense: Vec<u32>,
    sparse: std::collections::HashMap<(u32, u32), u32>,
    pairs: Vec<PairSeeds>,
}

/// Groups up to this many documents index their pairs in a flat table.
const DENSE_DOCS: usize = 128;

impl Buckets {
    fn new(docs: usize) -> Buckets {
        Buckets {
            docs,
            dense: if docs <= DENSE_DOCS {
                vec![u32::MAX; docs * docs]
            } else {
                Vec::new()
            },
            sparse: Default::default(),
            pairs: Vec::new(),
        }
    }

    fn push(&mut self, a: u32, b: u32, pa: u32, pb: u32) {
        let new = self.pairs.len() as u32;
        let idx = if self.docs <= DENSE_DOCS {
            let cell = &mut self.dense[a as usize * self.docs + b as usize];
            if *cell == u32::MAX {
                *cell = new;
            }
            *cell
        } else {
            *self.sparse.entry((a, b)).or_insert(new)
        };
        if idx == new {
            self.pairs.push(PairSeeds {
                a,
                b,
                ..Default::default()
            });
        }
        let p = &mut self.pairs[idx as usize];
        if pa & BIGRAM != 0 {
            p.sentences.push((pa & !BIGRAM, pb & !BIGRAM));
        } else {
            p.grams.push((pa, pb));
        }
    }

    fn finish(mut self) -> Vec<PairSeeds> {
        self.pairs.sort_unstable_by_key(|p| (p.a, p.b));
        // `grams` and `sentences` stay in index order: aligning sorts out both.
        self.pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Doc {
        Doc::from_body(s, &[])
    }

    #[test]
    fn only_sharing_pairs_get_seeds() {
        let a = doc("The minister announced a sweeping reform of the pension system today.");
        let b = doc("Critics said the sweeping reform of the pension system goes too far.");
        let c = doc("Heavy rain flooded the valley and closed three schools on Monday.");
        let seeds = pair_seeds(&[&a, &b, &c], 4, 1, 10);
        assert_eq!(seeds.len(), 1);
        let p = &seeds[0];
        assert_eq!((p.a, p.b), (0, 1));
        // "sweeping reform of the", "reform of the pension", "of the pension system".
        assert_eq!(p.grams.len(), 3);
        assert!(p.grams.contains(&(4, 3)));
        // One entry per shared content bigram.
        assert_eq!(p.sentences, vec![(0, 0); 3]);
    }

    #[test]
    fn stopword_grams_and_common_phrases_seed_nothing() {
        let a = doc("and it was in the way of it all");
        let b = doc("and it was in the way of it all");
        assert!(pair_seeds(&[&a, &b], 4, 1, 10).is_empty());
        let d: Vec<Doc> = (0..5)
            .map(|i| {
                doc(&format!(
                    "word{i} according to state media reports word{i}x"
                ))
            })
            .collect();
        let refs: Vec<&Doc> = d.iter().collect();
        assert!(!pair_seeds(&refs, 4, 1, 10).is_empty());
        assert!(pair_seeds(&refs, 4, 1, 3).is_empty());
    }
}
