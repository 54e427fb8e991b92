//! How marks look. Colours are the terminal's own named ANSI colours, so they follow its
//! palette; with `NO_COLOR` set every highlight is still told apart by bold, underline,
//! italic or reverse.

use ratatui::style::{Color, Modifier, Style};

use crate::app::reader::Mark;
use crate::engine::passages::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme { color: true }
    }
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        let off = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !off }
    }

    pub const fn plain() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, base: Style, c: Color) -> Style {
        if self.color {
            base.fg(c)
        } else {
            base
        }
    }

    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    pub fn filter_match(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Color::Yellow,
        )
    }

    pub fn event(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn outlet(&self) -> Style {
        self.fg(Style::new(), Color::Green)
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn badge(&self) -> Style {
        self.fg(Style::new(), Color::Yellow)
    }

    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => Style::new().add_modifier(Modifier::DIM),
        }
    }

    pub fn error(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn key(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    /// A piece of the reader; `current` for the passage last jumped to.
    pub fn mark(&self, mark: Mark, current: bool) -> Style {
        let style = match mark {
            Mark::Title => Style::new().add_modifier(Modifier::BOLD),
            Mark::Meta => self.fg(Style::new(), Color::Green),
            Mark::Notice => self.fg(Style::new().add_modifier(Modifier::ITALIC), Color::Magenta),
            Mark::Plain => Style::new(),
            // Verbatim copy is the loudest; a rewrite only carries the same content, so it is
            // marked the most softly.
            Mark::Shared { kind, .. } => match kind {
                Kind::Verbatim | Kind::Duplicate => self.fg(
                    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                    Color::Yellow,
                ),
                Kind::Near => self.fg(
                    Style::new().add_modifier(Modifier::UNDERLINED),
                    Color::Yellow,
                ),
                Kind::Rewrite => self.fg(Style::new().add_modifier(Modifier::ITALIC), Color::Cyan),
            },
            Mark::Marker { .. } => {
                self.fg(Style::new().add_modifier(Modifier::DIM), Color::Magenta)
            }
        };
        if current && matches!(mark, Mark::Marker { .. }) {
            style
                .add_modifier(Modifier::REVERSED)
                .remove_modifier(Modifier::DIM)
        } else {
            style
        }
    }
}
