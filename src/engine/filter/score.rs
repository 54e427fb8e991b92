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

use fuzzy_matcher::skim::{SkimMatcherV2, SkimScoreConfig};
use fuzzy_matcher::FuzzyMatcher;

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

/// The score of the ASCII character `p` alone in `text`, from the matcher's own score settings
/// (the ones `SkimMatcherV2::default` uses).
fn one_character(text: &[u8], p: u8, sensitive: bool) -> Option<i64> {
    let cfg = SkimScoreConfig::default();
    let first = cfg.bonus_head * cfg.bonus_first_char_multiplier;
    let mismatched = (cfg.score_match + cfg.penalty_case_mismatch).max(0);
    // Whether any match on the first character outscores every later one.
    let first_wins = first + mismatched
        >= cfg.bonus_head.max(cfg.bonus_break).max(cfg.bonus_camel) + cfg.score_match;
    let (p, other) = variants(p, sensitive);
    let mut best: Option<i64> = None;
    // An ASCII byte in UTF-8 is always a whole character, so bytes can be scanned directly.
    for at in memchr::memchr2_iter(p, other, text) {
        let c = text[at];
        let bonus = if at == 0 {
            first
        } else {
            match (class(text[at - 1]), class(c)) {
                (Class::Hard, _) => cfg.bonus_head,
                (Class::Soft, _) => cfg.bonus_break,
                (Class::Lower | Class::Digit, Class::Upper) => cfg.bonus_camel,
                _ => 0,
            }
        };
        let matched = if c == p { cfg.score_match } else { mismatched };
        // The matrix's first row, where the match starts from, carries one gap extension.
        let s = i64::from(matched + cfg.gap_extension + bonus);
        best = Some(best.map_or(s, |b| b.max(s)));
        if at == 0 && first_wins {
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
