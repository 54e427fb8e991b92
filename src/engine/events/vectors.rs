//! Term vectors: what each article is about, as weighted terms of its title and lead.
//!
//! Weights follow BM25 (saturating term frequency, length normalisation, inverse document
//! frequency) because a word repeated ten times in one report is not ten times the evidence.
//! Two things a reader uses to tell look-alike stories apart weigh more: names (words written with
//! a capital in the middle of sentences, across the bundle) and numbers (tolls, magnitudes,
//! scores). Vectors are unit length, so a dot product is a cosine.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use super::words;
use super::Options;
use crate::engine::text;
use crate::engine::Article;

/// Term keys are already well-mixed 64-bit hashes: hashing them again would only cost time.
#[derive(Default)]
pub(super) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are used; fold anything else in so the hasher stays correct.
        for &b in bytes {
            self.0 = text::mix64(self.0 ^ b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(super) type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// One distinct term of one article, before weighting. Counts saturate: nothing past a few
/// occurrences changes a weight, and a small record keeps a big bundle's counts in memory.
#[derive(Debug, Clone, Copy)]
struct Count {
    hash: u64,
    body: u16,
    title: u16,
    /// Body occurrences not at the start of a sentence.
    inner: u16,
    /// How many of those had a capital (below [`Count::NUMBER`], far above any lead's length),
    /// and whether the word holds a digit: one field, so that a count takes 16 bytes, not 24.
    capital_number: u16,
}

impl Count {
    const NUMBER: u16 = 0x8000;

    fn inner_capital(&self) -> u16 {
        self.capital_number & !Self::NUMBER
    }

    fn number(&self) -> bool {
        self.capital_number & Self::NUMBER != 0
    }
}

/// Bundle-wide facts about one term.
#[derive(Debug, Clone, Copy, Default)]
struct TermStats {
    df: u32,
    inner: u32,
    inner_capital: u32,
}

/// A weighted term of an article: a dense term id and its weight in the unit vector.
pub(super) type Entry = (u32, f32);

/// The articles as vectors, plus what labelling needs to turn term ids back into words.
pub(super) struct Vectors {
    /// Per article, its strongest terms by id, weights already divided by the full vector's norm.
    pub docs: Vec<Vec<Entry>>,
    /// Per term id, its hash (as [`text::tokenize`] gives it).
    pub hashes: Vec<u64>,
    /// Per term id, how often it is written like a name (0..1).
    pub name_ratio: Vec<f32>,
}

/// The distinct terms of one article sorted by hash, and where each statistics shard's part of
/// them starts (so gathering a shard reads one slice, with no search).
struct Counted {
    counts: Vec<Count>,
    shard_start: [u16; SHARDS + 1],
}

/// What counting one article needs, kept from one article to the next on each thread so that
/// a bundle of a hundred thousand does not build a hundred thousand maps.
#[derive(Default)]
struct Scratch {
    /// Each distinct word met so far, and whether it is a stopword.
    counts: HashKeyed<(Count, bool)>,
    buf: Vec<u8>,
}

/// Counts the terms of one article: title and lead, stopwords and one-letter words left out.
fn count(article: &Article, opts: &Options, scratch: &mut Scratch) -> Counted {
    // Stopwords are recognised once per distinct word, when first met, and dropped at the end.
    let Scratch { counts, buf } = scratch;
    counts.clear();
    let mut add = |src: &str, start: usize, end: usize, in_title: bool| {
        let (hash, capital, number) = words::term(&src[start..end], buf);
        if end - start == 1 && !number {
            return;
        }
        let (c, _) = counts.entry(hash).or_insert_with(|| {
            let stop = std::str::from_utf8(buf).is_ok_and(text::is_stopword);
            let c = Count {
                hash,
                body: 0,
                title: 0,
                inner: 0,
                capital_number: if number { Count::NUMBER } else { 0 },
            };
            (c, stop)
        });
        if in_title {
            c.title = c.title.saturating_add(1);
        } else {
            c.body = c.body.saturating_add(1);
            if !words::opens_sentence(src, start) {
                c.inner = c.inner.saturating_add(1);
                if capital && c.inner_capital() < !Count::NUMBER {
                    c.capital_number += 1;
                }
            }
        }
    };
    if let Some(title) = &article.title {
        words::each_word(title, usize::MAX, |s, e| add(title, s, e, true));
    }
    let body = &article.body;
    words::each_word(body, opts.lead_words, |s, e| add(body, s, e, false));
    let mut v: Vec<Count> = counts
        .drain()
        .filter(|(_, (_, stop))| !stop)
        .map(|(_, (c, _))| c)
        .collect();
    v.sort_unstable_by_key(|c| c.hash);
    // A lead has far fewer distinct words than a u16 holds; a runaway title is cut to fit.
    v.truncate(u16::MAX as usize);
    let mut shard_start = [0u16; SHARDS + 1];
    for c in &v {
        shard_start[shard(c.hash) + 1] += 1;
    }
    for s in 0..SHARDS {
        shard_start[s + 1] += shard_start[s];
    }
    Counted {
        counts: v,
        shard_start,
    }
}

/// Term statistics are gathered in shards by the top bits of the hash, one shard per task: each
/// article's counts are sorted by hash, so a shard's part of them is one slice.
const SHARD_BITS: u32 = 6;
const SHARDS: usize = 1 << SHARD_BITS;

/// One shard's terms in hash order, and each term's dense id (set once all shards are in) and
/// statistics.
type Shard = (Vec<u64>, HashKeyed<(u32, TermStats)>);

fn shard(hash: u64) -> usize {
    (hash >> (64 - SHARD_BITS)) as usize
}

fn length(counts: &[Count]) -> f64 {
    counts.iter().map(|c| c.body as f64 + c.title as f64).sum()
}

/// Builds the unit term vectors of `articles`.
pub(super) fn build(articles: &[Article], opts: &Options) -> Vectors {
    let counted: Vec<Counted> = articles
        .par_iter()
        .map_init(Scratch::default, |scratch, a| count(a, opts, scratch))
        .collect();

    // Bundle-wide statistics, then dense ids in hash order so they never depend on threads.
    let shards: Vec<Shard> = (0..SHARDS)
        .into_par_iter()
        .map(|sh| {
            let mut m: HashKeyed<(u32, TermStats)> = HashKeyed::default();
            for doc in &counted {
                let (lo, hi) = (doc.shard_start[sh], doc.shard_start[sh + 1]);
                for c in &doc.counts[lo as usize..hi as usize] {
                    let (_, s) = m.entry(c.hash).or_default();
                    s.df += 1;
                    s.inner += c.inner as u32;
                    s.inner_capital += c.inner_capital() as u32;
                }
            }
            let mut keys: Vec<u64> = m.keys().copied().collect();
            keys.sort_unstable();
            (keys, m)
        })
        .collect();
    let mut hashes = Vec::new();
    let mut stats: Vec<TermStats> = Vec::new();
    let mut lookup: Vec<HashKeyed<(u32, TermStats)>> = Vec::with_capacity(shards.len());
    for (keys, mut m) in shards {
        for k in &keys {
            if let Some(e) = m.get_mut(k) {
                e.0 = hashes.len() as u32;
                stats.push(e.1);
                hashes.push(*k);
            }
        }
        lookup.push(m);
    }
    let name_ratio: Vec<f32> = stats
        .iter()
        .map(|s| {
            if s.inner == 0 {
                0.0
            } else {
                s.inner_capital as f32 / s.inner as f32
            }
        })
        .collect();

    let n = articles.len() as f64;
    let avg_len = (counted.iter().map(|c| length(&c.counts)).sum::<f64>() / n.max(1.0)).max(1.0);
    // A small bundle says little about which words are common: it is read as if it sat in a
    // wider collection of `prior_docs` unrelated articles, so that words all of its few articles
    // share still count.
    let idf = |df: u32| -> f64 {
        let df = df as f64;
        (1.0 + (n + opts.prior_docs - df + 0.5) / (df + 0.5)).ln()
    };
    let df_cap = opts.df_cap(articles.len());

    let docs: Vec<Vec<Entry>> = counted
        .into_par_iter()
        .map(|Counted { counts, .. }| {
            let norm_len = 1.0 - opts.bm25_b + opts.bm25_b * (length(&counts) / avg_len);
            let mut weighted: Vec<(u32, f64, u32)> = counts
                .iter()
                .filter_map(|c| {
                    let &(id, s) = lookup[shard(c.hash)].get(&c.hash)?;
                    let tf = c.body as f64 + opts.title_weight * c.title as f64;
                    let sat = tf * (opts.bm25_k1 + 1.0) / (tf + opts.bm25_k1 * norm_len);
                    let boost = 1.0
                        + opts.name_boost * name_ratio[id as usize] as f64
                        + if c.number() { opts.number_boost } else { 0.0 };
                    Some((id, sat * idf(s.df) * boost, s.df))
                })
                .collect();
            let norm = weighted.iter().map(|w| w.1 * w.1).sum::<f64>().sqrt();
            // Terms no other article has cannot link it to anything; terms too common to tell
            // events apart are left out. Both still count in the norm above.
            weighted.retain(|&(_, _, df)| df >= 2 && df <= df_cap);
            weighted.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            weighted.truncate(opts.max_terms);
            let mut v: Vec<Entry> = weighted
                .iter()
                .map(|&(id, w, _)| (id, if norm > 0.0 { (w / norm) as f32 } else { 0.0 }))
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            v
        })
        .collect();
    Vectors {
        docs,
        hashes,
        name_ratio,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, body: &str) -> Article {
        Article {
            title: Some(title.into()),
            body: body.into(),
            ..Default::default()
        }
    }

    #[test]
    fn names_and_titles_weigh_more_than_common_words() {
        let arts = vec![
            article(
                "Quake hits Sivrice",
                "The quake damaged houses in Sivrice. Officials in Sivrice said houses fell.",
            ),
            article(
                "Storm floods Sivrice",
                "The storm damaged houses on the coast.",
            ),
            article(
                "Minister visits",
                "Officials said the minister visited houses.",
            ),
        ];
        let v = build(&arts, &Options::default());
        let id_of = |hash: u64| v.hashes.binary_search(&hash).ok().map(|i| i as u32);
        let id = |word: &str| id_of(text::hash_str(word)).unwrap();
        let weight = |doc: usize, word: &str| {
            let t = id(word);
            v.docs[doc].iter().find(|e| e.0 == t).map_or(0.0, |e| e.1)
        };
        // "sivrice" is a name (capitalised mid-sentence), in the title, and in two articles;
        // "houses" is a common word in all three.
        assert!(v.name_ratio[id("sivrice") as usize] > 0.9);
        assert_eq!(v.name_ratio[id("houses") as usize], 0.0);
        assert!(weight(0, "sivrice") > 2.0 * weight(0, "houses"));
        // Stopwords never become terms.
        assert!(id_of(text::hash_str("the")).is_none());
        // Unit length at most (terms only one article has count in the norm, not the vector).
        for d in &v.docs {
            let n: f32 = d.iter().map(|e| e.1 * e.1).sum();
            assert!(n <= 1.0 + 1e-5);
        }
    }
}
