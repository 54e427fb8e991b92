//! `parallax compare A B`: two reports in two columns, their shared passages numbered and
//! marked, for a pipe or a quick look (`--json` gives the aligned pairs).
//!
//! On a terminal (no `--json`, no `--width`) it opens the interface's comparison instead.
//!
//! Pipes get no colour, so kinds are told apart by their brackets: `[1 verbatim 1]`,
//! `{2 near 2}`, `<3 rewrite 3>`, `(4 duplicate 4)`. Pairs that come in the same order in both
//! reports start on the same row; the others stay in their report's order.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::list::Row;
use super::passages::{options, SpanOut};
use super::{find_article, load, print_json, stdout_is_terminal, Result};
use crate::cli::Common;
use crate::engine::analysis::analyse;
use crate::engine::compare::{compare, Comparison, Side};
use crate::engine::passages::Kind;
use crate::engine::safe::{visible, visible_line};
use crate::engine::{Article, Bundle};

#[derive(Serialize)]
struct SideOut<'a> {
    /// Pieces of the passage, one per paragraph.
    spans: Vec<SpanOut<'a>>,
    /// Words of this side the other does not have.
    changed: Vec<SpanOut<'a>>,
    words: usize,
}

#[derive(Serialize)]
struct PairOut<'a> {
    /// 1-based, in the left article's order.
    number: usize,
    /// Index of the bundle's passage (as in `passages --json`), if it reported one.
    passage: Option<usize>,
    kind: Kind,
    a: SideOut<'a>,
    b: SideOut<'a>,
}

#[derive(Serialize)]
struct Out<'a> {
    a: Row<'a>,
    b: Row<'a>,
    duplicate: bool,
    /// Words of each article found in the other, and their share.
    shared_words_a: usize,
    shared_words_b: usize,
    share_a: f32,
    share_b: f32,
    pairs: Vec<PairOut<'a>>,
    /// Pair numbers in the right article's order.
    b_order: Vec<usize>,
    /// What only each article says.
    only_a: Vec<SpanOut<'a>>,
    only_b: Vec<SpanOut<'a>>,
}

fn side_out<'a>(a: &'a Article, s: &Side) -> SideOut<'a> {
    SideOut {
        spans: s
            .spans
            .iter()
            .map(|sp| SpanOut::new(a, sp.start..sp.end))
            .collect(),
        changed: s
            .changed
            .iter()
            .map(|r| SpanOut::new(a, r.clone()))
            .collect(),
        words: s.words,
    }
}

pub fn run(
    a: &str,
    b: &str,
    common: &Common,
    width: Option<usize>,
    ui: &super::Interface,
) -> Result {
    let bundle = load(common.bundle.as_deref())?;
    let ia = find_article(&bundle, a)?;
    let ib = find_article(&bundle, b)?;
    if !common.json && width.is_none() && stdout_is_terminal() && std::io::stdin().is_terminal() {
        // A person at a terminal gets the interface; pipes and scripts keep the print.
        let settings = ui.settings()?;
        let path = common.bundle.as_deref();
        return match crate::tui::run_compare(path, bundle, &settings, ia, ib)? {
            None => Ok(()),
            Some(message) => Err(super::CommandError::Other(anyhow::anyhow!(message))),
        };
    }
    let opts = options(crate::engine::passages::Options::default().min_words);
    let analysis = analyse(&bundle.articles, &opts, false);
    let c = compare(&bundle.articles, ia, ib, Some(&analysis.passages), &opts);
    let (aa, ab) = (&bundle.articles[ia], &bundle.articles[ib]);
    if common.json {
        let round = |x: f32| (x * 1000.0).round() / 1000.0;
        return print_json(&Out {
            a: Row::new(&bundle, &analysis, ia),
            b: Row::new(&bundle, &analysis, ib),
            duplicate: c.duplicate,
            shared_words_a: c.shared_a,
            shared_words_b: c.shared_b,
            share_a: round(c.share_a()),
            share_b: round(c.share_b()),
            pairs: c
                .pairs
                .iter()
                .enumerate()
                .map(|(i, p)| PairOut {
                    number: i + 1,
                    passage: p.passage,
                    kind: p.kind,
                    a: side_out(aa, &p.a),
                    b: side_out(ab, &p.b),
                })
                .collect(),
            b_order: c.b_order.iter().map(|&i| i + 1).collect(),
            only_a: c
                .only_a
                .iter()
                .map(|r| SpanOut::new(aa, r.clone()))
                .collect(),
            only_b: c
                .only_b
                .iter()
                .map(|r| SpanOut::new(ab, r.clone()))
                .collect(),
        });
    }
    let width = width
        .or_else(|| {
            stdout_is_terminal()
                .then(|| crossterm::terminal::size().ok().map(|(w, _)| w as usize))
                .flatten()
        })
        .unwrap_or(120);
    let mut out = io::stdout().lock();
    for line in render(&bundle, &c, width) {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A stretch of one article: a pair's side (with its pair index) or text it alone has.
struct Block {
    pair: Option<usize>,
    lines: Vec<String>,
    /// A paragraph break follows.
    para_after: bool,
}

fn brackets(kind: Kind) -> (char, char) {
    match kind {
        Kind::Verbatim => ('[', ']'),
        Kind::Near => ('{', '}'),
        Kind::Rewrite => ('<', '>'),
        Kind::Duplicate => ('(', ')'),
    }
}

/// Wraps `text` (paragraphs separated by blank lines) to `width` columns.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for (k, para) in text.split("\n\n").enumerate() {
        if k > 0 {
            lines.push(String::new());
        }
        let clean = visible(para).replace(['\n', '\t'], " ");
        for l in textwrap::wrap(clean.trim(), width.max(8)) {
            lines.push(l.into_owned());
        }
    }
    lines
}

