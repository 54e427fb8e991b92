//! The side-by-side view: two reports of one event, what they share paired and numbered, and
//! the keys that move through it.
//!
//! The comparison itself comes from the core ([`crate::engine::compare`]); which two reports to
//! open from [`crate::engine::pairing`]. This module keeps what the screen needs on top: each
//! side laid out for its column, both scroll positions, the pair last jumped to, and where to
//! go back to. `n` scrolls each column to its own line of the pair, so a pair sits side by side
//! even when the two reports tell things in a different order.

pub mod layout;

use crate::engine::compare::{compare, Comparison};
use crate::engine::pairing;
use crate::engine::passages::Options;
use crate::engine::Bundle;

use super::{Action, App, Focus, Row};
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
    /// The focus to go back to.
    pub return_focus: Focus,
    /// What the columns were laid out for: widths and the unshared view.
    laid_out: Option<(u16, u16, bool)>,
}

impl CompareView {
    /// Words of each side no pair covers.
    pub fn only_words(&self, bundle: &Bundle) -> (usize, usize) {
        let count = |article: usize, ranges: &[std::ops::Range<usize>]| -> usize {
            let body = bundle.articles.get(article).map_or("", |a| a.body.as_str());
            ranges
                .iter()
                .filter_map(|r| body.get(r.clone()))
                .map(crate::engine::text::word_count)
                .sum()
        };
        let c = &self.comparison;
        (count(c.a, &c.only_a), count(c.b, &c.only_b))
    }
}

/// How an article is named in the comparison: its outlet, else the shortest prefix of its id
/// (eight characters at least) that no other article of the bundle starts with.
pub fn label(bundle: &Bundle, article: usize) -> String {
    let Some(a) = bundle.articles.get(article) else {
        return "?".into();
    };
    if let Some(o) = a.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
        return crate::engine::safe::visible_line(o);
    }
    let chars: Vec<(usize, char)> = a.id.char_indices().collect();
    let mut n = 8.min(chars.len());
    loop {
        let end = chars.get(n).map_or(a.id.len(), |&(i, _)| i);
        let prefix = &a.id[..end];
        let clash = bundle
            .articles
            .iter()
            .enumerate()
            .any(|(j, o)| j != article && o.id.starts_with(prefix));
        if !clash || n >= chars.len() {
            return crate::engine::safe::visible_line(prefix);
        }
        n += 1;
    }
}

/// Opens a comparison of articles `a` (left) and `b` (right).
pub fn open(app: &mut App, a: usize, b: usize) {
    let Some(bundle) = app.bundle.clone() else {
        return;
    };
    let n = bundle.articles.len();
    if a >= n || b >= n {
        return;
    }
    let return_focus = app.compare.as_ref().map_or(app.focus, |v| v.return_focus);
    let comparison = compare(
        &bundle.articles,
        a,
        b,
        app.passages.as_deref(),
        &Options::default(),
    );
    let mut view = CompareView {
        comparison,
        candidates: candidates(app, a, b),
        left: Pane {
            label: label(&bundle, a),
            ..Default::default()
        },
        right: Pane {
            label: label(&bundle, b),
            ..Default::default()
        },
        scrolling: app
            .compare
            .as_ref()
            .map_or(Scrolling::Both, |v| v.scrolling),
        current: None,
        unshared: app.compare.as_ref().is_some_and(|v| v.unshared),
        return_focus,
        laid_out: None,
    };
    if view.left.label == view.right.label {
        // Two reports of one outlet (or one report twice): the ids tell them apart.
        let short = |i: usize| {
            let id = &bundle.articles[i].id;
            let cut = id.char_indices().nth(12).map_or(id.len(), |(k, _)| k);
            crate::engine::safe::visible_line(&id[..cut])
        };
        if a != b {
            view.left.label = format!("{} {}", view.left.label, short(a));
            view.right.label = format!("{} {}", view.right.label, short(b));
        }
    }
    app.compare = Some(view);
    settle(app);
}

