//! `parallax compare A B --format html`: one self-contained page, the two reports in two
//! columns with their shared passages marked and numbered alike on both sides.
//!
//! No scripts and nothing fetched: styles are inline, and a Content-Security-Policy forbids
//! everything else, so a page made from a hostile bundle cannot run or load anything. All
//! bundle text is escaped; links are kept only for web addresses.

use std::fmt::Write;

use crate::engine::analysis::Analysis;
use crate::engine::compare::Comparison;
use crate::engine::passages::Kind;
use crate::engine::safe::visible;
use crate::engine::Bundle;

use super::{header, kind_name, segments, Header};

/// `s` with HTML's special characters as entities (safe in text and in quoted attributes).
pub(crate) fn escape(s: &str) -> String {
    let s = visible(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn class(kind: Kind) -> &'static str {
    kind.label()
}

const STYLE: &str = "
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfb; --dim: #666;
  --verbatim: #ffe27a; --near: #fff0b3; --rewrite: #cfe6ff; --duplicate: #e7d4ff; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #161616; --dim: #9a9a9a;
  --verbatim: #6b5800; --near: #4d4300; --rewrite: #123d66; --duplicate: #3f2566; } }
body { margin: 0 auto; max-width: 80rem; padding: 1.5rem; font: 16px/1.55 Georgia, serif;
  color: var(--fg); background: var(--bg); }
h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
.legend, .meta, footer { color: var(--dim); font: 13px/1.4 system-ui, sans-serif; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
@media (max-width: 50rem) { .cols { grid-template-columns: 1fr; } }
article h2 { font-size: 1.1rem; margin: 1rem 0 .25rem; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark sup { font: bold 11px system-ui, sans-serif; margin-right: 2px; }
mark.verbatim, .legend .verbatim { background: var(--verbatim); }
mark.near, .legend .near { background: var(--near); }
mark.rewrite, .legend .rewrite { background: var(--rewrite); font-style: italic; }
mark.duplicate, .legend .duplicate { background: var(--duplicate); }
";

fn column(out: &mut String, h: &Header, body: &[(Vec<usize>, &str)], c: &Comparison, side: char) {
    let _ = write!(
        out,
        "<article>\n<h2>{}</h2>\n<p class=\"meta\">{}",
        escape(&h.title),
        escape(&h.outlet)
    );
    if !h.date.is_empty() {
        let _ = write!(out, " · {}", escape(&h.date));
    }
    let _ = write!(
        out,
        " · {} words · {:.0}% found in the other",
        h.words,
        h.share * 100.0
    );
    if let Some(url) = &h.url {
        let _ = write!(
            out,
            "<br><a href=\"{u}\" rel=\"noreferrer noopener\">{u}</a>",
            u = escape(url)
        );
    }
    out.push_str("</p>\n<div class=\"body\">");
    for (pairs, text) in body {
        let Some(&first) = pairs.first() else {
            out.push_str(&escape(text));
            continue;
        };
        let p = &c.pairs[first];
        let numbers: Vec<String> = pairs.iter().map(|i| (i + 1).to_string()).collect();
        let _ = write!(
            out,
            "<mark class=\"{}\" id=\"{side}{}\" title=\"{} passage {}, {} words\">",
            class(p.kind),
            first + 1,
            kind_name(p.kind),
            numbers.join(", "),
            if side == 'a' { p.a.words } else { p.b.words },
        );
        // Pairs inside this one keep an anchor of their own.
        for i in &pairs[1..] {
            let _ = write!(out, "<span id=\"{side}{}\"></span>", i + 1);
        }
        let _ = write!(
            out,
            "<sup>{}</sup>{}</mark>",
            numbers.join(","),
            escape(text)
        );
    }
    out.push_str("</div>\n</article>\n");
}

pub fn compare_html(bundle: &Bundle, analysis: &Analysis, c: &Comparison) -> String {
    let (ha, hb) = (
        header(bundle, analysis, c, true),
        header(bundle, analysis, c, false),
    );
    let (aa, ab) = (&bundle.articles[c.a], &bundle.articles[c.b]);
    let mut out = String::new();
    let title = format!("{} / {}", ha.title, hb.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"parallax {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&title)
    );
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"legend\">{} shared passages, numbered alike on both sides: \
         <mark class=\"verbatim\">verbatim</mark> <mark class=\"near\">near-verbatim</mark> \
         <mark class=\"rewrite\">rewrite</mark> <mark class=\"duplicate\">duplicate</mark>. \
         Unmarked text is found in one report only.{}</p>\n</header>\n<main class=\"cols\">\n",
        escape(&title),
        c.pairs.len(),
        if c.duplicate { " The two are duplicates of each other." } else { "" }
    );
    column(&mut out, &ha, &segments(aa, c, true), c, 'a');
    column(&mut out, &hb, &segments(ab, c, false), c, 'b');
    let _ = write!(
        out,
        "</main>\n<footer><p>Compared with parallax {}.</p></footer>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    );
    out
}
