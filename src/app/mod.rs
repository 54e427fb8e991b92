//! The interface's state and the only code that changes it.
//!
//! Keys become [`Action`]s through the [`KeyMap`]; background workers send theirs as
//! [`Action::Data`]; [`update`] applies each one. Nothing here touches a terminal: the renderer
//! in `ui` reads an [`App`] and draws it, and `tui` runs the loop. Work that must not block the
//! input loop (a filter pass) is asked for by pushing an [`Effect`], which the loop hands to a
//! worker and tests run inline with [`App::run_effects_inline`].

mod action;
pub mod compare;
#[cfg(test)]
pub(crate) mod fixture;
mod grouping;
pub mod keymap;
pub mod layout;
pub mod reader;
mod reload;
mod rows;
mod share;
mod update;
pub mod worker;
pub mod wrap;

pub use action::{Action, Data, Stage};
pub use grouping::{Grouping, Slot};
pub use keymap::{KeyMap, Scope};
pub use rows::Row;
pub use update::update;

use std::collections::HashSet;
use std::sync::Arc;

use crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::engine::analysis::Analysis;
use crate::engine::filter::{self, Corpus, Query, WordIndex};
use crate::engine::passages::Passages;
use crate::engine::Bundle;
use crate::store::Marks;

use layout::Panes;
use reader::Doc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Reader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageState {
    Waiting,
    Running,
    Done,
    Failed,
}

/// Work the loop must start on the app's behalf.
#[derive(Debug, Clone)]
pub enum Effect {
    Filter {
        generation: u64,
        query: Query,
        corpus: Arc<Corpus>,
    },
    /// The marks changed: keep them.
    SaveMarks(Marks),
    /// Open this web address in the browser.
    OpenUrl(String),
    /// Put this text on the clipboard.
    Copy(String),
    /// Stop the current load and load the bundle again.
    Reload,
    /// Give the terminal back and stop until the shell continues the program.
    Suspend,
}

#[derive(Debug, Clone, Default)]
pub struct ListView {
    pub rows: Vec<Row>,
    pub selected: usize,
    /// First row on screen.
    pub offset: usize,
    /// Folded events (indices into the grouping's events).
    pub folded: HashSet<usize>,
    /// Articles whose duplicates are shown.
    pub open_duplicates: HashSet<usize>,
    /// What [`App::counts`] answers, counted when the rows are rebuilt rather than on every
    /// frame (a pass over every article of the bundle).
    counts: (usize, usize, usize, usize),
}

#[derive(Debug, Clone, Default)]
pub struct FilterView {
    /// What was typed after `/`.
    pub input: String,
    /// Whether keys go to the input.
    pub editing: bool,
    pub query: Query,
    /// Bumped on every change, so a late result for older input is dropped.
    pub generation: u64,
    /// Each article's score, `None` for filtered out; `None` altogether when not filtering.
    pub scores: Option<Vec<Option<i64>>>,
    /// A pass for the current input is still running.
    pub waiting: bool,
    /// The next result keeps the selection rather than moving to the best match (a reload
    /// runs the same filter again).
    pub hold_selection: bool,
}

impl FilterView {
    pub fn active(&self) -> bool {
        !self.query.is_empty()
    }
}

#[derive(Debug, Clone, Default)]
pub struct ReaderView {
    pub article: Option<usize>,
    /// Showing the original text rather than the cleaned body.
    pub original: bool,
    /// First line on screen.
    pub scroll: usize,
    pub doc: Doc,
    /// Index into `doc.passages` of the passage last jumped to.
    pub current: Option<usize>,
    /// The passages of each article, once they are known.
    pub index: Option<Arc<reader::PassageIndex>>,
    /// What `doc` was laid out for: article, original, width, whether passages were known.
    laid_out: Option<(usize, bool, u16, bool)>,
}

/// What a reload keeps, by article id (indices change when files come and go).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reload {
    pub selected: Option<String>,
    pub reader: Option<String>,
    /// Articles before, to say how many are new.
    pub before: usize,
}

