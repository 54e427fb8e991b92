//! The real binary in a real terminal: tmux runs `parallax` on the built-in sample, keys are
//! sent as a person would type them, and the screen is read back with `capture-pane`.
//!
//! Every wait polls the screen for what should appear (no fixed sleeps), on a private tmux
//! socket so nothing else on the machine is touched. Skipped, with a note, where tmux is
//! missing.

#[path = "common/tmux.rs"]
mod tmux;

use std::sync::Arc;

use parallax::engine::bundle;
use parallax::engine::filter::{filter, Corpus, Query};
use tmux::{Tmux, BIN};

/// A query that keeps one outlet's articles (or, while the sample's outlets are not yet
/// recognised, one article), and how many articles it should keep.
fn one_outlet_query() -> (String, usize) {
    let sample = bundle::sample();
    if let Some(outlet) = sample.articles.iter().find_map(|a| a.outlet.clone()) {
        let word = outlet
            .split_whitespace()
            .max_by_key(|w| w.len())
            .unwrap_or(&outlet)
            .to_lowercase();
        let n = sample
            .articles
            .iter()
            .filter(|a| {
                a.outlet
                    .as_deref()
                    .is_some_and(|o| o.to_lowercase().contains(&word))
            })
            .count();
        return (format!("outlet:{word}"), n);
    }
    // No outlets yet: a title word that the filter says only one article matches.
    let corpus = Corpus::of_articles(&sample.articles, Arc::default(), |_| None);
    let mut words: Vec<String> = sample
        .articles
        .iter()
        .flat_map(|a| {
            a.display_title()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= 5)
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let word = words
        .into_iter()
        .find(|w| filter(&corpus, &Query::parse(w), &|| false).is_some_and(|h| h.len() == 1))
        .expect("some title word is unique to one article");
    (word, 1)
}

#[test]
fn reader_runs_in_a_real_terminal_and_restores_it() {
    let Some(tmux) = Tmux::start("reader") else {
        return;
    };
    let total = bundle::sample().articles.len();
    tmux.program(160, 40, &[]);

    let first = tmux.wait_for("the list", |s| {
        s.contains(&format!("Articles {total}")) && s.contains("sample (built in)")
    });
    assert!(first.contains("Reader"), "{first}");
    assert!(first.contains("q quit"), "hints from the key map:\n{first}");
    tmux.wait_format("the alternate screen", "#{alternate_on}", "1");

    let (query, n) = one_outlet_query();
    tmux.keys(&["/"]);
    tmux.wait_for("the filter prompt", |s| {
        s.lines().last().is_some_and(|l| l.starts_with('/'))
    });
    tmux.literal(&query);
    let filtered = tmux.wait_for("the filtered list", |s| {
        s.contains(&format!("Articles {n}/{total}")) && s.contains(&format!("/{query}"))
    });
    assert!(filtered.contains("Esc clear"), "{filtered}");

    // Keep the filter, then open the best match in the reader.
    tmux.keys(&["Enter"]);
    tmux.wait_for("the kept filter", |s| {
        s.lines()
            .last()
            .is_some_and(|l| !l.starts_with('/') && l.contains(&format!("/{query}")))
    });
    tmux.keys(&["Enter"]);
    let reading = tmux.wait_for("the reader's keys", |s| s.contains("n/N passage"));
    assert!(reading.contains("words"), "the reader's header:\n{reading}");

    // Jump to a shared passage: the status line says which one of how many.
    tmux.keys(&["n"]);
    let jumped = tmux.wait_for("the passage jump", |s| {
        s.contains("no passage of this article is shared") || s.contains("shared passage 1 of ")
    });
    assert!(
        !jumped.contains("no passage of this article is shared"),
        "the sample's articles share passages:\n{jumped}"
    );
    tmux.keys(&["n"]);
    tmux.wait_for("the next passage", |s| s.contains("shared passage 2 of "));

    tmux.keys(&["q"]);
    let after = tmux.wait_for("the program to exit", |s| s.contains("exited with"));
    assert!(after.contains("exited with 0"), "{after}");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    // The article opened was marked read, and that was kept in the data directory.
    let state = tmux.home.path().join("data/parallax/state");
    let kept: Vec<String> = std::fs::read_dir(&state)
        .expect("a state folder")
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].contains("\"read\": [\n    \""), "{}", kept[0]);
}

#[test]
fn quitting_returns_the_shell_its_screen() {
    let Some(tmux) = Tmux::start("shell") else {
        return;
    };
    tmux.shell(100, 30, &[]);
    tmux.literal(&format!("echo before; '{BIN}'; echo \"exit=$?\""));
    tmux.keys(&["Enter"]);
    tmux.wait_for("the interface", |s| {
        s.contains("q quit") && !s.contains("before")
    });
    tmux.wait_format("the alternate screen", "#{alternate_on}", "1");
    tmux.keys(&["q"]);
    let back = tmux.wait_for("the shell again", |s| s.contains("exit=0"));
    // The shell's own screen is back, with what it printed before the program ran.
    assert!(back.contains("before"), "{back}");
    assert!(!back.contains("Reader"), "{back}");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    // Keys echo again: the terminal left raw mode.
    tmux.literal("echo typed-ok");
    tmux.keys(&["Enter"]);
    tmux.wait_for("cooked mode", |s| s.lines().any(|l| l == "typed-ok"));
}

#[test]
fn settings_remap_keys_and_a_bad_file_stops_before_the_screen() {
    let Some(tmux) = Tmux::start("settings") else {
        return;
    };
    let dir = tmux.home.path().join("config/parallax");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "color = \"never\"\n[keys]\nquit = [\"x\"]\nhelp = [\"f1\"]\n",
    )
    .unwrap();
    tmux.program(120, 30, &[]);
    // The hints follow the remapped keys.
    let first = tmux.wait_for("the list", |s| {
        s.contains("x quit") && s.contains("Articles 5")
    });
    assert!(first.contains("F1 help"), "{first}");
    // q no longer quits; x does.
    tmux.keys(&["q", "F1"]);
    tmux.wait_for("the help overlay", |s| s.contains("Keys (Esc closes)"));
    // Apart: an Escape followed at once by a letter reads as Alt and that letter.
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help to close", |s| !s.contains("Keys (Esc closes)"));
    tmux.keys(&["x"]);
    let end = tmux.wait_for("the program to exit", |s| s.contains("exited with"));
    assert!(end.contains("exited with 0"), "{end}");

    // A bad file: the program says where and exits with 2, the terminal untouched. (A server
    // of its own: one just killed may still be going away.)
    let Some(tmux) = Tmux::start("settings-bad") else {
        return;
    };
    let dir = tmux.home.path().join("config/parallax");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "[keys]\nquit = [\"x\"]\nzoom = [\"z\"]\n",
    )
    .unwrap();
    tmux.program(120, 30, &[]);
    tmux.wait_for("the exit status", |s| s.contains("exited with"));
    // The message may wrap and scroll: read the history too, wrapped lines joined.
    let screen = tmux.run(&["capture-pane", "-p", "-J", "-S", "-100", "-t", "main"]);
    assert!(screen.contains("exited with 2"), "{screen}");
    assert!(
        screen.contains("config.toml:3: unknown action \"zoom\" in [keys]"),
        "{screen}"
    );
    assert_eq!(tmux.format("#{alternate_on}"), "0");
}
