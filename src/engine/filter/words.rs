//! A word index over article bodies, so that a word found in no title still finds its articles
//! without scanning every body on each keystroke.
//!
//! Words are folded the way [`crate::engine::text::normalize_word`] folds them and kept sorted, so
//! a word still being typed matches as a prefix with two binary searches.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::engine::text::{normalize_word, word_ranges};

/// Every distinct body word and the articles that contain it.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    /// Sorted, distinct, normalised.
    words: Vec<String>,
    /// For each word, the articles containing it.
    postings: Vec<Posting>,
}

/// The articles holding one word: a list while the word is rare, one bit per article once a
/// list would be bigger than that (the common words of a big bundle, each in thousands of
/// articles, would otherwise cost four bytes per article they appear in).
#[derive(Debug, Clone)]
enum Posting {
    /// Ascending article indices.
    List(Vec<u32>),
    Bits {
        bits: Vec<u64>,
        count: usize,
    },
}

impl Posting {
    fn new(list: Vec<u32>, articles: usize) -> Posting {
        let words = articles.div_ceil(64);
        if list.len() * 32 <= articles || list.len() < 64 {
            let mut list = list;
            list.shrink_to_fit();
            return Posting::List(list);
        }
        let mut bits = vec![0u64; words];
        for &a in &list {
            bits[a as usize / 64] |= 1 << (a % 64);
        }
        Posting::Bits {
            bits,
            count: list.len(),
        }
    }

    fn len(&self) -> usize {
        match self {
            Posting::List(l) => l.len(),
            Posting::Bits { count, .. } => *count,
        }
    }

    fn mark(&self, out: &mut [bool]) {
        match self {
            Posting::List(l) => {
                for &a in l {
                    if let Some(slot) = out.get_mut(a as usize) {
                        *slot = true;
                    }
                }
            }
            Posting::Bits { bits, .. } => {
                for (w, &word) in bits.iter().enumerate() {
                    let mut rest = word;
                    while rest != 0 {
                        let a = w * 64 + rest.trailing_zeros() as usize;
                        if let Some(slot) = out.get_mut(a) {
                            *slot = true;
                        }
                        rest &= rest - 1;
                    }
                }
            }
        }
    }
}

impl WordIndex {
    /// Indexes `bodies`; article `i` is the `i`th body.
    ///
    /// Each thread indexes runs of consecutive articles into a map of its own, reusing one
    /// buffer for the folded word so that only a word new to the run allocates; runs are merged
    /// in order, which keeps every posting list ascending. Runs are small enough that both
    /// cores stay busy to the end, big enough that merging their maps costs little.
    pub fn build(bodies: &[&str]) -> WordIndex {
        let threads = rayon::current_num_threads().max(1);
        let run = (bodies.len() / (threads * 8)).clamp(64, 4_096);
        let runs: Vec<FxHashMap<String, Vec<u32>>> = bodies
            .par_chunks(run)
            .enumerate()
            .map(|(r, chunk)| {
                let mut map: FxHashMap<String, Vec<u32>> = FxHashMap::default();
                let mut buf = String::new();
                for (k, body) in chunk.iter().enumerate() {
                    let id = (r * run + k) as u32;
                    for (s, e) in word_ranges(body) {
                        fold_into(&body[s..e], &mut buf);
                        match map.get_mut(buf.as_str()) {
                            Some(p) if p.last() == Some(&id) => {}
                            Some(p) => p.push(id),
                            None => {
                                map.insert(buf.clone(), vec![id]);
                            }
                        }
                    }
                }
                map
            })
            .collect();
        let mut all: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for run in runs {
            for (w, mut p) in run {
                match all.get_mut(w.as_str()) {
                    Some(q) => q.append(&mut p),
                    None => {
                        all.insert(w, p);
                    }
                }
            }
        }
        let mut pairs: Vec<(String, Vec<u32>)> = all.into_iter().collect();
        pairs.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let n = bodies.len();
        let (words, postings) = pairs
            .into_par_iter()
            .map(|(w, p)| (w, Posting::new(p, n)))
            .unzip();
        WordIndex { words, postings }
    }

    /// Marks in `out` (one flag per article) every article with a body word starting with
    /// `prefix` (already normalised).
    pub fn mark_prefix(&self, prefix: &str, out: &mut [bool]) {
        let lo = self.words.partition_point(|w| w.as_str() < prefix);
        for (w, posting) in self.words[lo..].iter().zip(&self.postings[lo..]) {
            if !w.starts_with(prefix) {
                break;
            }
            posting.mark(out);
        }
    }

    /// Every word with the number of articles containing it, in word order.
    pub fn counts(&self) -> impl Iterator<Item = (&str, usize)> + '_ {
        self.words
            .iter()
            .zip(&self.postings)
            .map(|(w, p)| (w.as_str(), p.len()))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// `word` folded as [`normalize_word`] folds it, into `buf`; ASCII words (most of them) without
/// allocating.
fn fold_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        if buf.contains('`') {
            *buf = buf.replace('`', "'");
        }
    } else {
        buf.push_str(&normalize_word(word));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_find_articles_by_body_words() {
        let idx = WordIndex::build(&["Kim met Putin.", "Pyongyang's “hold hands”", "Café NOIR"]);
        let find = |p: &str| {
            let mut out = vec![false; 3];
            idx.mark_prefix(&normalize_word(p), &mut out);
            out
        };
        assert_eq!(find("put"), vec![true, false, false]);
        assert_eq!(find("HOLD"), vec![false, true, false]);
        assert_eq!(find("cafe"), vec![false, false, true]);
        assert_eq!(find("pyongyang's"), vec![false, true, false]);
        assert_eq!(find("zebra"), vec![false, false, false]);
    }

    #[test]
    fn runs_merge_in_article_order() {
        let bodies: Vec<String> = (0..10_000)
            .map(|i| format!("word{} common", i % 3))
            .collect();
        let refs: Vec<&str> = bodies.iter().map(String::as_str).collect();
        let idx = WordIndex::build(&refs);
        let mut out = vec![false; refs.len()];
        idx.mark_prefix("word1", &mut out);
        assert!(out.iter().enumerate().all(|(i, &m)| m == (i % 3 == 1)));
        let common = idx.words.binary_search(&"common".to_string()).unwrap();
        let Posting::Bits { count, .. } = &idx.postings[common] else {
            panic!("a word in every article is kept as bits");
        };
        assert_eq!(*count, refs.len());
        let mut out = vec![false; refs.len()];
        idx.mark_prefix("comm", &mut out);
        assert!(out.iter().all(|&m| m));
        // A word in one article in a hundred stays a list, ascending across runs.
        let rare: Vec<String> = (0..10_000)
            .map(|i| {
                if i % 100 == 7 {
                    "rare".into()
                } else {
                    format!("w{}", i % 5)
                }
            })
            .collect();
        let refs: Vec<&str> = rare.iter().map(String::as_str).collect();
        let idx = WordIndex::build(&refs);
        let at = idx.words.binary_search(&"rare".to_string()).unwrap();
        let Posting::List(p) = &idx.postings[at] else {
            panic!("a rare word is kept as a list");
        };
        assert_eq!(p.len(), 100);
        assert!(p.windows(2).all(|w| w[0] < w[1]));
        let mut out = vec![false; refs.len()];
        idx.mark_prefix("ra", &mut out);
        assert!(out.iter().enumerate().all(|(i, &m)| m == (i % 100 == 7)));
        let mut folded = String::new();
        fold_into("Don`t", &mut folded);
        assert_eq!(folded, normalize_word("Don`t"));
    }
}
