//! The words of an article as grouping reads them: title and lead, each word hashed exactly as
//! [`text::tokenize`] hashes it, with what weighting needs to know (a capital, a digit, the start
//! of a sentence).
//!
//! Grouping reads every article of bundles of a hundred thousand, so this is the hot loop: words
//! are found byte by byte with a fast path for ASCII, and plain ASCII words are folded into a
//! reused buffer rather than a new string each. Word boundaries are those of
//! [`text::word_ranges`] and hashes those of [`text::tokenize`]; tests hold both to it.

use unicode_normalization::char::is_combining_mark;

use crate::engine::text::{self, is_apostrophe, is_cjk, is_word_char};

/// The character starting at byte `i` of `s` (which must be a boundary), and its length.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    s.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
}

/// Calls `f(start, end)` for each of the first `limit` words of `s`, with the boundaries of
/// [`text::word_ranges`]: hyphens split words, an apostrophe followed by a letter joins them.
pub(super) fn each_word(s: &str, limit: usize, mut f: impl FnMut(usize, usize)) {
    let b = s.as_bytes();
    let mut i = 0;
    let mut seen = 0;
    while i < b.len() && seen < limit {
        // Skip to the next word character.
        let (c, len) = if b[i] < 0x80 {
            (b[i] as char, 1)
        } else {
            match char_at(s, i) {
                Some(x) => x,
                None => return,
            }
        };
        let word = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            text::starts_word(c)
        };
        if !word {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        if !c.is_ascii() && is_cjk(c) {
            // One character a word, with the marks that belong to it.
            while let Some((_, dl)) = char_at(s, i).filter(|&(d, _)| is_combining_mark(d)) {
                i += dl;
            }
            f(start, i);
            seen += 1;
            continue;
        }
        loop {
            // Most words are plain ASCII letters and digits, which need no char decoding and can
            // never be CJK.
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            let (d, dl) = if b[i] < 0x80 {
                (b[i] as char, 1)
            } else {
                match char_at(s, i) {
                    Some(x) => x,
                    None => break,
                }
            };
            if !d.is_ascii() && is_cjk(d) {
                break;
            }
            let continues = !d.is_ascii() && is_word_char(d);
            let joins =
                || is_apostrophe(d) && char_at(s, i + dl).is_some_and(|(n, _)| n.is_alphabetic());
            if !(continues || joins()) {
                break;
            }
            i += dl;
        }
        f(start, i);
        seen += 1;
    }
}

/// One word as the tokenizer would hash it, and whether it starts with a capital and holds a
/// digit. `buf` is left holding the normalised word.
pub(super) fn term(word: &str, buf: &mut Vec<u8>) -> (u64, bool, bool) {
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    buf.clear();
    if word.is_ascii() {
        // One pass folds, hashes and looks for digits: this runs for every word read.
        buf.reserve(word.len());
        let mut hash = text::Fnv::new();
        let mut number = false;
        for b in word.bytes() {
            let folded = match b {
                b'`' => b'\'',
                b => b.to_ascii_lowercase(),
            };
            buf.push(folded);
            hash.write_byte(folded);
            number |= b.is_ascii_digit();
        }
        (hash.finish(), capital, number)
    } else {
        let norm = text::normalize_word(word);
        buf.extend_from_slice(norm.as_bytes());
        (
            text::hash_str(&norm),
            capital,
            word.chars().any(char::is_numeric),
        )
    }
}

/// Whether the word at byte `start` opens a sentence (so its capital says nothing about a name).
pub(super) fn opens_sentence(text: &str, start: usize) -> bool {
    for c in text[..start].chars().rev() {
        match c {
            '\n' => return true,
            c if c.is_whitespace() => continue,
            '.' | '!' | '?' | ':' | ';' | '"' | '\u{201C}' | '\u{201D}' | '\u{2018}'
            | '\u{2019}' | '\'' | '(' | '[' | '-' | '\u{2013}' | '\u{2014}' | '\u{2026}'
            | '\u{2022}' | '|' | '*' | '`' => return true,
            _ => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn words(s: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        each_word(s, usize::MAX, |a, b| v.push((a, b)));
        v
    }

    #[test]
    fn boundaries_match_the_tokenizer() {
        for s in [
            "",
            "Kim Jong-Un's CAFÉ: 2,300 `quoted' words — don't stop",
            "x'y' 'z ’tis o’clock l'été",
            "  ✓ ✓ 日本語 テキスト e\u{301}te\u{301}",
            "trailing apostrophe' and dash-",
        ] {
            assert_eq!(words(s), text::word_ranges(s).collect::<Vec<_>>(), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn boundaries_match_on_any_text(s in "\\PC{0,60}") {
            prop_assert_eq!(words(&s), text::word_ranges(&s).collect::<Vec<_>>());
        }

        #[test]
        fn boundaries_match_on_wordy_text(s in "[a-zA-Z0-9 '’`\\-é\u{301}.]{0,60}") {
            prop_assert_eq!(words(&s), text::word_ranges(&s).collect::<Vec<_>>());
        }
    }

    #[test]
    fn terms_hash_like_the_tokenizer() {
        let t = "Kim’s CAFÉ in Pyongyang: 2,300 `quoted` words, don't-stop Ünal 日本語 x The";
        let tokens = text::tokenize(t);
        let mut buf = Vec::new();
        let ranges = words(t);
        assert_eq!(ranges.len(), tokens.len());
        for (tok, (s, e)) in tokens.iter().zip(ranges) {
            let (hash, capital, number) = term(&t[s..e], &mut buf);
            assert_eq!(hash, tok.hash, "{}", &t[s..e]);
            assert_eq!(capital, tok.is_capitalised(), "{}", &t[s..e]);
            assert_eq!(number, tok.is_number(), "{}", &t[s..e]);
            let stop = std::str::from_utf8(&buf).is_ok_and(text::is_stopword);
            assert_eq!(stop, tok.is_stopword(), "{}", &t[s..e]);
        }
    }

    #[test]
    fn stops_after_the_limit() {
        let mut n = 0;
        each_word("one two three four five", 2, |_, _| n += 1);
        assert_eq!(n, 2);
    }

    #[test]
    fn sentence_openings_are_told_from_names() {
        let t = "Rescuers reached Gorna. Then the Red Cross came.\nSnow fell";
        let at = |w: &str| t.find(w).unwrap();
        assert!(opens_sentence(t, at("Rescuers")));
        assert!(!opens_sentence(t, at("Gorna")));
        assert!(opens_sentence(t, at("Then")));
        assert!(!opens_sentence(t, at("Red")));
        assert!(opens_sentence(t, at("Snow")));
    }
}