/// The events of `a` and `b`, their members in event order, each once.
fn candidates(app: &App, a: usize, b: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    if let Some(g) = &app.grouping {
        for x in [a, b] {
            if let Some(e) = g.event_of.get(x).and_then(|&e| g.events.get(e)) {
                for &m in &e.articles {
                    if !out.contains(&m) {
                        out.push(m);
                    }
                }
            }
        }
    }
    for x in [a, b] {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// The members of the event of `article` (just `article` before events are known).
fn event_members(app: &App, article: usize) -> Vec<usize> {
    app.grouping
        .as_ref()
        .and_then(|g| g.events.get(*g.event_of.get(article)?))
        .map_or_else(|| vec![article], |e| e.articles.clone())
}

/// `c` in the list or the reader: the marked article against this one, else this one against
/// the report of its event sharing most with it; on an event row, its two most-overlapping
/// reports.
pub fn compare_selected(app: &mut App) {
    let target = if app.focus == Focus::Reader {
        app.reader.article.map(Target::Article)
    } else {
        match app.selected_row().copied() {
            Some(Row::Article { article, .. }) => Some(Target::Article(article)),
            Some(Row::Event { event, .. }) => Some(Target::Event(event)),
            None => None,
        }
    };
    match target {
        None => app.message = Some("nothing to compare yet".into()),
        Some(Target::Article(x)) => {
            if let Some(m) = app.mark.filter(|&m| m != x) {
                app.mark = None;
                open(app, m, x);
                return;
            }
            app.mark = None;
            let Some(passages) = app.passages.clone() else {
                app.message = Some(
                    "shared passages are still being found (m marks a report to compare)".into(),
                );
                return;
            };
            let members = event_members(app, x);
            match pairing::best_partner(&passages, &members, x) {
                Some(y) => open(app, x, y),
                None => match members.iter().copied().find(|&y| y != x) {
                    Some(y) => {
                        open(app, x, y);
                        app.message =
                            Some("no report of this event shares a passage with it".into());
                    }
                    None => {
                        app.message = Some(
                            "no other report of this event: m marks it, c on another compares"
                                .into(),
                        )
                    }
                },
            }
        }
        Some(Target::Event(e)) => {
            let Some(members) = app
                .grouping
                .as_ref()
                .and_then(|g| g.events.get(e))
                .map(|ev| ev.articles.clone())
            else {
                return;
            };
            let Some(passages) = app.passages.clone() else {
                app.message = Some("shared passages are still being found".into());
                return;
            };
            match pairing::most_overlapping(&passages, &members) {
                Some((x, y)) => open(app, x, y),
                None if members.len() >= 2 => {
                    open(app, members[0], members[1]);
                    app.message = Some("the reports of this event share no passage".into());
                }
                None => app.message = Some("this event has one report".into()),
            }
        }
    }
}

enum Target {
    Article(usize),
    Event(usize),
}

/// `m`: marks the selected article for a comparison (again: unmarks it).
pub fn toggle_mark(app: &mut App) {
    let Some(Row::Article { article, .. }) = app.selected_row().copied() else {
        app.message = Some("m marks an article, not an event".into());
        return;
    };
    if app.mark == Some(article) {
        app.mark = None;
        app.message = Some("unmarked".into());
    } else {
        app.mark = Some(article);
    }
}

/// Handles a key's action while the comparison is open; `false` for the actions the app
/// handles as usual (help, quit, the filter).
pub fn handle(app: &mut App, action: &Action) -> bool {
    match action {
        Action::Help | Action::Quit => return false,
        Action::StartFilter => {
            close(app);
            return false;
        }
        Action::Clear => close(app),
        Action::MoveDown => scroll(app, 1),
        Action::MoveUp => scroll(app, -1),
        Action::PageDown => scroll(app, page(app)),
        Action::PageUp => scroll(app, -page(app)),
        Action::Top => scroll(app, isize::MIN / 2),
        Action::Bottom => scroll(app, isize::MAX / 2),
        Action::NextPassage => jump(app, true),
        Action::PrevPassage => jump(app, false),
        Action::NextRight => cycle(app, false, 1),
        Action::PrevRight => cycle(app, false, -1),
        Action::NextLeft => cycle(app, true, 1),
        Action::PrevLeft => cycle(app, true, -1),
        Action::SwapSides => swap(app),
        Action::ScrollAlone => {
            if let Some(v) = app.compare.as_mut() {
                v.scrolling = match v.scrolling {
                    Scrolling::Both => Scrolling::Left,
                    Scrolling::Left => Scrolling::Right,
                    Scrolling::Right => Scrolling::Both,
                };
                app.message = Some(
                    match v.scrolling {
                        Scrolling::Both => "both columns scroll together",
                        Scrolling::Left => "the left column scrolls alone",
                        Scrolling::Right => "the right column scrolls alone",
                    }
                    .into(),
                );
            }
        }
        Action::ToggleUnshared => {
            if let Some(v) = app.compare.as_mut() {
                v.unshared = !v.unshared;
                v.current = None;
                v.left.scroll = 0;
                v.right.scroll = 0;
            }
        }
        Action::ScrollAt { column, row, lines } => {
            let a = areas(app.size);
            let pos = (*column, *row).into();
            if let Some(v) = app.compare.as_mut() {
                let which = if v.scrolling != Scrolling::Both {
                    if a.right.contains(pos) {
                        Scrolling::Right
                    } else {
                        Scrolling::Left
                    }
                } else {
                    Scrolling::Both
                };
                scroll_by(v, which, *lines as isize);
            }
        }
        // Everything else means nothing here.
        _ => {}
    }
    true
}

/// Back to where the comparison was opened from.
pub fn close(app: &mut App) {
    if let Some(v) = app.compare.take() {
        app.focus = v.return_focus;
    }
}

fn page(app: &App) -> isize {
    let a = areas(app.size);
    a.text_of(a.left).height.saturating_sub(1).max(1) as isize
}

fn scroll_by(v: &mut CompareView, which: Scrolling, delta: isize) {
    // Bounded in `settle`, once the columns are laid out.
    if which != Scrolling::Right {
        v.left.scroll = v.left.scroll.saturating_add_signed(delta);
    }
    if which != Scrolling::Left {
        v.right.scroll = v.right.scroll.saturating_add_signed(delta);
    }
}

fn scroll(app: &mut App, delta: isize) {
    if let Some(v) = app.compare.as_mut() {
        let which = v.scrolling;
        scroll_by(v, which, delta);
    }
}

/// Scrolls both columns so that pair `i` starts on the same screen row of each, one line
/// below the top where both can.
fn show_pair(v: &mut CompareView, i: usize) {
    let l = v.left.doc.pair_line.get(i).copied().flatten();
    let r = v.right.doc.pair_line.get(i).copied().flatten();
    match (l, r) {
        (Some(l), Some(r)) => {
            let row = 1.min(l).min(r);
            v.left.scroll = l - row;
            v.right.scroll = r - row;
        }
        (Some(l), None) => v.left.scroll = l.saturating_sub(1),
        (None, Some(r)) => v.right.scroll = r.saturating_sub(1),
        (None, None) => {}
    }
}

fn jump(app: &mut App, forward: bool) {
    let Some(v) = app.compare.as_mut() else {
        return;
    };
    let n = v.comparison.pairs.len();
    if n == 0 {
        app.message = Some("these two reports share no passage".into());
        return;
    }
    // Pairs are numbered in the left report's order; without a current one, start from what
    // the left column shows.
    let line = |i: usize| v.left.doc.pair_line.get(i).copied().flatten().unwrap_or(0);
    let next = match (v.current, forward) {
        (Some(c), true) => (c + 1 < n).then_some(c + 1),
        (Some(c), false) => c.checked_sub(1),
        (None, true) => (0..n).find(|&i| line(i) >= v.left.scroll),
        (None, false) => (0..n).rev().find(|&i| line(i) < v.left.scroll),
    };
    match next {
        Some(i) => {
            v.current = Some(i);
            show_pair(v, i);
            let kind = v.comparison.pairs[i].kind.label();
            app.message = Some(format!("passage {} of {n} ({kind})", i + 1));
        }
        None => {
            app.message = Some(if forward {
                "no shared passage below".into()
            } else {
                "no shared passage above".into()
            })
        }
    }
}

fn cycle(app: &mut App, left: bool, step: isize) {
    let Some(v) = app.compare.as_ref() else {
        return;
    };
    let (a, b) = (v.comparison.a, v.comparison.b);
    let (moving, fixed) = if left { (a, b) } else { (b, a) };
    if v.candidates.len() <= 2 {
        // Opened before the events were known.
        let fresh = candidates(app, a, b);
        if let Some(v) = app.compare.as_mut() {
            v.candidates = fresh;
        }
    }
    let Some(v) = app.compare.as_ref() else {
        return;
    };
    let pool: Vec<usize> = v
        .candidates
        .iter()
        .copied()
        .filter(|&x| x != fixed)
        .collect();
    let Some(at) = pool.iter().position(|&x| x == moving) else {
        return;
    };
    if pool.len() < 2 {
        app.message = Some("no other report of this event to show".into());
        return;
    }
    let next = pool[(at as isize + step).rem_euclid(pool.len() as isize) as usize];
    // Keep cycling through the same reports whatever events the new side belongs to.
    let candidates = v.candidates.clone();
    if left {
        open(app, next, b);
    } else {
        open(app, a, next);
    }
    if let Some(v) = app.compare.as_mut() {
        v.candidates = candidates;
    }
}

fn swap(app: &mut App) {
    let Some(v) = app.compare.as_ref() else {
        return;
    };
    let (a, b) = (v.comparison.a, v.comparison.b);
    let (sl, sr) = (v.left.scroll, v.right.scroll);
    let candidates = v.candidates.clone();
    open(app, b, a);
    if let Some(v) = app.compare.as_mut() {
        v.candidates = candidates;
        v.left.scroll = sr;
        v.right.scroll = sl;
        v.scrolling = match v.scrolling {
            Scrolling::Left => Scrolling::Right,
            Scrolling::Right => Scrolling::Left,
            Scrolling::Both => Scrolling::Both,
        };
    }
    settle(app);
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

/// Opens the comparison asked for on the command line, once the bundle is there.
pub fn open_requested(app: &mut App) {
    let Some((a, b)) = app.requested_compare else {
        return;
    };
    if app.bundle.is_none() {
        return;
    }
    app.requested_compare = None;
    // The list waits on the left article, for when the comparison is closed.
    if let Some(i) = app
        .list
        .rows
        .iter()
        .position(|r| matches!(r, Row::Article { article, .. } if *article == a))
    {
        app.list.selected = i;
    }
    open(app, a, b);
}
