//! How marks look. Colours come from the settings' palette, by default the terminal's own
//! named ANSI colours, so they follow its palette; with colour off (`NO_COLOR`, `--color
//! never`) every highlight is still told apart by bold, underline, italic or reverse.

use ratatui::style::{Color, Modifier, Style};

use crate::app::reader::Mark;
use crate::engine::passages::Kind;
use crate::settings::{ColorMode, Palette, Settings};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub palette: Palette,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            color: true,
            palette: Palette::default(),
        }
    }
}

impl Theme {
    /// The default palette; colour unless `NO_COLOR` is set to anything non-empty
    /// (no-color.org).
    pub fn from_env() -> Theme {
        Theme {
            color: ColorMode::Auto.enabled(std::env::var_os("NO_COLOR").as_deref()),
            palette: Palette::default(),
        }
    }

    /// The settings' palette and colour mode, with `NO_COLOR` deciding `auto`.
    pub fn from_settings(settings: &Settings) -> Theme {
        Theme {
            color: settings
                .color
                .enabled(std::env::var_os("NO_COLOR").as_deref()),
            palette: settings.palette,
        }
    }

    pub fn plain() -> Theme {
        Theme {
            color: false,
            palette: Palette::default(),
        }
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
            self.palette.filter_match,
        )
    }

    pub fn event(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD),
            self.palette.accent,
        )
    }

    pub fn outlet(&self) -> Style {
        self.fg(Style::new(), self.palette.outlet)
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn badge(&self) -> Style {
        self.fg(Style::new(), self.palette.badge)
    }

    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(self.palette.accent),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => Style::new().add_modifier(Modifier::DIM),
        }
    }

    pub fn error(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD),
            self.palette.error,
        )
    }

    pub fn key(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD),
            self.palette.accent,
        )
    }

    /// A piece of the reader; `current` for the passage last jumped to.
    pub fn mark(&self, mark: Mark, current: bool) -> Style {
        let style = match mark {
            Mark::Title => Style::new().add_modifier(Modifier::BOLD),
            Mark::Meta => self.fg(Style::new(), self.palette.outlet),
            Mark::Notice => self.fg(
                Style::new().add_modifier(Modifier::ITALIC),
                self.palette.marker,
            ),
            Mark::Plain => Style::new(),
            // Verbatim copy is the loudest; a rewrite only carries the same content, so it is
            // marked the most softly.
            Mark::Shared { kind, .. } => match kind {
                Kind::Verbatim | Kind::Duplicate => self.fg(
                    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                    self.palette.shared,
                ),
                Kind::Near => self.fg(
                    Style::new().add_modifier(Modifier::UNDERLINED),
                    self.palette.shared,
                ),
                Kind::Rewrite => self.fg(
                    Style::new().add_modifier(Modifier::ITALIC),
                    self.palette.rewrite,
                ),
            },
            Mark::Marker { .. } => self.fg(
                Style::new().add_modifier(Modifier::DIM),
                self.palette.marker,
            ),
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
