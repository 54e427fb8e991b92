//! The edits an outlet makes to wire copy it re-runs: its own spelling, a word changed here and
//! there. Quotations are never touched: the words between quotation marks stay as spoken.

use std::sync::OnceLock;

use super::lexicon::{SPELLINGS, SWAPS};
use super::rng::Rng;

struct Tables {
    to_british: Table,
    to_american: Table,
    swaps: Table,
}

/// Sorted pairs, and for each first letter a bit per word length present, so that most words
/// are turned away without a search.
struct Table {
    pairs: Vec<(&'static str, &'static str)>,
    lengths: [u32; 26],
}

impl Table {
    fn new(mut pairs: Vec<(&'static str, &'static str)>) -> Table {
        pairs.sort();
        pairs.dedup_by(|a, b| a.0 == b.0);
        let mut lengths = [0u32; 26];
        for (k, _) in &pairs {
            let first = k.as_bytes()[0].to_ascii_lowercase();
            lengths[(first - b'a') as usize] |= 1 << k.len().min(31);
        }
        Table { pairs, lengths }
    }

    /// The replacement of a word (matched in lower case).
    fn get(&self, word: &str) -> Option<&'static str> {
        let first = word.as_bytes()[0].to_ascii_lowercase();
        if !first.is_ascii_lowercase() || word.len() > 31 {
            return None;
        }
        if self.lengths[(first - b'a') as usize] & (1 << word.len()) == 0 {
            return None;
        }
        let found = if word.as_bytes()[0].is_ascii_uppercase() {
            let lower = word.to_ascii_lowercase();
            lookup(&self.pairs, &lower)
        } else {
            lookup(&self.pairs, word)
        };
        found
    }
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables {
        to_british: Table::new(SPELLINGS.to_vec()),
        to_american: Table::new(SPELLINGS.iter().map(|&(a, b)| (b, a)).collect()),
        swaps: Table::new(SWAPS.to_vec()),
    })
}

fn lookup(table: &[(&'static str, &'static str)], word: &str) -> Option<&'static str> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(word))
        .ok()
        .map(|i| table[i].1)
}

/// The words of `text` outside quotation marks: byte ranges of ASCII-letter runs.
fn unquoted_words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut quoted = false;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphabetic() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                // Part of a longer non-ASCII word ("café"): not a word we know.
                let clean_end = i >= bytes.len() || bytes[i] < 0x80;
                if !quoted && clean_end {
                    return Some((start, i));
                }
                continue;
            }
            match b {
                b'"' => quoted = !quoted,
                // Curly quotation marks are E2 80 9C and E2 80 9D.
                0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                    Some(0x9C) => quoted = true,
                    Some(0x9D) => quoted = false,
                    _ => {}
                },
                b'\n' => quoted = false,
                _ => {}
            }
            i += 1;
        }
        None
    })
}

/// Replaces `word` keeping its capital.
fn push_cased(out: &mut String, original: &str, replacement: &str) {
    if original.as_bytes()[0].is_ascii_uppercase() {
        let mut c = replacement.chars();
        if let Some(f) = c.next() {
            out.extend(f.to_uppercase());
            out.push_str(c.as_str());
        }
    } else {
        out.push_str(replacement);
    }
}

fn replace_words(text: &str, table: &Table) -> Option<String> {
    let mut out: Option<String> = None;
    let mut last = 0;
    for (s, e) in unquoted_words(text) {
        let word = &text[s..e];
        if let Some(r) = table.get(word) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
            o.push_str(&text[last..s]);
            push_cased(o, word, r);
            last = e;
        }
    }
    out.map(|mut o| {
        o.push_str(&text[last..]);
        o
    })
}

/// `text` spelled the British (or American) way, or `None` when nothing changes.
pub fn respell(text: &str, british: bool) -> Option<String> {
    let t = tables();
    let table = if british {
        &t.to_british
    } else {
        &t.to_american
    };
    replace_words(text, table)
}

/// `text` with one word swapped for a synonym, or `None` when no word can be.
pub fn swap_one(text: &str, rng: &mut Rng) -> Option<String> {
    let t = tables();
    // Only words in lower case: a capitalised one may be a name ("Will", "Major").
    let candidates: Vec<(usize, usize)> = unquoted_words(text)
        .filter(|&(s, e)| {
            text.as_bytes()[s].is_ascii_lowercase() && t.swaps.get(&text[s..e]).is_some()
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let (s, e) = candidates[rng.below(candidates.len())];
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..s]);
    out.push_str(t.swaps.get(&text[s..e]).unwrap_or(&text[s..e]));
    out.push_str(&text[e..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn respelling_leaves_quotations_alone() {
        let s = "The organization's center said \u{201C}our defense center is ready\u{201D}, \"the program center\" and the defense program.";
        let b = respell(s, true).unwrap();
        assert_eq!(
            b,
            "The organisation's centre said \u{201C}our defense center is ready\u{201D}, \"the program center\" and the defence programme."
        );
        assert_eq!(respell(&b, false).unwrap(), s);
        assert!(respell("Nothing to change here.", true).is_none());
        assert_eq!(respell("Center stage.", true).unwrap(), "Centre stage.");
    }

    #[test]
    fn swaps_change_one_unquoted_word() {
        let s = "Officials said \u{201C}nearly all officials agreed\u{201D} after the vote.";
        let mut seen = std::collections::HashSet::new();
        for seed in 0..50 {
            let out = swap_one(s, &mut Rng::new(seed)).unwrap();
            assert!(
                out.contains("\u{201C}nearly all officials agreed\u{201D}"),
                "{out}"
            );
            seen.insert(out);
        }
        // "officials" (lower case only), "said", "after" can change; the capitalised first
        // word is not in the table as written.
        assert!(seen.len() >= 2, "{seen:?}");
        assert!(swap_one("Zebras graze.", &mut Rng::new(1)).is_none());
    }
}
