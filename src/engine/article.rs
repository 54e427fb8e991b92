//! The article: what one file (or one JSON record) of a bundle becomes once loaded and cleaned.
//!
//! The cleaned body is built only from slices of the original text, joined by paragraph breaks,
//! so that every byte of it can be traced back to the original file: passages found in the body
//! are reported, and highlighted, at their place in the original.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use serde::{Serialize, Serializer};

use super::original::Original;

/// A calendar date. Articles only ever need day precision, and a type of our own keeps the
/// arithmetic (days between two reports) free of time zones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or `None` (February 30th is not a date).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1..=days).contains(&day) && (1000..=9999).contains(&year)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Parses `YYYY-MM-DD` at the start of `s`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (negative before), for distances between dates.
    pub fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A run of the cleaned body copied from the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub body_start: usize,
    pub raw_start: usize,
    pub len: usize,
}

/// Why a block of the original was left out of the cleaned body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The title line, or the title repeated in the body.
    Title,
    /// Date lines, bylines, datelines on a line of their own.
    Byline,
    Advertisement,
    Newsletter,
    CookieNotice,
    CommentForm,
    Tags,
    /// Share, follow and "read more" prompts.
    SharePrompt,
    /// Photo captions and picture credits.
    Caption,
    /// Menu items, section labels, "Back", breadcrumb fragments.
    Navigation,
    /// Copyright, legal and contact footers.
    Footer,
    /// "Related stories" lists and the unrelated headlines scrapers pick up after the story.
    RelatedLinks,
    /// A block the article already has word for word (highlights repeated in the body).
    Repeated,
    /// A line that recurs across many articles of the bundle in different surroundings.
    Furniture,
    /// Short fragments with no sentence to them, away from the story's paragraphs.
    Fragment,
}

impl Reason {
    pub fn label(&self) -> &'static str {
        match self {
            Reason::Title => "title",
            Reason::Byline => "byline",
            Reason::Advertisement => "advertisement",
            Reason::Newsletter => "newsletter",
            Reason::CookieNotice => "cookie notice",
            Reason::CommentForm => "comment form",
            Reason::Tags => "tags",
            Reason::SharePrompt => "share prompt",
            Reason::Caption => "caption",
            Reason::Navigation => "navigation",
            Reason::Footer => "footer",
            Reason::RelatedLinks => "related links",
            Reason::Repeated => "repeated",
            Reason::Furniture => "furniture",
            Reason::Fragment => "fragment",
        }
    }
}

/// A block of the original left out of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// Byte range in [`Article::raw`].
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub reason: Reason,
}

/// How [`Article::raw`] relates to the bytes of the file it came from. For a UTF-8 text file
/// they are the same bytes; a byte-order mark shifts them, and a Latin-1 or lossily decoded file
/// changes lengths, which `checkpoints` records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    /// `(raw offset, file offset)` pairs, ascending; between two checkpoints offsets advance
    /// together. Empty means the identity.
    pub checkpoints: Vec<(usize, usize)>,
}

impl SourceMap {
    pub fn to_file(&self, raw: usize) -> usize {
        match self.checkpoints.partition_point(|&(r, _)| r <= raw) {
            0 => raw,
            i => {
                let (r, f) = self.checkpoints[i - 1];
                f + (raw - r)
            }
        }
    }
}

/// One loaded, cleaned article.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Unique in its bundle: the file stem of a text file, the `id` field of a JSON record.
    pub id: String,
    /// The file it came from.
    pub path: PathBuf,
    /// For JSON Lines, the 1-based line of the record.
    pub line: Option<usize>,
    /// The original text: the whole file for text files, the text field for JSON records.
    /// Once cleaned it keeps only what the body does not (see [`Article::raw`]).
    pub original: Original,
    pub source: SourceMap,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
    /// The cleaned text: kept paragraphs of `raw`, separated by blank lines.
    pub body: String,
    /// How `body` maps onto `raw`, in body order.
    pub segments: Vec<Segment>,
    pub removed: Vec<Removed>,
    /// Things the reader should know about this article (lossy decoding, truncation).
    pub notices: Vec<String>,
}

