//! The `[theme]` table: which colour each kind of mark takes, by name, ANSI index or hex.

use std::str::FromStr;

use ratatui::style::Color;
use serde::Deserialize;
use toml::Spanned;

use super::Problem;

/// The colours the interface draws with. Named ANSI colours by default, so they follow the
/// terminal's palette and read on dark and light backgrounds alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub accent: Color,
    pub outlet: Color,
    pub filter_match: Color,
    pub shared: Color,
    pub rewrite: Color,
    pub marker: Color,
    pub badge: Color,
    pub error: Color,
}

impl Default for Palette {
    fn default() -> Self {
        Palette {
            accent: Color::Cyan,
            outlet: Color::Green,
            filter_match: Color::Yellow,
            shared: Color::Yellow,
            rewrite: Color::Cyan,
            marker: Color::Magenta,
            badge: Color::Yellow,
            error: Color::Red,
        }
    }
}

/// `[theme]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ThemeTable {
    accent: Option<Spanned<String>>,
    outlet: Option<Spanned<String>>,
    filter_match: Option<Spanned<String>>,
    shared: Option<Spanned<String>>,
    rewrite: Option<Spanned<String>>,
    marker: Option<Spanned<String>>,
    badge: Option<Spanned<String>>,
    error: Option<Spanned<String>>,
}

/// Parses a colour: a name (`red`, `lightblue`, `dark-gray`, `default`), an ANSI index
/// (`"208"`) or `#rrggbb`.
pub fn parse_color(text: &str) -> Result<Color, String> {
    let t = text.trim();
    let bad = || {
        format!(
            "unknown colour {text:?}: use a name (red, lightblue, darkgray, default...), an ANSI index (0 to 255) or #rrggbb"
        )
    };
    if let Some(hex) = t.strip_prefix('#') {
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
    }
    if t.eq_ignore_ascii_case("default") {
        return Ok(Color::Reset);
    }
    Color::from_str(t).map_err(|_| bad())
}

impl ThemeTable {
    pub(crate) fn palette(&self) -> Result<Palette, Problem> {
        let mut p = Palette::default();
        let fields: [(&Option<Spanned<String>>, &mut Color); 8] = [
            (&self.accent, &mut p.accent),
            (&self.outlet, &mut p.outlet),
            (&self.filter_match, &mut p.filter_match),
            (&self.shared, &mut p.shared),
            (&self.rewrite, &mut p.rewrite),
            (&self.marker, &mut p.marker),
            (&self.badge, &mut p.badge),
            (&self.error, &mut p.error),
        ];
        for (value, slot) in fields {
            if let Some(v) = value {
                *slot = parse_color(v.get_ref()).map_err(|m| Problem::at(v.span(), m))?;
            }
        }
        Ok(p)
    }
}
