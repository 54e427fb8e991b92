//! Wrapping a paragraph of marked runs of text to a width, each run's mark kept on the pieces it
//! lands in: the reader and the comparison's columns lay their text out this way.

use std::borrow::Cow;
use std::ops::Range;

use crate::engine::safe::visible;

/// A run of text on a laid-out line and how it is marked; the reader and the comparison each
/// have their own kind of mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<M> {
    pub text: String,
    pub mark: M,
}

/// One piece of a wrapped line: its text, and the mark of the run it came from with whether
/// that run starts on this line (`None` on a line the wrapper had to rebuild, shown unmarked).
pub(crate) type Wrapped<M> = (String, Option<(M, bool)>);

/// Text as it is laid out: Windows line ends made plain, each tab as `tab`, and every other
/// control character (a lone carriage return among them) made visible rather than obeyed.
pub(crate) fn display<'a>(s: &'a str, tab: &str) -> Cow<'a, str> {
    let s: Cow<str> = if s.contains('\r') || s.contains('\t') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\t', tab))
    } else {
        Cow::Borrowed(s)
    };
    match visible(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(v) => Cow::Owned(v),
    }
}

/// Marked runs of text cut into paragraphs at each newline (an empty paragraph for each blank
/// line), each run's mark kept on its parts.
pub(crate) fn paragraphs<M: Copy>(runs: Vec<(String, M)>) -> Vec<Vec<(String, M)>> {
    let mut out = Vec::new();
    let mut para = Vec::new();
    for (text, mark) in runs {
        let mut parts = text.split('\n').peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty() {
                para.push((part.to_string(), mark));
            }
            if parts.peek().is_some() {
                out.push(std::mem::take(&mut para));
            }
        }
    }
    out.push(para);
    out
}

/// Wraps the runs of `para` to `width`, calling `line` once per wrapped line (once with no
/// pieces for an empty paragraph).
pub(crate) fn wrap_runs<M: Copy>(
    para: Vec<(String, M)>,
    width: usize,
    mut line: impl FnMut(Vec<Wrapped<M>>),
) {
    let mut text = String::new();
    let mut bounds: Vec<(Range<usize>, M)> = Vec::new();
    for (t, mark) in para {
        let start = text.len();
        text.push_str(&t);
        bounds.push((start..text.len(), mark));
    }
    if text.is_empty() {
        line(Vec::new());
        return;
    }
    let options = textwrap::Options::new(width)
        .break_words(true)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let base = text.as_ptr() as usize;
    for wrapped in textwrap::wrap(&text, options) {
        // Lines borrow from `text` when there is no indent, which is how they are asked for;
        // an owned line would carry no position, so it is shown unmarked.
        let Cow::Borrowed(slice) = wrapped else {
            line(vec![(wrapped.into_owned(), None)]);
            continue;
        };
        let start = slice.as_ptr() as usize - base;
        let end = start + slice.len();
        let mut pieces = Vec::new();
        for (r, mark) in &bounds {
            let (a, b) = (r.start.max(start), r.end.min(end));
            if a < b {
                pieces.push((text[a..b].to_string(), Some((*mark, r.start >= start))));
            }
        }
        line(pieces);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_unifies_line_ends_expands_tabs_and_shows_controls() {
        assert!(matches!(
            display("plain text", " "),
            Cow::Borrowed("plain text")
        ));
        assert_eq!(display("a\r\nb\tc", "    "), "a\nb    c");
        assert_eq!(display("a\tb", " "), "a b");
        let shown = display("over\rwrite \u{1b}[2J", " ");
        assert!(!shown.contains(['\r', '\u{1b}']), "{shown:?}");
        assert!(
            shown.starts_with("over") && shown.contains("write"),
            "{shown:?}"
        );
    }

    #[test]
    fn marks_follow_their_runs_across_lines() {
        let para = vec![
            ("plain words here ".to_string(), 0),
            ("a marked run that wraps".to_string(), 1),
        ];
        let mut lines = Vec::new();
        wrap_runs(para, 12, |l| lines.push(l));
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|p| p.0.as_str()).collect())
            .collect();
        assert_eq!(text, ["plain words", "here a", "marked run", "that wraps"]);
        // The marked run starts on the second line, and only there.
        let starts: Vec<(usize, i32)> = lines
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                l.iter()
                    .filter_map(move |p| p.1.filter(|m| m.1).map(|m| (i, m.0)))
            })
            .collect();
        assert_eq!(starts, [(0, 0), (1, 1)]);
        let paras = paragraphs(vec![("a\n\nb ".to_string(), 1), ("c\nd".to_string(), 2)]);
        let shape: Vec<Vec<(&str, i32)>> = paras
            .iter()
            .map(|p| p.iter().map(|(t, m)| (t.as_str(), *m)).collect())
            .collect();
        assert_eq!(
            shape,
            [
                vec![("a", 1)],
                vec![],
                vec![("b ", 1), ("c", 2)],
                vec![("d", 2)]
            ]
        );
        let mut empty = Vec::new();
        wrap_runs(Vec::<(String, u8)>::new(), 10, |l| empty.push(l));
        assert_eq!(empty, [Vec::new()]);
    }
}
