//! An article's original text, kept without repeating what its cleaned body already holds.
//!
//! The body is made of slices of the original (see [`Segment`]), so most of the original is
//! the body again: keeping both would cost the bundle's size twice over. Once an article is
//! cleaned its original keeps only the bytes between the body's slices; the whole text is put
//! back together from the two when someone asks for it (the reader's original view, `show
//! --raw`, the text of a passage's span), which is rare next to everything that reads the body.

use std::borrow::Cow;
use std::ops::Range;

use super::article::Segment;

/// The original text, whole or compacted against a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    /// The whole text, or (when `compact`) the bytes outside the body's segments, in order.
    kept: String,
    /// The whole text's length.
    len: usize,
    compact: bool,
}

impl Default for Original {
    fn default() -> Self {
        Original::from(String::new())
    }
}

impl From<String> for Original {
    fn from(text: String) -> Self {
        Original {
            len: text.len(),
            kept: text,
            compact: false,
        }
    }
}

impl From<&str> for Original {
    fn from(text: &str) -> Self {
        Original::from(text.to_string())
    }
}

/// A piece of the original: copied into the body, or kept here.
enum Piece {
    Body { body_start: usize },
    Kept { kept_start: usize },
}

impl Original {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Keeps only what `segments` of `body` do not already hold. Left whole when the segments
    /// do not describe the text (out of order, overlapping, out of bounds or not equal to it):
    /// the saving is never worth a wrong original.
    pub fn compact(&mut self, body: &str, segments: &[Segment]) {
        if self.compact || !Self::fits(&self.kept, body, segments) {
            return;
        }
        let mut kept =
            String::with_capacity(self.len - segments.iter().map(|s| s.len).sum::<usize>());
        let mut pos = 0;
        for s in segments {
            kept.push_str(&self.kept[pos..s.raw_start]);
            pos = s.raw_start + s.len;
        }
        kept.push_str(&self.kept[pos..]);
        self.kept = kept;
        self.compact = true;
    }

    fn fits(raw: &str, body: &str, segments: &[Segment]) -> bool {
        let mut pos = 0;
        segments.iter().all(|s| {
            let ok = s.raw_start >= pos
                && raw.get(s.raw_start..s.raw_start + s.len).is_some()
                && raw.get(s.raw_start..s.raw_start + s.len)
                    == body.get(s.body_start..s.body_start + s.len);
            pos = s.raw_start + s.len;
            ok
        })
    }

    /// The whole text.
    pub fn text<'a>(&'a self, body: &'a str, segments: &[Segment]) -> Cow<'a, str> {
        if !self.compact {
            return Cow::Borrowed(&self.kept);
        }
        match self.get(body, segments, 0..self.len) {
            Some(t) => t,
            None => Cow::Borrowed(""),
        }
    }

