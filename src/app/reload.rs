//! `R`: loading the bundle again. The new load's results replace the old ones once its bundle
//! arrives; until then, and for results of the replaced load that arrive late, the old state
//! stays whole on screen.

use super::action::Data;
use super::rows::{rebuild, Row};
use super::update::set_stage;
use super::{App, Effect, Stage, StageState};

pub(super) fn start(app: &mut App) {
    if app.reload.is_some() {
        app.message = Some("already reloading".into());
        return;
    }
    let id = |i: Option<usize>| -> Option<String> {
        Some(app.bundle.as_ref()?.articles.get(i?)?.id.clone())
    };
    let selected = match app.selected_row() {
        Some(Row::Article { article, .. }) => Some(*article),
        _ => None,
    };
    app.reload = Some(super::Reload {
        selected: id(selected),
        reader: id(app.reader.article),
        before: app.bundle.as_ref().map_or(0, |b| b.articles.len()),
    });
    app.error = None;
    for (_, s) in app.stages.iter_mut() {
        *s = StageState::Waiting;
    }
    app.message = Some("reloading".into());
    app.effects.push(Effect::Reload);
}

/// The new bundle of a reload replaces the old, and everything computed from the old goes
/// with it; the selection, the reader and the filter are found again by article id.
pub(super) fn finish(
    app: &mut App,
    keep: super::Reload,
    bundle: std::sync::Arc<crate::engine::Bundle>,
) {
    let find = |id: &Option<String>| -> Option<usize> {
        let id = id.as_deref()?;
        bundle.articles.iter().position(|a| a.id == id)
    };
    let (selected, reader) = (find(&keep.selected), find(&keep.reader));
    let added = bundle.articles.len() as isize - keep.before as isize;
    app.name = bundle.name.clone();
    app.bundle = Some(bundle);
    app.index_marks();
    app.index_outlets();
    app.grouping = None;
    app.set_passages(None);
    app.corpus = None;
    app.list.folded.clear();
    app.list.open_duplicates.clear();
    // A pass still running was over the old articles.
    app.filter.generation += 1;
    app.reader.article = reader;
    app.reader.laid_out = None;
    app.reader.current = None;
    if app.filter.active() {
        // Scores were for the old articles; a pass runs when the new corpus arrives.
        app.filter.scores = None;
        app.filter.waiting = true;
        app.filter.hold_selection = selected.is_some();
    }
    set_stage(app, Stage::Load, StageState::Done);
    rebuild(app);
    if let Some(i) = selected.and_then(|a| {
        app.list
            .rows
            .iter()
            .position(|r| matches!(r, Row::Article { article, .. } if *article == a))
    }) {
        app.list.selected = i;
    }
    app.message = Some(match added {
        0 => "reloaded".to_string(),
        n if n > 0 => format!("reloaded: {n} more articles"),
        n => format!("reloaded: {} fewer articles", -n),
    });
}

/// Whether `data` belongs to the bundle shown: results of a load that a reload replaced are
/// dropped, whatever order they arrive in.
pub(super) fn current(app: &App, data: &Data) -> bool {
    let n = app.bundle.as_ref().map_or(0, |b| b.articles.len());
    match data {
        Data::Bundle(_) | Data::Failed(_) | Data::Filtered { .. } => true,
        _ if app.reload.is_some() => matches!(data, Data::Started(Stage::Load)),
        Data::Corpus(c) => c.len() == n,
        Data::Events(g) => g.event_of.len() == n,
        Data::Passages(p) => p.shared.len() == n,
        Data::Started(_) | Data::Done(_) => true,
    }
}
