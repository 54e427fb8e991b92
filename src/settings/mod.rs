//! Settings: the `config.toml` a person keeps, read strictly.
//!
//! The default file is part of the repository (`assets/config.toml`) and compiled in, so
//! `--print-default-config` and the built-in behaviour cannot disagree (a test parses it and
//! compares with the built-in key map and palette). A file is parsed in full before anything is
//! used: an unknown setting, an unknown action or key, or a bad colour is an error that names
//! the file and line, and the defaults are never used in its place. Reading the environment is
//! kept to [`paths`]; everything else here is pure.

pub mod colors;
pub mod keys;
pub mod paths;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::app::KeyMap;

pub use colors::Palette;

/// The default settings file, as shipped.
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

/// Whether to draw colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ColorMode {
    /// Colour unless `NO_COLOR` is set.
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorMode {
    /// Whether colours are drawn, given the value of `NO_COLOR` (no-color.org: set and not
    /// empty turns colour off).
    pub fn enabled(self, no_color: Option<&std::ffi::OsStr>) -> bool {
        match self {
            ColorMode::Always => true,
            ColorMode::Never => false,
            ColorMode::Auto => no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// Everything a settings file decides.
#[derive(Debug, Clone)]
pub struct Settings {
    pub color: ColorMode,
    pub keymap: KeyMap,
    pub palette: Palette,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            color: ColorMode::Auto,
            keymap: KeyMap::default(),
            palette: Palette::default(),
        }
    }
}

/// A settings file that cannot be used, with where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read {path}: {message}")]
    Read { path: String, message: String },
    /// `line` is 1-based; 0 when the parser could not say.
    #[error("{}", located(.path, *.line, .message))]
    Invalid {
        path: String,
        line: usize,
        message: String,
    },
}

fn located(path: &str, line: usize, message: &str) -> String {
    if line == 0 {
        format!("{path}: {message}")
    } else {
        format!("{path}:{line}: {message}")
    }
}

/// The file's shape. Keys and colours are kept as written, with their place in the file, and
/// checked in a second step so that each error can name its line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    color: Option<Spanned<ColorMode>>,
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    filter_keys: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    theme: colors::ThemeTable,
}

/// An error about the text at `span` of the file.
pub(crate) struct Problem {
    pub span: Range<usize>,
    pub message: String,
}

impl Problem {
    pub fn at(span: Range<usize>, message: impl Into<String>) -> Problem {
        Problem {
            span,
            message: message.into(),
        }
    }
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    // Counting bytes is safe at any offset: a newline is never inside a multi-byte character.
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Parses a settings file's text; `path` is how errors name it.
pub fn parse(text: &str, path: &str) -> Result<Settings, SettingsError> {
    let invalid = |p: Problem| SettingsError::Invalid {
        path: path.to_string(),
        line: line_of(text, p.span.start),
        message: p.message,
    };
    let file: File = toml::from_str(text).map_err(|e| SettingsError::Invalid {
        path: path.to_string(),
        line: e.span().map_or(0, |s| line_of(text, s.start)),
        message: e.message().trim_end().to_string(),
    })?;
    let mut keymap = KeyMap::default();
    keys::apply(&mut keymap, &file.keys, false).map_err(invalid)?;
    keys::apply(&mut keymap, &file.filter_keys, true).map_err(invalid)?;
    keys::check_conflicts(&keymap, &file.keys, &file.filter_keys).map_err(invalid)?;
    let palette = file.theme.palette().map_err(invalid)?;
    Ok(Settings {
        color: file.color.map_or(ColorMode::Auto, Spanned::into_inner),
        keymap,
        palette,
    })
}

/// Reads the settings: from `explicit` when given (it must exist), else from the usual place
/// when a file is there, else the defaults.
pub fn load(explicit: Option<&Path>) -> Result<Settings, SettingsError> {
    let path: PathBuf = match explicit {
        Some(p) => p.to_path_buf(),
        None => match paths::config_file() {
            Some(p) if p.exists() => p,
            _ => return Ok(Settings::default()),
        },
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| SettingsError::Read {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    parse(&text, &shown)
}

#[cfg(test)]
mod tests;
