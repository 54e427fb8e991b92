//! Text normalisation and word tokenisation.
//!
//! Every later stage (cleaning, events, passages, filtering) compares words, never raw bytes, so
//! this module decides once what "the same word" means: case, curly and straight quotes, dashes,
//! compatibility forms and diacritics are folded away. Tokens keep the byte range they came from,
//! so a match found on normalised words can always be shown on the original text.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// One word of a text: where it is, and a hash of its normalised form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text that was tokenised.
    pub start: u32,
    pub end: u32,
    /// Hash of the normalised word (see [`normalize_word`]); equal words have equal hashes.
    pub hash: u64,
    pub flags: u8,
}

impl Token {
    pub const STOPWORD: u8 = 1;
    pub const NUMBER: u8 = 2;
    /// Starts with an upper-case letter in the original text.
    pub const CAPITALISED: u8 = 4;
    /// Lies between quotation marks.
    pub const QUOTED: u8 = 8;

    pub fn is_stopword(&self) -> bool {
        self.flags & Self::STOPWORD != 0
    }
    pub fn is_number(&self) -> bool {
        self.flags & Self::NUMBER != 0
    }
    pub fn is_capitalised(&self) -> bool {
        self.flags & Self::CAPITALISED != 0
    }
    pub fn is_quoted(&self) -> bool {
        self.flags & Self::QUOTED != 0
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Whether `c` continues a word. Apostrophes inside a word are handled by the tokenizer.
/// Whether a word can begin at `c`: a letter or digit, not a mark that combines with nothing.
pub(crate) fn starts_word(c: char) -> bool {
    // ASCII first: the mark lookup is a table search that nearly every character would pay.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_general_punctuation(c) {
        return false;
    }
    c.is_alphanumeric() && !is_combining_mark(c)
}

pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_general_punctuation(c) {
        return false;
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Curly quotes, dashes, ellipses and special spaces: the non-ASCII characters news text has
/// most, none of them a letter, digit or mark, told apart without the Unicode tables' search.
fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206f}')
}

/// Chinese characters and Japanese kana. These scripts put no spaces between words, so each
/// character counts as a word of its own: a sentence is then as many words as it has characters,
/// near enough to its real length for the cleaner's thresholds, and passages still match on runs
/// of them. (Hangul is written with spaces and keeps its words.)
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}'
        | '\u{3040}'..='\u{30ff}'
        | '\u{3100}'..='\u{312f}'
        | '\u{31a0}'..='\u{31ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff66}'..='\u{ff9f}'
        | '\u{20000}'..='\u{3134f}')
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`')
}

/// Opening or closing quotation marks (apostrophes are not counted: they are too often possessive).
fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{201F}'
    )
}

/// The normalised form of one word: NFKC, lower case, diacritics and apostrophe variants folded.
pub fn normalize_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    if word.is_ascii() {
        push_ascii_normalised(word, &mut out);
        return out;
    }
    for c in word.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if is_apostrophe(c) {
            out.push('\'');
            continue;
        }
        for l in c.to_lowercase() {
            out.push(l);
        }
    }
    out.nfc().collect()
}

/// Appends `word` normalised (as [`normalize_word`] would) to `out`, without a string of its own
/// for the plain ASCII words that make up most of English news: the cleaner measures every word
/// of every block this way.
pub fn push_normalised(word: &str, out: &mut String) {
    if word.is_ascii() {
        push_ascii_normalised(word, out);
    } else {
        out.push_str(&normalize_word(word));
    }
}

fn push_ascii_normalised(word: &str, out: &mut String) {
    if word.as_bytes().contains(&b'`') {
        out.extend(word.bytes().map(|b| match b {
            b'`' => '\'',
            b => b.to_ascii_lowercase() as char,
        }));
    } else {
        // One copy and an in-place fold instead of a push per byte.
        let at = out.len();
        out.push_str(word);
        out[at..].make_ascii_lowercase();
    }
}

/// A fast, stable 64-bit hash (FNV-1a with a final mix); stable across runs and platforms so that
/// ids derived from it never change.
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.write(bytes);
    h.finish()
}

