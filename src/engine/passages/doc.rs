//! One article made ready for matching: its words, and where its paragraphs and sentences begin.
//!
//! Matching works on word positions only; byte offsets come back at the very end, when a range
//! of words becomes a [`Span`](super::Span). Paragraph breaks are the places where the cleaned
//! body stops being one contiguous slice of the original text, so a span must not cross them.

use super::scan;
use crate::engine::text::Token;
use crate::engine::Article;

/// An article's words with the structure matching needs.
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc {
    pub toks: Vec<Token>,
    /// Each word's hash, side by side: matching compares little else.
    pub hashes: Vec<u64>,
    /// Paragraph number of each word (ascending).
    pub para: Vec<u32>,
    /// Sentence number of each word (ascending; a paragraph break always starts a sentence).
    pub sent: Vec<u32>,
    /// First word of each sentence, then `toks.len()`.
    pub sent_start: Vec<u32>,
    /// Informative (non-stopword) words up to each position: `info_prefix[i]` counts words
    /// `0..i`, so any range is counted in constant time.
    pub info_prefix: Vec<u32>,
    /// For each sentence, the hashes of its informative words, sorted (a multiset), stored
    /// back to back: sentence `s` owns `content[content_start[s]..content_start[s + 1]]`.
    pub content: Vec<u64>,
    pub content_start: Vec<u32>,
    /// The same for the informative words that are not names (capitalised inside a sentence),
    /// so that two sentences sharing only "North Korean leader Kim Jong Un" are told from two
    /// that share their wording.
    pub lexical: Vec<u64>,
    pub lexical_start: Vec<u32>,
    /// The punctuation between each word and the one before it (see [`scan::punctuation_key`]), so
    /// that a run of equal words with a changed comma is told from a verbatim one.
    pub punct: Vec<u32>,
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "gov", "sen", "rep",
    "prof", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "inc", "corp", "ltd", "co", "mt", "ft",
];

impl Doc {
    pub fn new(article: &Article) -> Doc {
        Doc::from_body(&article.body, &article.segments)
    }

    /// Builds from a body and the start offsets of its segments (see [`crate::engine::Segment`]).
    pub fn from_body(body: &str, segments: &[crate::engine::Segment]) -> Doc {
        // News prose runs about six bytes a word: room for nearly every body at once, so the
        // lists rarely grow while the body is read.
        let cap = body.len() / 5 + 8;
        let mut d = Doc {
            toks: Vec::with_capacity(cap),
            hashes: Vec::with_capacity(cap),
            para: Vec::with_capacity(cap),
            sent: Vec::with_capacity(cap),
            sent_start: Vec::with_capacity(cap / 16),
            info_prefix: Vec::with_capacity(cap + 1),
            content: Vec::with_capacity(cap / 2),
            content_start: Vec::with_capacity(cap / 16),
            lexical: Vec::with_capacity(cap / 2),
            lexical_start: Vec::with_capacity(cap / 16),
            punct: Vec::with_capacity(cap),
        };
        d.info_prefix.push(0);
        let (mut p, mut s, mut seg, mut info) = (0u32, 0u32, 0usize, 0u32);
        scan::scan_each(body, |t, gap| {
            let i = d.toks.len();
            // Advance to the segment holding this word.
            let mut new_segment = false;
            while seg + 1 < segments.len() && segments[seg + 1].body_start <= t.start as usize {
                seg += 1;
                new_segment = true;
            }
            let starts = if i == 0 {
                true
            } else if new_segment || gap.blank_line {
                p += 1;
                true
            } else {
                ends_sentence(body, &d.toks[i - 1], &t, &gap)
            };
            if starts {
                if i > 0 {
                    s += 1;
                    d.close_sentence();
                }
                d.sent_start.push(i as u32);
                d.content_start.push(d.content.len() as u32);
                d.lexical_start.push(d.lexical.len() as u32);
            }
            if !t.is_stopword() {
                d.content.push(t.hash);
                let name = t.is_capitalised() && !starts;
                if !name && !t.is_number() {
                    d.lexical.push(t.hash);
                }
                info += 1;
            }
            d.punct.push(gap.punct);
            d.para.push(p);
            d.sent.push(s);
            d.info_prefix.push(info);
            d.hashes.push(t.hash);
            d.toks.push(t);
        });
        if !d.toks.is_empty() {
            d.close_sentence();
        }
        d.sent_start.push(d.toks.len() as u32);
        d.content_start.push(d.content.len() as u32);
        d.lexical_start.push(d.lexical.len() as u32);
        d
    }

