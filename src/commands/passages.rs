//! `parallax passages`: the passages shared across outlets, as text or JSON.
//!
//! Offsets in the JSON are byte offsets into each article's original file (for JSON bundles,
//! into its text field), and `text` is exactly those bytes, so a script can check or cut them
//! out itself.

use std::io::{self, Write};

use serde::Serialize;

use super::list::Row;
use super::{load, print_json, Result};
use crate::cli::Common;
use crate::engine::analysis::{analyse, Analysis};
use crate::engine::passages::{Kind, Options, Passage, Span};
use crate::engine::safe::visible_line;
use crate::engine::{Article, Bundle};

/// A span as the JSON shows it.
#[derive(Debug, Serialize)]
pub struct SpanOut<'a> {
    /// The article's id.
    pub article: &'a str,
    /// Byte offsets into the original file (or JSON text field).
    pub start: usize,
    pub end: usize,
    /// Exactly the original's bytes between `start` and `end`.
    pub text: std::borrow::Cow<'a, str>,
}

impl<'a> SpanOut<'a> {
    pub fn new(a: &'a Article, body: std::ops::Range<usize>) -> SpanOut<'a> {
        let file = a.body_to_file(body.clone());
        let raw = a.body_to_raw_range(body);
        SpanOut {
            article: &a.id,
            start: file.start,
            end: file.end,
            text: a.raw_get(raw).unwrap_or_default(),
        }
    }
}

#[derive(Debug, Serialize)]
struct PassageOut<'a> {
    kind: Kind,
    words: usize,
    spans: Vec<SpanOut<'a>>,
}

#[derive(Debug, Serialize)]
struct Out<'a> {
    articles: Vec<Row<'a>>,
    passages: Vec<PassageOut<'a>>,
}

/// Options from the command line's `--min-words`; the shortest quotation never exceeds it.
pub fn options(min_words: usize) -> Options {
    let d = Options::default();
    Options {
        min_words: min_words.max(2),
        min_quote_words: d.min_quote_words.min(min_words.max(2)),
        ..d
    }
}

/// The event named on the command line: an id from `events`, or a unique prefix of one.
fn find_event(analysis: &Analysis, id: &str) -> Result<usize> {
    if let Some(i) = analysis.events.iter().position(|e| e.id == id) {
        return Ok(i);
    }
    let m: Vec<usize> = (0..analysis.events.len())
        .filter(|&i| analysis.events[i].id.starts_with(id))
        .collect();
    match m.as_slice() {
        [i] => Ok(*i),
        [] => Err(super::CommandError::Usage(format!(
            "no event with id {id:?} (try `parallax events`)"
        ))),
        many => Err(super::CommandError::Usage(format!(
            "event id {id:?} is ambiguous: {} events start with it",
            many.len()
        ))),
    }
}

pub fn run(
    common: &Common,
    event: Option<&str>,
    min_words: usize,
    across_events: bool,
    csv: bool,
) -> Result {
    let bundle = load(common.bundle.as_deref())?;
    let analysis = analyse(&bundle.articles, &options(min_words), across_events);
    // The articles in view: one event's, or all.
    let scope: Vec<usize> = match event {
        Some(id) => {
            let mut v = analysis.events[find_event(&analysis, id)?].articles.clone();
            v.sort_unstable();
            v
        }
        None => (0..bundle.articles.len()).collect(),
    };
    let mut in_scope = vec![false; bundle.articles.len()];
    for &i in &scope {
        in_scope[i] = true;
    }
    let passages: Vec<&Passage> = analysis
        .passages
        .passages
        .iter()
        .filter(|p| p.spans.iter().any(|s| in_scope[s.article]))
        .collect();
    if csv {
        let text = super::export::passages_csv(&bundle, &passages);
        io::stdout().lock().write_all(text.as_bytes())?;
        return Ok(());
    }
    if common.json {
        let out = Out {
            articles: scope
                .iter()
                .map(|&i| Row::new(&bundle, &analysis, i))
                .collect(),
            passages: passages
                .iter()
                .map(|p| PassageOut {
                    kind: p.kind,
                    words: p.words,
                    spans: p
                        .spans
                        .iter()
                        .map(|s| SpanOut::new(&bundle.articles[s.article], s.start..s.end))
                        .collect(),
                })
                .collect(),
        };
        return print_json(&out);
    }
    print_text(&bundle, &analysis, &scope, &passages)
}

fn print_text(
    bundle: &Bundle,
    analysis: &Analysis,
    scope: &[usize],
    passages: &[&Passage],
) -> Result {
    let mut out = io::stdout().lock();
    let count = |k: Kind| passages.iter().filter(|p| p.kind == k).count();
    writeln!(
        out,
        "{} passage{} in {} article{} ({} verbatim, {} near, {} rewrite, {} duplicate)",
        passages.len(),
        if passages.len() == 1 { "" } else { "s" },
        scope.len(),
        if scope.len() == 1 { "" } else { "s" },
        count(Kind::Verbatim),
        count(Kind::Near),
        count(Kind::Rewrite),
        count(Kind::Duplicate),
    )?;
    let id_w = scope
        .iter()
        .map(|&i| visible_line(&bundle.articles[i].id).chars().count())
        .max()
        .unwrap_or(2)
        .clamp(2, 40);
    for (n, p) in passages.iter().enumerate() {
        let carriers = p.articles().len();
        writeln!(
            out,
            "\n#{} {} · {} words · {} articles",
            n + 1,
            p.kind.label(),
            p.words,
            carriers
        )?;
        for s in &p.spans {
            let a = &bundle.articles[s.article];
            writeln!(
                out,
                "  {:id_w$}  {}",
                clip(&visible_line(&a.id), id_w),
                excerpt(a, s)
            )?;
        }
    }
    writeln!(out, "\n{:id_w$}  SHARED  DUPLICATE OF", "ID")?;
    for &i in scope {
        let a = &bundle.articles[i];
        let dup = analysis.passages.duplicate_of[i]
            .map(|d| visible_line(&bundle.articles[d].id))
            .unwrap_or_default();
        writeln!(
            out,
            "{:id_w$}  {:>5.0}%  {}",
            clip(&visible_line(&a.id), id_w),
            analysis.passages.shared[i] * 100.0,
            dup
        )?;
    }
    Ok(())
}

/// A span's text on one line, safe for a terminal, long ones shortened in the middle.
fn excerpt(a: &Article, s: &Span) -> String {
    const MAX: usize = 240;
    let text = visible_line(a.body.get(s.start..s.end).unwrap_or(""));
    let n = text.chars().count();
    if n <= MAX {
        return text;
    }
    let head: String = text.chars().take(MAX / 2).collect();
    let tail: String = text.chars().skip(n - MAX / 2).collect();
    format!("{head} … {tail}")
}

fn clip(s: &str, w: usize) -> String {
    if s.chars().count() <= w {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
