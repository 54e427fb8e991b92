//! Where settings and kept state live (XDG base directories, with the usual fallbacks).

use std::env;
use std::path::PathBuf;

/// `$name` when it is set to an absolute path (the XDG rule: relative values are ignored), else
/// `$HOME/<fallback>`.
fn base(name: &str, fallback: &str) -> Option<PathBuf> {
    env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(fallback))
        })
}

/// `$XDG_CONFIG_HOME/parallax/config.toml`, else `~/.config/parallax/config.toml`.
pub fn config_file() -> Option<PathBuf> {
    base("XDG_CONFIG_HOME", ".config").map(|d| d.join("parallax").join("config.toml"))
}

/// `$XDG_DATA_HOME/parallax`, else `~/.local/share/parallax`.
pub fn data_dir() -> Option<PathBuf> {
    base("XDG_DATA_HOME", ".local/share").map(|d| d.join("parallax"))
}
