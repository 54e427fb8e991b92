//! Results to take elsewhere: shared passages as CSV, and a comparison of two reports as
//! Markdown or as a self-contained HTML page.
//!
//! Each format is a pure function from the core's results to a string (tested on its own);
//! the `run` functions here only load, compute and print. Text from a bundle is untrusted:
//! terminal controls are made visible as everywhere else, and each format escapes what its
//! readers would act on (CSV quotes, Markdown syntax, HTML markup).

mod csv;
mod html;
mod markdown;

pub use csv::passages_csv;
pub use html::compare_html;
pub use markdown::compare_markdown;

use std::io::Write;

use super::{find_article, load, Result};
use crate::cli::Common;
use crate::engine::analysis::{analyse, Analysis};
use crate::engine::compare::{compare, Comparison, Side};
use crate::engine::passages::Kind;
use crate::engine::{Article, Bundle};

/// The formats `compare` exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Markdown,
    Html,
}

/// `parallax compare A B --format markdown|html`.
pub fn compare_document(a: &str, b: &str, common: &Common, format: Document) -> Result {
    let bundle = load(common.bundle.as_deref())?;
    let ia = find_article(&bundle, a)?;
    let ib = find_article(&bundle, b)?;
    let opts = super::passages::options(crate::engine::passages::Options::default().min_words);
    let analysis = analyse(&bundle.articles, &opts, false);
    let c = compare(&bundle.articles, ia, ib, Some(&analysis.passages), &opts);
    let text = match format {
        Document::Markdown => compare_markdown(&bundle, &analysis, &c),
        Document::Html => compare_html(&bundle, &analysis, &c),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}

/// What a person calls a kind of sharing.
pub(crate) fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Verbatim => "verbatim",
        Kind::Near => "near-verbatim",
        Kind::Rewrite => "rewrite",
        Kind::Duplicate => "duplicate",
    }
}

/// The text of one side of a pair, as one line.
pub(crate) fn side_text<'a>(article: &'a Article, side: &Side) -> &'a str {
    article.body.get(side.range.clone()).unwrap_or("")
}

/// The article's heading pieces: outlet, date, title.
pub(crate) struct Header {
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub url: Option<String>,
    pub words: usize,
    /// Share of its words the other article also has.
    pub share: f32,
}

pub(crate) fn header(bundle: &Bundle, _analysis: &Analysis, c: &Comparison, left: bool) -> Header {
    let (i, share, words) = if left {
        (c.a, c.share_a(), c.words_a)
    } else {
        (c.b, c.share_b(), c.words_b)
    };
    let a = &bundle.articles[i];
    Header {
        title: a.display_title(),
        outlet: a.outlet.clone().unwrap_or_else(|| "unknown outlet".into()),
        date: a.date.map(|d| d.to_string()).unwrap_or_default(),
        url: a.url.clone().filter(|u| crate::system::is_web_address(u)),
        words,
        share,
    }
}

/// One article's body cut at the pairs it carries: `(pairs, text)` in reading order, no pair
/// for text the other article does not have. Overlapping pairs are clipped to what the
/// previous ones left; a pair wholly inside an earlier one is listed with it, so every pair
/// is found on both sides. A range off character boundaries is left unmarked.
pub(crate) fn segments<'a>(
    article: &'a Article,
    c: &Comparison,
    left: bool,
) -> Vec<(Vec<usize>, &'a str)> {
    let body = article.body.as_str();
    let mut order: Vec<(usize, usize, usize)> = c
        .pairs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let r = if left { &p.a.range } else { &p.b.range };
            (r.start, r.end, i)
        })
        .collect();
    order.sort_unstable();
    let mut out: Vec<(Vec<usize>, &str)> = Vec::new();
    let mut cursor = 0;
    for (start, end, i) in order {
        let start = start.max(cursor);
        if start >= end {
            if let Some((pairs, _)) = out.last_mut().filter(|(p, _)| !p.is_empty()) {
                pairs.push(i);
            }
            continue;
        }
        let (Some(before), Some(inside)) = (body.get(cursor..start), body.get(start..end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push((Vec::new(), before));
        }
        out.push((vec![i], inside));
        cursor = end;
    }
    if let Some(rest) = body.get(cursor..).filter(|r| !r.is_empty()) {
        out.push((Vec::new(), rest));
    }
    out
}

#[cfg(test)]
mod tests;
