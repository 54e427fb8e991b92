//! Key specs (`"j"`, `"ctrl-c"`, `"pagedown"`) and remapping the key map by action name.
//!
//! `[keys]` rebinds an action wherever it is bound outside the filter input; `[filter_keys]`
//! rebinds it while a filter is typed. Keeping the two apart means `quit = ["q"]` cannot make
//! the letter q quit in the middle of typing a filter.

use std::collections::BTreeMap;

use crossterm::event::KeyCode;
use toml::Spanned;

use crate::app::keymap::{Key, KeyMap, Scope};
use crate::app::Action;

use super::Problem;

/// Named keys, as written in a settings file (lower case).
const NAMED: &[(&str, KeyCode)] = &[
    ("space", KeyCode::Char(' ')),
    ("enter", KeyCode::Enter),
    ("return", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("escape", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("shift-tab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
];

/// Parses one key spec. A single character stands for itself (case matters: `G` is
/// shift-g); names are case-insensitive; `ctrl-` may precede either.
pub fn parse_key(spec: &str) -> Result<Key, String> {
    let (ctrl, rest) = match spec.get(..5) {
        Some(p) if p.eq_ignore_ascii_case("ctrl-") && spec.len() > 5 => (true, &spec[5..]),
        _ => (false, spec),
    };
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => {
            // Terminals send ctrl with the lower-case letter.
            KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
        }
        _ => {
            let lower = rest.to_ascii_lowercase();
            if let Some(&(_, code)) = NAMED.iter().find(|(n, _)| *n == lower) {
                code
            } else if let Some(n) = lower
                .strip_prefix('f')
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=12).contains(n))
            {
                KeyCode::F(n)
            } else if lower.starts_with("shift-") || lower.starts_with("alt-") {
                return Err(format!(
                    "unknown key {spec:?}: only ctrl- is a modifier (write a shifted letter as its capital, \"G\")"
                ));
            } else {
                return Err(format!(
                    "unknown key {spec:?}: use one character, a name ({}, f1 to f12), or ctrl- before either",
                    NAMED
                        .iter()
                        .map(|(n, _)| *n)
                        .filter(|n| !matches!(*n, "return" | "escape" | "shift-tab"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    };
    Ok(Key { code, ctrl })
}

fn in_group(scope: Scope, filter: bool) -> bool {
    (scope == Scope::Filter) == filter
}

fn table(filter: bool) -> &'static str {
    if filter {
        "[filter_keys]"
    } else {
        "[keys]"
    }
}

/// The actions a table can rebind, in key-map order.
fn actions_of(map: &KeyMap, filter: bool) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for b in map.bindings.iter().filter(|b| in_group(b.scope, filter)) {
        if let Some(n) = b.action.name() {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names
}

/// The keys a table entry lists: a list of specs, or one spec alone.
fn key_list(value: &Spanned<toml::Value>, action: &str) -> Result<Vec<Key>, Problem> {
    let span = value.span();
    let shape = || {
        Problem::at(
            span.clone(),
            format!("keys for {action} must be a list of strings, like [\"q\", \"ctrl-c\"]"),
        )
    };
    let specs: Vec<&str> = match value.get_ref() {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().ok_or_else(shape))
            .collect::<Result<_, _>>()?,
        _ => return Err(shape()),
    };
    let mut keys: Vec<Key> = Vec::new();
    for spec in specs {
        let key = parse_key(spec).map_err(|m| Problem::at(span.clone(), m))?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// Rebinds the actions of one table (`filter` for `[filter_keys]`).
pub(crate) fn apply(
    map: &mut KeyMap,
    entries: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    filter: bool,
) -> Result<(), Problem> {
    for (name, value) in entries {
        let action: Option<Action> =
            serde_json::from_value(serde_json::Value::String(name.get_ref().clone())).ok();
        let bound = action.as_ref().is_some_and(|a| {
            map.bindings
                .iter()
                .any(|b| in_group(b.scope, filter) && b.action == *a)
        });
        if !bound {
            return Err(Problem::at(
                name.span(),
                format!(
                    "unknown action {:?} in {}; the actions there are: {}",
                    name.get_ref(),
                    table(filter),
                    actions_of(map, filter).join(", ")
                ),
            ));
        }
        let keys = key_list(value, name.get_ref())?;
        let action = action.expect("checked above");
        for b in map
            .bindings
            .iter_mut()
            .filter(|b| in_group(b.scope, filter) && b.action == action)
        {
            b.keys = keys.clone();
        }
    }
    Ok(())
}

/// Scopes that answer keys together, searched in this order (see `App::scopes`).
const TOGETHER: &[&[Scope]] = &[
    &[Scope::List, Scope::Global, Scope::Reader],
    &[Scope::Reader, Scope::Global],
    &[Scope::Filter],
];

/// A key bound to two actions that answer at the same time, after remapping: the second would
/// never run. Reported at the file's line for one of the two.
pub(crate) fn check_conflicts(
    map: &KeyMap,
    keys: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    filter_keys: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
) -> Result<(), Problem> {
    for scopes in TOGETHER {
        let bindings: Vec<_> = map
            .bindings
            .iter()
            .filter(|b| scopes.contains(&b.scope))
            .collect();
        for (i, a) in bindings.iter().enumerate() {
            for b in &bindings[i + 1..] {
                if a.action == b.action {
                    continue;
                }
                let Some(key) = a.keys.iter().find(|k| b.keys.contains(k)) else {
                    continue;
                };
                let (an, bn) = (
                    a.action.name().unwrap_or_default(),
                    b.action.name().unwrap_or_default(),
                );
                let table = if a.scope == Scope::Filter {
                    filter_keys
                } else {
                    keys
                };
                // The later of the two in the file, else whichever is there.
                let span = table
                    .iter()
                    .filter(|(n, _)| *n.get_ref() == an || *n.get_ref() == bn)
                    .map(|(n, _)| n.span())
                    .max_by_key(|s| s.start)
                    .unwrap_or(0..0);
                return Err(Problem::at(
                    span,
                    format!("key {:?} is bound to both {an} and {bn}", key_spec(key)),
                ));
            }
        }
    }
    Ok(())
}

/// How a key is written in a settings file (the inverse of [`parse_key`]).
pub fn key_spec(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("f{n}"),
        code => NAMED.iter().find(|(_, c)| *c == code).map_or_else(
            || format!("{code:?}").to_lowercase(),
            |(n, _)| n.to_string(),
        ),
    };
    if key.ctrl {
        format!("ctrl-{base}")
    } else {
        base
    }
}
