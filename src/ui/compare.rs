//! The side-by-side comparison: two columns with fixed headers, the laid-out reports scrolled,
//! and a summary line.
//!
//! Each pair has a colour of its own, the same on both sides, and its number before its text.
//! Kinds are told apart without colour too: verbatim text is reversed and bold, near-verbatim
//! text bold, a rewrite italic; inside near and rewritten pairs the words the other side does
//! not have are underlined.

use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

use crate::app::compare::layout::{areas, Areas, Mark};
use crate::app::compare::{CompareView, Pane, Scrolling};
use crate::app::App;
use crate::engine::passages::Kind;
use crate::engine::safe::visible_line;

use super::text::fit;
use super::Theme;

/// Pair colours, in turn: the terminal's named colours, so they follow its palette.
const PALETTE: [Color; 6] = [
    Color::Yellow,
    Color::Cyan,
    Color::Magenta,
    Color::Green,
    Color::LightBlue,
    Color::LightRed,
];

/// The colour of pair `pair` (an index).
pub fn pair_colour(pair: usize) -> Color {
    PALETTE[pair % PALETTE.len()]
}

/// How a piece of a column looks; `current` for the pair last jumped to.
pub fn style(theme: &Theme, mark: Mark, current: Option<usize>) -> Style {
    let colour = |base: Style, pair: usize| {
        if theme.color {
            base.fg(pair_colour(pair))
        } else {
            base
        }
    };
    match mark {
        Mark::Plain => Style::new(),
        Mark::Tag { pair } => {
            let s = colour(Style::new().add_modifier(Modifier::BOLD), pair);
            if current == Some(pair) {
                s.add_modifier(Modifier::REVERSED)
            } else {
                s
            }
        }
        Mark::Omitted { pair } => colour(Style::new().add_modifier(Modifier::DIM), pair),
        Mark::Shared {
            pair,
            kind,
            changed,
        } => {
            let base = match kind {
                Kind::Verbatim | Kind::Duplicate => {
                    Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
                }
                Kind::Near => Style::new().add_modifier(Modifier::BOLD),
                Kind::Rewrite => Style::new().add_modifier(Modifier::ITALIC),
            };
            let base = colour(base, pair);
            if changed {
                base.add_modifier(Modifier::UNDERLINED)
            } else {
                base
            }
        }
    }
}

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let Some(v) = &app.compare else {
        return;
    };
    let a = areas(app.size);
    draw_column(frame, app, v, theme, &a, true);
    draw_column(frame, app, v, theme, &a, false);
    if let Some(area) = a.summary {
        draw_summary(frame, v, theme, area);
    }
}

fn draw_column(
    frame: &mut Frame,
    app: &App,
    v: &CompareView,
    theme: &Theme,
    a: &Areas,
    left: bool,
) {
    let (area, pane, article, share, words) = if left {
        (
            a.left,
            &v.left,
            v.comparison.a,
            v.comparison.share_a(),
            v.comparison.words_a,
        )
    } else {
        (
            a.right,
            &v.right,
            v.comparison.b,
            v.comparison.share_b(),
            v.comparison.words_b,
        )
    };
    if area.width == 0 || area.height == 0 {
        return;
    }
    let alone = matches!(
        (v.scrolling, left),
        (Scrolling::Left, true) | (Scrolling::Right, false)
    );
    if a.bordered {
        let mut title = format!(" {} ", pane.label);
        if alone {
            title.push_str("· scrolls alone ");
        }
        let total = pane.doc.lines.len();
        let pos = if total == 0 {
            String::new()
        } else {
            format!(" {}/{} ", (pane.scroll + 1).min(total), total)
        };
        let block = Block::bordered()
            .title(Line::styled(
                fit(&title, area.width.saturating_sub(2) as usize),
                theme.key(),
            ))
            .title_bottom(Line::from(pos).right_aligned())
            .border_style(theme.border(alone || v.scrolling == Scrolling::Both));
        frame.render_widget(block, area);
    }
    let header = a.header_of(area);
    if header.height > 0 && header.width > 0 {
        if let Some(art) = app.bundle.as_ref().and_then(|b| b.articles.get(article)) {
            let title = visible_line(&art.display_title());
            let first = if a.bordered {
                title
            } else {
                format!("{} · {title}", pane.label)
            };
            let meta = format!(
                "{} · {} words · {:.0}% in the other",
                art.date.map_or("undated".to_string(), |d| d.to_string()),
                words,
                share * 100.0
            );
            let w = header.width as usize;
            let lines = vec![
                Line::styled(fit(&first, w), Style::new().add_modifier(Modifier::BOLD)),
                Line::styled(fit(&meta, w), theme.outlet()),
            ];
            frame.render_widget(Paragraph::new(lines), header);
        }
    }
    draw_text(frame, pane, v.current, theme, a.text_of(area));
}

fn draw_text(frame: &mut Frame, pane: &Pane, current: Option<usize>, theme: &Theme, area: Rect) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lines: Vec<Line> = pane
        .doc
        .lines
        .iter()
        .skip(pane.scroll)
        .take(area.height as usize)
        .map(|pieces| {
            Line::from(
                pieces
                    .iter()
                    .map(|p| Span::styled(p.text.as_str(), style(theme, p.mark, current)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// How many passages of each kind, what each side shares and what it alone says; shorter
/// when `width` is too narrow for the whole.
pub fn summary(v: &CompareView, width: usize) -> String {
    let c = &v.comparison;
    let n = c.pairs.len();
    let count = |k: &[Kind]| c.pairs.iter().filter(|p| k.contains(&p.kind)).count();
    let kinds: Vec<String> = [
        ("verbatim", count(&[Kind::Verbatim, Kind::Duplicate])),
        ("near", count(&[Kind::Near])),
        ("rewrite", count(&[Kind::Rewrite])),
    ]
    .iter()
    .filter(|(_, k)| *k > 0)
    .map(|(name, k)| format!("{k} {name}"))
    .collect();
    let passages = match n {
        0 => "nothing shared".to_string(),
        1 => format!("1 passage ({})", kinds.join(", ")),
        _ => format!("{n} passages ({})", kinds.join(", ")),
    };
    let dup = if c.duplicate { " · duplicates" } else { "" };
    let (only_a, only_b) = v.only;
    let mode = if v.unshared {
        "unshared text only (u: all) · "
    } else {
        ""
    };
    let long = format!(
        "{mode}{passages}{dup} · {} {}/{} words shared, {only_a} only there · {} {}/{}, {only_b} only there",
        v.left.label, c.shared_a, c.words_a, v.right.label, c.shared_b, c.words_b
    );
    if super::text::width(&long) <= width {
        return long;
    }
    let mode = if v.unshared { "unshared only · " } else { "" };
    format!(
        "{mode}{n} shared{dup} · left {}/{}, {only_a} own · right {}/{}, {only_b} own",
        c.shared_a, c.words_a, c.shared_b, c.words_b
    )
}

fn draw_summary(frame: &mut Frame, v: &CompareView, theme: &Theme, area: Rect) {
    if area.width == 0 {
        return;
    }
    let text = fit(&summary(v, area.width as usize), area.width as usize);
    frame.render_widget(Paragraph::new(Line::styled(text, theme.event())), area);
}
