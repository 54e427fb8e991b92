//! Splitting a text into blocks (paragraphs) and measuring them.
//!
//! Scrapers write one paragraph per line, with or without blank lines between; some exports wrap
//! paragraphs at a fixed width. A block is a paragraph either way, made of one or more line
//! slices of the original so that offsets stay exact.

use crate::engine::text::{hash_bytes, is_stopword_bytes, push_normalised, word_ranges};

/// A paragraph of the original text.
#[derive(Debug, Clone)]
pub struct Block {
    /// Trimmed byte ranges of the lines it is made of, in order.
    pub lines: Vec<(usize, usize)>,
    /// The lines joined by single spaces.
    pub text: String,
    /// Normalised words joined by spaces: equal for the same words whatever the quotes, case or
    /// spacing.
    pub key: String,
    pub words: usize,
    pub stopwords: usize,
    /// Ends like a sentence (closing quotes and brackets aside).
    pub sentence: bool,
}

impl Block {
    pub fn start(&self) -> usize {
        self.lines.first().map_or(0, |l| l.0)
    }
    pub fn end(&self) -> usize {
        self.lines.last().map_or(0, |l| l.1)
    }
    pub fn stop_ratio(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stopwords as f32 / self.words as f32
        }
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Trimmed `(start, end)` of every non-blank line, plus whether a blank line came before it.
fn lines(raw: &str) -> Vec<((usize, usize), bool)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank_before = false;
    let bytes = raw.as_bytes();
    while pos < raw.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[pos..]).map_or(raw.len(), |k| pos + k);
        let line = &raw[pos..end];
        let lead = line.len() - line.trim_start_matches(is_space).len();
        let trimmed = line.trim_matches(is_space);
        if trimmed.is_empty() {
            blank_before = true;
        } else {
            let s = pos + lead;
            out.push(((s, s + trimmed.len()), blank_before));
            blank_before = false;
        }
        // CRLF, lone CR and LF all end a line.
        pos = if raw[end..].starts_with("\r\n") {
            end + 2
        } else {
            end + 1
        };
    }
    out
}

/// Whether `text` ends like a sentence.
pub fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}' | '*' | ' '
                // CJK closing quotes and brackets.
                | '」' | '』' | '）' | '》' | '〉'
        )
    });
    // Full stops of other scripts too: CJK, Devanagari, Arabic and Urdu.
    t.ends_with([
        '.', '!', '?', '…', ':', ';', '。', '！', '？', '．', '｡', '।', '॥', '؟', '۔',
    ])
}

/// Normalised words of `s` joined by spaces.
pub fn key(s: &str) -> String {
    crate::engine::text::line_key(s)
}

/// The block made of these line ranges of `raw`.
pub fn remeasure(raw: &str, lines: Vec<(usize, usize)>) -> Block {
    measure(raw, lines)
}

fn measure(raw: &str, lines: Vec<(usize, usize)>) -> Block {
    let mut text = String::with_capacity(lines.iter().map(|&(s, e)| e - s + 1).sum());
    for (k, &(s, e)) in lines.iter().enumerate() {
        if k > 0 {
            text.push(' ');
        }
        text.push_str(&raw[s..e]);
    }
    let mut key = Vec::with_capacity(text.len());
    let mut words = 0;
    let mut stopwords = 0;
    let mut scratch = String::new();
    // Lines are taken one by one, not joined: the space that joins them is no part of a word and
    // stops an apostrophe from joining across it, exactly as the end of a line does.
    for &(s, e) in &lines {
        push_line_key(&raw[s..e], &mut key, &mut words, &mut scratch, |w| {
            stopwords += usize::from(is_stopword_bytes(w));
        });
    }
    Block {
        sentence: ends_sentence(&text),
        lines,
        text,
        key: String::from_utf8(key).expect("a key is made of whole characters"),
        words,
        stopwords,
    }
}

/// Appends the normalised words of `line` to `key`, each after a space but the block's first
/// (`words` counts them), and shows `on_word` each word as it is in the key. `scratch` holds a
/// word that needs Unicode normalisation.
fn push_line_key(
    line: &str,
    key: &mut Vec<u8>,
    words: &mut usize,
    scratch: &mut String,
    mut on_word: impl FnMut(&[u8]),
) {
    let b = line.as_bytes();
    if line.is_ascii() || is_plain(b) {
        plain_key(b, key, words, on_word);
    } else {
        for (s, e) in word_ranges(line) {
            if *words > 0 {
                key.push(b' ');
            }
            let at = key.len();
            scratch.clear();
            push_normalised(&line[s..e], scratch);
            key.extend_from_slice(scratch.as_bytes());
            on_word(&key[at..]);
            *words += 1;
        }
    }
}

