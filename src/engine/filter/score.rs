//! SkimMatcherV2's score of a term in a text, with as little of the matcher's work as gives
//! the same number.
//!
//! Almost every keystroke's pass is made of matcher calls (nine tenths of its instructions),
//! and the first letters of a query are in most titles. Two shortcuts, both taken by fzf's own
//! matcher and both exact:
//! - One character: the score matrix has no choices left, the best alignment is the matching
//!   character with the highest bonus, so the score is `match - 1 + bonus` for the best placed
//!   occurrence (the `-1` is the gap the matrix's first row starts from): one scan of the text.
//! - Longer terms: an alignment starts at or after the first occurrence of the term's first
//!   character and ends at or before the last occurrence of its last one. The matrix is filled
//!   column by column from the first occurrence on, and a column reads only earlier ones, so
//!   the matcher gives the same score on that window of the text, kept with the one character
//!   before it that sets the first match's bonus.
//!
//! Both are checked against SkimMatcherV2 itself by the property tests below. Characters outside
//! ASCII at either end of a term go to the matcher on the whole text.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// Score of a matching character (SkimScoreConfig's `score_match`).
const MATCH: i64 = 16;
/// Lost when the case differs under case-insensitive matching (`penalty_case_mismatch`).
const CASE_PENALTY: i64 = 2;
/// The gap the first row of the matrix carries (`gap_extension`).
const GAP: i64 = -1;
/// Bonus of a character starting a word (`bonus_head`).
const HEAD: i64 = 8;
/// After a soft separator such as `-` or `.` (`bonus_break`).
const BREAK: i64 = 7;
/// An upper-case letter after a lower-case letter or digit (`bonus_camel`).
const CAMEL: i64 = 6;
/// The first character of the text: its head bonus counts twice.
const FIRST: i64 = 2 * HEAD;

/// How SkimMatcherV2 classes the character before a match, for the bonuses.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Hard,
    Soft,
    Digit,
    Upper,
    Lower,
}

fn class(b: u8) -> Class {
    match b {
        // The matcher's "empty" class (a NUL) gives the same bonus as a hard separator.
        b'\0' | b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Class::Hard,
        b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~' => Class::Soft,
        b'0'..=b'9' => Class::Digit,
        b'A'..=b'Z' => Class::Upper,
        // Other ASCII and every byte of a non-ASCII character, which the matcher calls lower.
        _ => Class::Lower,
    }
}

/// SkimMatcherV2's score (default settings, so smart case) of `pattern` in `text`.
pub(super) fn fuzzy(matcher: &SkimMatcherV2, text: &str, pattern: &str) -> Option<i64> {
    let bytes = pattern.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return matcher.fuzzy_match(text, pattern);
    };
    if !first.is_ascii() || !last.is_ascii() {
        return matcher.fuzzy_match(text, pattern);
    }
    // Smart case: a pattern with an upper-case letter matches case for case.
    let sensitive = bytes.iter().any(u8::is_ascii_uppercase);
    if bytes.len() == 1 {
        return one_character(text.as_bytes(), first, sensitive);
    }
    let hay = text.as_bytes();
    let (a, b) = variants(first, sensitive);
    let start = memchr::memchr2(a, b, hay)?;
    let (a, b) = variants(last, sensitive);
    let end = memchr::memrchr2(a, b, &hay[start + 1..])? + start + 2;
    // The character before the first occurrence sets its bonus; the one before that is never
    // matched, so its own bonus does not count.
    let from = text[..start]
        .char_indices()
        .next_back()
        .map_or(0, |(i, _)| i);
    matcher.fuzzy_match(&text[from..end], pattern)
}

/// The bytes that match the ASCII pattern byte `p`.
fn variants(p: u8, sensitive: bool) -> (u8, u8) {
    if sensitive {
        (p, p)
    } else {
        (p, p.to_ascii_uppercase())
    }
}

/// The score of the ASCII character `p` alone in `text`.
fn one_character(text: &[u8], p: u8, sensitive: bool) -> Option<i64> {
    let (p, other) = variants(p, sensitive);
    let mut best: Option<i64> = None;
    // An ASCII byte in UTF-8 is always a whole character, so bytes can be scanned directly.
    for at in memchr::memchr2_iter(p, other, text) {
        let c = text[at];
        let bonus = if at == 0 {
            FIRST
        } else {
            match (class(text[at - 1]), class(c)) {
                (Class::Hard, _) => HEAD,
                (Class::Soft, _) => BREAK,
                (Class::Lower | Class::Digit, Class::Upper) => CAMEL,
                _ => 0,
            }
        };
        let matched = if c == p { MATCH } else { MATCH - CASE_PENALTY };
        let s = matched + GAP + bonus;
        best = Some(best.map_or(s, |b| b.max(s)));
        if at == 0 {
            // The doubled bonus of the first character outweighs any later one.
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn skim(text: &str, pattern: &str) -> Option<i64> {
        SkimMatcherV2::default().fuzzy_match(text, pattern)
    }

    fn ours(text: &str, pattern: &str) -> Option<i64> {
        fuzzy(&SkimMatcherV2::default(), text, pattern)
    }

    #[test]
    fn agrees_with_the_matcher_on_word_shapes() {
        let texts = [
            "Storm hits the coast",
            "storm",
            "Bus crash: 12 hurt",
            "e-mail (urgent) re:budget",
            "McDonald's iPhone 5S",
            "Zürich café éclair",
            "",
            "b",
            "B",
            "aB1b/b.b_b",
        ];
        let patterns = [
            "s", "S", "b", "B", "e", "1", ".", " ", "z", "c", "st", "St", "bus", "bu s", "ph", "é",
            "café", "ur", "hurt", "co", "mdi", "zé", "",
        ];
        for text in texts {
            for p in patterns {
                assert_eq!(ours(text, p), skim(text, p), "{text:?} / {p:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn equals_skim_for_one_ascii_character(
            text in "([a-cA-C0-9 ./_(\\-:'é漢\\x00]{1,8}|\\PC){0,8}",
            p in "[ -~]",
        ) {
            prop_assert_eq!(ours(&text, &p), skim(&text, &p));
        }

        #[test]
        fn equals_skim_for_longer_terms(
            text in "([a-cA-C0-9 ./_(\\-:'é漢]{1,8}|\\PC){0,12}",
            p in "[a-cA-C0-9 ./é]{2,5}",
        ) {
            prop_assert_eq!(ours(&text, &p), skim(&text, &p));
        }
    }
}
