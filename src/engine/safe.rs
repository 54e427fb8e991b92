//! Text that is safe to put on a terminal.
//!
//! Article text comes from strangers. Control characters would let it clear the screen, move the
//! cursor, write the clipboard (OSC 52) or forge links (OSC 8); bidirectional overrides would let
//! it reorder what is shown. Every such character is replaced by a visible stand-in, so the reader
//! sees that it is there and the terminal never acts on it. Invisible format characters (zero-width
//! space, word joiner, tag characters) are dropped: a terminal shows nothing for them either, but
//! terminals disagree on how many cells they take, which would shift everything drawn after them.

use std::borrow::Cow;

/// The visible stand-in for `c`, if `c` must not reach a terminal as it is. An empty stand-in
/// means the character is dropped.
pub fn stand_in(c: char) -> Option<Cow<'static, str>> {
    match c {
        '\n' | '\t' => None,
        // C0 controls have their own "control pictures" (␛, ␀, ␇, ...).
        '\0'..='\x1f' => Some(Cow::Owned(
            char::from_u32(0x2400 + c as u32).unwrap_or('?').to_string(),
        )),
        '\x7f' => Some(Cow::Borrowed("␡")),
        '\u{80}'..='\u{9f}' => Some(Cow::Owned(format!("<U+{:04X}>", c as u32))),
        // Bidirectional embeddings, overrides, isolates and marks.
        '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}' => Some(Cow::Owned(format!("<U+{:04X}>", c as u32))),
        // Line and paragraph separators break lines where a terminal would not.
        '\u{2028}' | '\u{2029}' => Some(Cow::Borrowed("\n")),
        // Zero-width and invisible format characters. Joiners (U+200C, U+200D) and variation
        // selectors stay: emoji and several scripts are drawn with them.
        '\u{200b}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206a}'..='\u{206f}'
        | '\u{feff}'
        | '\u{180e}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{e0000}'..='\u{e007f}' => Some(Cow::Borrowed("")),
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

/// JSON text with every character that [`visible`] would change written as a `\u` escape, so
/// that JSON read on a terminal cannot act on it either. Outside its strings JSON is plain
/// ASCII, so only characters inside strings are touched, and the value read back is the same.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(|c| stand_in(c).is_some()) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if stand_in(c).is_some() {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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

    #[test]
    fn invisible_characters_go_and_joiners_stay() {
        assert_eq!(visible("pay\u{200b}pal\u{feff}\u{e0041}"), "paypal");
        let family = "👩\u{200d}👧\u{fe0f}";
        assert_eq!(visible(family), family);
        assert_eq!(visible_line("a\u{2028}b"), "a b");
    }

    #[test]
    fn json_escapes_what_a_terminal_would_act_on() {
        let v = serde_json::to_string("\u{9b}2J \u{202e} \u{7f} \u{e0041} ok").unwrap();
        let e = escape_json(&v);
        assert_eq!(
            e, r#""\u009b2J \u202e \u007f \udb40\udc41 ok""#,
            "astral characters become surrogate pairs"
        );
        let back: String = serde_json::from_str(&e).unwrap();
        assert_eq!(back, "\u{9b}2J \u{202e} \u{7f} \u{e0041} ok");
    }
}
