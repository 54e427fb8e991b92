use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use super::keys::{key_spec, parse_key};
use super::*;
use crate::app::keymap::{Key, Scope};
use crate::app::Action;

fn err(text: &str) -> String {
    parse(text, "config.toml").unwrap_err().to_string()
}

fn press(map: &KeyMap, code: KeyCode, mods: KeyModifiers, scopes: &[Scope]) -> Option<Action> {
    map.action(&KeyEvent::new(code, mods), scopes)
}

const LIST: &[Scope] = &[Scope::List, Scope::Global, Scope::Reader];

#[test]
fn the_shipped_file_is_the_built_in_behaviour() {
    let s = parse(DEFAULT_CONFIG, "default").unwrap();
    assert_eq!(s.color, ColorMode::Auto);
    assert_eq!(s.palette, Palette::default());
    let built_in = KeyMap::default();
    assert_eq!(s.keymap.bindings.len(), built_in.bindings.len());
    for (a, b) in s.keymap.bindings.iter().zip(&built_in.bindings) {
        assert_eq!((a.scope, &a.action, &a.keys), (b.scope, &b.action, &b.keys));
    }
    // Every action bindable in the built-in map is listed in the shipped file, so a person
    // reading it sees them all.
    for b in &built_in.bindings {
        let name = b.action.name().unwrap();
        let table = if b.scope == Scope::Filter {
            "[filter_keys]"
        } else {
            "[keys]"
        };
        let section = DEFAULT_CONFIG.split(table).nth(1).unwrap();
        let section = section.split("\n[").next().unwrap();
        assert!(
            section.contains(&format!("\n{name} = ")),
            "{name} missing from {table}"
        );
    }
}

#[test]
fn an_empty_file_is_the_defaults() {
    let s = parse("", "x").unwrap();
    assert_eq!(s.palette, Palette::default());
    assert_eq!(s.keymap.bindings.len(), KeyMap::default().bindings.len());
}

#[test]
fn keys_are_remapped_by_action_name() {
    let s = parse(
        "[keys]\nmove_down = [\"ctrl-n\", \"down\"]\nquit = \"x\"\nhelp = [\"f1\"]\n\n[filter_keys]\nquit = [\"ctrl-q\"]\n",
        "x",
    )
    .unwrap();
    let m = &s.keymap;
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    assert_eq!(
        press(m, KeyCode::Char('n'), ctrl, LIST),
        Some(Action::MoveDown)
    );
    assert_eq!(press(m, KeyCode::Char('j'), none, LIST), None);
    assert_eq!(press(m, KeyCode::Char('x'), none, LIST), Some(Action::Quit));
    assert_eq!(press(m, KeyCode::Char('q'), none, LIST), None);
    assert_eq!(press(m, KeyCode::F(1), none, LIST), Some(Action::Help));
    // The filter input keeps its own binding: x is typed there, ctrl-q quits.
    let filter = &[Scope::Filter];
    assert_eq!(
        press(m, KeyCode::Char('x'), none, filter),
        Some(Action::InsertChar('x'))
    );
    assert_eq!(
        press(m, KeyCode::Char('q'), ctrl, filter),
        Some(Action::Quit)
    );
    // Hints and help follow.
    let hints = m.hints(&[Scope::List, Scope::Global]);
    assert!(
        hints.contains(&("Ctrl-n/k".to_string(), "move")),
        "{hints:?}"
    );
    assert!(hints.contains(&("x".to_string(), "quit")));
    let help = m.help();
    let global = &help.iter().find(|(s, _)| *s == Scope::Global).unwrap().1;
    assert!(global.contains(&("Ctrl-n, ↓".to_string(), "move down / scroll down")));
}

#[test]
fn an_empty_list_unbinds() {
    let s = parse("[keys]\ncompare = []\n", "x").unwrap();
    assert_eq!(
        press(&s.keymap, KeyCode::Char('c'), KeyModifiers::NONE, LIST),
        None
    );
}

#[test]
fn key_specs_round_trip() {
    for spec in [
        "j",
        "G",
        "?",
        "/",
        "space",
        "enter",
        "esc",
        "tab",
        "backtab",
        "pagedown",
        "f5",
        "ctrl-c",
        "ctrl-space",
        "é",
    ] {
        let key = parse_key(spec).unwrap();
        assert_eq!(key_spec(&key), spec);
    }
    assert_eq!(parse_key("Ctrl-C").unwrap(), Key::ctrl('c'));
    assert_eq!(parse_key("PageUp").unwrap(), Key::plain(KeyCode::PageUp));
    assert!(parse_key("").is_err());
    assert!(parse_key("f13").is_err());
    assert!(parse_key("ctrl-").is_err() || parse_key("ctrl-").unwrap() != Key::ctrl('c'));
    assert!(parse_key("shift-x").unwrap_err().contains("capital"));
}