/// One article cut into blocks at its pairs' edges. `order` lists pair indices by position
/// on this side; overlapping pairs are clipped to what the previous ones left. A pair's block
/// takes the punctuation stuck to its first and last words (quotation marks, full stop).
fn blocks(a: &Article, c: &Comparison, left: bool, order: &[usize], width: usize) -> Vec<Block> {
    let body = a.body.as_str();
    let stuck = |ch: char| !ch.is_whitespace() && !ch.is_alphanumeric();
    let mut out = Vec::new();
    let push = |out: &mut Vec<Block>, pair: Option<usize>, from: usize, to: usize| {
        let Some(text) = body.get(from..to) else {
            return;
        };
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let text = match pair {
            Some(i) => {
                let (o, cl) = brackets(c.pairs[i].kind);
                format!("{o}{n} {text} {n}{cl}", n = i + 1)
            }
            None => text.to_string(),
        };
        let rest = &body[to..];
        let gap = &rest[..rest
            .find(|ch: char| !ch.is_whitespace())
            .unwrap_or(rest.len())];
        out.push(Block {
            pair,
            lines: wrap(&text, width),
            para_after: gap.contains("\n\n"),
        });
    };
    let mut cursor = 0;
    for &i in order {
        let r = if left {
            &c.pairs[i].a.range
        } else {
            &c.pairs[i].b.range
        };
        let mut start = r.start.max(cursor);
        if start >= r.end {
            continue;
        }
        while let Some(ch) = body[cursor..start]
            .chars()
            .next_back()
            .filter(|&ch| stuck(ch))
        {
            start -= ch.len_utf8();
        }
        let mut end = r.end;
        while let Some(ch) = body[end..].chars().next().filter(|&ch| stuck(ch)) {
            end += ch.len_utf8();
        }
        if start > cursor {
            push(&mut out, None, cursor, start);
        }
        push(&mut out, Some(i), start, end);
        cursor = end;
    }
    push(&mut out, None, cursor, body.len());
    out
}

fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn header(bundle: &Bundle, i: usize, share: f32, words: usize, width: usize) -> Vec<String> {
    let a = &bundle.articles[i];
    let mut lines = wrap(
        &format!(
            "{} · {}",
            visible_line(&a.id),
            visible_line(a.outlet.as_deref().unwrap_or("unknown outlet"))
        ),
        width,
    );
    lines.extend(wrap(&visible_line(&a.display_title()), width));
    let stats = format!(
        "{} · {} words · {:.0}% in the other",
        a.date.map_or("undated".to_string(), |d| d.to_string()),
        words,
        share * 100.0
    );
    lines.extend(wrap(&stats, width));
    lines
}

