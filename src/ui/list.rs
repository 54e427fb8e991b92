//! The list pane: events and their articles, one row each.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::Frame;

use crate::app::{App, Focus, Row};
use crate::engine::filter::{highlight, Field};
use crate::engine::safe::visible_line;
use crate::engine::{Article, Date};

use super::text::{fit, highlighted, pad, width};
use super::Theme;

/// Widest outlet column.
const OUTLET_MAX: usize = 16;
/// Cells an event label keeps before the date range is dropped.
const LABEL_MIN: usize = 40;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect, bordered: bool) {
    let focused = app.focus == Focus::List && !app.filter.editing;
    let inner = if bordered {
        let (shown, total, ..) = app.counts();
        let title = if app.filter.active() {
            format!(" Articles {shown}/{total} ")
        } else {
            format!(" Articles {total} ")
        };
        let block = Block::bordered()
            .title(title)
            .border_style(theme.border(focused || app.filter.editing));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        inner
    } else {
        area
    };
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    if app.list.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(empty_text(app, theme)).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let outlet_w = outlet_width(app, inner.width as usize);
    let dated = any_dated(app, inner.height as usize);
    let lines: Vec<Line> = app
        .list
        .rows
        .iter()
        .enumerate()
        .skip(app.list.offset)
        .take(inner.height as usize)
        .map(|(i, row)| {
            let line = match *row {
                Row::Event { .. } => event_line(app, theme, row, inner.width as usize),
                Row::Article { .. } => {
                    article_line(app, theme, row, inner.width as usize, outlet_w, dated)
                }
            };
            if i == app.list.selected {
                // Padded so the selection bar spans the pane.
                let w = line.width();
                let mut line = line.style(theme.selected(focused));
                line.spans.push(Span::raw(
                    " ".repeat(inner.width as usize - w.min(inner.width as usize)),
                ));
                line
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn empty_text(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    if let Some(e) = &app.error {
        return vec![Line::styled(visible_line(e), theme.error())];
    }
    if app.bundle.is_none() {
        return vec![Line::raw(format!("Loading {}…", visible_line(&app.name)))];
    }
    if app.filter.waiting {
        return vec![Line::raw("Filtering…")];
    }
    if app.filter.active() {
        return vec![Line::raw(format!(
            "No article matches “{}”. Esc clears the filter.",
            visible_line(&app.filter.input)
        ))];
    }
    vec![Line::raw("No articles.")]
}

/// The articles on screen.
fn on_screen<'a>(app: &'a App, height: usize) -> impl Iterator<Item = &'a Article> + 'a {
    app.list
        .rows
        .iter()
        .skip(app.list.offset)
        .take(height)
        .filter_map(|r| match r {
            Row::Article { article, .. } => app.bundle.as_ref()?.articles.get(*article),
            _ => None,
        })
}

/// The outlet column's width: as wide as the widest outlet on screen, none when no article
/// there names one.
fn outlet_width(app: &App, pane: usize) -> usize {
    if pane < 36 {
        return 0;
    }
    let widest = on_screen(app, app.list.rows.len())
        .take(500)
        .filter_map(|a| a.outlet.as_deref())
        .map(|o| width(&visible_line(o)))
        .max();
    widest.map_or(0, |w| w.clamp(7, OUTLET_MAX).min(pane / 4))
}

fn any_dated(app: &App, height: usize) -> bool {
    on_screen(app, height).any(|a| a.date.is_some())
}

fn date_range(first: Option<Date>, last: Option<Date>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) | (None, Some(a)) => a.to_string(),
        (None, None) => "undated".into(),
    }
}

fn event_line(app: &App, theme: &Theme, row: &Row, pane: usize) -> Line<'static> {
    let Row::Event {
        event,
        articles,
        outlets,
        first,
        last,
        folded,
        ..
    } = *row
    else {
        return Line::default();
    };
    let label = app
        .grouping
        .as_ref()
        .and_then(|g| g.events.get(event))
        .map_or(String::new(), |e| visible_line(&e.label));
    let sign = if folded { "▸ " } else { "▾ " };
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut facts = format!(
        "  {} · {}",
        plural(articles, "article"),
        plural(outlets, "outlet")
    );
    let dates = format!(" · {}", date_range(first, last));
    // Dates only when the label keeps room to be read.
    let room = pane.saturating_sub(width(sign) + width(&facts) + width(&dates));
    if room >= width(&label).min(LABEL_MIN) {
        facts.push_str(&dates);
    }
    let label_w = pane
        .saturating_sub(width(sign) + width(&facts))
        .max(pane.min(8));
    let label = fit(&label, label_w);
    let idx = highlight(&app.filter.query, Field::Event, &label);
    let mut spans = vec![Span::styled(sign, theme.event())];
    spans.extend(highlighted(
        &label,
        &idx,
        theme.event(),
        theme.filter_match(),
    ));
    spans.push(Span::styled(facts, theme.dim()));
    Line::from(spans)
}

