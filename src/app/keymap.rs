//! The one place keys are bound. The translation from keys to actions, the status-line hints
//! and the help overlay are all generated from [`KeyMap::bindings`], so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Action;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Whichever pane has focus (not while typing a filter).
    Global,
    List,
    Reader,
    /// While typing after `/`.
    Filter,
    /// The side-by-side comparison.
    Compare,
}

impl Scope {
    pub fn title(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::List => "List",
            Scope::Reader => "Reader",
            Scope::Filter => "Filter (after /)",
            Scope::Compare => "Comparison (after c)",
        }
    }
}

/// A key with the modifiers that matter (Shift is part of the character already).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }
    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    pub fn of(event: &KeyEvent) -> Key {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// How the key is written in hints and help.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Down => "↓".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Insert => "Ins".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One key binding.
#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    pub keys: Vec<Key>,
    pub action: Action,
    /// A line in the help overlay.
    pub help: &'static str,
    /// A word in the status line's hints, when the binding deserves one. Bindings sharing a
    /// word are shown together ("j/k move").
    pub hint: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub struct KeyMap {
    pub bindings: Vec<Binding>,
}

impl Default for KeyMap {
    fn default() -> Self {
        use KeyCode::*;
        let b = |scope, keys: &[Key], action, help, hint| Binding {
            scope,
            keys: keys.to_vec(),
            action,
            help,
            hint,
        };
        let p = Key::plain;
        let c = Key::ch;
        let bindings = vec![
            b(
                Scope::Global,
                &[c('j'), p(Down)],
                Action::MoveDown,
                "move down / scroll down",
                Some("move"),
            ),
            b(
                Scope::Global,
                &[c('k'), p(Up)],
                Action::MoveUp,
                "move up / scroll up",
                Some("move"),
            ),
            b(
                Scope::Global,
                &[c('g'), p(Home)],
                Action::Top,
                "go to the top",
                None,
            ),
            b(
                Scope::Global,
                &[c('G'), p(End)],
                Action::Bottom,
                "go to the bottom",
                None,
            ),
            b(
                Scope::Global,
                &[p(PageDown), c(' ')],
                Action::PageDown,
                "page down",
                None,
            ),
            b(Scope::Global, &[p(PageUp)], Action::PageUp, "page up", None),
            b(
                Scope::List,
                &[p(Enter)],
                Action::Open,
                "open the article (or fold the event)",
                Some("open"),
            ),
            b(
                Scope::List,
                &[c('h'), p(Left)],
                Action::Fold,
                "fold the event or duplicates",
                Some("fold"),
            ),
            b(
                Scope::List,
                &[c('l'), p(Right)],
                Action::Unfold,
                "unfold the event or duplicates",
                Some("fold"),
            ),
            b(
                Scope::Reader,
                &[c('n')],
                Action::NextPassage,
                "next shared passage",
                Some("passage"),
            ),
            b(
                Scope::Reader,
                &[c('N')],
                Action::PrevPassage,
                "previous shared passage",
                Some("passage"),
            ),
            b(
                Scope::Reader,
                &[c('r')],
                Action::ToggleOriginal,
                "cleaned or original text",
                Some("original"),
            ),
            b(
                Scope::List,
                &[c('m')],
                Action::Mark,
                "mark for comparison (c on another compares)",
                Some("mark"),
            ),
            b(
                Scope::Global,
                &[c('/')],
                Action::StartFilter,
                "filter (outlet: event: date: qualifiers)",
                Some("filter"),
            ),
            b(
                Scope::Global,
                &[p(Tab)],
                Action::SwitchFocus,
                "switch pane",
                Some("pane"),
            ),
            b(
                Scope::List,
                &[c('c')],
                Action::Compare,
                "compare side by side (event: closest two)",
                Some("compare"),
            ),
            b(
                Scope::Reader,
                &[c('c')],
                Action::Compare,
                "compare with the report sharing most",
                None,
            ),
            b(
                Scope::List,
                &[c('u')],
                Action::ToggleUnread,
                "mark read / unread",
                None,
            ),
            b(
                Scope::Global,
                &[c('b')],
                Action::ToggleBookmark,
                "bookmark / remove the bookmark",
                None,
            ),
            b(
                Scope::Global,
                &[c('o')],
                Action::OpenUrl,
                "open the URL in the browser",
                None,
            ),
            b(
                Scope::Global,
                &[c('y')],
                Action::Copy,
                "copy the URL (or the passage jumped to)",
                None,
            ),
            b(
                Scope::Global,
                &[c('R')],
                Action::Reload,
                "reload the bundle from disk",
                None,
            ),
            b(
                Scope::Global,
                &[p(Esc)],
                Action::Clear,
                "clear the filter / close help",
                None,
            ),
            b(
                Scope::Compare,
                &[c('n')],
                Action::NextPassage,
                "next shared passage, side by side",
                Some("passage"),
            ),
            b(
                Scope::Compare,
                &[c('N')],
                Action::PrevPassage,
                "previous shared passage, side by side",
                Some("passage"),
            ),
            b(
                Scope::Compare,
                &[c('[')],
                Action::PrevRight,
                "previous report of the event on the right",
                Some("right"),
            ),
            b(
                Scope::Compare,
                &[c(']')],
                Action::NextRight,
                "next report of the event on the right",
                Some("right"),
            ),
            b(
                Scope::Compare,
                &[c('{')],
                Action::PrevLeft,
                "previous report of the event on the left",
                None,
            ),
            b(
                Scope::Compare,
                &[c('}')],
                Action::NextLeft,
                "next report of the event on the left",
                None,
            ),
            b(
                Scope::Compare,
                &[c('s')],
                Action::SwapSides,
                "swap the sides",
                Some("swap"),
            ),
            b(
                Scope::Compare,
                &[p(Tab)],
                Action::ScrollAlone,
                "scroll both columns, left alone, right alone",
                Some("alone"),
            ),
            b(
                Scope::Compare,
                &[c('u')],
                Action::ToggleUnshared,
                "only what each side alone says (toggle)",
                Some("unshared"),
            ),
            b(
                Scope::Compare,
                &[p(Esc)],
                Action::Clear,
                "back to the list",
                Some("back"),
            ),
            b(
                Scope::Global,
                &[c('?')],
                Action::Help,
                "this help",
                Some("help"),
            ),
            b(
                Scope::Global,
                &[Key::ctrl('z')],
                Action::Suspend,
                "suspend to the shell (fg comes back)",
                None,
            ),
            b(
                Scope::Global,
                &[c('q'), Key::ctrl('c')],
                Action::Quit,
                "quit",
                Some("quit"),
            ),
            b(
                Scope::Filter,
                &[p(Enter)],
                Action::AcceptFilter,
                "keep the filter, back to the list",
                Some("keep"),
            ),
            b(
                Scope::Filter,
                &[p(Esc)],
                Action::Clear,
                "clear the filter",
                Some("clear"),
            ),
            b(
                Scope::Filter,
                &[p(Backspace)],
                Action::DeleteChar,
                "delete a character",
                None,
            ),
            b(
                Scope::Filter,
                &[Key::ctrl('w')],
                Action::DeleteWord,
                "delete a word",
                None,
            ),
            b(
                Scope::Filter,
                &[Key::ctrl('z')],
                Action::Suspend,
                "suspend to the shell",
                None,
            ),
            b(Scope::Filter, &[Key::ctrl('c')], Action::Quit, "quit", None),
        ];
        KeyMap { bindings }
    }
}

impl KeyMap {
    /// The action `event` means in `scopes` (searched in order). Typing in the filter turns
    /// any other printable key into text.
    pub fn action(&self, event: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
        let key = Key::of(event);
        for scope in scopes {
            if let Some(b) = self
                .bindings
                .iter()
                .find(|b| b.scope == *scope && b.keys.contains(&key))
            {
                return Some(b.action.clone());
            }
        }
        match (scopes.first(), key) {
            (
                Some(Scope::Filter),
                Key {
                    code: KeyCode::Char(c),
                    ctrl: false,
                },
            ) => Some(Action::InsertChar(c)),
            _ => None,
        }
    }

    /// The status-line hints for `scopes`: `(keys, word)` pairs such as `("j/k", "move")`.
    pub fn hints(&self, scopes: &[Scope]) -> Vec<(String, &'static str)> {
        self.ranked_hints(scopes)
            .into_iter()
            .map(|(keys, word, _)| (keys, word))
            .collect()
    }

    /// [`Self::hints`], each with the rank of its scope in `scopes` (0: the most specific), so
    /// that a narrow status line can let the general hints go first.
    pub fn ranked_hints(&self, scopes: &[Scope]) -> Vec<(String, &'static str, usize)> {
        let mut out: Vec<(String, &'static str, usize)> = Vec::new();
        // In key-map order, so the hints read the same in every pane.
        {
            for b in self.bindings.iter().filter(|b| scopes.contains(&b.scope)) {
                let (Some(word), Some(key)) = (b.hint, b.keys.first()) else {
                    continue;
                };
                // A binding whose every key a more specific scope takes is not in force.
                let rank = scopes.iter().position(|s| *s == b.scope).unwrap_or(0);
                let shadowed = b.keys.iter().all(|k| {
                    self.bindings
                        .iter()
                        .any(|o| scopes[..rank].contains(&o.scope) && o.keys.contains(k))
                });
                if shadowed {
                    continue;
                }
                match out.iter_mut().find(|(_, w, _)| *w == word) {
                    Some((keys, _, _)) => {
                        keys.push('/');
                        keys.push_str(&key.label());
                    }
                    None => out.push((key.label(), word, rank)),
                }
            }
        }
        out
    }

    /// The help overlay: one section per scope, one `(keys, help)` line per binding.
    pub fn help(&self) -> Vec<(Scope, Vec<(String, &'static str)>)> {
        [
            Scope::Global,
            Scope::List,
            Scope::Reader,
            Scope::Compare,
            Scope::Filter,
        ]
        .into_iter()
        .map(|scope| {
            let lines = self
                .bindings
                .iter()
                .filter(|b| b.scope == scope)
                .map(|b| {
                    let keys: Vec<String> = b.keys.iter().map(Key::label).collect();
                    (keys.join(", "), b.help)
                })
                .collect();
            (scope, lines)
        })
        .collect()
    }
}
