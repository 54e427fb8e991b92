//! What the interface asks of the world outside it: keeping marks on disk. The app only
//! pushes effects; this carries them out, so the app stays testable without a disk.

use std::path::Path;

use crate::app::{App, Effect};
use crate::store::Store;

/// Carries out the effects the loop does not hand to a worker.
#[derive(Debug, Default)]
pub struct Outside {
    store: Option<Store>,
}

impl Outside {
    /// For the interface on `bundle` (the built-in sample when `None`). Without a data
    /// directory (no `$XDG_DATA_HOME` nor `$HOME`), marks last for the run only.
    pub fn new(bundle: Option<&Path>) -> Outside {
        Outside {
            store: crate::settings::paths::data_dir().map(|d| Store::for_bundle(&d, bundle)),
        }
    }

    /// Puts the kept marks into `app`, with a message when they could not be read.
    pub fn load_marks(&self, app: &mut App) {
        if let Some(store) = &self.store {
            let (marks, message) = store.load();
            app.marks = marks;
            if message.is_some() {
                app.message = message;
            }
        }
    }

    /// Carries out `effect`; a message for the status line when it failed or has news.
    pub fn perform(&self, effect: Effect) -> Option<String> {
        match effect {
            Effect::SaveMarks(marks) => {
                let store = self.store.as_ref()?;
                store
                    .save(&marks)
                    .err()
                    .map(|e| format!("read state not saved ({}): {e}", store.path.display()))
            }
            // Handed to the filter worker by the loop.
            Effect::Filter { .. } => None,
        }
    }
}
