//! The side-by-side view: two reports of one event, what they share paired and numbered, and
//! the keys that move through it.
//!
//! The comparison itself comes from the core ([`crate::engine::compare`]); which two reports to
//! open from [`crate::engine::pairing`]. This module keeps what the screen needs on top: each
//! side laid out for its column, both scroll positions, the pair last jumped to, and where to
//! go back to. `n` scrolls each column to its own line of the pair, so a pair sits side by side
//! even when the two reports tell things in a different order.

mod keys;
pub mod layout;
mod open;

use keys::show_pair;
pub use keys::{close, handle};
pub use open::{compare_selected, label, open, open_requested, toggle_mark};

use crate::engine::compare::Comparison;
use crate::engine::Bundle;

use super::{App, Focus};
use layout::{areas, column, Column};

/// Which columns plain scrolling moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scrolling {
    #[default]
    Both,
    Left,
    Right,
}

#[derive(Debug, Clone, Default)]
pub struct Pane {
    pub doc: Column,
    /// First text line on screen.
    pub scroll: usize,
    /// How the column is named: the outlet, else a short id.
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct CompareView {
    pub comparison: Comparison,
    /// Articles either side can cycle through (`[`, `]`, `{`, `}`): the events of both sides.
    pub candidates: Vec<usize>,
    pub left: Pane,
    pub right: Pane,
    pub scrolling: Scrolling,
    /// The pair last jumped to (an index into the comparison's pairs).
    pub current: Option<usize>,
    /// Showing only what each side alone says.
    pub unshared: bool,
    /// Words of each side no pair covers (what only it says).
    pub only: (usize, usize),
    /// The focus to go back to.
    pub return_focus: Focus,
    /// What the columns were laid out for: widths and the unshared view.
    laid_out: Option<(u16, u16, bool)>,
}

/// Words of each side of `c` that no pair covers.
pub fn only_words(bundle: &Bundle, c: &Comparison) -> (usize, usize) {
    let count = |article: usize, ranges: &[std::ops::Range<usize>]| -> usize {
        let body = bundle.articles.get(article).map_or("", |a| a.body.as_str());
        ranges
            .iter()
            .filter_map(|r| body.get(r.clone()))
            .map(crate::engine::text::word_count)
            .sum()
    };
    (count(c.a, &c.only_a), count(c.b, &c.only_b))
}

/// Keeps the view in step: columns laid out for their widths, scrolls in range. A column may
/// scroll until its last line is at the top, so that a pair near the end of one report can
/// still sit beside the same pair in the other.
pub fn settle(app: &mut App) {
    let Some(bundle) = app.bundle.clone() else {
        return;
    };
    let Some(v) = app.compare.as_mut() else {
        if let Some(m) = app.mark {
            if app.message.is_none() {
                let name = label(&bundle, m);
                app.message = Some(format!(
                    "marked {name}: c on another report compares them (m again unmarks)"
                ));
            }
        }
        return;
    };
    let a = areas(app.size);
    let (wl, wr) = (a.text_of(a.left).width, a.text_of(a.right).width);
    let key = (wl, wr, v.unshared);
    if v.laid_out != Some(key) {
        let c = &v.comparison;
        let body = |i: usize| bundle.articles.get(i).map_or("", |x| x.body.as_str());
        v.left.doc = column(body(c.a), c, true, v.unshared, wl);
        v.right.doc = column(body(c.b), c, false, v.unshared, wr.max(1));
        v.laid_out = Some(key);
        if let Some(i) = v.current {
            show_pair(v, i);
        }
    }
    v.left.scroll = v.left.scroll.min(v.left.doc.lines.len().saturating_sub(1));
    v.right.scroll = v
        .right
        .scroll
        .min(v.right.doc.lines.len().saturating_sub(1));
}
