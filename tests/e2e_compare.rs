//! The comparison in a real terminal: tmux runs `parallax` on the built-in sample, `c` opens
//! the side-by-side view, `n` jumps to a passage, and the screen read back with
//! `capture-pane` must show the pair's number and its first words in both columns, on one row
//! when side by side. `parallax compare A B` opens the same view on a terminal and prints for
//! a pipe.
//!
//! Every wait polls the screen (no fixed sleeps), on a private tmux socket. Skipped, with a
//! note, where tmux is missing.

#[path = "common/tmux.rs"]
mod tmux;

use std::process::Command;
use tmux::{Tmux, BIN};

use parallax::engine::analysis::analyse;
use parallax::engine::bundle;
use parallax::engine::compare::compare;
use parallax::engine::pairing;
use parallax::engine::passages::Options;

/// The first word of pair `i`'s text on each side, for the comparison `c` opens on the
/// sample's first event.
fn first_words(i: usize) -> (String, String, usize) {
    let b = bundle::sample();
    let opts = Options::default();
    let an = analyse(&b.articles, &opts, false);
    let (x, y) = pairing::most_overlapping(&an.passages, &an.events[0].articles)
        .expect("the sample's reports share passages");
    let c = compare(&b.articles, x, y, Some(&an.passages), &opts);
    let word = |body: &str, r: &std::ops::Range<usize>| {
        body[r.clone()]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let p = &c.pairs[i];
    (
        word(&b.articles[x].body, &p.a.range),
        word(&b.articles[y].body, &p.b.range),
        c.pairs.len(),
    )
}

/// Screen rows holding `needle` in the left half and in the right half of a `width`-wide
/// screen.
fn halves(screen: &str, needle: &str, width: usize) -> (Vec<usize>, Vec<usize>) {
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for (y, line) in screen.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let half = (width / 2).min(chars.len());
        let l: String = chars[..half].iter().collect();
        let r: String = chars[half..].iter().collect();
        if l.contains(needle) {
            left.push(y);
        }
        if r.contains(needle) {
            right.push(y);
        }
    }
    (left, right)
}

/// Starts a shell in a `width` x `height` terminal and runs `parallax args` in it, so that its
/// exit status is printed once it quits.
fn launch(tmux: &Tmux, width: u16, height: u16, args: &str) {
    tmux.shell(width, height, &[]);
    tmux.literal(&format!("'{BIN}' {args}; echo \"exit=$?\""));
    tmux.keys(&["Enter"]);
}

/// Waits for the program to quit with status 0 and the shell to have its screen back.
fn wait_exit(tmux: &Tmux) {
    tmux.wait_for("the program to exit", |s| s.contains("exit=0"));
    assert_eq!(tmux.format("#{alternate_on}"), "0");
}

#[test]
fn c_opens_the_comparison_and_n_sets_a_pair_side_by_side() {
    let Some(tmux) = Tmux::start("compare") else {
        return;
    };
    launch(&tmux, 140, 40, "");
    let total = bundle::sample().articles.len();
    let list = tmux.wait_for("the list with its passages", |s| {
        s.contains(&format!("Articles {total}")) && !s.contains("finding")
    });
    assert!(list.contains("c compare"), "the list offers c:\n{list}");

    // The first row is the event: c opens its two closest reports.
    tmux.keys(&["c"]);
    let opened = tmux.wait_for("the comparison", |s| s.contains("in the other"));
    assert!(opened.contains("[1]"), "{opened}");
    let (first_a, first_b, pairs) = first_words(0);
    assert!(pairs >= 2, "the sample's closest reports share passages");

    tmux.keys(&["n"]);
    let jumped = tmux.wait_for("the jump", |s| s.contains(&format!("passage 1 of {pairs}")));
    let (l, r) = halves(&jumped, "[1]", 140);
    let row = *l
        .first()
        .unwrap_or_else(|| panic!("no [1] on the left:\n{jumped}"));
    assert!(
        r.contains(&row),
        "[1] on one row of both columns:\n{jumped}"
    );
    let line: Vec<char> = jumped.lines().nth(row).unwrap().chars().collect();
    let left: String = line[..70].iter().collect();
    let right: String = line[70..].iter().collect();
    assert!(left.contains(&format!("[1] {first_a}")), "{left}\n{jumped}");
    assert!(
        right.contains(&format!("[1] {first_b}")),
        "{right}\n{jumped}"
    );

    // The second pair, then a narrow terminal: the columns stack and still pair.
    tmux.keys(&["n"]);
    let (second_a, second_b, _) = first_words(1);
    let second = tmux.wait_for("the second pair", |s| {
        s.contains(&format!("passage 2 of {pairs}"))
    });
    let (l, r) = halves(&second, "[2]", 140);
    assert!(l.iter().any(|y| r.contains(y)), "{second}");
    assert!(
        second.contains(&format!("[2] {second_a}")) && second.contains(&format!("[2] {second_b}")),
        "{second}"
    );

    tmux.run(&["resize-window", "-t", "main", "-x", "80", "-y", "40"]);
    // Stacked: two column frames begin at the left edge.
    let narrow = tmux.wait_for("the stacked columns", |s| {
        s.lines().filter(|l| l.starts_with('┌')).count() == 2 && s.matches("[2]").count() >= 2
    });
    let rows: Vec<usize> = narrow
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("[2]"))
        .map(|(y, _)| y)
        .collect();
    // One in the top column, one in the bottom, at the same height in each.
    assert!(rows[0] < 19 && rows[rows.len() - 1] >= 19, "{narrow}");
    assert_eq!(rows[rows.len() - 1] - rows[0], 19, "{narrow}");

    // Esc goes back to the list, q quits and gives the terminal back.
    tmux.keys(&["Escape"]);
    tmux.wait_for("the list again", |s| {
        s.contains("Articles") && !s.contains("in the other")
    });
    tmux.keys(&["q"]);
    wait_exit(&tmux);
}

#[test]
fn compare_opens_the_view_on_a_terminal_and_prints_for_a_pipe() {
    let Some(tmux) = Tmux::start("compare-cli") else {
        return;
    };
    let b = bundle::sample();
    let (a, c) = (&b.articles[0].id, &b.articles[1].id);
    launch(&tmux, 120, 30, &format!("compare {a} {c}"));
    let shown = tmux.wait_for("the comparison", |s| s.contains("in the other"));
    let outlet = b.articles[1].outlet.clone().unwrap_or_default();
    assert!(shown.contains(&outlet), "{shown}");
    tmux.wait_format("the alternate screen", "#{alternate_on}", "1");
    tmux.keys(&["q"]);
    wait_exit(&tmux);

    // For a pipe, the headless print.
    let out = Command::new(BIN)
        .args(["compare", a, c])
        .output()
        .expect("run parallax");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(" | "), "{text}");
    assert!(text.contains("shared passage"), "{text}");
}