/// [`hash_bytes`] fed in pieces, so that a hash of text built up from parts needs no string of
/// it: equal to `hash_bytes` of the pieces joined.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    pub fn write_byte(&mut self, b: u8) {
        self.0 ^= b as u64;
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_byte(b);
        }
    }
    pub fn finish(self) -> u64 {
        mix64(self.0)
    }
}

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv::new()
    }
}

/// Finaliser from splitmix64: spreads FNV's weak low bits over the whole word.
pub fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Byte ranges of the words of `text`. Hyphens split words ("Jong-Un" is "jong", "un", like
/// "Jong Un"), an apostrophe between letters joins them ("don't"), so a possessive "'s" stays on
/// its word.
pub fn word_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    WordRanges { text, pos: 0 }
}

/// The words of a text, found byte by byte: ASCII, most of every text, needs neither character
/// decoding nor Unicode table lookups. Other characters go through the general rules.
struct WordRanges<'a> {
    text: &'a str,
    pos: usize,
}

impl WordRanges<'_> {
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|t| t.chars().next())
    }

    /// Whether an apostrophe of `len` bytes at `i` joins the letters around it.
    fn joins(&self, i: usize, len: usize) -> bool {
        match self.text.as_bytes().get(i + len) {
            Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
            Some(_) => self.char_at(i + len).is_some_and(char::is_alphabetic),
            None => false,
        }
    }
}

impl Iterator for WordRanges<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        // A word starts at a letter or digit: a combining mark with nothing to combine with
        // would be a word that normalises to nothing.
        let mut i = self.pos;
        let (start, first) = loop {
            let &b = bytes.get(i)?;
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    break (i, b as char);
                }
                i += 1;
            } else {
                let c = self.char_at(i)?;
                if starts_word(c) {
                    break (i, c);
                }
                i += c.len_utf8();
            }
        };
        let mut end = start + first.len_utf8();
        if is_cjk(first) {
            // One character, with the marks that belong to it.
            while let Some(d) = self.char_at(end).filter(|&d| is_combining_mark(d)) {
                end += d.len_utf8();
            }
            self.pos = end;
            return Some((start, end));
        }
        while end < n {
            let b = bytes[end];
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() || (matches!(b, b'\'' | b'`') && self.joins(end, 1)) {
                    end += 1;
                    continue;
                }
                break;
            }
            let Some(d) = self.char_at(end) else { break };
            if is_cjk(d) {
                break;
            }
            if is_word_char(d) || (is_apostrophe(d) && self.joins(end, d.len_utf8())) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        self.pos = end;
        Some((start, end))
    }
}

/// [`word_ranges`] as first written, character by character: the reference the fast path is
/// held to.
#[cfg(test)]
fn word_ranges_by_char(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, c) = iter.by_ref().find(|&(_, c)| starts_word(c))?;
        let mut end = start + c.len_utf8();
        if is_cjk(c) {
            while let Some(&(j, d)) = iter.peek().filter(|&&(_, d)| is_combining_mark(d)) {
                end = j + d.len_utf8();
                iter.next();
            }
            return Some((start, end));
        }
        while let Some(&(j, d)) = iter.peek() {
            if is_cjk(d) {
                break;
            }
            if is_word_char(d) {
                end = j + d.len_utf8();
                iter.next();
            } else if is_apostrophe(d)
                && text[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                iter.next();
                end = j + d.len_utf8();
            } else {
                break;
            }
        }
        Some((start, end))
    })
}

/// Splits `text` into words (see [`word_ranges`]) with their hashes and flags.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut in_quote = false;
    let mut prev_end = 0;
    for (start, end) in word_ranges(text) {
        for c in text[prev_end..start].chars() {
            in_quote = match c {
                '\u{201C}' | '\u{201E}' | '\u{00AB}' => true,
                '\u{201D}' | '\u{00BB}' => false,
                // A quotation never runs on into the next paragraph without being reopened.
                '\n' => false,
                c if is_double_quote(c) => !in_quote,
                _ => in_quote,
            };
        }
        prev_end = end;
        let word = &text[start..end];
        let norm = normalize_word(word);
        let mut flags = 0;
        if word.chars().next().is_some_and(char::is_uppercase) {
            flags |= Token::CAPITALISED;
        }
        if word.chars().any(char::is_numeric) {
            flags |= Token::NUMBER;
        }
        if is_stopword(&norm) {
            flags |= Token::STOPWORD;
        }
        if in_quote {
            flags |= Token::QUOTED;
        }
        tokens.push(Token {
            start: start as u32,
            end: end as u32,
            hash: hash_str(&norm),
            flags,
        });
    }
    tokens
}