#[derive(Debug, Clone)]
pub struct App {
    pub keymap: KeyMap,
    /// What the bundle is called in the status line.
    pub name: String,
    pub bundle: Option<Arc<Bundle>>,
    pub grouping: Option<Arc<Grouping>>,
    pub passages: Option<Arc<Passages>>,
    pub corpus: Option<Arc<Corpus>>,
    pub stages: Vec<(Stage, StageState)>,
    /// Why loading stopped, if it did.
    pub error: Option<String>,
    pub size: Rect,
    pub focus: Focus,
    /// The help overlay, when open, with its scroll.
    pub help: Option<usize>,
    pub list: ListView,
    pub filter: FilterView,
    pub reader: ReaderView,
    /// The side-by-side comparison, when open.
    pub compare: Option<compare::CompareView>,
    /// The article marked with `m`, to compare with the next one `c` is pressed on.
    pub mark: Option<usize>,
    /// A comparison to open as soon as the bundle is loaded (from the command line).
    pub requested_compare: Option<(usize, usize)>,
    /// Read and bookmarked articles, kept between runs, by article id.
    marks: Marks,
    /// The same per article index (read, bookmarked), so that applying `is:` to a filter
    /// result costs no lookup by id; rebuilt when the bundle or the marks are replaced.
    flags: Vec<(bool, bool)>,
    /// Each article's outlet as a number (`u32::MAX` for none), so that counting an event's
    /// outlets on every filter result compares numbers instead of following each article's
    /// outlet string; rebuilt when the bundle is replaced.
    outlet_ids: Vec<u32>,
    /// Each article's original when it is a duplicate (`u32::MAX` for none), a quarter of the
    /// passages' own record: the rows read it for every article on every filter result.
    duplicate_ids: Vec<u32>,
    /// A reload under way: what to find again in the new bundle.
    pub reload: Option<Reload>,
    /// A one-off message for the status line, cleared by the next key.
    pub message: Option<String>,
    pub quit: bool,
    pub effects: Vec<Effect>,
}

impl App {
    /// An app waiting for `name` to load.
    pub fn new(name: impl Into<String>, size: Rect) -> App {
        App {
            keymap: KeyMap::default(),
            name: name.into(),
            bundle: None,
            grouping: None,
            passages: None,
            corpus: None,
            stages: Stage::ALL
                .iter()
                .map(|&s| (s, StageState::Waiting))
                .collect(),
            error: None,
            size,
            focus: Focus::List,
            help: None,
            list: ListView::default(),
            filter: FilterView::default(),
            reader: ReaderView::default(),
            compare: None,
            mark: None,
            requested_compare: None,
            marks: Marks::default(),
            flags: Vec::new(),
            outlet_ids: Vec::new(),
            duplicate_ids: Vec::new(),
            reload: None,
            message: None,
            quit: false,
            effects: Vec::new(),
        }
    }

    /// An app with everything already computed (tests, small bundles).
    pub fn loaded(bundle: Bundle, analysis: Analysis, size: Rect) -> App {
        let mut app = App::new(bundle.name.clone(), size);
        let bundle = Arc::new(bundle);
        let bodies: Vec<&str> = bundle.articles.iter().map(|a| a.body.as_str()).collect();
        let words = Arc::new(WordIndex::build(&bodies));
        let grouping = Grouping::new(analysis.events, bundle.articles.len());
        let corpus = Corpus::of_articles(&bundle.articles, words, |i| {
            let e = *grouping.event_of.get(i)?;
            Some(grouping.events.get(e)?.label.as_str())
        });
        for data in [
            Data::Bundle(bundle.clone()),
            Data::Corpus(Arc::new(corpus)),
            Data::Done(Stage::Index),
            Data::Events(Arc::new(grouping)),
            Data::Passages(Arc::new(analysis.passages)),
        ] {
            update(&mut app, Action::Data(data));
        }
        app
    }

    /// Whether anything is still being computed.
    pub fn loading(&self) -> bool {
        self.error.is_none() && self.stages.iter().any(|(_, s)| *s != StageState::Done)
    }

    pub fn panes(&self) -> Panes {
        layout::panes(self.size, self.focus, self.loading())
    }

