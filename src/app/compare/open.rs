//! Opening a comparison: which two reports `c` and `m` pick, how each side is named, and the
//! comparison asked for on the command line.

use crate::engine::compare::compare;
use crate::engine::pairing;
use crate::engine::passages::Options;
use crate::engine::Bundle;

use super::{settle, CompareView, Pane, Scrolling};
use crate::app::{App, Focus, Row};

/// How an article is named in the comparison: as the list names it (its outlet, else `#` and
/// the head of its id), so that a report is recognised from one view to the other.
pub fn label(bundle: &Bundle, article: usize) -> String {
    match bundle.articles.get(article) {
        Some(a) => crate::engine::safe::visible_line(&a.short_name()),
        None => "?".into(),
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
    // Each pair is tied to a bundle passage by searching them: only those of the two
    // articles are searched, then the indices are put back.
    let carrying = app.passages.as_deref().map(|p| pairing::carrying(p, a, b));
    let mut comparison = compare(
        &bundle.articles,
        a,
        b,
        carrying.as_ref().map(|(p, _)| p),
        &Options::default(),
    );
    if let Some((_, index)) = &carrying {
        for p in &mut comparison.pairs {
            p.passage = p.passage.and_then(|i| index.get(i).copied());
        }
    }
    let only = super::only_words(&bundle, &comparison);
    let mut view = CompareView {
        only,
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
pub(super) fn candidates(app: &App, a: usize, b: usize) -> Vec<usize> {
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