/// [`push_line_key`] of a line that [`is_plain`]: its words as [`word_ranges`] finds them, in one
/// loop over bytes that writes the key as it reads (the cleaner keys every line of every article
/// twice).
fn plain_key(b: &[u8], key: &mut Vec<u8>, words: &mut usize, mut on_word: impl FnMut(&[u8])) {
    let n = b.len();
    let base = key.len();
    // Room for every byte and one space before the line's first word: no word is longer in the
    // key than in the line, and every other space stands for a byte between two words.
    key.resize(base + n + 1, 0);
    let out = &mut key[base..];
    let mut o = 0;
    let mut i = 0;
    loop {
        while i < n && ASCII_LOWER_WORD[b[i] as usize] == 0 {
            i += 1;
        }
        if i == n {
            break;
        }
        if *words > 0 {
            out[o] = b' ';
            o += 1;
        }
        let start = o;
        loop {
            while i < n {
                let l = ASCII_LOWER_WORD[b[i] as usize];
                if l == 0 {
                    break;
                }
                out[o] = l;
                o += 1;
                i += 1;
            }
            // An apostrophe followed by a letter joins it to the word ("don't"), written as a
            // straight one; the letter after one is ASCII here, as no general punctuation is a
            // letter.
            let len = match b.get(i) {
                Some(b'\'' | b'`') => 1,
                Some(0xE2) if b[i + 1] == 0x80 && matches!(b[i + 2], 0x98 | 0x99) => 3,
                _ => 0,
            };
            if len > 0 && b.get(i + len).is_some_and(u8::is_ascii_alphabetic) {
                out[o] = b'\'';
                o += 1;
                i += len;
            } else {
                break;
            }
        }
        on_word(&out[start..o]);
        *words += 1;
    }
    key.truncate(base + o);
}

/// Whether every character of `b` that is not ASCII is general punctuation (U+2000..U+206F:
/// curly quotes, dashes, ellipses, special spaces), the only ones most news text has. None of
/// them is a letter, digit or mark, so such a line needs no Unicode tables: its words are ASCII,
/// joined at most by a curly apostrophe.
fn is_plain(b: &[u8]) -> bool {
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&c| !c.is_ascii()) {
        let at = i + k;
        // A lead byte 0xE2 is followed by two more in valid UTF-8.
        let general =
            b[at] == 0xE2 && (b[at + 1] == 0x80 || (b[at + 1] == 0x81 && b[at + 2] <= 0xAF));
        if !general {
            return false;
        }
        i = at + 3;
    }
    true
}

/// For each byte, its lower case if it is an ASCII letter or digit, else 0: one look-up per byte
/// instead of three range tests.
static ASCII_LOWER_WORD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The line ranges of `raw` grouped into blocks. Lines are paragraphs of their own unless the
/// text is hard-wrapped: blank lines separate blocks and most lines run on into the next without
/// ending a sentence.
fn group(raw: &str) -> (Vec<(usize, usize)>, Vec<std::ops::Range<usize>>) {
    let lines = lines(raw);
    let has_blanks = lines.iter().skip(1).any(|l| l.1);
    let mut run_on = 0;
    let mut followed = 0;
    for w in lines.windows(2) {
        if !w[1].1 {
            followed += 1;
            if !ends_sentence(&raw[w[0].0 .0..w[0].0 .1]) {
                run_on += 1;
            }
        }
    }
    let wrapped = has_blanks && followed >= 3 && run_on * 2 > followed;
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, &(_, blank_before)) in lines.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if wrapped && !blank_before => g.end = i + 1,
            _ => groups.push(i..i + 1),
        }
    }
    (lines.into_iter().map(|l| l.0).collect(), groups)
}

/// Splits `raw` into blocks (see [`group`]).
pub fn split(raw: &str) -> Vec<Block> {
    let (lines, groups) = group(raw);
    groups
        .into_iter()
        .map(|g| measure(raw, lines[g].to_vec()))
        .collect()
}

