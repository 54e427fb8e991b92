//! One pass over a body: its words, exactly as [`text::tokenize`] makes them, and what lies
//! between each word and the one before it (punctuation, paragraph and sentence breaks).
//!
//! Passage finding tokenises every article of a bundle, so this is the hottest loop of the
//! search. `text::tokenize` allocates a normalised string per word and looks stopwords up in a
//! SipHash set; here plain ASCII words (nearly all of them in English news) are lower-cased
//! and hashed on the fly, and stopword answers are cached by word hash. Other words go
//! through [`text::normalize_word`]. A test checks, on arbitrary text, that both give the same
//! tokens, so "the same word" keeps one meaning across the crate.

use std::cell::RefCell;

use unicode_normalization::char::is_combining_mark;

use crate::engine::text::{self, is_apostrophe, is_cjk, is_word_char, mix64, Token};

/// What lies between a word and the one before it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Gap {
    /// See [`punctuation_key`].
    pub punct: u32,
    /// Holds a blank line (two newlines in a row).
    pub blank_line: bool,
    /// The first `.`, `!` or `?` in it (0 if none), and whether whitespace follows it there.
    pub stop: u8,
    pub space_after_stop: bool,
}

/// Characters left out of a punctuation key: spacing, quotation marks of any style,
/// apostrophes and dashes (normalised away, and a hyphen splits words as a space does).
fn ignored_in_key(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\''
                | '`'
                | '\u{2018}'..='\u{201F}'
                | '\u{00AB}'
                | '\u{00BB}'
                | '\u{2039}'
                | '\u{203A}'
                | '-'
                | '\u{2010}'..='\u{2015}'
                | '\u{2212}'
        )
}

/// A key for the punctuation in `gap`: commas, stops, colons, brackets and the like, in order;
/// 0 when there is none.
#[cfg(test)]
pub(crate) fn punctuation_key(gap: &str) -> u32 {
    let mut g = GapState::default();
    for c in gap.chars() {
        g.push(c);
    }
    g.gap.punct
}

#[derive(Default)]
struct GapState {
    gap: Gap,
    last_newline: bool,
}

impl GapState {
    fn push(&mut self, c: char) {
        if !ignored_in_key(c) {
            self.gap.punct = (self.gap.punct ^ c as u32).wrapping_mul(0x0100_0193) | 1;
        }
        if c == '\n' {
            if self.last_newline {
                self.gap.blank_line = true;
            }
            self.last_newline = true;
        } else {
            self.last_newline = false;
        }
        if self.gap.stop == 0 {
            if matches!(c, '.' | '!' | '?') {
                self.gap.stop = c as u8;
            }
        } else if c.is_whitespace() {
            self.gap.space_after_stop = true;
        }
    }
}

/// Size of the per-thread stopword cache (entries, a power of two).
const CACHE: usize = 4096;

thread_local! {
    /// Word hash → stopword (1) or not (2); 0 is empty. Direct-mapped, so it never grows.
    static STOPWORDS: RefCell<Vec<(u64, u8)>> = RefCell::new(vec![(0, 0); CACHE]);
}

/// Whether the ASCII word `word` (hash `h` of its lower-cased form) is a stopword.
fn ascii_stopword(cache: &mut [(u64, u8)], h: u64, word: &[u8]) -> bool {
    // No stopword is longer than this; most words are, and skip the lookup.
    if word.len() > MAX_STOPWORD {
        return false;
    }
    let slot = &mut cache[(h as usize) & (CACHE - 1)];
    if slot.0 == h && slot.1 != 0 {
        return slot.1 == 1;
    }
    // Lower-cased only on a miss: a few thousand times per bundle, not once per word.
    let mut lower = [0u8; MAX_STOPWORD];
    for (l, &x) in lower.iter_mut().zip(word) {
        *l = fold_ascii(x);
    }
    let s = std::str::from_utf8(&lower[..word.len()]).unwrap_or("");
    let stop = text::is_stopword(s);
    *slot = (h, if stop { 1 } else { 2 });
    stop
}

/// Longest stopword, in bytes.
const MAX_STOPWORD: usize = 12;

