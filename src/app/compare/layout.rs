//! The comparison laid out: where the two columns go for a terminal size, and each report as
//! wrapped lines of marked text with the line each pair starts on.
//!
//! Knowing the line of every pair on both sides is what lets `n` put a pair side by side
//! whatever order the two reports tell things in. All article text passes through
//! [`visible`], so escape sequences are shown, never obeyed.

use std::ops::Range;

use ratatui::layout::Rect;

use crate::engine::compare::{Comparison, Side};
use crate::engine::passages::Kind;

use crate::app::layout::{cut_columns, cut_rows, SIDE_BY_SIDE_FROM};

/// What a piece of a column is, for styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Text only this report has.
    Plain,
    /// The number before a pair's text.
    Tag { pair: usize },
    /// Text of pair `pair`; `changed` for words the other side does not have.
    Shared {
        pair: usize,
        kind: Kind,
        changed: bool,
    },
    /// Where a pair's text is left out (the unshared-only view).
    Omitted { pair: usize },
}

pub type Piece = crate::app::wrap::Piece<Mark>;

pub type Line = Vec<Piece>;

/// One report laid out for its column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Column {
    pub lines: Vec<Line>,
    /// For each pair (by number - 1), the line its tag is on.
    pub pair_line: Vec<Option<usize>>,
}

impl Column {
    /// The plain text of line `i`.
    pub fn line_text(&self, i: usize) -> String {
        self.lines
            .get(i)
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .unwrap_or_default()
    }
}

/// Where the comparison's parts go on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub left: Rect,
    /// Empty when only one column fits.
    pub right: Rect,
    pub summary: Option<Rect>,
    pub status: Rect,
    /// Whether the columns sit one above the other.
    pub stacked: bool,
    pub bordered: bool,
    /// Rows of each column's fixed header (title, date, words, share).
    pub header: u16,
}

impl Areas {
    /// A column's area inside its frame.
    pub fn inner(&self, column: Rect) -> Rect {
        crate::app::layout::inside(column, self.bordered)
    }

    /// A column's header rows.
    pub fn header_of(&self, column: Rect) -> Rect {
        let inner = self.inner(column);
        Rect {
            height: self.header.min(inner.height),
            ..inner
        }
    }

    /// A column's scrolling text, under its header.
    pub fn text_of(&self, column: Rect) -> Rect {
        let inner = self.inner(column);
        let h = self.header.min(inner.height);
        Rect {
            y: inner.y + h,
            height: inner.height - h,
            ..inner
        }
    }
}

/// The areas of a terminal of `area`: side by side from [`SIDE_BY_SIDE_FROM`] columns, else
/// stacked; on a tiny terminal unframed, and with one column when two would not fit.
pub fn areas(area: Rect) -> Areas {
    let (mut body, status) = cut_rows(area, area.height.saturating_sub(1));
    let summary = (area.height >= 6).then(|| {
        let (rest, line) = cut_rows(body, body.height - 1);
        body = rest;
        line
    });
    let stacked = body.width < SIDE_BY_SIDE_FROM;
    let (left, right) = if !stacked {
        cut_columns(body, body.width / 2)
    } else if body.height >= 2 {
        cut_rows(body, body.height / 2)
    } else {
        cut_rows(body, body.height)
    };
    let bordered = left.width >= 16 && left.height >= 6 && (right.height == 0 || right.height >= 6);
    let inner_h = if bordered {
        left.height.saturating_sub(2)
    } else {
        left.height
    };
    let header = if inner_h >= 8 { 2 } else { 0 };
    Areas {
        left,
        right,
        summary,
        status,
        stacked,
        bordered,
        header,
    }
}