fn article_line(
    app: &App,
    theme: &Theme,
    row: &Row,
    pane: usize,
    outlet_w: usize,
    dated: bool,
) -> Line<'static> {
    let Row::Article {
        article,
        depth,
        duplicates,
        open,
    } = *row
    else {
        return Line::default();
    };
    let Some(a) = app.bundle.as_ref().and_then(|b| b.articles.get(article)) else {
        return Line::default();
    };
    let query = &app.filter.query;
    let mut spans: Vec<Span> = Vec::new();
    let indent = match depth {
        0 => String::new(),
        1 => "  ".into(),
        d => format!("{}↳ ", "  ".repeat(d as usize - 1)),
    };
    let mut used = width(&indent);
    spans.push(Span::raw(indent));
    if outlet_w > 0 {
        if a.outlet.is_some() {
            let outlet = pad(
                &visible_line(a.outlet.as_deref().unwrap_or_default()),
                outlet_w,
            );
            let idx = highlight(query, Field::Outlet, &outlet);
            spans.extend(highlighted(
                &outlet,
                &idx,
                theme.outlet(),
                theme.filter_match(),
            ));
        } else {
            // No outlet known: the article's short id, dimmed, so rows stay told apart.
            let name = pad(&visible_line(&a.short_name()), outlet_w);
            spans.push(Span::styled(name, theme.dim()));
        }
        spans.push(Span::raw(" "));
        used += outlet_w + 1;
    }
    // Right-hand columns, dropped as the pane narrows.
    let mut tail: Vec<Span> = Vec::new();
    if duplicates > 0 {
        let sign = if open { "" } else { "+" };
        tail.push(Span::styled(
            format!(" {sign}{duplicates} dup"),
            theme.dim(),
        ));
    }
    if pane >= 50 && dated {
        let date = a.date.map_or("          ".to_string(), |d| d.to_string());
        tail.push(Span::styled(format!(" {date}"), theme.dim()));
    }
    if pane >= 30 {
        let share = app
            .passages
            .as_ref()
            .and_then(|p| p.shared.get(article).copied())
            .filter(|&s| s > 0.0);
        let badge = share.map_or("    ".to_string(), |s| format!("{:>3.0}%", s * 100.0));
        tail.push(Span::styled(format!(" {badge}"), theme.badge()));
    }
    // The article marked for a comparison (`m`), seen where it was set until it is used.
    if app.mark.is_some() {
        tail.push(if app.mark == Some(article) {
            Span::styled(" \u{25c6}", theme.key())
        } else {
            Span::raw("  ")
        });
    }
    // A column for bookmarks, only once there is one, so titles keep their width otherwise.
    if !app.marks().bookmarked.is_empty() {
        tail.push(if app.is_bookmarked(article) {
            Span::styled(" *", theme.key())
        } else {
            Span::raw("  ")
        });
    }
    let tail_w: usize = tail.iter().map(|s| width(&s.content)).sum();
    let title_w = pane.saturating_sub(used + tail_w);
    let title = pad(&visible_line(&a.display_title()), title_w);
    let idx = highlight(query, Field::Title, &title);
    spans.extend(highlighted(
        &title,
        &idx,
        Default::default(),
        theme.filter_match(),
    ));
    spans.extend(tail);
    if app.is_read(article) {
        // Dim rather than a colour, so read articles stand back with colour off too.
        for s in &mut spans {
            s.style = s.style.add_modifier(theme.dim().add_modifier);
        }
    }
    Line::from(spans)
}