#[test]
fn unknown_settings_are_errors_with_their_line() {
    assert_eq!(
        err("color = \"auto\"\n\ncolour = \"never\"\n"),
        "config.toml:3: unknown field `colour`, expected one of `color`, `keys`, `filter_keys`, `theme`"
    );
    assert_eq!(
        err("[theme]\naccent = \"red\"\nbackground = \"blue\"\n"),
        "config.toml:3: unknown field `background`, expected one of `accent`, `outlet`, `filter_match`, `shared`, `rewrite`, `marker`, `badge`, `error`"
    );
}

#[test]
fn bad_values_are_errors_with_their_line() {
    assert_eq!(
        err("# top\ncolor = \"sometimes\"\n"),
        "config.toml:2: unknown variant `sometimes`, expected one of `auto`, `always`, `never`"
    );
    assert_eq!(
        err("[theme]\n\nshared = \"chartreuse\"\n"),
        "config.toml:3: unknown colour \"chartreuse\": use a name (red, lightblue, darkgray, default...), an ANSI index (0 to 255) or #rrggbb"
    );
    assert!(err("[theme]\nshared = \"#12345\"\n").starts_with("config.toml:2: unknown colour"));
    assert!(err("[keys]\nquit = [\"q\", 3]\n")
        .starts_with("config.toml:2: keys for quit must be a list of strings"));
    assert!(err("[keys]\n\nquit = [\"q\", \"ctrl-xy\"]\n")
        .starts_with("config.toml:3: unknown key \"ctrl-xy\""));
    assert!(err("[keys]\nquit = [\"kwit\"]\n").starts_with("config.toml:2: unknown key \"kwit\""));
}

#[test]
fn unknown_actions_are_errors_with_their_line() {
    let e = err("[keys]\nquit = [\"q\"]\nexplode = [\"x\"]\n");
    assert!(
        e.starts_with("config.toml:3: unknown action \"explode\" in [keys]; the actions there are: move_down, move_up,"),
        "{e}"
    );
    // A filter-input action is not bound outside the filter.
    let e = err("[keys]\ndelete_word = [\"ctrl-w\"]\n");
    assert!(
        e.starts_with("config.toml:2: unknown action \"delete_word\" in [keys]"),
        "{e}"
    );
    // Data-carrying variants are not actions a key can have.
    let e = err("[filter_keys]\ninsert_char = [\"x\"]\n");
    assert!(e.starts_with("config.toml:2: unknown action"), "{e}");
}

#[test]
fn one_key_for_two_actions_is_an_error() {
    assert_eq!(
        err("[keys]\nnext_passage = [\"n\"]\nmove_down = [\"n\"]\n"),
        "config.toml:3: key \"n\" is bound to both move_down and next_passage"
    );
    // The same key in scopes that never answer together is fine.
    parse(
        "[keys]\nquit = [\"q\"]\n[filter_keys]\nclear = [\"ctrl-c\"]\nquit = [\"ctrl-q\"]\n",
        "x",
    )
    .unwrap();
}

#[test]
fn broken_toml_names_the_line() {
    assert_eq!(
        err("[keys]\nquit = [\"q\"\n"),
        "config.toml:2: unclosed array, expected `]`"
    );
}

#[test]
fn colours_by_name_index_or_hex() {
    let s = parse(
        "[theme]\naccent = \"#FF8800\"\nshared = \"208\"\nmarker = \"LightBlue\"\nbadge = \"default\"\n",
        "x",
    )
    .unwrap();
    assert_eq!(s.palette.accent, Color::Rgb(0xff, 0x88, 0));
    assert_eq!(s.palette.shared, Color::Indexed(208));
    assert_eq!(s.palette.marker, Color::LightBlue);
    assert_eq!(s.palette.badge, Color::Reset);
}

#[test]
fn no_color_turns_auto_off_only() {
    use std::ffi::OsStr;
    assert!(ColorMode::Auto.enabled(None));
    assert!(ColorMode::Auto.enabled(Some(OsStr::new(""))));
    assert!(!ColorMode::Auto.enabled(Some(OsStr::new("1"))));
    assert!(ColorMode::Always.enabled(Some(OsStr::new("1"))));
    assert!(!ColorMode::Never.enabled(None));
}

#[test]
fn load_reads_the_named_file_and_reports_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    std::fs::write(&path, "color = \"never\"\n").unwrap();
    assert_eq!(load(Some(&path)).unwrap().color, ColorMode::Never);
    let missing = dir.path().join("nope.toml");
    assert!(matches!(
        load(Some(&missing)),
        Err(SettingsError::Read { .. })
    ));
}
