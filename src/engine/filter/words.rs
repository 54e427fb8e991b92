//! A word index over article bodies, so that a word found in no title still finds its articles
//! without scanning every body on each keystroke.
//!
//! Words are folded the way [`crate::engine::text::normalize_word`] folds them and kept sorted, so
//! a word still being typed matches as a prefix with two binary searches.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::engine::text::{normalize_word, word_ranges};

/// Every distinct body word and the articles that contain it.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    /// Sorted, distinct, normalised.
    words: Vec<String>,
    /// For each word, the ascending indices of the articles containing it.
    postings: Vec<Vec<u32>>,
}

impl WordIndex {
    /// Indexes `bodies`; article `i` is the `i`th body.
    pub fn build(bodies: &[&str]) -> WordIndex {
        let per_article: Vec<Vec<String>> = bodies
            .par_iter()
            .map(|body| {
                let mut words: Vec<String> = word_ranges(body)
                    .map(|(s, e)| normalize_word(&body[s..e]))
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            })
            .collect();
        let mut map: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, words) in per_article.into_iter().enumerate() {
            for w in words {
                map.entry(w).or_default().push(i as u32);
            }
        }
        let mut pairs: Vec<(String, Vec<u32>)> = map.into_iter().collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (words, postings) = pairs.into_iter().unzip();
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
            for &a in posting {
                if let Some(slot) = out.get_mut(a as usize) {
                    *slot = true;
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
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
}
