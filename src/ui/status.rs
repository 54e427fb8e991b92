//! The status line (bundle, counts, filter, hints), or the filter's input while typing, and the
//! loading progress line above it.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph};
use ratatui::Frame;

use crate::app::{App, StageState};
use crate::engine::safe::visible_line;

use super::text::{fit, width};
use super::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let pane = area.width as usize;
    let mut left: Vec<Span> = Vec::new();
    if app.filter.editing {
        let input = visible_line(&app.filter.input);
        left.push(Span::styled("/", theme.key()));
        left.push(Span::raw(input.clone()));
        // The cursor sits after the input (when it fits on the line).
        let x = area.x as usize + 1 + width(&input);
        if x < (area.x + area.width) as usize {
            frame.set_cursor_position(Position::new(x as u16, area.y));
        }
        if app.filter.waiting {
            left.push(Span::styled(" …", theme.dim()));
        }
    } else if let Some(m) = &app.message {
        left.push(Span::styled(visible_line(m), theme.badge()));
    } else if let Some(e) = &app.error {
        left.push(Span::styled(visible_line(e), theme.error()));
    } else {
        let (shown, total, ev_shown, ev_total) = app.counts();
        let mut s = visible_line(&app.name);
        if app.bundle.is_some() {
            if app.filter.active() {
                s.push_str(&format!(" · {shown}/{total} articles"));
            } else {
                s.push_str(&format!(" · {total} articles"));
            }
            if app.grouping.is_some() {
                if app.filter.active() {
                    s.push_str(&format!(" · {ev_shown}/{ev_total} events"));
                } else {
                    let noun = if ev_total == 1 { "event" } else { "events" };
                    s.push_str(&format!(" · {ev_total} {noun}"));
                }
            }
            let warnings = app.bundle.as_ref().map_or(0, |b| b.warnings.len());
            if warnings > 0 {
                s.push_str(&format!(" · {warnings} warnings"));
            }
        }
        left.push(Span::raw(s));
        if app.filter.active() {
            left.push(Span::styled(
                format!(" · /{}", visible_line(&app.filter.input)),
                theme.key(),
            ));
        }
    }
    // Hints give way to the state on a narrow line: the general ones first (moving, the filter,
    // switching panes), then those of the focused pane, the later ones of a scope before its
    // first; the last two, help and quit, matter most and go last.
    let left_w: usize = left.iter().map(|s| width(&s.content)).sum();
    let mut ranked = app.keymap.ranked_hints(app.hint_scopes());
    let hint_w = |h: &[(String, &str)]| -> usize {
        h.iter()
            .map(|(k, w)| width(k) + 1 + width(w))
            .sum::<usize>()
            + 2 * h.len().saturating_sub(1)
    };
    let mut hints: Vec<(String, &str)> = ranked.iter().map(|(k, w, _)| (k.clone(), *w)).collect();
    while !hints.is_empty() && left_w + 2 + hint_w(&hints) > pane {
        let droppable = ranked.len().saturating_sub(2);
        let most_general = ranked[..droppable].iter().map(|h| h.2).max();
        let at = most_general
            .and_then(|r| ranked[..droppable].iter().rposition(|h| h.2 == r))
            .unwrap_or(0);
        ranked.remove(at);
        hints.remove(at);
    }
    let mut spans = left;
    if hints.is_empty() {
        if left_w > pane {
            let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
            spans = vec![Span::raw(fit(&text, pane))];
        }
    } else {
        spans.push(Span::raw(" ".repeat(pane - left_w - hint_w(&hints))));
        for (i, (keys, word)) in hints.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(keys, theme.key()));
            spans.push(Span::styled(format!(" {word}"), theme.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The progress line: how many loading stages are done, and those running.
pub fn draw_progress(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let total = app.stages.len().max(1);
    let done = app
        .stages
        .iter()
        .filter(|(_, s)| *s == StageState::Done)
        .count();
    // Stages run side by side (the word index beside the others): name each one running.
    let mut running: Vec<&str> = app
        .stages
        .iter()
        .filter(|(_, s)| *s == StageState::Running)
        .map(|(stage, _)| stage.label())
        .collect();
    if running.is_empty() {
        running.extend(
            app.stages
                .iter()
                .find(|(_, s)| *s != StageState::Done)
                .map(|(stage, _)| stage.label()),
        );
    }
    let running = running.join(", ");
    let label = format!("{running}… {done}/{total} ");
    let gauge = LineGauge::default()
        .ratio(done as f64 / total as f64)
        .label(label)
        .filled_style(theme.key())
        .unfilled_style(theme.dim());
    frame.render_widget(gauge, area);
}
