//! The help overlay: every binding of the key map, by scope.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

use crate::app::App;

use super::text::pad;
use super::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, scroll: usize) {
    let area = frame.area();
    let mut lines: Vec<Line> = Vec::new();
    for (scope, bindings) in app.keymap.help() {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(scope.title(), theme.event()));
        for (keys, help) in bindings {
            lines.push(Line::from(vec![
                Span::styled(pad(&keys, 16), theme.key()),
                Span::raw(help),
            ]));
        }
    }
    let width = area.width.min(64);
    let height = area.height.min(lines.len() as u16 + 2);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let block = Block::bordered()
        .title(" Keys (Esc closes) ")
        .border_style(theme.border(true));
    let inner = block.inner(popup);
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(scroll).collect::<Vec<_>>()),
        inner,
    );
}
