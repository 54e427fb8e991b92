//! The reader pane: the laid-out article from the app's state, scrolled.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

use crate::app::reader::Mark;
use crate::app::{App, Focus};

use super::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect, bordered: bool) {
    let focused = app.focus == Focus::Reader;
    let doc = &app.reader.doc;
    let inner = if bordered {
        let mut title = String::from(" Reader ");
        if app.reader.original {
            title.push_str("· original ");
        }
        let total = doc.lines.len();
        let pos = if total == 0 {
            String::new()
        } else {
            format!(" {}/{} ", (app.reader.scroll + 1).min(total), total)
        };
        let block = Block::bordered()
            .title(title)
            .title_bottom(Line::from(pos).right_aligned())
            .border_style(theme.border(focused));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        inner
    } else {
        area
    };
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let current = app
        .reader
        .current
        .and_then(|c| doc.passages.get(c))
        .map(|&(_, p)| p);
    let lines: Vec<Line> = doc
        .lines
        .iter()
        .skip(app.reader.scroll)
        .take(inner.height as usize)
        .map(|pieces| {
            Line::from(
                pieces
                    .iter()
                    .map(|p| {
                        let is_current =
                            matches!(p.mark, Mark::Marker { passage } if Some(passage) == current);
                        Span::styled(p.text.as_str(), theme.mark(p.mark, is_current))
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