/// The whole two-column print.
pub fn render(bundle: &Bundle, c: &Comparison, width: usize) -> Vec<String> {
    let gutter = 3;
    let col = (width.saturating_sub(gutter) / 2).max(20);
    let mut rows: Vec<(String, String)> = Vec::new();
    let add = |rows: &mut Vec<(String, String)>, l: &[String], r: &[String]| {
        for k in 0..l.len().max(r.len()) {
            rows.push((
                l.get(k).cloned().unwrap_or_default(),
                r.get(k).cloned().unwrap_or_default(),
            ));
        }
    };
    let ha = header(bundle, c.a, c.share_a(), c.words_a, col);
    let hb = header(bundle, c.b, c.share_b(), c.words_b, col);
    add(&mut rows, &ha, &hb);
    add(&mut rows, &["-".repeat(col)], &["-".repeat(col)]);

    let a_order: Vec<usize> = (0..c.pairs.len()).collect();
    let left = blocks(&bundle.articles[c.a], c, true, &a_order, col);
    let right = blocks(&bundle.articles[c.b], c, false, &c.b_order, col);
    let seq_l: Vec<usize> = left.iter().filter_map(|b| b.pair).collect();
    let seq_r: Vec<usize> = right.iter().filter_map(|b| b.pair).collect();
    let anchors: Vec<usize> = crate::engine::seq::lcs(&seq_l, &seq_r)
        .into_iter()
        .map(|(i, _)| seq_l[i])
        .collect();
    let flatten = |bs: &[Block]| -> Vec<String> {
        let mut v = Vec::new();
        for b in bs {
            v.extend(b.lines.iter().cloned());
            if b.para_after {
                v.push(String::new());
            }
        }
        v
    };
    let (mut li, mut ri) = (0, 0);
    for &anchor in anchors.iter().chain(std::iter::once(&usize::MAX)) {
        let lj = left[li..]
            .iter()
            .position(|b| b.pair == Some(anchor))
            .map_or(left.len(), |p| li + p);
        let rj = right[ri..]
            .iter()
            .position(|b| b.pair == Some(anchor))
            .map_or(right.len(), |p| ri + p);
        add(&mut rows, &flatten(&left[li..lj]), &flatten(&right[ri..rj]));
        if lj < left.len() && rj < right.len() {
            add(
                &mut rows,
                &flatten(&left[lj..lj + 1]),
                &flatten(&right[rj..rj + 1]),
            );
            li = lj + 1;
            ri = rj + 1;
        } else {
            li = lj;
            ri = rj;
        }
    }

    let mut lines: Vec<String> = rows
        .into_iter()
        .map(|(l, r)| format!("{}{}{}", pad(&l, col), " | ", r))
        .collect();
    let count = |k: Kind| c.pairs.iter().filter(|p| p.kind == k).count();
    lines.push(String::new());
    let summary = format!(
        "{} shared passage{}: {} verbatim [ ], {} near {{ }}, {} rewrite < >{}; left shares {} of {} words, right {} of {}",
        c.pairs.len(),
        if c.pairs.len() == 1 { "" } else { "s" },
        count(Kind::Verbatim),
        count(Kind::Near),
        count(Kind::Rewrite),
        if c.duplicate { "; the two are duplicates" } else { "" },
        c.shared_a,
        c.words_a,
        c.shared_b,
        c.words_b
    );
    // The summary is as wide as the two columns, not one long line.
    lines.extend(wrap(&summary, 2 * col + 3));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::bundle;
    use crate::engine::passages::Options;

    #[test]
    fn side_by_side_marks_and_aligns_pairs() {
        let b = bundle::sample();
        let opts = Options::default();
        let c = compare(&b.articles, 0, 1, None, &opts);
        let lines = render(&b, &c, 100);
        let text = lines.join("\n");
        assert!(!c.pairs.is_empty());
        // Every pair is opened and closed on both sides.
        for (i, p) in c.pairs.iter().enumerate() {
            let (o, cl) = brackets(p.kind);
            let open = format!("{o}{} ", i + 1);
            let close = format!(" {}{cl}", i + 1);
            assert_eq!(text.matches(&open).count(), 2, "{open:?} in\n{text}");
            assert_eq!(text.matches(&close).count(), 2, "{close:?}");
        }
        // A pair in the same order on both sides starts on one row.
        let row = |needle: &str, left: bool| {
            lines.iter().position(|l| {
                let (lhs, rhs) = l.split_at(l.find(" | ").unwrap_or(l.len()));
                if left {
                    lhs.contains(needle)
                } else {
                    rhs.contains(needle)
                }
            })
        };
        let first = c.b_order.iter().position(|&i| i == 0);
        if first == Some(0) {
            let (o, _) = brackets(c.pairs[0].kind);
            let m = format!("{o}1 ");
            assert_eq!(row(&m, true), row(&m, false));
        }
        for l in &lines {
            assert!(!l.chars().any(|c| c.is_control()));
        }
    }

    #[test]
    fn no_line_is_wider_than_asked() {
        let b = bundle::sample();
        let opts = Options::default();
        for (x, y) in [(0, 1), (2, 3), (1, 4)] {
            let c = compare(&b.articles, x, y, None, &opts);
            for width in [50, 80, 101, 160] {
                let lines = render(&b, &c, width);
                let col = (width - 3) / 2;
                for l in &lines {
                    let w = UnicodeWidthStr::width(l.trim_end());
                    assert!(w <= width, "{w} > {width}: {l}");
                    // The gutter sits at the same column on every two-column row.
                    if l.contains(" | ") && !l.starts_with(|ch: char| ch.is_ascii_digit()) {
                        let at = l.find(" | ").expect("gutter");
                        let before = UnicodeWidthStr::width(&l[..at]);
                        assert!(before <= col, "{l}");
                    }
                }
            }
        }
    }
}