/// Article `body`'s side of `c` (`left`: side `a`) laid out at `width` columns; with
/// `unshared`, only the text no pair covers, each pair standing as its number.
pub fn column(body: &str, c: &Comparison, left: bool, unshared: bool, width: u16) -> Column {
    let width = usize::from(width.max(1));
    let side = |i: usize| -> &Side {
        if left {
            &c.pairs[i].a
        } else {
            &c.pairs[i].b
        }
    };
    let n = c.pairs.len();
    let mut cuts: Vec<usize> = vec![0, body.len()];
    for i in 0..n {
        let s = side(i);
        for r in s
            .spans
            .iter()
            .map(|sp| sp.start..sp.end)
            .chain(s.changed.iter().cloned())
        {
            cuts.push(r.start.min(body.len()));
            cuts.push(r.end.min(body.len()));
        }
    }
    // A pair's number goes before the punctuation stuck to its first word (an opening
    // quotation mark), so that it reads `[3] "Justice`, not `"[3] Justice`.
    let tag_at: Vec<Option<usize>> = (0..n)
        .map(|i| {
            let start = floor_boundary(body, side(i).spans.first()?.start);
            let before = body[..start]
                .char_indices()
                .rev()
                .take_while(|&(_, ch)| !ch.is_whitespace() && !ch.is_alphanumeric())
                .last()
                .map_or(start, |(k, _)| k);
            Some(before)
        })
        .collect();
    cuts.extend(tag_at.iter().flatten());
    for c in &mut cuts {
        *c = floor_boundary(body, *c);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let within = |r: &Range<usize>, a: usize, b: usize| r.start <= a && b <= r.end && a < b;

    let mut runs: Vec<(String, Mark)> = Vec::new();
    let mut tagged = vec![false; n];
    // The pair covering each stretch between two cuts (the first, where pairs overlap).
    let covers: Vec<Option<usize>> = cuts
        .windows(2)
        .map(|w| {
            (0..n).find(|&i| {
                side(i)
                    .spans
                    .iter()
                    .any(|s| within(&(s.start..s.end), w[0], w[1]))
            })
        })
        .collect();
    for (k, w) in cuts.windows(2).enumerate() {
        let (a, b) = (w[0], w[1]);
        // Pairs starting at one place (a sentence the other report carries twice) have their
        // numbers side by side, `[7][8]`, each in its colour.
        let mut any = false;
        for i in 0..n {
            if !tagged[i] && tag_at[i].is_some_and(|s| s <= a) {
                tagged[i] = true;
                any = true;
                if unshared {
                    runs.push((format!("[{}\u{a0}…]", i + 1), Mark::Omitted { pair: i }));
                } else {
                    runs.push((format!("[{}]", i + 1), Mark::Tag { pair: i }));
                }
            }
        }
        if any {
            let gap = if unshared { " " } else { "\u{a0}" };
            runs.push((gap.into(), Mark::Plain));
        }
        let mark = match covers[k] {
            Some(i) => {
                if unshared {
                    // Keep the paragraph breaks inside a left-out pair.
                    let breaks = body[a..b].matches('\n').count();
                    if breaks > 0 {
                        runs.push(("\n".repeat(breaks), Mark::Plain));
                    }
                    continue;
                }
                Mark::Shared {
                    pair: i,
                    kind: c.pairs[i].kind,
                    changed: side(i).changed.iter().any(|r| within(r, a, b)),
                }
            }
            None => Mark::Plain,
        };
        let mut text = &body[a..b];
        if unshared {
            // The punctuation stuck to a left-out pair (its closing quotation mark and full
            // stop, an opening quotation mark) goes with it.
            let stuck = |ch: char| !ch.is_whitespace() && !ch.is_alphanumeric();
            if k > 0 && covers[k - 1].is_some() {
                // The space after the pair's number stands for the one after the pair.
                text = text.trim_start_matches(stuck).trim_start_matches(' ');
            }
            if covers.get(k + 1).is_some_and(Option::is_some) {
                text = text.trim_end_matches(stuck);
            }
        }
        if unshared && !text.chars().any(char::is_alphanumeric) {
            // What is left between two left-out pairs is their punctuation: only its
            // paragraph breaks are worth keeping.
            let breaks = text.matches('\n').count();
            if breaks > 0 {
                runs.push(("\n".repeat(breaks), Mark::Plain));
            }
            continue;
        }
        // Columns are narrow: a tab takes one space.
        runs.push((crate::app::wrap::display(text, " ").into_owned(), mark));
    }

    let mut col = Column {
        lines: Vec::new(),
        pair_line: vec![None; n],
    };
    for para in crate::app::wrap::paragraphs(runs) {
        wrap_into(&mut col, para, width);
    }
    // Empty lines in a row (left-out pairs, blank paragraphs) show as one.
    let mut kept: Vec<Line> = Vec::with_capacity(col.lines.len());
    let mut map: Vec<usize> = Vec::with_capacity(col.lines.len());
    for l in std::mem::take(&mut col.lines) {
        let blank = l.iter().all(|p| p.text.trim().is_empty());
        let prev_blank = kept
            .last()
            .is_some_and(|p: &Line| p.iter().all(|x| x.text.trim().is_empty()));
        if blank && (prev_blank || kept.is_empty()) {
            map.push(kept.len().saturating_sub(1));
            continue;
        }
        map.push(kept.len());
        kept.push(l);
    }
    col.lines = kept;
    for p in col.pair_line.iter_mut().flatten() {
        *p = map.get(*p).copied().unwrap_or(0);
    }
    col
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Wraps one paragraph of marked runs to `width` and appends its lines, noting the line each
/// pair's tag lands on.
fn wrap_into(col: &mut Column, para: Vec<(String, Mark)>, width: usize) {
    crate::app::wrap::wrap_runs(para, width, |pieces| {
        let mut line: Line = Vec::new();
        for (text, run) in pieces {
            let mark = run.map_or(Mark::Plain, |(mark, _)| mark);
            if let Mark::Tag { pair } | Mark::Omitted { pair } = mark {
                if let Some(slot) = col.pair_line.get_mut(pair) {
                    slot.get_or_insert(col.lines.len());
                }
            }
            line.push(Piece { text, mark });
        }
        col.lines.push(line);
    });
}
