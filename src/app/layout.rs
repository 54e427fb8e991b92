//! Where each pane goes for a terminal size. Both the state (page sizes, wrap width, mouse hits)
//! and the renderer use this one function, so they always agree.

use ratatui::layout::Rect;

use super::Focus;

/// Width from which the list and the reader sit side by side.
pub const SIDE_BY_SIDE_FROM: u16 = 100;
/// Body height from which a narrow terminal stacks both panes; below it only the focused one
/// is shown.
const STACK_FROM: u16 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    /// The loading progress line, while something is still computing.
    pub progress: Option<Rect>,
    pub status: Rect,
    /// Whether panes have a frame (not on tiny terminals, where every cell is text).
    pub bordered: bool,
}

impl Panes {
    /// The part of a pane inside its frame.
    pub fn inner(&self, pane: Rect) -> Rect {
        inside(pane, self.bordered)
    }
}

/// `area` cut `x` columns from its left (at most its width): the part before, the part after.
pub fn cut_columns(area: Rect, x: u16) -> (Rect, Rect) {
    let x = x.min(area.width);
    (
        Rect { width: x, ..area },
        Rect {
            x: area.x + x,
            width: area.width - x,
            ..area
        },
    )
}

/// `area` cut `y` rows from its top (at most its height): the part above, the part below.
pub fn cut_rows(area: Rect, y: u16) -> (Rect, Rect) {
    let y = y.min(area.height);
    (
        Rect { height: y, ..area },
        Rect {
            y: area.y + y,
            height: area.height - y,
            ..area
        },
    )
}

/// The part of `area` inside its frame, when it has one.
pub fn inside(area: Rect, bordered: bool) -> Rect {
    if bordered {
        Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(2),
        }
    } else {
        area
    }
}

/// The panes of a terminal of `area`, with `focus` deciding which pane stays when only one fits.
pub fn panes(area: Rect, focus: Focus, loading: bool) -> Panes {
    let (mut body, status) = cut_rows(area, area.height.saturating_sub(1));
    let progress = (loading && area.height >= 6).then(|| {
        let (rest, line) = cut_rows(body, body.height - 1);
        body = rest;
        line
    });
    let bordered = body.width >= 16 && body.height >= 5;
    let (list, reader) = if body.width >= SIDE_BY_SIDE_FROM {
        let (list, reader) = cut_columns(body, (body.width * 9 / 20).clamp(30, 80));
        (Some(list), Some(reader))
    } else if body.height >= STACK_FROM {
        let (list, reader) = cut_rows(body, body.height * 2 / 5);
        (Some(list), Some(reader))
    } else if body.height == 0 {
        (None, None)
    } else {
        match focus {
            Focus::List => (Some(body), None),
            Focus::Reader => (None, Some(body)),
        }
    };
    Panes {
        list,
        reader,
        progress,
        status,
        bordered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_is_side_by_side_narrow_stacks_tiny_shows_focus() {
        let wide = panes(Rect::new(0, 0, 120, 40), Focus::List, false);
        let (l, r) = (wide.list.unwrap(), wide.reader.unwrap());
        assert_eq!(l.y, r.y);
        assert_eq!(l.width + r.width, 120);
        assert_eq!(wide.status, Rect::new(0, 39, 120, 1));

        let narrow = panes(Rect::new(0, 0, 80, 30), Focus::List, true);
        let (l, r) = (narrow.list.unwrap(), narrow.reader.unwrap());
        assert_eq!(l.x, r.x);
        assert_eq!(l.height + r.height, 28);
        assert_eq!(narrow.progress, Some(Rect::new(0, 28, 80, 1)));

        let tiny = panes(Rect::new(0, 0, 20, 5), Focus::Reader, true);
        assert_eq!(tiny.list, None);
        assert_eq!(tiny.reader, Some(Rect::new(0, 0, 20, 4)));
        assert!(!tiny.bordered);
        assert_eq!(tiny.progress, None);
    }

    #[test]
    fn degenerate_sizes_do_not_underflow() {
        for (w, h) in [(0, 0), (1, 1), (0, 5), (5, 0), (100, 2)] {
            let p = panes(Rect::new(0, 0, w, h), Focus::List, true);
            assert!(p.status.height <= 1);
        }
    }
}
