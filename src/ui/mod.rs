//! Drawing the app. Everything here reads an [`App`] and writes cells: no state changes, no
//! decisions the state has not made. One file per pane; [`render`] works on any ratatui
//! backend, so tests draw into `TestBackend`.

mod compare;
mod help;
mod list;
mod reader;
mod status;
mod text;
mod theme;

pub use theme::Theme;

use ratatui::backend::Backend;
use ratatui::{Frame, Terminal};

use crate::app::App;

/// Draws one frame of `app` on `terminal`.
pub fn render<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &App,
    theme: &Theme,
) -> Result<(), B::Error> {
    terminal.draw(|frame| draw(frame, app, theme))?;
    Ok(())
}

/// Draws `app` into `frame`.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    if app.compare.is_some() {
        compare::draw(frame, app, theme);
        let status = crate::app::compare::layout::areas(app.size).status;
        status::draw(frame, app, theme, status);
        if let Some(scroll) = app.help {
            help::draw(frame, app, theme, scroll);
        }
        return;
    }
    let panes = app.panes();
    if let Some(area) = panes.list {
        list::draw(frame, app, theme, area, panes.bordered);
    }
    if let Some(area) = panes.reader {
        reader::draw(frame, app, theme, area, panes.bordered);
    }
    if let Some(area) = panes.progress {
        status::draw_progress(frame, app, theme, area);
    }
    status::draw(frame, app, theme, panes.status);
    if let Some(scroll) = app.help {
        help::draw(frame, app, theme, scroll);
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_compare;
