//! Everything that can change the app's state, as one enum.
//!
//! Keys produce the unit variants; their snake_case names (`move_down`, `next_passage`) are the
//! vocabulary a key-map file will use. The variants that carry data come from the terminal
//! (resizes, the mouse) or from the background workers (loaded data, filter results); they are
//! never bound to a key, so they are left out of that vocabulary.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::filter::{Corpus, Hit};
use crate::engine::passages::Passages;
use crate::engine::Bundle;

use super::Grouping;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    MoveDown,
    MoveUp,
    Top,
    Bottom,
    PageDown,
    PageUp,
    SwitchFocus,
    /// Opens the selected article in the reader, or folds/unfolds an event.
    Open,
    Fold,
    Unfold,
    StartFilter,
    /// Closes an overlay, else clears the filter.
    Clear,
    NextPassage,
    PrevPassage,
    ToggleOriginal,
    Compare,
    /// Marks the selected article for a comparison.
    Mark,
    /// In a comparison: another report of the event on the right, or on the left.
    NextRight,
    PrevRight,
    NextLeft,
    PrevLeft,
    SwapSides,
    /// In a comparison: plain scrolling moves both columns, the left alone, the right alone.
    ScrollAlone,
    /// In a comparison: only the text each side alone has.
    ToggleUnshared,
    /// Marks the current article unread if it was read, read if it was not.
    ToggleUnread,
    /// Bookmarks the current article, or removes its bookmark.
    ToggleBookmark,
    /// Opens the current article's URL in the browser.
    OpenUrl,
    /// Copies the shared passage last jumped to in the reader, else the article's URL.
    Copy,
    /// Loads the bundle again from disk, keeping the selection and the filter.
    Reload,
    Help,
    /// Gives the terminal back and stops in the background until the shell's `fg`.
    Suspend,
    Quit,
    /// Filter input: keep the filter and return to the list.
    AcceptFilter,
    /// Filter input: remove the character before the cursor.
    DeleteChar,
    /// Filter input: remove the word before the cursor.
    DeleteWord,
    #[serde(skip)]
    InsertChar(char),
    #[serde(skip)]
    Resize {
        width: u16,
        height: u16,
    },
    /// Mouse wheel over a screen cell: positive scrolls down.
    #[serde(skip)]
    ScrollAt {
        column: u16,
        row: u16,
        lines: i32,
    },
    #[serde(skip)]
    ClickAt {
        column: u16,
        row: u16,
    },
    #[serde(skip)]
    Data(Data),
}

/// What the background workers send in.
#[derive(Debug, Clone)]
pub enum Data {
    /// A stage of loading began.
    Started(Stage),
    /// A stage that sends its results in parts (the corpus) is complete.
    Done(Stage),
    Bundle(Arc<Bundle>),
    Corpus(Arc<Corpus>),
    Events(Arc<Grouping>),
    Passages(Arc<Passages>),
    Failed(String),
    /// The result of the filter pass started for `generation`.
    Filtered {
        generation: u64,
        hits: Vec<Hit>,
    },
}

// Loaded data is compared by identity: two loads are never the same load.
impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Data::Started(a), Data::Started(b)) | (Data::Done(a), Data::Done(b)) => a == b,
            (Data::Bundle(a), Data::Bundle(b)) => Arc::ptr_eq(a, b),
            (Data::Corpus(a), Data::Corpus(b)) => Arc::ptr_eq(a, b),
            (Data::Events(a), Data::Events(b)) => Arc::ptr_eq(a, b),
            (Data::Passages(a), Data::Passages(b)) => Arc::ptr_eq(a, b),
            (Data::Failed(a), Data::Failed(b)) => a == b,
            (
                Data::Filtered {
                    generation: a,
                    hits: x,
                },
                Data::Filtered {
                    generation: b,
                    hits: y,
                },
            ) => a == b && x == y,
            _ => false,
        }
    }
}

/// The stages of loading, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Load,
    Events,
    Index,
    Passages,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Load, Stage::Events, Stage::Index, Stage::Passages];

    pub fn label(self) -> &'static str {
        match self {
            Stage::Load => "loading articles",
            Stage::Index => "indexing words",
            Stage::Events => "grouping events",
            Stage::Passages => "finding shared passages",
        }
    }
}

impl Action {
    /// The key-map name of a bindable action (`None` for the data-carrying ones).
    pub fn name(&self) -> Option<String> {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindable_actions_have_snake_case_names() {
        assert_eq!(Action::NextPassage.name().as_deref(), Some("next_passage"));
        let back: Action = serde_json::from_str("\"toggle_original\"").unwrap();
        assert_eq!(back, Action::ToggleOriginal);
        assert_eq!(Action::InsertChar('x').name(), None);
    }
}
