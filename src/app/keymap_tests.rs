//! The default key map: scopes searched in order, hints and help drawn from the bindings.

use super::keymap::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Action;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn scopes_are_searched_in_order() {
    let map = KeyMap::default();
    let list = [Scope::List, Scope::Global];
    assert_eq!(
        map.action(&key(KeyCode::Char('j')), &list),
        Some(Action::MoveDown)
    );
    assert_eq!(map.action(&key(KeyCode::Char('n')), &list), None);
    let reader = [Scope::Reader, Scope::Global];
    assert_eq!(
        map.action(&key(KeyCode::Char('n')), &reader),
        Some(Action::NextPassage)
    );
    // Shifted letters arrive as the capital with SHIFT set.
    let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(map.action(&shift_g, &list), Some(Action::Bottom));
    let filter = [Scope::Filter];
    assert_eq!(
        map.action(&key(KeyCode::Char('q')), &filter),
        Some(Action::InsertChar('q'))
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(map.action(&ctrl_c, &filter), Some(Action::Quit));
    // Ctrl-z suspends wherever it is pressed, typing a filter included.
    let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(map.action(&ctrl_z, &filter), Some(Action::Suspend));
    assert_eq!(map.action(&ctrl_z, &reader), Some(Action::Suspend));
}

#[test]
fn hints_and_help_come_from_the_bindings() {
    let map = KeyMap::default();
    let hints = map.hints(&[Scope::List, Scope::Global]);
    assert_eq!(hints[0], ("j/k".to_string(), "move"));
    assert!(hints.contains(&("Enter".to_string(), "open")));
    assert!(hints.contains(&("j/k".to_string(), "move")));
    assert!(hints.contains(&("h/l".to_string(), "fold")));
    assert!(!hints.iter().any(|(_, w)| *w == "passage"));
    let help = map.help();
    let total: usize = help.iter().map(|(_, l)| l.len()).sum();
    assert_eq!(total, map.bindings.len());
}
