//! Splitting a text into blocks (paragraphs) and measuring them.
//!
//! Scrapers write one paragraph per line, with or without blank lines between; some exports wrap
//! paragraphs at a fixed width. A block is a paragraph either way, made of one or more line
//! slices of the original so that offsets stay exact.

use crate::engine::text::{is_stopword, push_normalised, word_ranges, Fnv};

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
    let mut key = String::with_capacity(text.len());
    let (words, stopwords) = key_into(raw, &lines, &mut key);
    Block {
        sentence: ends_sentence(&text),
        lines,
        text,
        key,
        words,
        stopwords,
    }
}

/// Appends the key of the block made of `lines` to `key`; returns its words and stopwords.
/// Lines are taken one by one, not joined: the space that joins them is no part of a word and
/// stops an apostrophe from joining across it, exactly as the end of a line does.
fn key_into(raw: &str, lines: &[(usize, usize)], key: &mut String) -> (usize, usize) {
    let mut words = 0;
    let mut stopwords = 0;
    for &(ls, le) in lines {
        let line = &raw[ls..le];
        let mut add = |word: &str| {
            if words > 0 {
                key.push(' ');
            }
            let at = key.len();
            push_normalised(word, key);
            if is_stopword(&key[at..]) {
                stopwords += 1;
            }
            words += 1;
        };
        if line.is_ascii() {
            ascii_words(line, |s, e, backtick| {
                if words > 0 {
                    key.push(' ');
                }
                let at = key.len();
                // The normalised form of an ASCII word: lower case, a backtick made an apostrophe.
                key.push_str(&line[s..e]);
                key[at..].make_ascii_lowercase();
                if backtick {
                    let word = key.split_off(at).replace('`', "'");
                    key.push_str(&word);
                }
                if is_stopword(&key[at..]) {
                    stopwords += 1;
                }
                words += 1;
            });
        } else {
            for (s, e) in word_ranges(line) {
                add(&line[s..e]);
            }
        }
    }
    (words, stopwords)
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

/// The words of an all-ASCII `line`, as [`word_ranges`] finds them, in a loop over bytes (the
/// cleaner reads every word of every article twice), with whether a backtick joins one.
fn ascii_words(line: &str, mut f: impl FnMut(usize, usize, bool)) {
    let b = line.as_bytes();
    let n = b.len();
    let word = |i: usize| ASCII_LOWER_WORD[b[i] as usize] != 0;
    let mut i = 0;
    loop {
        while i < n && !word(i) {
            i += 1;
        }
        if i == n {
            return;
        }
        let start = i;
        let mut backtick = false;
        loop {
            while i < n && word(i) {
                i += 1;
            }
            // An apostrophe followed by a letter joins it to the word ("don't").
            if i + 1 < n && matches!(b[i], b'\'' | b'`') && b[i + 1].is_ascii_alphabetic() {
                backtick |= b[i] == b'`';
                i += 2;
            } else {
                break;
            }
        }
        f(start, i, backtick);
    }
}

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
/// The key is hashed as it is read, never written out.
pub fn key_hashes(raw: &str) -> Vec<(usize, u64)> {
    let (lines, groups) = group(raw);
    let mut word = String::new();
    groups
        .into_iter()
        .map(|g| {
            let mut h = Fnv::new();
            let mut words = 0;
            for &(ls, le) in &lines[g] {
                let line = &raw[ls..le];
                if line.is_ascii() {
                    let b = line.as_bytes();
                    ascii_words(line, |s, e, _| {
                        if words > 0 {
                            h.write_byte(b' ');
                        }
                        for &c in &b[s..e] {
                            h.write_byte(match ASCII_LOWER_WORD[c as usize] {
                                0 => b'\'',
                                l => l,
                            });
                        }
                        words += 1;
                    });
                } else {
                    for (s, e) in word_ranges(line) {
                        if words > 0 {
                            h.write_byte(b' ');
                        }
                        word.clear();
                        push_normalised(&line[s..e], &mut word);
                        h.write(word.as_bytes());
                        words += 1;
                    }
                }
            }
            (words, h.finish())
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

    proptest::proptest! {
        #[test]
        fn ascii_words_are_word_ranges(line in "[ -~]{0,60}") {
            let mut fast = Vec::new();
            ascii_words(&line, |s, e, _| fast.push((s, e)));
            proptest::prop_assert_eq!(fast, word_ranges(&line).collect::<Vec<_>>());
        }

        #[test]
        fn ascii_words_are_word_ranges_near_apostrophes(line in "[aZ09'` .-]{0,40}") {
            let mut fast = Vec::new();
            ascii_words(&line, |s, e, _| fast.push((s, e)));
            proptest::prop_assert_eq!(fast, word_ranges(&line).collect::<Vec<_>>());
        }

        #[test]
        fn blocks_key_their_own_text(raw in "[a-zA-Z0-9'`\u{2019}\u{65e5}\u{301}., \n\r-]{0,80}") {
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