/// Number of words in `text`, counted as [`tokenize`] would.
pub fn word_count(text: &str) -> usize {
    word_ranges(text).count()
}

/// Normalised words of `text`, for places that want strings rather than hashes.
pub fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .iter()
        .map(|t| normalize_word(&text[t.range()]))
        .collect()
}

/// A key for comparing whole lines: normalised words joined by spaces.
pub fn line_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, (s, e)) in word_ranges(text).enumerate() {
        if n > 0 {
            out.push(' ');
        }
        push_normalised(&text[s..e], &mut out);
    }
    out
}

/// English function words. Passages and events must not be built on them.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "he's",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "s",
    "t",
    "don't",
    "didn't",
    "won't",
    "can't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "hasn't",
    "haven't",
    "had",
    "would",
    "there's",
    "they're",
    "we're",
    "i'm",
    "let",
    "like",
    "get",
    "got",
    "new",
    "two",
    "three",
    "year",
    "years",
    "told",
    "say",
    "according",
    "per",
    "via",
    "within",
    "without",
    "yet",
    "since",
    "still",
    "however",
    "although",
    "though",
    "many",
    "another",
    "around",
    "among",
    "across",
    "last",
    "first",
    "next",
    "made",
    "make",
    "back",
    "well",
    "way",
];

pub fn is_stopword(normalised: &str) -> bool {
    is_stopword_bytes(normalised.as_bytes())
}

