//! [`update`]: the one function that changes an [`App`].

use std::sync::Arc;

use crate::engine::filter::Query;

use super::action::{Action, Data};
use super::rows::{rebuild, select_first_article, Row};
use super::{compare, reader, App, Effect, Focus, Stage, StageState};

/// Applies `action` to `app`.
pub fn update(app: &mut App, action: Action) {
    let from_user = !matches!(action, Action::Data(_) | Action::Resize { .. });
    if from_user {
        app.message = None;
        app.filter.hold_selection = false;
    }
    if app.help.is_some() && from_user {
        help_overlay(app, action);
        return;
    }
    if from_user && app.compare.is_some() && !app.filter.editing && compare::handle(app, &action) {
        settle(app);
        return;
    }
    match action {
        Action::MoveDown => move_by(app, 1),
        Action::MoveUp => move_by(app, -1),
        Action::PageDown => move_by(app, page(app)),
        Action::PageUp => move_by(app, -page(app)),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::SwitchFocus => {
            app.focus = match app.focus {
                Focus::List => Focus::Reader,
                Focus::Reader => Focus::List,
            };
            if app.focus == Focus::Reader {
                if let Some(a) = app.reader.article {
                    set_read(app, a, true);
                }
            }
        }
        Action::Open => open(app),
        Action::Fold => fold(app),
        Action::Unfold => unfold(app),
        Action::StartFilter => {
            app.filter.editing = true;
            app.focus = Focus::List;
        }
        Action::Clear => {
            if app.filter.editing || app.filter.active() || !app.filter.input.is_empty() {
                app.filter.input.clear();
                app.filter.editing = false;
                refilter(app);
            }
        }
        Action::AcceptFilter => app.filter.editing = false,
        Action::InsertChar(c) => {
            if !c.is_control() {
                app.filter.input.push(c);
                refilter(app);
            }
        }
        Action::DeleteChar => {
            app.filter.input.pop();
            refilter(app);
        }
        Action::DeleteWord => {
            let kept = app.filter.input.trim_end().len();
            let cut = app.filter.input[..kept]
                .rfind(char::is_whitespace)
                .map_or(0, |i| i + 1);
            app.filter.input.truncate(cut);
            refilter(app);
        }
        Action::NextPassage => jump(app, true),
        Action::PrevPassage => jump(app, false),
        Action::ToggleOriginal => {
            app.reader.original = !app.reader.original;
        }
        Action::Compare => compare::compare_selected(app),
        Action::Mark => compare::toggle_mark(app),
        // Only bound inside a comparison.
        Action::NextRight
        | Action::PrevRight
        | Action::NextLeft
        | Action::PrevLeft
        | Action::SwapSides
        | Action::ScrollAlone
        | Action::ToggleUnshared => {}
        Action::ToggleUnread => {
            if let Some(a) = app.current_article() {
                let read = !app.is_read(a);
                set_read(app, a, read);
                app.message = Some(if read { "marked read" } else { "marked unread" }.into());
            }
        }
        Action::ToggleBookmark => {
            if let Some(on) = app.current_article().and_then(|a| app.toggle_bookmark(a)) {
                app.effects.push(Effect::SaveMarks(app.marks().clone()));
                app.message = Some(if on { "bookmarked" } else { "bookmark removed" }.into());
            }
        }
        Action::OpenUrl => match super::share::current_url(app) {
            Some(url) => {
                app.message = Some(format!(
                    "opening {}",
                    crate::engine::safe::visible_line(&url)
                ));
                app.effects.push(Effect::OpenUrl(url));
            }
            None => app.message = Some("this article has no URL".into()),
        },
        Action::Copy => super::share::copy(app),
        Action::Reload => super::reload::start(app),
        Action::Help => app.help = Some(0),
        Action::Suspend => app.effects.push(Effect::Suspend),
        Action::Quit => app.quit = true,
        Action::Resize { width, height } => {
            app.size.width = width;
            app.size.height = height;
        }
        Action::ScrollAt { column, row, lines } => {
            let panes = app.panes();
            let at = |r: Option<ratatui::layout::Rect>| {
                r.is_some_and(|r| r.contains((column, row).into()))
            };
            if at(panes.list) {
                scroll_list(app, lines as isize);
            } else if at(panes.reader) {
                scroll_reader(app, lines as isize);
            }
        }
        Action::ClickAt { column, row } => click(app, column, row),
        Action::Data(data) => receive(app, data),
    }
    settle(app);
}

