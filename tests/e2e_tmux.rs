//! The real binary in a real terminal: tmux runs `parallax` on the built-in sample, keys are
//! sent as a person would type them, and the screen is read back with `capture-pane`.
//!
//! Every wait polls the screen for what should appear (no fixed sleeps), on a private tmux
//! socket so nothing else on the machine is touched. Skipped, with a note, where tmux is
//! missing.

use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use parallax::engine::bundle;
use parallax::engine::filter::{filter, Corpus, Query};

const BIN: &str = env!("CARGO_BIN_EXE_parallax");
const WAIT: Duration = Duration::from_secs(30);

/// A private tmux server, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("note: tmux is not installed; skipping the terminal end-to-end test");
            return None;
        }
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        Some(Tmux {
            socket: format!("parallax-{name}-{}-{nanos}", std::process::id()),
        })
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "main"])
    }

    fn format(&self, f: &str) -> String {
        self.run(&["display-message", "-p", "-t", "main", f])
            .trim()
            .to_string()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "main"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn literal(&self, text: &str) {
        self.run(&["send-keys", "-t", "main", "-l", text]);
    }

    /// Polls until `ok` holds for the screen; fails with the last screen after [`WAIT`].
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > WAIT {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn wait_format(&self, what: &str, f: &str, want: &str) {
        let start = Instant::now();
        while self.format(f) != want {
            if start.elapsed() > WAIT {
                panic!(
                    "timed out waiting for {what} ({f} is {:?}); screen:\n{}",
                    self.format(f),
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(40));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

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
    // The program runs under a shell that reports its exit status and then keeps the pane open
    // (tmux's own dead-pane status is not always set when the pane's terminal closes first).
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "main",
        "-x",
        "160",
        "-y",
        "40",
        "sh",
        "-c",
        "\"$0\"; echo \"exited with $?\"; exec sleep 600",
        BIN,
    ]);

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
}

#[test]
fn quitting_returns_the_shell_its_screen() {
    let Some(tmux) = Tmux::start("shell") else {
        return;
    };
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "main",
        "-x",
        "100",
        "-y",
        "30",
        "env",
        "PS1=ready$ ",
        "sh",
    ]);
    tmux.wait_for("the shell", |s| s.contains("ready$"));
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