/// [`is_stopword`] of a word's bytes, for keys built as bytes.
pub fn is_stopword_bytes(normalised: &[u8]) -> bool {
    use std::sync::OnceLock;
    // Asked for every word of every text: a fast hash, not a DoS-resistant one, for a fixed set.
    static SET: OnceLock<(rustc_hash::FxHashSet<&'static [u8]>, usize)> = OnceLock::new();
    let (set, longest) = SET.get_or_init(|| {
        let longest = STOPWORDS.iter().map(|w| w.len()).max().unwrap_or(0);
        (STOPWORDS.iter().map(|w| w.as_bytes()).collect(), longest)
    });
    // Most words are longer than any stopword and need no lookup.
    normalised.len() <= *longest && set.contains(normalised)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> Vec<String> {
        words(text)
    }

    #[test]
    fn folds_case_quotes_and_diacritics() {
        assert_eq!(
            norm("North Korea\u{2019}s CAFÉ"),
            vec!["north", "korea's", "cafe"]
        );
        assert_eq!(norm("Korea's"), norm("Korea\u{2019}s"));
        assert_eq!(norm("ﬁnal"), vec!["final"]);
    }

    #[test]
    fn hyphen_splits_and_apostrophe_joins() {
        assert_eq!(norm("Kim Jong-Un"), norm("Kim Jong Un"));
        assert_eq!(norm("don't stop"), vec!["don't", "stop"]);
        assert_eq!(
            norm("the 'hold hands' vow"),
            vec!["the", "hold", "hands", "vow"]
        );
    }

    #[test]
    fn tokens_point_at_original_bytes() {
        let text = "“Justice is sure,” Kim said — café.";
        for t in tokenize(text) {
            let w = &text[t.range()];
            assert!(w.chars().all(|c| c.is_alphanumeric() || c == '\''));
        }
        let toks = tokenize(text);
        assert_eq!(&text[toks[0].range()], "Justice");
        assert!(toks[0].is_quoted() && toks[0].is_capitalised());
        assert!(!toks[3].is_quoted(), "Kim is outside the quote");
        assert_eq!(&text[toks.last().unwrap().range()], "café");
    }

    #[test]
    fn flags_numbers_and_stopwords() {
        let t = tokenize("In 2019 the leaders met");
        assert!(t[0].is_stopword());
        assert!(t[1].is_number());
        assert!(!t[3].is_stopword());
    }

    #[test]
    fn word_count_matches_tokenize() {
        for s in [
            "",
            "a b  c",
            "don't-stop me now’",
            "  ✓ ✓ 日本語 テキスト",
            "x'y' 'z",
        ] {
            assert_eq!(word_count(s), tokenize(s).len(), "{s:?}");
        }
    }

    #[test]
    fn cjk_characters_are_words_of_their_own() {
        // A Japanese sentence was once a single word, so the cleaner took whole paragraphs of
        // it for fragments.
        assert_eq!(word_count("北京で国際会議が開幕"), 10);
        assert_eq!(
            norm("日本語mixed text"),
            vec!["日", "本", "語", "mixed", "text"]
        );
        // A combining sound mark stays on its kana; Hangul keeps its spaced words.
        assert_eq!(word_count("か\u{3099}き"), 2);
        assert_eq!(word_count("서울에서 회의가 열렸다"), 3);
        let text = "会議は三日間";
        let toks = tokenize(text);
        assert_eq!(toks.len(), 6);
        assert_eq!(&text[toks[2].range()], "は");
    }

    #[test]
    fn general_punctuation_holds_no_word_characters() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric() && !is_combining_mark(c), "{c:?}");
        }
    }

    #[test]
    fn word_ranges_agree_with_the_reference_on_edge_cases() {
        for s in [
            "",
            "don't-stop me now\u{2019}",
            "x'y' 'z a`b a'1 a'\u{e9}t\u{e9} a'\u{65e5}",
            "\u{301}a\u{301}b \u{304b}\u{3099}\u{304d} \u{65e5}\u{301}x",
            "caf\u{e9}\u{2019}s \u{2018}quoted\u{2019} \u{2bc}ok",
        ] {
            assert_eq!(
                word_ranges(s).collect::<Vec<_>>(),
                word_ranges_by_char(s).collect::<Vec<_>>(),
                "{s:?}"
            );
        }
    }

    /// `word_ranges` finds the words the char-by-char reference finds.
    fn agrees_with_the_reference(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        proptest::prop_assert_eq!(
            word_ranges(text).collect::<Vec<_>>(),
            word_ranges_by_char(text).collect::<Vec<_>>()
        );
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn word_ranges_agree_with_the_reference(text in "\\PC{0,80}") {
            agrees_with_the_reference(&text)?;
        }

        #[test]
        fn word_ranges_agree_with_the_reference_near_apostrophes_and_marks(
            text in "[aZ1'`\u{2019}\u{2bc} .\u{301}\u{3099}\u{304b}\u{65e5}\u{e9}\u{c0}-]{0,40}"
        ) {
            agrees_with_the_reference(&text)?;
        }

        #[test]
        fn word_ranges_agree_with_the_reference_on_ascii(text in "[ -~\\n\\t]{0,80}") {
            agrees_with_the_reference(&text)?;
        }

        #[test]
        fn the_fast_paths_normalise_as_the_slow_ones(text in "\\PC{0,60}") {
            let slow = words(&text).join(" ");
            proptest::prop_assert_eq!(line_key(&text), slow);
            for (s, e) in word_ranges(&text) {
                let mut out = String::from("x");
                push_normalised(&text[s..e], &mut out);
                proptest::prop_assert_eq!(&out[1..], normalize_word(&text[s..e]));
                let w = normalize_word(&text[s..e]);
                proptest::prop_assert_eq!(is_stopword(&w), STOPWORDS.contains(&w.as_str()));
            }
        }
    }

    #[test]
    fn a_lone_combining_mark_is_not_a_word() {
        // It was one, and normalised to "": every stray mark then matched every other.
        assert_eq!(norm("a \u{301} b\u{301}"), vec!["a", "b"]);
        assert_eq!(
            word_count("\u{301}\u{308} \u{730}"),
            0,
            "marks, some alphabetic"
        );
    }

    #[test]
    fn a_hash_fed_in_pieces_is_the_hash_of_the_whole() {
        let mut h = Fnv::new();
        h.write(b"north ");
        h.write_byte(b'k');
        h.write(b"orea");
        assert_eq!(h.finish(), hash_str("north korea"));
        assert_eq!(Fnv::default().finish(), hash_str(""));
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(hash_str("putin"), hash_str("putin"));
        assert_ne!(hash_str("putin"), hash_str("kim"));
    }
}