/// Keeps derived state in step after any change: the reader follows the list's selection and
/// is laid out for its pane, and both keep their cursor on screen.
fn settle(app: &mut App) {
    if app.focus == Focus::List {
        match app.selected_row().copied() {
            Some(Row::Article { article, .. }) => app.reader.article = Some(article),
            // An event row previews the report listed first under it, even while folded.
            Some(Row::Event { lead, .. }) => app.reader.article = Some(lead),
            None => {}
        }
    }
    if app.reader.article.is_none() {
        app.reader.article = app.list.rows.iter().find_map(|r| match r {
            Row::Article { article, .. } => Some(*article),
            _ => None,
        });
    }
    let panes = app.panes();
    let width = panes.reader.map_or(0, |r| panes.inner(r).width);
    let key = app
        .reader
        .article
        .map(|a| (a, app.reader.original, width, app.passages.is_some()));
    if key != app.reader.laid_out {
        let article_changed = key.map(|k| k.0) != app.reader.laid_out.map(|k| k.0);
        app.reader.doc = match (&app.bundle, app.reader.article) {
            (Some(b), Some(a)) => reader::layout_indexed(
                b,
                a,
                app.passages.as_deref(),
                app.reader.index.as_deref(),
                app.reader.original,
                width.max(1),
            ),
            _ => Default::default(),
        };
        app.reader.laid_out = key;
        if article_changed {
            app.reader.scroll = 0;
            app.reader.current = None;
        } else {
            app.reader.current = app
                .reader
                .current
                .filter(|&c| c < app.reader.doc.passages.len());
        }
    }
    let reader_h = panes.reader.map_or(0, |r| panes.inner(r).height as usize);
    let max_scroll = app.reader.doc.lines.len().saturating_sub(reader_h.max(1));
    app.reader.scroll = app.reader.scroll.min(max_scroll);

    let list_h = panes
        .list
        .map_or(0, |r| panes.inner(r).height as usize)
        .max(1);
    let sel = app.list.selected;
    if sel < app.list.offset {
        app.list.offset = sel;
    } else if sel >= app.list.offset + list_h {
        app.list.offset = sel + 1 - list_h;
    }
    let max_offset = app.list.rows.len().saturating_sub(list_h);
    app.list.offset = app.list.offset.min(max_offset);
    compare::open_requested(app);
    compare::settle(app);
}

fn help_overlay(app: &mut App, action: Action) {
    match action {
        Action::MoveDown => app.help = app.help.map(|s| s + 1),
        Action::MoveUp => app.help = app.help.map(|s| s.saturating_sub(1)),
        _ => app.help = None,
    }
}

/// Lines a page moves in the focused pane.
fn page(app: &App) -> isize {
    let panes = app.panes();
    let pane = match app.focus {
        Focus::List => panes.list,
        Focus::Reader => panes.reader,
    };
    pane.map_or(1, |p| {
        panes.inner(p).height.saturating_sub(1).max(1) as isize
    })
}

fn move_by(app: &mut App, delta: isize) {
    match app.focus {
        Focus::List => scroll_list(app, delta),
        Focus::Reader => scroll_reader(app, delta),
    }
}

fn scroll_list(app: &mut App, delta: isize) {
    let last = app.list.rows.len().saturating_sub(1);
    app.list.selected = app.list.selected.saturating_add_signed(delta).min(last);
}

