//! The reader's document: one article laid out as wrapped lines of marked text, ready to draw.
//!
//! Laying out here rather than in the renderer lets the state know where each shared passage
//! landed (for `n`/`N`) and how long the text is (for scrolling). Marks are semantic; the
//! renderer's theme decides what they look like. All article text passes through
//! [`visible`], so escape sequences are shown, never obeyed.

use std::ops::Range;

use crate::engine::passages::{Kind, Passages};
use crate::engine::safe::visible_line;
use crate::engine::{Article, Bundle};

/// What a piece of text is, for styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Title,
    Meta,
    Notice,
    Plain,
    /// Part of shared passage number `passage` (an index into the bundle's passages).
    Shared {
        kind: Kind,
        passage: usize,
    },
    /// The note before a shared passage saying who else carries it.
    Marker {
        passage: usize,
    },
}

pub type Piece = crate::app::wrap::Piece<Mark>;

pub type Line = Vec<Piece>;

/// A laid-out article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<Line>,
    /// `(line, passage)` for each shared passage, in reading order: where `n` and `N` jump.
    pub passages: Vec<(usize, usize)>,
}

impl Doc {
    /// The plain text of line `i`, for tests and searches.
    pub fn line_text(&self, i: usize) -> String {
        self.lines
            .get(i)
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .unwrap_or_default()
    }
}

/// For each article, the passages with a span in it, ascending. Built once when the passages
/// arrive: without it, laying out an article scans every passage of the bundle, which at a
/// hundred thousand articles costs more than a frame on every move.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassageIndex {
    by_article: Vec<Vec<u32>>,
}

impl PassageIndex {
    pub fn new(passages: &Passages) -> PassageIndex {
        let mut by_article: Vec<Vec<u32>> = Vec::new();
        for (pi, p) in passages.passages.iter().enumerate() {
            for s in &p.spans {
                if by_article.len() <= s.article {
                    by_article.resize_with(s.article + 1, Vec::new);
                }
                let list = &mut by_article[s.article];
                if list.last() != Some(&(pi as u32)) {
                    list.push(pi as u32);
                }
            }
        }
        PassageIndex { by_article }
    }

    /// The passages with a span in `article`.
    pub fn of(&self, article: usize) -> &[u32] {
        self.by_article.get(article).map_or(&[], Vec::as_slice)
    }
}

/// Lays out article `index` of `bundle` at `width` columns: header, then the cleaned body (or
/// the original text) with shared passages marked.
pub fn layout(
    bundle: &Bundle,
    index: usize,
    passages: Option<&Passages>,
    original: bool,
    width: u16,
) -> Doc {
    layout_indexed(bundle, index, passages, None, original, width)
}

/// [`layout`], looking the article's passages up in `lookup` (built from `passages`) rather
/// than scanning them all.
pub fn layout_indexed(
    bundle: &Bundle,
    index: usize,
    passages: Option<&Passages>,
    lookup: Option<&PassageIndex>,
    original: bool,
    width: u16,
) -> Doc {
    let Some(article) = bundle.articles.get(index) else {
        return Doc::default();
    };
    let width = usize::from(width.max(1));
    let mut doc = Doc::default();
    header(&mut doc, bundle, article, index, passages, original, width);
    let raw;
    let text: &str = if original {
        raw = article.raw();
        &raw
    } else {
        &article.body
    };
    let spans = passages.map_or_else(Vec::new, |p| {
        let all: Vec<u32>;
        let which = match lookup {
            Some(l) => l.of(index),
            None => {
                all = (0..p.passages.len() as u32).collect();
                &all
            }
        };
        spans_of(bundle, p, which, index, original.then_some(text))
    });
    let runs = runs(text, &spans);
    for para in crate::app::wrap::paragraphs(runs) {
        wrap_into(&mut doc, para, width);
    }
    doc
}