/// For each block of `raw` (as [`split`] makes them), its word count and the hash of its key,
/// without the blocks themselves: what the bundle-wide furniture count needs of every article.
/// The key is written to one buffer for all blocks, never kept.
pub fn key_hashes(raw: &str) -> Vec<(usize, u64)> {
    let (lines, groups) = group(raw);
    let mut key = Vec::new();
    let mut scratch = String::new();
    groups
        .into_iter()
        .map(|g| {
            key.clear();
            let mut words = 0;
            for &(s, e) in &lines[g] {
                push_line_key(&raw[s..e], &mut key, &mut words, &mut scratch, |_| {});
            }
            (words, hash_bytes(&key))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::hash_str;

    #[test]
    fn one_line_one_block_with_any_line_ends() {
        let raw = "First line.\r\nSecond line.\rThird\n\n  Fourth.  \n";
        let b = split(raw);
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["First line.", "Second line.", "Third", "Fourth."]);
        assert_eq!(&raw[b[3].start()..b[3].end()], "Fourth.");
    }

    #[test]
    fn wrapped_paragraphs_join() {
        let raw = "The council met on Tuesday and\nvoted to close the bridge for\nrepairs.\n\nA second paragraph runs\nover two lines.\n\nThird one is\nhere too and\nends.";
        let b = split(raw);
        assert_eq!(b.len(), 3);
        assert_eq!(
            b[0].text,
            "The council met on Tuesday and voted to close the bridge for repairs."
        );
        assert_eq!(b[0].lines.len(), 3);
    }

    #[test]
    fn key_hashes_are_those_of_the_blocks() {
        for raw in [
            "Title here\n\nBy Someone\nA paragraph that is long enough to be prose, said the man.\nShort one",
            "The council met on Tuesday and\nvoted to close the bridge for\nrepairs.\n\nA second paragraph runs\nover two lines.\n\nThird one is\nhere too and\nends.",
            "a'\nb don\u{2019}t\r\n\u{65e5}\u{3099}\n\u{301}x  \n\n",
            "",
        ] {
            let blocks = split(raw);
            let hashes = key_hashes(raw);
            assert_eq!(blocks.len(), hashes.len(), "{raw:?}");
            for (b, &(words, hash)) in blocks.iter().zip(&hashes) {
                assert_eq!((b.words, hash), (words, hash_str(&b.key)), "{raw:?}");
            }
        }
    }

    #[test]
    fn plain_lines_have_only_general_punctuation() {
        assert!(is_plain(
            "it\u{2019}s \u{201C}done\u{201D} \u{2014} now\u{206F}".as_bytes()
        ));
        for line in [
            "caf\u{e9}",
            "\u{a9} 2024",
            "x\u{2070}",
            "\u{65e5}",
            "\u{301}",
        ] {
            assert!(!is_plain(line.as_bytes()), "{line:?}");
        }
    }

    /// The key and word count of `line` by the fast path, which must be those of the general
    /// rules.
    fn check_plain(line: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        proptest::prop_assert!(is_plain(line.as_bytes()));
        let (mut fast, mut words) = (Vec::new(), 0);
        plain_key(line.as_bytes(), &mut fast, &mut words, |_| {});
        proptest::prop_assert_eq!(String::from_utf8(fast).unwrap(), key(line));
        proptest::prop_assert_eq!(words, crate::engine::text::word_count(line));
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn ascii_lines_key_as_the_general_rules(line in "[ -~]{0,60}") {
            check_plain(&line)?;
        }

        #[test]
        fn ascii_lines_key_as_the_general_rules_near_apostrophes(line in "[aZ09'` .-]{0,40}") {
            check_plain(&line)?;
        }

        #[test]
        fn plain_lines_key_as_the_general_rules(
            line in "[aZ09'` .\u{2018}\u{2019}\u{201C}\u{201D}\u{2014}\u{2026}\u{2000}\u{206F}-]{0,40}"
        ) {
            check_plain(&line)?;
        }

        #[test]
        fn blocks_key_their_own_text(
            raw in "[a-zA-Z0-9'`\u{2019}\u{201C}\u{2014}\u{65e5}\u{301}\u{e9}., \n\r-]{0,80}"
        ) {
            let hashes = key_hashes(&raw);
            for (b, (words, hash)) in split(&raw).iter().zip(hashes) {
                proptest::prop_assert_eq!((words, hash), (b.words, hash_str(&b.key)));
                proptest::prop_assert_eq!(&b.key, &key(&b.text));
                proptest::prop_assert_eq!(b.words, crate::engine::text::word_count(&b.text));
            }
        }
    }

    #[test]
    fn keys_ignore_quotes_and_case() {
        let a = split("North Korea’s Kim vows to ‘hold hands’");
        let b = split("North Korea's Kim vows to 'hold hands'");
        assert_eq!(a[0].key, b[0].key);
        assert!(ends_sentence("He said “it is over.”"));
        assert!(!ends_sentence("Military movements"));
        assert!(ends_sentence("会議は三日間続く予定だ。"));
        assert!(ends_sentence("「会議は続く。」"));
        assert!(ends_sentence("सम्मेलन शुरू हुआ।"));
    }
}