    /// Sorts the multisets of the last sentence begun.
    fn close_sentence(&mut self) {
        let from = *self.content_start.last().unwrap_or(&0) as usize;
        self.content[from..].sort_unstable();
        let from = *self.lexical_start.last().unwrap_or(&0) as usize;
        self.lexical[from..].sort_unstable();
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn hash(&self, i: usize) -> u64 {
        self.hashes[i]
    }

    pub fn informative(&self, i: usize) -> bool {
        !self.toks[i].is_stopword()
    }

    /// Informative words in `from..to`.
    pub fn info(&self, from: usize, to: usize) -> usize {
        (self.info_prefix[to] - self.info_prefix[from]) as usize
    }

    pub fn sentences(&self) -> usize {
        self.sent_start.len() - 1
    }

    /// Word range of sentences `first..=last`.
    pub fn sentence_range(&self, first: usize, last: usize) -> std::ops::Range<usize> {
        self.sent_start[first] as usize..self.sent_start[last + 1] as usize
    }

    /// Sorted informative-word hashes of sentence `s`.
    pub fn content_of(&self, s: usize) -> &[u64] {
        &self.content[self.content_start[s] as usize..self.content_start[s + 1] as usize]
    }
}

/// Whether the text between two words ends a sentence: a full stop, question or exclamation
/// mark, then a space, then a capital — unless the stop belongs to an initial or abbreviation.
fn ends_sentence(body: &str, prev: &Token, next: &Token, gap: &scan::Gap) -> bool {
    if gap.stop == 0 || !gap.space_after_stop || !next.is_capitalised() {
        return false;
    }
    if gap.stop == b'.' {
        let word = &body[prev.range()];
        // "U.S.", "J. R. R." and "Gen." are not sentence ends.
        if word.chars().count() == 1 && prev.is_capitalised() {
            return false;
        }
        if word.len() <= 5 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Segment;

    #[test]
    fn sentences_and_paragraphs() {
        let body = "Mr. Kim met Putin. They talked in the U.S. Army base.\n\nA new day! It rained";
        let d = Doc::from_body(body, &[]);
        let words: Vec<&str> = d.toks.iter().map(|t| &body[t.range()]).collect();
        let starts: Vec<&str> = d.sent_start[..d.sentences()]
            .iter()
            .map(|&i| words[i as usize])
            .collect();
        assert_eq!(starts, vec!["Mr", "They", "A", "It"]);
        assert_eq!(d.para[0], 0);
        assert_eq!(*d.para.last().unwrap(), 1);
        assert_eq!(
            d.info(0, d.len()),
            d.toks.iter().filter(|t| !t.is_stopword()).count()
        );
    }

    #[test]
    fn segments_break_paragraphs() {
        // Two segments joined by a single newline still make two paragraphs.
        let body = "one two\nthree four";
        let segs = [
            Segment {
                body_start: 0,
                raw_start: 0,
                len: 7,
            },
            Segment {
                body_start: 8,
                raw_start: 20,
                len: 10,
            },
        ];
        let d = Doc::from_body(body, &segs);
        assert_eq!(d.para, vec![0, 0, 1, 1]);
        assert_eq!(d.sentences(), 2);
    }
}
