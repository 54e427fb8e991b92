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
    /// Word positions `(in a, in b)` where the same n-gram starts, ascending.
    pub grams: Vec<(u32, u32)>,
    /// Sentence numbers `(in a, in b)` that share a content-word bigram, ascending, unique.
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

fn bigram_hash(a: u64, b: u64) -> u64 {
    mix64(a.rotate_left(17) ^ b ^ 0x5bd1_e995_1234_5678)
}

/// Every pair of documents that shares at least one seed, in `(a, b)` order. `k` is the n-gram
/// length; a phrase carried by more than `max_docs` documents is skipped.
pub(crate) fn pair_seeds(docs: &[&Doc], k: usize, max_docs: usize) -> Vec<PairSeeds> {
    let mut entries: Vec<(u64, u32, u32)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let d = d as u32;
        let n = doc.len();
        if n >= k {
            for i in 0..=n - k {
                if doc.info(i, i + k) > 0 {
                    entries.push((gram_hash(doc, i, k), d, i as u32));
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
    if entries.len() > PARALLEL_ENTRIES {
        entries.par_sort_unstable();
    } else {
        entries.sort_unstable();
    }

    let mut seeds: Vec<(u32, u32, u32, u32)> = Vec::new();
    let mut start = 0;
    let mut members: Vec<(u32, u32)> = Vec::new();
    while start < entries.len() {
        let h = entries[start].0;
        let mut end = start + 1;
        while end < entries.len() && entries[end].0 == h {
            end += 1;
        }
        let run = &entries[start..end];
        start = end;
        if run.len() < 2 || run[0].1 == run[run.len() - 1].1 {
            continue;
        }
        members.clear();
        let mut distinct = 0;
        let mut i = 0;
        while i < run.len() {
            let d = run[i].1;
            let mut j = i;
            while j < run.len() && run[j].1 == d {
                if j - i < MAX_PER_DOC {
                    // Bigram entries of one sentence repeat; one is enough.
                    if members.last() != Some(&(d, run[j].2)) {
                        members.push((d, run[j].2));
                    }
                }
                j += 1;
            }
            distinct += 1;
            i = j;
        }
        if distinct > max_docs {
            continue;
        }
        for x in 0..members.len() {
            for y in x + 1..members.len() {
                let (da, pa) = members[x];
                let (db, pb) = members[y];
                if da != db {
                    seeds.push((da, db, pa, pb));
                }
            }
        }
    }
    if seeds.len() > PARALLEL_ENTRIES {
        seeds.par_sort_unstable();
    } else {
        seeds.sort_unstable();
    }
    seeds.dedup();

    let mut out: Vec<PairSeeds> = Vec::new();
    for (da, db, pa, pb) in seeds {
        if out.last().is_none_or(|p| (p.a, p.b) != (da, db)) {
            out.push(PairSeeds {
                a: da,
                b: db,
                ..Default::default()
            });
        }
        let p = out.last_mut().expect("pushed above");
        if pa & BIGRAM != 0 {
            p.sentences.push((pa & !BIGRAM, pb & !BIGRAM));
        } else {
            p.grams.push((pa, pb));
        }
    }
    out
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
        let seeds = pair_seeds(&[&a, &b, &c], 4, 10);
        assert_eq!(seeds.len(), 1);
        let p = &seeds[0];
        assert_eq!((p.a, p.b), (0, 1));
        // "sweeping reform of the", "reform of the pension", "of the pension system".
        assert_eq!(p.grams.len(), 3);
        assert!(p.grams.contains(&(4, 3)));
        assert_eq!(p.sentences, vec![(0, 0)]);
    }

    #[test]
    fn stopword_grams_and_common_phrases_seed_nothing() {
        let a = doc("and it was in the way of it all");
        let b = doc("and it was in the way of it all");
        assert!(pair_seeds(&[&a, &b], 4, 10).is_empty());
        let d: Vec<Doc> = (0..5)
            .map(|i| {
                doc(&format!(
                    "word{i} according to state media reports word{i}x"
                ))
            })
            .collect();
        let refs: Vec<&Doc> = d.iter().collect();
        assert!(!pair_seeds(&refs, 4, 10).is_empty());
        assert!(pair_seeds(&refs, 4, 3).is_empty());
    }
}
