//! `parallax passages --format csv`: one row per span of each shared passage.

use crate::engine::passages::Passage;
use crate::engine::safe::visible;
use crate::engine::Bundle;

use crate::commands::passages::SpanOut;

/// The header row.
pub const HEADER: &str = "passage,kind,words,article,outlet,start,end,text";

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
/// doubled. Terminal controls are made visible first, and a field a spreadsheet would run as
/// a formula (starting with `=`, `+`, `-` or `@`: an outlet or a file name in a bundle is
/// anybody's text) starts with an apostrophe, which spreadsheets read as "this is text".
fn field(s: &str) -> String {
    let mut s = visible(s);
    if s.starts_with(['=', '+', '-', '@']) {
        s = format!("'{s}").into();
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

/// The passages as CSV, with a header row. `passage` numbers them from 1 in the order given;
/// `start`/`end` are byte offsets into the original file, as in `--json`, and `text` the
/// original's text between them.
pub fn passages_csv(bundle: &Bundle, passages: &[&Passage]) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\r\n");
    for (n, p) in passages.iter().enumerate() {
        for s in &p.spans {
            let Some(a) = bundle.articles.get(s.article) else {
                continue;
            };
            let span = SpanOut::new(a, s.start..s.end);
            let row = [
                (n + 1).to_string(),
                p.kind.label().to_string(),
                p.words.to_string(),
                field(&a.id),
                field(a.outlet.as_deref().unwrap_or("")),
                span.start.to_string(),
                span.end.to_string(),
                field(&span.text),
            ];
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}