fn scroll_reader(app: &mut App, delta: isize) {
    // Bounded in `settle`, once the pane height is known.
    app.reader.scroll = app.reader.scroll.saturating_add_signed(delta);
}

fn open(app: &mut App) {
    match app.selected_row().copied() {
        Some(Row::Event { event, folded, .. }) => {
            if folded {
                app.list.folded.remove(&event);
            } else {
                app.list.folded.insert(event);
            }
            rebuild(app);
        }
        Some(Row::Article { article, .. }) => {
            app.reader.article = Some(article);
            app.focus = Focus::Reader;
            set_read(app, article, true);
        }
        None => {}
    }
}

fn fold(app: &mut App) {
    let Some(row) = app.selected_row().copied() else {
        return;
    };
    match row {
        Row::Event { event, .. } => {
            app.list.folded.insert(event);
            rebuild(app);
        }
        Row::Article {
            article,
            open: true,
            ..
        } => {
            app.list.open_duplicates.remove(&article);
            rebuild(app);
        }
        Row::Article { depth, .. } if depth > 0 => {
            // Up to the parent: the nearest row above with a smaller depth.
            let parent = app.list.rows[..app.list.selected]
                .iter()
                .rposition(|r| match r {
                    Row::Event { .. } => true,
                    Row::Article { depth: d, .. } => *d < depth,
                });
            if let Some(p) = parent {
                app.list.selected = p;
            }
        }
        Row::Article { .. } => {}
    }
}

fn unfold(app: &mut App) {
    match app.selected_row().copied() {
        Some(Row::Event {
            event,
            folded: true,
            ..
        }) => {
            app.list.folded.remove(&event);
            rebuild(app);
        }
        Some(Row::Article {
            article,
            duplicates,
            open: false,
            ..
        }) if duplicates > 0 => {
            app.list.open_duplicates.insert(article);
            rebuild(app);
        }
        _ => {}
    }
}

/// Asks for a filter pass over the current input; results come back as [`Data::Filtered`].
fn refilter(app: &mut App) {
    app.filter.generation += 1;
    app.filter.query = Query::parse(&app.filter.input);
    if app.filter.query.is_empty() {
        app.filter.scores = None;
        app.filter.waiting = false;
        rebuild(app);
        return;
    }
    app.filter.waiting = true;
    if let Some(corpus) = &app.corpus {
        app.effects.push(Effect::Filter {
            generation: app.filter.generation,
            query: app.filter.query.clone(),
            corpus: corpus.clone(),
        });
    }
}

/// Marks article `a` read or unread, and asks for the marks to be kept when that changed them.
fn set_read(app: &mut App, a: usize, read: bool) {
    if app.mark_read(a, read) {
        app.effects.push(Effect::SaveMarks(app.marks().clone()));
    }
}

fn jump(app: &mut App, forward: bool) {
    if app.passages.is_none() {
        app.message = Some("shared passages are still being found".into());
        return;
    }
    let marks = &app.reader.doc.passages;
    if marks.is_empty() {
        app.message = Some("no passage of this article is shared".into());
        return;
    }
    let next = match (app.reader.current, forward) {
        (Some(c), true) => (c + 1 < marks.len()).then_some(c + 1),
        (Some(c), false) => c.checked_sub(1),
        (None, true) => marks.iter().position(|&(l, _)| l >= app.reader.scroll),
        (None, false) => marks.iter().rposition(|&(l, _)| l < app.reader.scroll),
    };
    match next {
        Some(i) => {
            app.reader.current = Some(i);
            // One line of context above the passage.
            app.reader.scroll = marks[i].0.saturating_sub(1);
            app.message = Some(format!("shared passage {} of {}", i + 1, marks.len()));
        }
        None => app.message = Some(no_passage_beyond(forward)),
    }
}