/// An ASCII byte of a word as [`text::normalize_word`] has it.
fn fold_ascii(x: u8) -> u8 {
    if x == b'`' {
        b'\''
    } else {
        x.to_ascii_lowercase()
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(h: u64, x: u8) -> u64 {
    (h ^ x as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

/// [`text::starts_word`], answered without table lookups for ASCII.
fn starts_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        text::starts_word(c)
    }
}

/// The words of `body` (as [`text::tokenize`] makes them) and, for each, the gap before it.
#[cfg(test)]
pub(crate) fn scan(body: &str) -> (Vec<Token>, Vec<Gap>) {
    let (mut toks, mut gaps) = (Vec::new(), Vec::new());
    scan_each(body, |t, g| {
        toks.push(t);
        gaps.push(g);
    });
    (toks, gaps)
}

/// Calls `f` with each word of `body` (as [`text::tokenize`] makes them) and the gap before
/// it, in order: the caller stores what it needs without a list of gaps in between.
pub(crate) fn scan_each(body: &str, mut f: impl FnMut(Token, Gap)) {
    // The cache is borrowed once per body, not once per word.
    STOPWORDS.with(|c| scan_with(body, &mut c.borrow_mut(), &mut f))
}

fn scan_with(body: &str, cache: &mut [(u64, u8)], f: &mut impl FnMut(Token, Gap)) {
    let bytes = body.as_bytes();
    let n = bytes.len();
    let mut in_quote = false;
    let mut g = GapState::default();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            // ASCII between words: spaces and punctuation, most of what is not a word.
            match b {
                b'"' => in_quote = !in_quote,
                b'\n' => in_quote = false,
                _ => {}
            }
            g.push(b as char);
            i += 1;
            continue;
        }
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            let c = body[i..].chars().next().unwrap_or('\u{FFFD}');
            (c, c.len_utf8())
        };
        if !starts_word(c) {
            in_quote = match c {
                '\u{201C}' | '\u{201E}' | '\u{00AB}' => true,
                '\u{201D}' | '\u{00BB}' => false,
                '\u{201F}' => !in_quote,
                _ => in_quote,
            };
            g.push(c);
            i += len;
            continue;
        }
        // A word: word characters, and apostrophes followed by a letter. ASCII words (nearly
        // all) are lower-cased and hashed as they are read.
        let start = i;
        let mut ascii = b < 0x80;
        let mut h = if ascii {
            fnv(FNV_OFFSET, fold_ascii(b))
        } else {
            0
        };
        let (mut number, capitalised, cjk) = if ascii {
            (b.is_ascii_digit(), b.is_ascii_uppercase(), false)
        } else {
            (c.is_numeric(), c.is_uppercase(), is_cjk(c))
        };
        i += len;
        while i < n {
            let b = bytes[i];
            if !cjk && b.is_ascii_alphanumeric() {
                number |= b.is_ascii_digit();
                h = fnv(h, b.to_ascii_lowercase());
                i += 1;
                continue;
            }
            let (d, dl) = if b < 0x80 {
                (b as char, 1)
            } else {
                let d = body[i..].chars().next().unwrap_or('\u{FFFD}');
                (d, d.len_utf8())
            };
            if cjk {
                // A Chinese character or kana is a word alone, with its marks.
                if !is_combining_mark(d) {
                    break;
                }
                ascii = false;
                i += dl;
            } else if (d.is_ascii() && !is_apostrophe(d)) || is_cjk(d) {
                break;
            } else if is_word_char(d) {
                ascii &= b < 0x80;
                number |= d.is_numeric();
                i += dl;
            } else if is_apostrophe(d)
                && body[i + dl..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                ascii &= b < 0x80;
                h = fnv(h, fold_ascii(b));
                i += dl;
            } else {
                break;
            }
        }
        let word = &body[start..i];
        let (hash, stop) = if ascii {
            let h = mix64(h);
            (h, ascii_stopword(cache, h, word.as_bytes()))
        } else {
            let norm = text::normalize_word(word);
            (text::hash_str(&norm), text::is_stopword(&norm))
        };
        let mut flags = 0;
        if capitalised {
            flags |= Token::CAPITALISED;
        }
        if number {
            flags |= Token::NUMBER;
        }
        if stop {
            flags |= Token::STOPWORD;
        }
        if in_quote {
            flags |= Token::QUOTED;
        }
        let t = Token {
            start: start as u32,
            end: i as u32,
            hash,
            flags,
        };
        f(t, std::mem::take(&mut g).gap);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_tokenize(s: &str) {
        let (toks, gaps) = scan(s);
        assert_eq!(toks, text::tokenize(s), "{s:?}");
        for (k, t) in toks.iter().enumerate().skip(1) {
            let gap = &s[toks[k - 1].end as usize..t.start as usize];
            assert_eq!(gaps[k].punct, punctuation_key(gap));
            assert_eq!(gaps[k].blank_line, gap.contains("\n\n"));
        }
    }

    #[test]
    fn matches_the_tokenizer_on_news_text() {
        for s in [
            "",
            "“Justice is sure to win,” Kim said — café. Don`t STOP: it's 2019's best!",
            "North Korea’s Kim Jong-Un, ‘hold hands’ \"firmly\"\n\nNext «quote» „here“ ‟odd‟",
            "Ｆｕｌｌｗｉｄｔｈ ﬁnal naïve CAFÉ Ελληνικά 日本語テキスト x'y' 'z don't-stop",
            "The U.S. Army? Yes! No... e\u{301}toile ŉ ǅemal İstanbul",
            "\u{1b}[2J bell\u{7} ab\u{202e}cd 3½ ２０２３ Ⅻ",
        ] {
            same_as_tokenize(s);
        }
    }

    proptest! {
        #[test]
        fn matches_the_tokenizer_on_any_text(s in "\\PC{0,80}") {
            same_as_tokenize(&s);
        }

        #[test]
        fn matches_the_tokenizer_on_wordy_text(
            s in "([a-zA-Zé’'`\"“”«»\\-.,!? \n0-9]{1,6}){0,30}"
        ) {
            same_as_tokenize(&s);
        }
    }
}