    /// The key scopes in force, most specific first.
    pub fn scopes(&self) -> &'static [Scope] {
        if self.compare.is_some() && !self.filter.editing {
            return &[Scope::Compare, Scope::Global];
        }
        match (self.filter.editing, self.focus) {
            (true, _) => &[Scope::Filter],
            (false, Focus::List) => &[Scope::List, Scope::Global, Scope::Reader],
            (false, Focus::Reader) => &[Scope::Reader, Scope::Global],
        }
    }

    /// The scopes whose hints the status line shows.
    pub fn hint_scopes(&self) -> &'static [Scope] {
        if self.compare.is_some() && !self.filter.editing {
            return &[Scope::Compare, Scope::Global];
        }
        match (self.filter.editing, self.focus) {
            (true, _) => &[Scope::Filter],
            (false, Focus::List) => &[Scope::List, Scope::Global],
            (false, Focus::Reader) => &[Scope::Reader, Scope::Global],
        }
    }

    /// What a key press means now.
    pub fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        self.keymap.action(key, self.scopes())
    }

    /// The selected row, if any.
    pub fn selected_row(&self) -> Option<&Row> {
        self.list.rows.get(self.list.selected)
    }

    /// Runs pending effects on this thread, as the workers would (tests and tiny bundles).
    pub fn run_effects_inline(&mut self) {
        while !self.effects.is_empty() {
            for effect in std::mem::take(&mut self.effects) {
                match effect {
                    Effect::Filter {
                        generation,
                        query,
                        corpus,
                    } => {
                        let hits = filter::filter(&corpus, &query, &|| false).unwrap_or_default();
                        update(self, Action::Data(Data::Filtered { generation, hits }));
                    }
                    Effect::SaveMarks(_)
                    | Effect::OpenUrl(_)
                    | Effect::Copy(_)
                    | Effect::Reload
                    | Effect::Suspend => {}
                }
            }
        }
    }

    /// The article the user is on: the selected one in the list, the open one in the reader.
    pub fn current_article(&self) -> Option<usize> {
        match (self.focus, self.selected_row()) {
            (Focus::List, Some(Row::Article { article, .. })) => Some(*article),
            (Focus::List, _) => None,
            (Focus::Reader, _) => self.reader.article,
        }
    }

    /// Whether article `i` was read / is bookmarked.
    pub fn is_read(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f.0)
    }

    pub fn is_bookmarked(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|f| f.1)
    }

    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    /// Replaces the marks (as kept on disk).
    pub fn set_marks(&mut self, marks: Marks) {
        self.marks = marks;
        self.index_marks();
    }

    /// Rebuilds the per-article flags from the marks.
    /// Numbers the bundle's outlets (see `outlet_ids`).
    pub(crate) fn index_outlets(&mut self) {
        let mut seen: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        self.outlet_ids = match &self.bundle {
            Some(b) => b
                .articles
                .iter()
                .map(|a| match a.outlet.as_deref() {
                    Some(o) => {
                        let next = seen.len() as u32;
                        *seen.entry(o).or_insert(next)
                    }
                    None => u32::MAX,
                })
                .collect(),
            None => Vec::new(),
        };
    }

    /// Keeps the passages and the compact record of duplicates the rows read.
    pub(crate) fn set_passages(&mut self, passages: Option<Arc<Passages>>) {
        self.duplicate_ids = passages.as_ref().map_or_else(Vec::new, |p| {
            p.duplicate_of
                .iter()
                .map(|d| d.map_or(u32::MAX, |o| o as u32))
                .collect()
        });
        self.passages = passages;
    }

    /// Article `a`'s filter score: `None` when the filter leaves it out, 0 for every article
    /// when there is no filter.
    pub(crate) fn score(&self, a: usize) -> Option<i64> {
        match &self.filter.scores {
            Some(s) => s.get(a).copied().flatten(),
            None => Some(0),
        }
    }

    /// The article that article `a` duplicates, if any.
    pub(crate) fn duplicate_of(&self, a: usize) -> Option<usize> {
        self.duplicate_ids
            .get(a)
            .copied()
            .filter(|&o| o != u32::MAX)
            .map(|o| o as usize)
    }

    /// Article `a`'s outlet number, `None` when it has no outlet.
    pub(crate) fn outlet_id(&self, a: usize) -> Option<u32> {
        self.outlet_ids.get(a).copied().filter(|&o| o != u32::MAX)
    }

    pub(crate) fn index_marks(&mut self) {
        self.flags = match &self.bundle {
            Some(b) => b
                .articles
                .iter()
                .map(|a| (self.marks.is_read(&a.id), self.marks.is_bookmarked(&a.id)))
                .collect(),
            None => Vec::new(),
        };
    }

    /// Marks article `i` read or unread; whether that changed anything.
    pub(crate) fn mark_read(&mut self, i: usize, read: bool) -> bool {
        let Some(id) = self.bundle.as_ref().and_then(|b| b.articles.get(i)) else {
            return false;
        };
        let changed = self.marks.set_read(&id.id, read);
        if let Some(f) = self.flags.get_mut(i) {
            f.0 = read;
        }
        changed
    }

    /// Flips the bookmark of article `i`; whether it is now bookmarked.
    pub(crate) fn toggle_bookmark(&mut self, i: usize) -> Option<bool> {
        let id = &self.bundle.as_ref()?.articles.get(i)?.id;
        let on = self.marks.toggle_bookmark(id);
        if let Some(f) = self.flags.get_mut(i) {
            f.1 = on;
        }
        Some(on)
    }

    /// Articles shown and in total; events shown and in total (as of the last rebuild of the
    /// rows, which every change to them goes through).
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        self.list.counts
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) mod tests_compare;

#[cfg(test)]
mod keymap_tests;

#[cfg(test)]
mod marks_tests;

#[cfg(test)]
mod outside_tests;

#[cfg(test)]
mod reload_tests;