/// What a jump says when no shared passage lies that way (the reader and the comparison).
pub(super) fn no_passage_beyond(forward: bool) -> String {
    let way = if forward { "below" } else { "above" };
    format!("no shared passage {way}")
}

fn click(app: &mut App, column: u16, row: u16) {
    let panes = app.panes();
    let pos = (column, row).into();
    if let Some(list) = panes.list.filter(|r| r.contains(pos)) {
        app.focus = Focus::List;
        let inner = panes.inner(list);
        if inner.contains(pos) {
            let i = app.list.offset + usize::from(row - inner.y);
            if i < app.list.rows.len() {
                if i == app.list.selected {
                    open(app);
                } else {
                    app.list.selected = i;
                }
            }
        }
    } else if panes.reader.is_some_and(|r| r.contains(pos)) {
        app.focus = Focus::Reader;
    }
}

pub(super) fn set_stage(app: &mut App, stage: Stage, state: StageState) {
    if let Some(s) = app.stages.iter_mut().find(|(s, _)| *s == stage) {
        s.1 = state;
    }
}

fn receive(app: &mut App, data: Data) {
    if !super::reload::current(app, &data) {
        return;
    }
    match data {
        Data::Bundle(bundle) if app.reload.is_some() => {
            let keep = app.reload.take().expect("checked");
            super::reload::finish(app, keep, bundle);
        }
        Data::Failed(message) if app.reload.is_some() => {
            // The old bundle stays on screen, complete.
            app.reload = None;
            for (_, s) in app.stages.iter_mut() {
                *s = StageState::Done;
            }
            app.message = Some(format!("reload failed: {message}"));
        }
        Data::Started(stage) => set_stage(app, stage, StageState::Running),
        Data::Done(stage) => set_stage(app, stage, StageState::Done),
        Data::Bundle(bundle) => {
            app.name = bundle.name.clone();
            app.bundle = Some(bundle);
            app.index_marks();
            app.index_outlets();
            set_stage(app, Stage::Load, StageState::Done);
            rebuild(app);
        }
        Data::Corpus(corpus) => {
            app.corpus = Some(corpus);
            if app.filter.active() {
                refilter(app);
            }
        }
        Data::Events(grouping) => {
            app.grouping = Some(grouping);
            app.list.folded.clear();
            set_stage(app, Stage::Events, StageState::Done);
            // Someone who has not moved yet stays at the top as event rows appear above.
            let at_top = app.list.selected == 0;
            rebuild(app);
            if at_top {
                app.list.selected = 0;
            }
        }
        Data::Passages(passages) => {
            app.reader.index = Some(Arc::new(reader::PassageIndex::new(&passages)));
            app.set_passages(Some(passages));
            set_stage(app, Stage::Passages, StageState::Done);
            rebuild(app);
        }
        Data::Failed(message) => {
            for (_, s) in app.stages.iter_mut() {
                if *s != StageState::Done {
                    *s = StageState::Failed;
                }
            }
            app.error = Some(message);
        }
        Data::Filtered { generation, hits } => {
            if generation != app.filter.generation {
                return;
            }
            let n = app.bundle.as_ref().map_or(0, |b| b.articles.len());
            let mut scores = vec![None; n];
            // `is:` flags are the app's to apply: the filter pass lets them through. They are
            // applied as each pass lands, so marking an article does not pull it from under
            // the cursor.
            let flags: Vec<_> = app.filter.query.flags().collect();
            for h in hits {
                let keep = flags
                    .iter()
                    .all(|f| f.allows(app.is_read(h.article), app.is_bookmarked(h.article)));
                if let Some(slot) = scores.get_mut(h.article).filter(|_| keep) {
                    *slot = Some(h.score);
                }
            }
            app.filter.scores = Some(scores);
            app.filter.waiting = false;
            rebuild(app);
            if !std::mem::take(&mut app.filter.hold_selection) {
                select_first_article(app);
            }
        }
    }
}
