//! Text that is safe to put on a terminal.
//!
//! Article text comes from strangers. Control characters would let it clear the screen, move the
//! cursor, write the clipboard (OSC 52) or forge links (OSC 8); bidirectional overrides would let
//! it reorder what is shown. Every such character is replaced by a visible stand-in, so the reader
//! sees that it is there and the terminal never acts on it.

use std::borrow::Cow;

/// The visible stand-in for `c`, if `c` must not reach a terminal.
pub fn stand_in(c: char) -> Option<Cow<'static, str>> {
    match c {
        '\n' | '\t' => None,
        // C0 controls have their own "control pictures" (␛, ␀, ␇, ...).
        '\0'..='\x1f' => Some(Cow::Owned(
            char::from_u32(0x2400 + c as u32).unwrap_or('?').to_string(),
        )),
        '\x7f' => Some(Cow::Borrowed("␡")),
        '\u{80}'..='\u{9f}' => Some(Cow::Owned(format!("<U+{:04X}>", c as u32))),
        // Bidirectional embeddings, overrides and isolates.
        '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}' => Some(Cow::Owned(format!("<U+{:04X}>", c as u32))),
        _ => None,
    }
}

/// `s` with every unsafe character replaced by its stand-in; borrowed when nothing changes.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| stand_in(c).is_some()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match stand_in(c) {
            Some(r) => out.push_str(&r),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Like [`visible`], for one line: newlines and tabs become spaces too.
pub fn visible_line(s: &str) -> String {
    visible(s).replace(['\n', '\t'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        let s = "a\x1b[2Jb\x07c\u{202e}d\r";
        let v = visible(s);
        assert_eq!(v, "a␛[2Jb␇c<U+202E>d␍");
        assert!(!v.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(visible("plain “text” 日本"), Cow::Borrowed(_)));
        assert_eq!(visible_line("a\nb\tc"), "a b c");
    }
}
