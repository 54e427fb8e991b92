//! `parallax list`: one row per article.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use serde::Serialize;

use super::{load, print_json, Result};
use crate::cli::Common;
use crate::engine::analysis::{analyse, Analysis};
use crate::engine::passages::Options;
use crate::engine::safe::visible_line;
use crate::engine::{Article, Bundle, Date};

/// The JSON of one article in `list` (and the head of `show`).
#[derive(Debug, Serialize)]
pub struct Row<'a> {
    pub id: &'a str,
    pub path: String,
    /// 1-based line in a JSON Lines file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub outlet: Option<&'a str>,
    pub title: Option<&'a str>,
    pub date: Option<Date>,
    pub url: Option<&'a str>,
    pub words: usize,
    /// The id of the event the article belongs to.
    pub event: &'a str,
    /// Share (0..1) of its words found in other articles.
    pub shared: f32,
    /// The id of the article this one duplicates.
    pub duplicate_of: Option<&'a str>,
}

impl<'a> Row<'a> {
    pub fn new(bundle: &'a Bundle, analysis: &'a Analysis, i: usize) -> Row<'a> {
        let a: &Article = &bundle.articles[i];
        Row {
            id: &a.id,
            path: a.path.display().to_string(),
            line: a.line,
            outlet: a.outlet.as_deref(),
            title: a.title.as_deref(),
            date: a.date,
            url: a.url.as_deref(),
            words: a.words(),
            event: analysis
                .events
                .get(analysis.event_of[i])
                .map_or("", |e| e.id.as_str()),
            shared: (analysis.passages.shared[i] * 1000.0).round() / 1000.0,
            duplicate_of: analysis.passages.duplicate_of[i].map(|d| bundle.articles[d].id.as_str()),
        }
    }
}

pub fn run(common: &Common) -> Result {
    let bundle = load(common.bundle.as_deref())?;
    let analysis = analyse(&bundle.articles, &Options::default(), false);
    let rows: Vec<Row> = (0..bundle.articles.len())
        .map(|i| Row::new(&bundle, &analysis, i))
        .collect();
    if common.json {
        return print_json(&rows);
    }
    let mut out = io::stdout().lock();
    let id_w = rows.iter().map(|r| r.id.chars().count()).max().unwrap_or(2);
    let outlet_w = rows
        .iter()
        .map(|r| r.outlet.map_or(7, |o| o.chars().count()))
        .max()
        .unwrap_or(7)
        .min(24);
    writeln!(
        out,
        "{:id_w$}  {:10}  {:outlet_w$}  {:>5}  {:>6}  TITLE",
        "ID", "DATE", "OUTLET", "WORDS", "SHARED"
    )?;
    for (i, r) in rows.iter().enumerate() {
        let date = r.date.map_or("unknown".to_string(), |d| d.to_string());
        let outlet: String = visible_line(r.outlet.unwrap_or("unknown"))
            .chars()
            .take(outlet_w)
            .collect();
        let title = visible_line(&bundle.articles[i].display_title());
        writeln!(
            out,
            "{:id_w$}  {:10}  {:outlet_w$}  {:>5}  {:>5.0}%  {}",
            visible_line(r.id),
            date,
            outlet,
            r.words,
            r.shared * 100.0,
            title
        )?;
    }
    Ok(())
}

/// `parallax [BUNDLE]` with no subcommand: the interface on a terminal, the list on a pipe.
pub fn run_default(bundle: Option<&Path>, ui: &super::Interface) -> Result {
    if super::stdout_is_terminal() && io::stdin().is_terminal() {
        return super::interface(bundle, ui);
    }
    run(&Common {
        bundle: bundle.map(Path::to_path_buf),
        json: false,
    })
}
