//! `parallax show ID`: one article, cleaned or original.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use super::list::Row;
use super::{find_article, load, print_json, stdout_is_terminal, Result};
use crate::cli::Common;
use crate::engine::analysis::analyse;
use crate::engine::passages::Options;
use crate::engine::safe::{visible, visible_line};
use crate::engine::Removed;

#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    row: Row<'a>,
    /// The cleaned text (or the original with --raw).
    body: Cow<'a, str>,
    /// Blocks of the original left out of the body, with why.
    removed: &'a [Removed],
    /// Anything the reader should know (lossy decoding, truncation).
    notices: &'a [String],
}

pub fn run(id: &str, common: &Common, raw: bool) -> Result {
    let bundle = load(common.bundle.as_deref())?;
    let i = find_article(&bundle, id)?;
    let analysis = analyse(&bundle.articles, &Options::default(), false);
    let a = &bundle.articles[i];
    if common.json {
        return print_json(&Shown {
            row: Row::new(&bundle, &analysis, i),
            body: if raw { a.raw() } else { Cow::Borrowed(&a.body) },
            removed: &a.removed,
            notices: &a.notices,
        });
    }
    let mut out = io::stdout().lock();
    if raw {
        // The original, byte for byte, to a pipe; made visible on a terminal.
        if stdout_is_terminal() {
            write!(out, "{}", visible(&a.raw()))?;
        } else {
            write!(out, "{}", a.raw())?;
        }
        return Ok(());
    }
    let unknown = "unknown".to_string();
    writeln!(out, "{}", visible_line(&a.display_title()))?;
    writeln!(
        out,
        "{} · {} · {} words",
        visible_line(a.outlet.as_deref().unwrap_or("unknown outlet")),
        a.date.map_or(unknown, |d| d.to_string()),
        a.words()
    )?;
    if let Some(url) = &a.url {
        writeln!(out, "{}", visible_line(url))?;
    }
    for n in &a.notices {
        writeln!(out, "note: {}", visible_line(n))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", visible(&a.body))?;
    Ok(())
}