fn header(
    doc: &mut Doc,
    bundle: &Bundle,
    a: &Article,
    index: usize,
    passages: Option<&Passages>,
    original: bool,
    width: usize,
) {
    let title = visible_line(&a.display_title());
    wrap_into(doc, vec![(title, Mark::Title)], width);
    let mut meta = vec![
        a.outlet
            .as_deref()
            .map_or("unknown outlet".into(), visible_line),
        a.date.map_or("undated".into(), |d| d.to_string()),
        format!("{} words", a.words()),
    ];
    match passages.and_then(|p| p.shared.get(index)) {
        Some(share) => meta.push(format!("{:.0}% shared", share * 100.0)),
        None => meta.push("shared passages: finding…".into()),
    }
    if let Some(orig) = passages.and_then(|p| p.duplicate_of.get(index).copied().flatten()) {
        let of = bundle.articles.get(orig).map_or("?", |o| o.id.as_str());
        meta.push(format!("duplicate of {}", visible_line(of)));
    }
    wrap_into(doc, vec![(meta.join(" · "), Mark::Meta)], width);
    if let Some(url) = &a.url {
        wrap_into(doc, vec![(visible_line(url), Mark::Meta)], width);
    }
    for n in &a.notices {
        wrap_into(
            doc,
            vec![(format!("note: {}", visible_line(n)), Mark::Notice)],
            width,
        );
    }
    if original {
        let note = "original text, as in the file (r: cleaned text)".to_string();
        wrap_into(doc, vec![(note, Mark::Notice)], width);
    }
    doc.lines.push(Vec::new());
}

/// A shared span of this article's text: byte range, kind, passage, and its marker text.
struct Highlight {
    range: Range<usize>,
    kind: Kind,
    passage: usize,
    marker: String,
}

/// The highlights of article `index` from the passages `which` (indices into `passages`).
fn spans_of(
    bundle: &Bundle,
    passages: &Passages,
    which: &[u32],
    index: usize,
    original: Option<&str>,
) -> Vec<Highlight> {
    let article = &bundle.articles[index];
    let text = original.unwrap_or(&article.body);
    let text_len = text.len();
    let mut out = Vec::new();
    for &pi in which {
        let pi = pi as usize;
        let Some(p) = passages.passages.get(pi) else {
            continue;
        };
        // Most passages of a big bundle are elsewhere: skip them before building a marker.
        if !p.spans.iter().any(|s| s.article == index) {
            continue;
        }
        // Each article carrying the passage once, by outlet (or by id when the outlet is not
        // known): "[4: #000, Inquirer, #002, Mothership]".
        let mut seen: Vec<usize> = Vec::new();
        let mut outlets: Vec<String> = Vec::new();
        for s in &p.spans {
            if seen.contains(&s.article) {
                continue;
            }
            seen.push(s.article);
            if let Some(a) = bundle.articles.get(s.article) {
                outlets.push(a.short_name());
            }
        }
        // No-break spaces keep the marker on one line where it fits; the space after it is
        // where a line may break.
        let marker = format!("[{}: {}]", outlets.len(), visible_line(&outlets.join(", ")))
            .replace(' ', "\u{a0}")
            + " ";
        for s in p.spans.iter().filter(|s| s.article == index) {
            let range = if original.is_some() {
                article.body_to_raw_range(s.start..s.end)
            } else {
                s.start..s.end
            };
            let start = floor_boundary(text, range.start.min(text_len));
            let end = floor_boundary(text, range.end.min(text_len)).max(start);
            if start == end {
                continue;
            }
            out.push(Highlight {
                range: start..end,
                kind: p.kind,
                passage: pi,
                marker: marker.clone(),
            });
        }
    }
    out.sort_by_key(|h| (h.range.start, h.passage));
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Verbatim copies outrank near copies, which outrank rewrites, where passages overlap.
fn strength(kind: Kind) -> u8 {
    match kind {
        Kind::Verbatim | Kind::Duplicate => 3,
        Kind::Near => 2,
        Kind::Rewrite => 1,
    }
}

/// `text` cut into marked runs, with each passage's marker before its first character.
fn runs(text: &str, spans: &[Highlight]) -> Vec<(String, Mark)> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for h in spans {
        cuts.push(h.range.start);
        cuts.push(h.range.end);
    }
    for c in &mut cuts {
        *c = floor_boundary(text, *c);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        for h in spans.iter().filter(|h| h.range.start == a) {
            out.push((h.marker.clone(), Mark::Marker { passage: h.passage }));
        }
        let cover = spans
            .iter()
            .filter(|h| h.range.start <= a && b <= h.range.end)
            .max_by_key(|h| (strength(h.kind), std::cmp::Reverse(h.passage)));
        let mark = cover.map_or(Mark::Plain, |h| Mark::Shared {
            kind: h.kind,
            passage: h.passage,
        });
        out.push((super::wrap::display(&text[a..b], "    ").into_owned(), mark));
    }
    out
}

