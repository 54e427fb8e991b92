//! `parallax compare A B --format markdown`: the two reports' facts side by side, their
//! shared passages in a table, and what only each one says.

use std::fmt::Write;

use crate::engine::analysis::Analysis;
use crate::engine::compare::Comparison;
use crate::engine::safe::visible_line;
use crate::engine::Bundle;

use super::{header, kind_name, side_text};

/// Text for a Markdown line or table cell: controls made visible, line breaks made spaces,
/// and the characters Markdown would read as syntax (emphasis, links, code, tables, HTML)
/// escaped with a backslash.
pub(crate) fn escape(s: &str) -> String {
    let line = visible_line(s);
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.trim().chars().enumerate() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '!'
        ) || (i == 0 && matches!(c, '-' | '+' | '='))
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn percent(x: f32) -> String {
    format!("{:.0}%", x * 100.0)
}

pub fn compare_markdown(bundle: &Bundle, analysis: &Analysis, c: &Comparison) -> String {
    let (ha, hb) = (
        header(bundle, analysis, c, true),
        header(bundle, analysis, c, false),
    );
    let (aa, ab) = (&bundle.articles[c.a], &bundle.articles[c.b]);
    let mut out = String::new();
    let _ = writeln!(out, "# {} / {}\n", escape(&ha.title), escape(&hb.title));
    let _ = writeln!(out, "|  | Left | Right |\n|---|---|---|");
    let _ = writeln!(
        out,
        "| Title | {} | {} |",
        escape(&ha.title),
        escape(&hb.title)
    );
    let _ = writeln!(
        out,
        "| Outlet | {} | {} |",
        escape(&ha.outlet),
        escape(&hb.outlet)
    );
    let _ = writeln!(
        out,
        "| Date | {} | {} |",
        escape(&ha.date),
        escape(&hb.date)
    );
    let link = |u: &Option<String>| {
        u.as_deref().map_or(String::new(), |u| {
            format!("<{}>", u.replace(['<', '>'], ""))
        })
    };
    let _ = writeln!(out, "| URL | {} | {} |", link(&ha.url), link(&hb.url));
    let _ = writeln!(out, "| Words | {} | {} |", ha.words, hb.words);
    let _ = writeln!(
        out,
        "| Found in the other | {} | {} |",
        percent(ha.share),
        percent(hb.share)
    );
    if c.duplicate {
        let _ = writeln!(out, "\nThe two are duplicates of each other.");
    }
    let _ = writeln!(out, "\n## Shared passages ({})\n", c.pairs.len());
    if c.pairs.is_empty() {
        let _ = writeln!(out, "The two reports share no passage.");
    } else {
        let _ = writeln!(
            out,
            "| # | Kind | {} | {} |\n|---|---|---|---|",
            escape(&ha.outlet),
            escape(&hb.outlet)
        );
        for (i, p) in c.pairs.iter().enumerate() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                i + 1,
                kind_name(p.kind),
                escape(side_text(aa, &p.a)),
                escape(side_text(ab, &p.b))
            );
        }
    }
    for (h, article, only) in [(&ha, aa, &c.only_a), (&hb, ab, &c.only_b)] {
        let _ = writeln!(out, "\n## Only in {}\n", escape(&h.outlet));
        let pieces: Vec<String> = only
            .iter()
            .filter_map(|r| article.body.get(r.clone()))
            .map(escape)
            .filter(|t| !t.is_empty())
            .collect();
        if pieces.is_empty() {
            let _ = writeln!(out, "Nothing: everything it says, the other says too.");
        }
        for p in pieces {
            let _ = writeln!(out, "> {p}\n");
        }
    }
    let _ = writeln!(
        out,
        "\n*Compared with parallax {}.*",
        env!("CARGO_PKG_VERSION")
    );
    out
}
