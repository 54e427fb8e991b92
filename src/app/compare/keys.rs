//! Keys inside the comparison: scrolling one or both columns, jumping from pair to pair, and
//! picking other reports for either side.

use super::layout::areas;
use super::open::candidates;
use super::{open, settle, CompareView, Scrolling};
use crate::app::{Action, App};

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
pub(super) fn show_pair(v: &mut CompareView, i: usize) {
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
        None => app.message = Some(crate::app::update::no_passage_beyond(forward)),
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