/// Wraps one paragraph of marked runs to `width` and appends its lines, noting the line each
/// passage's marker lands on.
fn wrap_into(doc: &mut Doc, para: Vec<(String, Mark)>, width: usize) {
    super::wrap::wrap_runs(para, width, |pieces| {
        let mut line: Line = Vec::new();
        for (text, run) in pieces {
            let mark = run.map_or(Mark::Plain, |(mark, starts)| {
                if let Mark::Marker { passage } = mark {
                    if starts && !doc.passages.iter().any(|&(_, p)| p == passage) {
                        doc.passages.push((doc.lines.len(), passage));
                    }
                }
                mark
            });
            line.push(Piece { text, mark });
        }
        doc.lines.push(line);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::passages::{Passage, Span};

    fn bundle() -> Bundle {
        let art = |id: &str, outlet: &str, body: &str| Article {
            id: id.into(),
            outlet: Some(outlet.into()),
            title: Some(format!("{id} title")),
            original: format!("{id} title\n{body}").into(),
            body: body.into(),
            ..Default::default()
        };
        Bundle {
            name: "test".into(),
            articles: vec![
                art(
                    "a",
                    "WION",
                    "Before. Kim said hold hands firmly. After.\n\nSecond para.",
                ),
                art("b", "Inquirer", "Intro. Kim said hold hands firmly. End."),
                art("c", "Mothership", "x \u{1b}[2J y"),
            ],
            warnings: vec![],
        }
    }

    fn passages(b: &Bundle) -> Passages {
        let find = |i: usize, s: &str| {
            let at = b.articles[i].body.find(s).unwrap();
            Span {
                article: i,
                start: at,
                end: at + s.len(),
            }
        };
        let quote = "Kim said hold hands firmly.";
        Passages {
            passages: vec![Passage {
                kind: Kind::Verbatim,
                words: 5,
                spans: vec![find(0, quote), find(1, quote)],
            }],
            duplicate_of: vec![None; 3],
            shared: vec![0.5, 0.6, 0.0],
        }
    }

    #[test]
    fn shared_passage_is_marked_with_its_outlets() {
        let b = bundle();
        let p = passages(&b);
        let doc = layout(&b, 0, Some(&p), false, 80);
        assert_eq!(doc.line_text(0), "a title");
        assert!(doc.line_text(1).contains("WION · undated"));
        assert!(doc.line_text(1).contains("50% shared"));
        let (line, passage) = doc.passages[0];
        assert_eq!(passage, 0);
        let pieces = &doc.lines[line];
        let marker = pieces
            .iter()
            .find(|p| matches!(p.mark, Mark::Marker { .. }))
            .unwrap();
        assert_eq!(marker.text, "[2:\u{a0}WION,\u{a0}Inquirer] ");
        let shared: String = pieces
            .iter()
            .filter(|p| {
                matches!(
                    p.mark,
                    Mark::Shared {
                        kind: Kind::Verbatim,
                        ..
                    }
                )
            })
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(shared, "Kim said hold hands firmly.");
        assert!(pieces
            .iter()
            .any(|p| p.mark == Mark::Plain && p.text.contains("Before.")));
    }

    #[test]
    fn narrow_wrap_keeps_marks_on_every_line() {
        let b = bundle();
        let p = passages(&b);
        let doc = layout(&b, 0, Some(&p), false, 12);
        let shared: String = doc
            .lines
            .iter()
            .flatten()
            .filter(|p| matches!(p.mark, Mark::Shared { .. }))
            .map(|p| p.text.as_str())
            .collect();
        // Wrapping drops the spaces where lines break, nothing else.
        assert_eq!(shared.replace(' ', ""), "Kimsaidholdhandsfirmly.");
        for i in 0..doc.lines.len() {
            assert!(unicode_width::UnicodeWidthStr::width(doc.line_text(i).as_str()) <= 12);
        }
    }

    #[test]
    fn original_text_maps_spans_through_segments() {
        let mut b = bundle();
        // Body "Kim said hold hands firmly." sits after a 8-byte title line in raw.
        let raw = "b title\nIntro. Kim said hold hands firmly. End.";
        b.articles[1].original = raw.into();
        b.articles[1].segments = vec![crate::engine::Segment {
            body_start: 0,
            raw_start: 8,
            len: b.articles[1].body.len(),
        }];
        let p = passages(&b);
        let doc = layout(&b, 1, Some(&p), true, 80);
        let all: String = doc
            .lines
            .iter()
            .flatten()
            .filter(|p| matches!(p.mark, Mark::Shared { .. }))
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(all, "Kim said hold hands firmly.");
        assert!((0..doc.lines.len()).any(|i| doc.line_text(i).starts_with("original text")));
    }

    #[test]
    fn escapes_are_shown_not_obeyed() {
        let b = bundle();
        let doc = layout(&b, 2, None, false, 40);
        let text: String = (0..doc.lines.len()).map(|i| doc.line_text(i)).collect();
        assert!(text.contains("␛[2J"));
        assert!(!text.contains('\u{1b}'));
        assert!(doc.passages.is_empty());
        let header: String = (0..4).map(|i| doc.line_text(i)).collect();
        assert!(header.contains("finding"));
    }

    #[test]
    fn odd_spans_never_panic() {
        let mut b = bundle();
        b.articles[0].body = "日本語のテキスト".into();
        let p = Passages {
            passages: vec![Passage {
                kind: Kind::Rewrite,
                words: 1,
                spans: vec![
                    Span {
                        article: 0,
                        start: 1,
                        end: 5,
                    },
                    Span {
                        article: 0,
                        start: 4,
                        end: 999,
                    },
                    Span {
                        article: 9,
                        start: 0,
                        end: 3,
                    },
                ],
            }],
            duplicate_of: vec![None; 3],
            shared: vec![0.0; 3],
        };
        for w in [0, 1, 2, 5, 80] {
            let doc = layout(&b, 0, Some(&p), false, w);
            assert!(!doc.lines.is_empty());
        }
    }

    #[test]
    fn the_passage_index_lays_out_what_a_full_scan_does() {
        let b = crate::app::fixture::bundle();
        let a = crate::app::fixture::analysis(&b);
        let index = PassageIndex::new(&a.passages);
        assert_eq!(index.of(0), &[0, 1]);
        assert_eq!(index.of(4), &[2]);
        assert!(index.of(3).is_empty() && index.of(99).is_empty());
        for i in 0..b.articles.len() {
            for original in [false, true] {
                let scanned = layout(&b, i, Some(&a.passages), original, 60);
                let looked_up =
                    layout_indexed(&b, i, Some(&a.passages), Some(&index), original, 60);
                assert_eq!(looked_up, scanned, "article {i}, original {original}");
            }
        }
    }
}
