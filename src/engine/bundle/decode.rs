//! Bytes to text: binary files told apart, UTF-8 (with or without a byte-order mark), a Latin-1
//! fallback, replacement characters, and the article size limit, each said in a notice.

use super::MAX_ARTICLE_BYTES;
use crate::engine::article::SourceMap;

/// Drops a UTF-8 sequence that a bounded read cut in two, so that the cut is not taken for
/// damaged text.
pub(super) fn drop_partial_char(bytes: &mut Vec<u8>) {
    let tail = bytes.len().saturating_sub(3);
    for i in (tail..bytes.len()).rev() {
        let b = bytes[i];
        if b < 0x80 {
            return;
        }
        if b >= 0xC0 {
            let width = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            if i + width > bytes.len() {
                bytes.truncate(i);
            }
            return;
        }
    }
}

/// Names the kind of a binary file, judged by its first bytes.
pub(super) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "a program"),
        (b"RIFF", "a media file"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    // Counted in byte-wide lanes, a chunk at a time, so that the count is vectorised.
    let control: usize = head
        .chunks(255)
        .map(|c| c.iter().fold(0u8, |n, &b| n + u8::from(is_control(b))) as usize)
        .sum();
    (control * 10 > head.len()).then_some("a binary file")
}

/// A control byte that text does not hold: every one below 0x20 but line ends, tabs, form feeds
/// and escapes. Written as a bit test, without branches, so that the count over a file's head
/// runs many bytes at a time.
fn is_control(b: u8) -> bool {
    const TEXT: u32 = 1 << b'\n' | 1 << b'\r' | 1 << b'\t' | 1 << 0x0C | 1 << 0x1B;
    (b < 0x20) & ((!TEXT >> (b & 31)) & 1 != 0)
}

/// The UTF-8 byte-order mark: it says how the file is encoded and is none of its text.
pub(super) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes file bytes to text: UTF-8 (a byte-order mark dropped), else Latin-1 when that is what
/// the bytes look like, else UTF-8 with replacement characters. Anything but clean UTF-8 is said.
pub(super) fn decode(mut bytes: Vec<u8>) -> (String, SourceMap, Vec<String>) {
    let shift = if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
        UTF8_BOM.len()
    } else {
        0
    };
    let shifted = |shift: usize| SourceMap {
        checkpoints: if shift == 0 { vec![] } else { vec![(0, shift)] },
    };
    // Valid UTF-8 becomes the text without a copy: a large export is held once, not twice.
    match String::from_utf8(bytes) {
        Ok(s) => (s, shifted(shift), Vec::new()),
        Err(e) => {
            let body = e.as_bytes();
            let lossy = String::from_utf8_lossy(body);
            let bad = lossy.matches('\u{FFFD}').count();
            let high = body.iter().filter(|&&b| b >= 0x80).count();
            // In Latin-1 text almost every high byte is a lone invalid sequence; in damaged
            // UTF-8 most high bytes still form valid characters.
            if bad * 2 >= high {
                let mut text = String::with_capacity(body.len() + high);
                let mut checkpoints = vec![(0, shift)];
                for (i, &b) in body.iter().enumerate() {
                    let c = if (0x80..0xA0).contains(&b) {
                        cp1252(b)
                    } else {
                        b as char
                    };
                    text.push(c);
                    if !b.is_ascii() {
                        checkpoints.push((text.len(), shift + i + 1));
                    }
                }
                (
                    text,
                    SourceMap { checkpoints },
                    vec!["not UTF-8: decoded as Latin-1 (Windows-1252)".into()],
                )
            } else {
                let mut text = String::with_capacity(body.len());
                let mut checkpoints = vec![(0, shift)];
                for chunk in body.utf8_chunks() {
                    text.push_str(chunk.valid());
                    if !chunk.invalid().is_empty() {
                        let file_end = shift
                            + (chunk.invalid().as_ptr() as usize - body.as_ptr() as usize)
                            + chunk.invalid().len();
                        text.push('\u{FFFD}');
                        checkpoints.push((text.len(), file_end));
                    }
                }
                (
                    text,
                    SourceMap { checkpoints },
                    vec![format!(
                        "invalid UTF-8: {bad} damaged character(s) shown as \u{FFFD}"
                    )],
                )
            }
        }
    }
}

/// The Windows-1252 characters of bytes 0x80..0xA0, which real "Latin-1" text uses for curly
/// quotes and dashes.
fn cp1252(b: u8) -> char {
    const TABLE: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    TABLE[(b - 0x80) as usize]
}

/// Cuts an over-long text at a character boundary, with a notice. `whole` is the size of a file
/// that was only read in part.
pub(super) fn truncate(mut text: String, whole: Option<u64>) -> (String, Option<String>) {
    if text.len() <= MAX_ARTICLE_BYTES && whole.is_none() {
        return (text, None);
    }
    let total = whole.unwrap_or(0).max(text.len() as u64);
    let mut cut = MAX_ARTICLE_BYTES.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    let size = if total > MAX_ARTICLE_BYTES as u64 {
        format!("of {:.1} MB", total as f64 / f64::from(1 << 20))
    } else {
        // A pipe or a device says nothing of its size.
        format!("longer than {} MB", MAX_ARTICLE_BYTES >> 20)
    };
    (
        text,
        Some(format!(
            "article {size} truncated to its first {} MB",
            MAX_ARTICLE_BYTES >> 20
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tenth_of_control_bytes_makes_a_binary_file() {
        let text = |controls: usize| {
            let mut b = vec![b'a'; 1000];
            b.extend(std::iter::repeat_n(1u8, controls));
            b
        };
        assert_eq!(binary_kind(&text(110)), None);
        assert_eq!(binary_kind(&text(120)), Some("a binary file"));
        assert_eq!(binary_kind(&[0u8; 9000]), Some("a binary file"));
    }

    #[test]
    fn control_bytes_are_those_text_does_not_hold() {
        for b in 0..=255u8 {
            let expect = b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B);
            assert_eq!(is_control(b), expect, "{b:#x}");
        }
    }
}
