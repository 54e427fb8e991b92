//! Splitting a text into blocks (paragraphs) and measuring them.
//!
//! Scrapers write one paragraph per line, with or without blank lines between; some exports wrap
//! paragraphs at a fixed width. A block is a paragraph either way, made of one or more line
//! slices of the original so that offsets stay exact.

use crate::engine::text::{is_stopword, push_normalised, word_ranges};

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
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
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
        let mut end = pos;
        while end < raw.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
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
    let text = lines
        .iter()
        .map(|&(s, e)| &raw[s..e])
        .collect::<Vec<_>>()
        .join(" ");
    let mut key = String::with_capacity(text.len());
    let mut words = 0;
    let mut stopwords = 0;
    for (s, e) in word_ranges(&text) {
        if words > 0 {
            key.push(' ');
        }
        let at = key.len();
        push_normalised(&text[s..e], &mut key);
        if is_stopword(&key[at..]) {
            stopwords += 1;
        }
        words += 1;
    }
    Block {
        sentence: ends_sentence(&text),
        lines,
        text,
        key,
        words,
        stopwords,
    }
}

/// Splits `raw` into blocks. Lines are paragraphs of their own unless the text is hard-wrapped:
/// blank lines separate blocks and most lines run on into the next without ending a sentence.
pub fn split(raw: &str) -> Vec<Block> {
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
    let mut blocks: Vec<Vec<(usize, usize)>> = Vec::new();
    for (range, blank_before) in lines {
        match blocks.last_mut() {
            Some(b) if wrapped && !blank_before => b.push(range),
            _ => blocks.push(vec![range]),
        }
    }
    blocks.into_iter().map(|l| measure(raw, l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