impl Article {
    /// The original text, whole.
    pub fn raw(&self) -> Cow<'_, str> {
        self.original.text(&self.body, &self.segments)
    }

    /// Bytes `range` of the original text (`None` out of bounds or inside a character).
    pub fn raw_get(&self, range: std::ops::Range<usize>) -> Option<Cow<'_, str>> {
        self.original.get(&self.body, &self.segments, range)
    }

    pub fn raw_len(&self) -> usize {
        self.original.len()
    }

    /// Drops from memory the copy of the original that the body already holds, and the spare
    /// capacity the cleaner's buffers grew: a bundle costs its size about once, not twice.
    pub fn compact(&mut self) {
        self.original.compact(&self.body, &self.segments);
        self.body.shrink_to_fit();
        self.segments.shrink_to_fit();
        self.removed.shrink_to_fit();
    }

    /// The byte of `raw` that body byte `pos` was copied from. A position in the separators that
    /// join paragraphs maps to the end of the paragraph before it.
    pub fn body_to_raw(&self, pos: usize) -> usize {
        match self.segments.partition_point(|s| s.body_start <= pos) {
            0 => pos.min(self.raw_len()),
            i => {
                let s = self.segments[i - 1];
                s.raw_start + (pos - s.body_start).min(s.len)
            }
        }
    }

    /// A body byte range as a byte range of the original file (see [`SourceMap`]).
    pub fn body_to_file(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.body_to_raw(range.start);
        // The end is exclusive: map the last byte and step past it, so that a range ending at a
        // paragraph's end does not jump to the next paragraph's start.
        let end = if range.end > range.start {
            self.body_to_raw(range.end - 1) + 1
        } else {
            start
        };
        self.source.to_file(start)..self.source.to_file(end)
    }

    /// A body byte range as a byte range of `raw`.
    pub fn body_to_raw_range(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.body_to_raw(range.start);
        let end = if range.end > range.start {
            self.body_to_raw(range.end - 1) + 1
        } else {
            start
        };
        start..end
    }

    /// A short name for this article where several are listed together: its outlet, else `#`
    /// and the head of its id (up to the first `_`, at most 12 characters), so that three
    /// articles of unknown outlets are not all called "unknown".
    pub fn short_name(&self) -> String {
        if let Some(o) = &self.outlet {
            return o.clone();
        }
        let head = self
            .id
            .split('_')
            .find(|p| !p.is_empty())
            .unwrap_or(&self.id);
        format!("#{}", head.chars().take(12).collect::<String>())
    }

    /// The title to show: the real one, else the first sentence of the body.
    pub fn display_title(&self) -> String {
        if let Some(t) = &self.title {
            return t.clone();
        }
        let first = self.body.split("\n\n").next().unwrap_or("");
        let sentence_end = first
            .char_indices()
            .find(|&(i, c)| matches!(c, '.' | '!' | '?') && i > 20)
            .map(|(i, _)| i + 1)
            .unwrap_or(first.len());
        let mut s: String = first[..sentence_end].chars().take(120).collect();
        if s.len() < sentence_end {
            s.push('…');
        }
        if s.is_empty() {
            self.id.clone()
        } else {
            s
        }
    }

    pub fn words(&self) -> usize {
        crate::engine::text::word_count(&self.body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_tell_articles_of_unknown_outlets_apart() {
        let sample = crate::engine::bundle::sample();
        let names: Vec<String> = sample.articles.iter().map(Article::short_name).collect();
        for (a, name) in sample.articles.iter().zip(&names) {
            match &a.outlet {
                Some(o) => assert_eq!(name, o),
                None => assert!(
                    name.starts_with('#') && a.id.starts_with(&name[1..]),
                    "{name}"
                ),
            }
        }
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{names:?}");
    }

    #[test]
    fn dates_validate_and_count_days() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        let a = Date::parse_iso("2023-06-12").unwrap();
        let b = Date::parse_iso("2023-07-12T10:00").unwrap();
        assert_eq!(b.days() - a.days(), 30);
        assert_eq!(a.to_string(), "2023-06-12");
        assert!(Date::parse_iso("2023-13-01").is_none());
        assert!(Date::parse_iso("12-06-2023").is_none());
    }

    #[test]
    fn body_offsets_map_back_to_raw() {
        let raw = "Title\nFirst para.\nJunk\nSecond para.";
        let a = Article {
            original: raw.into(),
            body: "First para.\n\nSecond para.".into(),
            segments: vec![
                Segment {
                    body_start: 0,
                    raw_start: 6,
                    len: 11,
                },
                Segment {
                    body_start: 13,
                    raw_start: 23,
                    len: 12,
                },
            ],
            ..Default::default()
        };
        let r = a.body_to_file(13..19);
        assert_eq!(&raw[r], "Second");
        let r = a.body_to_file(0..11);
        assert_eq!(&raw[r], "First para.");
    }

    #[test]
    fn source_map_shifts_after_checkpoints() {
        let m = SourceMap {
            checkpoints: vec![(0, 3), (10, 12)],
        };
        assert_eq!(m.to_file(0), 3);
        assert_eq!(m.to_file(5), 8);
        assert_eq!(m.to_file(11), 13);
        assert_eq!(SourceMap::default().to_file(7), 7);
    }
}
