//! Cleaning: the article without the page around it.
use super::article::{Date, Removed, Segment};

/// Lines that recur across the bundle.
#[derive(Debug, Default)]
pub struct Furniture;

impl Furniture {
    pub fn build<'a>(_texts: impl Iterator<Item = &'a str>) -> Furniture {
        Furniture
    }
}

#[derive(Debug, Default)]
pub struct Cleaned {
    pub title: Option<String>,
    pub title_suffix: Option<String>,
    pub header_date: Option<Date>,
    pub body: String,
    pub segments: Vec<Segment>,
    pub removed: Vec<Removed>,
}

pub fn clean(raw: &str, _known_title: Option<&str>, _furniture: &Furniture) -> Cleaned {
    let mut c = Cleaned::default();
    for (start, line) in raw.split_inclusive('\n').scan(0, |pos, l| {
        let s = *pos;
        *pos += l.len();
        Some((s, l))
    }) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let off = start + (line.len() - line.trim_start().len());
        if !c.body.is_empty() {
            c.body.push_str("\n\n");
        }
        c.segments.push(Segment {
            body_start: c.body.len(),
            raw_start: off,
            len: t.len(),
        });
        c.body.push_str(t);
    }
    c
}