    /// Bytes `range` of the original, or `None` when the range is out of bounds or cuts a
    /// character. Borrowed when the range lies in one piece.
    pub fn get<'a>(
        &'a self,
        body: &'a str,
        segments: &[Segment],
        range: Range<usize>,
    ) -> Option<Cow<'a, str>> {
        if !self.compact {
            return self.kept.get(range).map(Cow::Borrowed);
        }
        if range.start > range.end || range.end > self.len {
            return None;
        }
        let mut parts: Vec<&'a str> = Vec::new();
        for (piece, raw) in self.pieces(segments) {
            if raw.start > range.end || (raw.start == range.end && range.start < range.end) {
                break;
            }
            // An empty range still has to fall on a character boundary of its piece.
            let (lo, hi) = (raw.start.max(range.start), raw.end.min(range.end));
            if lo > hi || (lo == hi && (range.start < range.end || raw.end == range.start)) {
                continue;
            }
            let text = match piece {
                Piece::Body { body_start } => body.get(body_start..body_start + raw.len())?,
                Piece::Kept { kept_start } => self.kept.get(kept_start..kept_start + raw.len())?,
            };
            parts.push(text.get(lo - raw.start..hi - raw.start)?);
        }
        Some(match parts.as_slice() {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(one),
            many => Cow::Owned(many.concat()),
        })
    }

    /// The pieces of a compacted original in order, with their byte ranges in the whole text.
    fn pieces<'s>(
        &'s self,
        segments: &'s [Segment],
    ) -> impl Iterator<Item = (Piece, Range<usize>)> + 's {
        let mut raw_pos = 0;
        let mut kept_pos = 0;
        let mut next = 0;
        let mut done = false;
        std::iter::from_fn(move || loop {
            if done {
                return None;
            }
            match segments.get(next) {
                Some(s) if raw_pos < s.raw_start => {
                    let n = s.raw_start - raw_pos;
                    let item = (
                        Piece::Kept {
                            kept_start: kept_pos,
                        },
                        raw_pos..s.raw_start,
                    );
                    raw_pos += n;
                    kept_pos += n;
                    return Some(item);
                }
                Some(s) => {
                    next += 1;
                    raw_pos = s.raw_start + s.len;
                    if s.len > 0 {
                        let item = (
                            Piece::Body {
                                body_start: s.body_start,
                            },
                            s.raw_start..raw_pos,
                        );
                        return Some(item);
                    }
                }
                None => {
                    done = true;
                    if raw_pos < self.len {
                        return Some((
                            Piece::Kept {
                                kept_start: kept_pos,
                            },
                            raw_pos..self.len,
                        ));
                    }
                    return None;
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> (String, String, Vec<Segment>) {
        let raw = "Title\r\nFirst para.\nJunk\nSecond para.\nFooter".to_string();
        let body = "First para.\n\nSecond para.".to_string();
        let segments = vec![
            Segment {
                body_start: 0,
                raw_start: 7,
                len: 11,
            },
            Segment {
                body_start: 13,
                raw_start: 24,
                len: 12,
            },
        ];
        (raw, body, segments)
    }

    #[test]
    fn a_compacted_original_gives_back_every_range() {
        let (raw, body, segments) = article();
        let mut o = Original::from(raw.clone());
        o.compact(&body, &segments);
        assert!(o.compact);
        assert_eq!(o.kept, "Title\r\n\nJunk\n\nFooter");
        assert_eq!(o.len(), raw.len());
        assert_eq!(o.text(&body, &segments), raw);
        for s in 0..=raw.len() {
            for e in s..=raw.len() {
                assert_eq!(
                    o.get(&body, &segments, s..e).as_deref(),
                    raw.get(s..e),
                    "{s}..{e}"
                );
            }
        }
        assert!(o.get(&body, &segments, 3..raw.len() + 1).is_none());
        assert!(matches!(
            o.get(&body, &segments, 8..12),
            Some(Cow::Borrowed("irst"))
        ));
    }

    #[test]
    fn segments_that_do_not_describe_the_text_leave_it_whole() {
        let (raw, body, mut segments) = article();
        segments.swap(0, 1);
        let mut o = Original::from(raw.clone());
        o.compact(&body, &segments);
        assert!(!o.compact);
        assert_eq!(o.text(&body, &segments), raw);
        let (raw, _, segments) = article();
        let mut o = Original::from(raw.clone());
        o.compact("Other text entirely, long enough.", &segments);
        assert!(!o.compact);
    }

    #[test]
    fn multibyte_text_and_empty_segments() {
        let raw = "Ünïcødé — “quoted” text\n\nmore 😀 here".to_string();
        let body = "“quoted” text\n\nmore 😀".to_string();
        let q = raw.find('“').unwrap();
        let m = raw.find("more").unwrap();
        let segments = vec![
            Segment {
                body_start: 0,
                raw_start: q,
                len: "“quoted” text".len(),
            },
            Segment {
                body_start: 0,
                raw_start: m,
                len: 0,
            },
            Segment {
                body_start: "“quoted” text\n\n".len(),
                raw_start: m,
                len: "more 😀".len(),
            },
        ];
        let mut o = Original::from(raw.clone());
        o.compact(&body, &segments);
        assert!(o.compact);
        for s in 0..=raw.len() {
            for e in s..=raw.len() {
                assert_eq!(o.get(&body, &segments, s..e).as_deref(), raw.get(s..e));
            }
        }
    }
}
