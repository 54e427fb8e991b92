//! The terminal is always given back. In a real terminal (tmux, on a private socket) a shell
//! runs `parallax`, which is then made to fail: a panic while drawing, a panic on another
//! thread, a draw that returns an error (the hidden `PARALLAX_DEBUG_FAULT` switch), SIGTERM and
//! SIGHUP. Each time the shell must get its screen back: main screen, visible cursor, no mouse
//! reporting, keys echoed (cooked mode), one line saying what happened, a non-zero status.
//!
//! A session on a bundle also leaves every file of the bundle as it was, and headless output of
//! hostile text on a terminal is shown, not obeyed. Skipped, with a note, where tmux is missing.

#[path = "common/tmux.rs"]
mod tmux;

#[allow(dead_code)]
#[path = "hostile/support.rs"]
mod support;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use support::{copy_fixtures, snapshot, Scratch};
use tmux::{Tmux, BIN};

/// How the run is made to end.
enum Ending {
    /// `PARALLAX_DEBUG_FAULT` set to this; a key press then sets it off.
    Fault(&'static str),
    /// This signal is sent to the process.
    Signal(&'static str),
}

/// Runs `parallax` from a shell in tmux, ends it as `ending` says, checks that the shell has
/// its terminal back, and returns the one line printed and the exit status.
fn end_and_restore(name: &str, ending: Ending) -> Option<(String, String)> {
    let tmux = Tmux::start(name)?.joining_wrapped_lines();
    let dir = Scratch::new(&format!("restore-{name}"));
    let fault = match ending {
        Ending::Fault(f) => format!("PARALLAX_DEBUG_FAULT={f} "),
        Ending::Signal(_) => String::new(),
    };
    // The script records its pid, which `exec` hands on to parallax.
    fs::write(
        dir.join("run.sh"),
        format!(
            "echo $$ > '{}'\n{fault}exec '{BIN}'\n",
            dir.join("pid").display()
        ),
    )
    .unwrap();
    // dash does not put the terminal in cooked mode itself: a terminal left raw stays raw.
    tmux.shell(150, 30, &["-u", "RUST_BACKTRACE"]);
    tmux.literal(&format!(
        "echo before; sh '{}'; echo \"exit=$?\"",
        dir.join("run.sh").display()
    ));
    tmux.keys(&["Enter"]);
    tmux.wait_for("the interface", |s| {
        s.contains("q quit") && !s.contains("before")
    });
    tmux.wait_format("the alternate screen", "#{alternate_on}", "1");
    tmux.wait_format("mouse reporting", "#{mouse_any_flag}", "1");

    match ending {
        Ending::Fault(_) => tmux.keys(&["j"]),
        Ending::Signal(sig) => {
            let pid = fs::read_to_string(dir.join("pid")).unwrap();
            let ok = Command::new("kill")
                .args([&format!("-{sig}"), pid.trim()])
                .status()
                .unwrap()
                .success();
            assert!(ok, "kill -{sig} {pid}");
        }
    }
    let back = tmux.wait_for("the shell again", |s| {
        s.lines().any(|l| l.starts_with("exit=")) && s.trim_end().ends_with("ready$")
    });
    assert_eq!(tmux.format("#{alternate_on}"), "0", "main screen:\n{back}");
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "cursor shown:\n{back}");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0", "mouse off:\n{back}");
    assert!(
        back.contains("before"),
        "the shell's screen is back:\n{back}"
    );
    assert!(!back.contains("q quit"), "{back}");

    // Exactly one line between what the shell printed before and the status.
    let lines: Vec<&str> = back.lines().collect();
    let before = lines.iter().position(|&l| l == "before").unwrap();
    let status = lines.iter().position(|l| l.starts_with("exit=")).unwrap();
    assert_eq!(status, before + 2, "one line of message:\n{back}");
    let message = lines[before + 1].to_string();
    assert!(message.starts_with("parallax: "), "{back}");

    // Keys echo and lines end at Enter again: the terminal left raw mode.
    tmux.literal("echo typed-ok");
    tmux.keys(&["Enter"]);
    tmux.wait_for("cooked mode", |s| {
        s.contains("ready$ echo typed-ok") && s.lines().any(|l| l == "typed-ok")
    });
    Some((message, lines[status]["exit=".len()..].to_string()))
}

#[test]
fn a_panic_while_drawing_gives_the_terminal_back() {
    let Some((message, status)) = end_and_restore("panic", Ending::Fault("panic")) else {
        return;
    };
    assert_eq!(status, "101");
    assert!(
        message.starts_with("parallax: internal error in thread main at src/tui/mod.rs:")
            && message.contains("a panic while drawing")
            && message.ends_with("the terminal was restored"),
        "{message}"
    );
}

#[test]
fn a_panic_on_another_thread_gives_the_terminal_back() {
    let Some((message, status)) = end_and_restore("worker", Ending::Fault("worker-panic")) else {
        return;
    };
    assert_eq!(status, "101");
    assert!(
        message.starts_with("parallax: internal error in thread faulty")
            && message.contains("a panic in a worker"),
        "{message}"
    );
}

#[test]
fn an_error_while_drawing_gives_the_terminal_back() {
    let Some((message, status)) = end_and_restore("draw-error", Ending::Fault("draw-error")) else {
        return;
    };
    assert_eq!(status, "1");
    assert!(message.contains("drawing failed"), "{message}");
}

#[test]
fn sigterm_gives_the_terminal_back() {
    let Some((message, status)) = end_and_restore("term", Ending::Signal("TERM")) else {
        return;
    };
    assert_eq!(status, "143");
    assert_eq!(message, "parallax: stopped by SIGTERM");
}

#[test]
fn sighup_gives_the_terminal_back() {
    let Some((message, status)) = end_and_restore("hup", Ending::Signal("HUP")) else {
        return;
    };
    assert_eq!(status, "129");
    assert_eq!(message, "parallax: stopped by SIGHUP");
}

/// Ctrl-z in the interface stops it as a shell job: the shell gets a usable screen back
/// (main screen, cursor, no mouse reporting, keys echoed), and `fg` brings the interface back,
/// drawn whole at the size the terminal has now, answering keys.
#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_comes_back() {
    let Some(tmux) = Tmux::start("suspend") else {
        return;
    };
    tmux.shell(120, 30, &[]);
    // Job control on (dash leaves it off in some set-ups); the program alone on its command
    // line, so that the shell has nothing to run on when it stops.
    tmux.literal("set -m; echo before");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the shell", |s| s.lines().any(|l| l == "before"));
    tmux.literal(&format!("'{BIN}'"));
    tmux.keys(&["Enter"]);
    // Keys move the list once it is loaded: the status line counts its event then.
    tmux.wait_for("the loaded list", |s| {
        s.contains("1 event") && !s.contains("before")
    });
    tmux.keys(&["j"]);
    tmux.wait_for("the first report read", |s| s.contains("310 words"));
    tmux.keys(&["j"]);
    tmux.wait_for("the second report read", |s| s.contains("Inquirer ·"));
    tmux.keys(&["C-z"]);
    let back = tmux.wait_for("the shell", |s| {
        s.contains("Stopped") && s.trim_end().ends_with("ready$")
    });
    assert_eq!(tmux.format("#{alternate_on}"), "0", "main screen:\n{back}");
    assert_eq!(tmux.format("#{cursor_flag}"), "1", "cursor shown:\n{back}");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0", "mouse off:\n{back}");
    assert!(
        back.contains("before") && !back.contains("q quit"),
        "{back}"
    );
    tmux.literal("echo typed-ok");
    tmux.keys(&["Enter"]);
    tmux.wait_for("cooked mode", |s| s.lines().any(|l| l == "typed-ok"));

    // The window changes size while the program is stopped.
    tmux.run(&["resize-window", "-t", "main", "-x", "100", "-y", "24"]);
    tmux.literal("fg");
    tmux.keys(&["Enter"]);
    let again = tmux.wait_for("the interface again", |s| {
        s.contains("q quit") && !s.contains("typed-ok")
    });
    assert_eq!(tmux.format("#{alternate_on}"), "1", "{again}");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "1", "{again}");
    let lines: Vec<&str> = again.lines().collect();
    assert_eq!(lines.len(), 24, "{again}");
    assert!(
        lines[0].starts_with("┌ Articles") && lines[0].chars().count() == 100,
        "drawn whole at the new width:\n{again}"
    );
    assert!(again.contains("Inquirer ·"), "the same report:\n{again}");
    tmux.keys(&["j"]);
    tmux.wait_for("a key answered", |s| {
        !s.contains("Inquirer ·") && s.contains("q quit")
    });

    // SIGTSTP from elsewhere stops it the same way, the terminal given back first.
    let shell = tmux.format("#{pane_pid}");
    let children = format!("/proc/{shell}/task/{shell}/children");
    let pid = fs::read_to_string(children).unwrap().trim().to_string();
    assert!(!pid.is_empty() && !pid.contains(' '), "one child: {pid:?}");
    assert!(Command::new("kill")
        .args(["-TSTP", &pid])
        .status()
        .unwrap()
        .success());
    let back = tmux.wait_for("the shell after SIGTSTP", |s| {
        s.matches("Stopped").count() == 2 && s.trim_end().ends_with("ready$")
    });
    assert_eq!(tmux.format("#{alternate_on}"), "0", "main screen:\n{back}");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0", "mouse off:\n{back}");
    tmux.literal("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the interface after SIGTSTP", |s| s.contains("q quit"));
    tmux.keys(&["q"]);
    tmux.wait_for("the shell after the end", |s| {
        s.trim_end().ends_with("ready$")
    });
    tmux.literal("echo \"exit=$?\"");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the status", |s| s.lines().any(|l| l == "exit=0"));
}

/// Without job control (started by a non-interactive shell, no one to say `fg`), Ctrl-z must
/// not freeze the interface: the stop is dropped and the screen taken again at once.
#[test]
fn ctrl_z_without_job_control_keeps_the_interface() {
    let Some(tmux) = Tmux::start("suspend-nojobs") else {
        return;
    };
    tmux.program(120, 30, &[]);
    tmux.wait_for("the loaded list", |s| s.contains("1 event"));
    tmux.keys(&["j"]);
    tmux.wait_for("the first report read", |s| s.contains("310 words"));
    tmux.keys(&["C-z"]);
    tmux.keys(&["j"]);
    let s = tmux.wait_for("a key answered after Ctrl-z", |s| s.contains("Inquirer ·"));
    assert!(s.contains("q quit"), "{s}");
    assert_eq!(tmux.format("#{alternate_on}"), "1", "{s}");
    tmux.keys(&["q"]);
    tmux.wait_for("the end", |s| s.contains("exited with 0"));
}

/// A session that moves about, opens articles, filters, asks for help and quits leaves every
/// file of the bundle as it was, contents, permissions and times.
#[test]
fn a_session_never_writes_into_the_bundle() {
    let Some(tmux) = Tmux::start("session").map(Tmux::joining_wrapped_lines) else {
        return;
    };
    let root = Scratch::new("session");
    let dir = root.join("bundle");
    fs::create_dir(&dir).unwrap();
    copy_fixtures(&dir);
    let before = snapshot(root.path());
    let dir_arg = dir.display().to_string();
    tmux.program(140, 40, &[&dir_arg]);
    tmux.wait_for("the list", |s| {
        s.contains("q quit") && s.contains("Articles")
    });
    for keys in [
        &["j", "j", "Enter"][..],
        &["n", "n", "Tab", "G"],
        &["/"],
        &["-l", "council"],
        &["Enter", "Esc", "?"],
        &["Esc", "k", "Enter"],
    ] {
        tmux.keys(keys);
        std::thread::sleep(Duration::from_millis(100));
    }
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the program to exit", |s| s.contains("exited with"));
    assert!(end.contains("exited with 0"), "{end}");
    let after = snapshot(root.path());
    assert_eq!(before.len(), after.len(), "files appeared or went");
    for (path, entry) in &before {
        assert_eq!(
            Some(entry),
            after.get(path),
            "{} changed",
            Path::new(path).display()
        );
    }
}

/// Headless output on a real terminal: the escape sequences of the hostile fixtures are shown,
/// not obeyed. The screen is not cleared, the cursor not moved, no clipboard written (tmux is
/// set to accept OSC 52 from programs, so a write would show as a paste buffer), and the
/// terminal is still in its main screen with the cursor shown.
#[test]
fn headless_output_on_a_terminal_is_shown_not_obeyed() {
    let Some(tmux) = Tmux::start("headless").map(Tmux::joining_wrapped_lines) else {
        return;
    };
    let bundle = support::fixtures().display().to_string();
    tmux.shell(200, 60, &[]);
    tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.literal(&format!(
        "clear; echo before; P='{BIN}'; B='{bundle}'; for a in 'show escapes' 'show --raw escapes' 'show escapes~2' 'show bidi' 'list'; do $P $a \"$B\" 2>/dev/null; done; echo done"
    ));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the output", |s| s.lines().any(|l| l == "done"));
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines[0], "before", "the screen was not cleared:\n{screen}");
    assert_eq!(
        lines[1], "␛[2J␛[HCouncil␛[10;10H votes␛]52;c;cm0gLXJmIH4K␇ on the budget",
        "the cursor was not moved:\n{screen}"
    );
    for shown in [
        "close␈␈␈␈␈ unanimous, and the bell␇ rang twice.",
        "appeal␡, and one wrote <U+009B>2J in the margin.",
        // --raw on a terminal is made visible too, carriage return and all.
        "Late amendments were accepted␍Late amendments were REJECTED",
        "Minister resigns <U+202E>over the scandal<U+202C> today",
        "Evil␛[5m News",
    ] {
        assert!(screen.contains(shown), "{shown:?} not shown:\n{screen}");
    }
    assert_eq!(
        tmux.run(&["list-buffers"]).trim(),
        "",
        "a clipboard write got through"
    );
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    assert_eq!(tmux.format("#{cursor_flag}"), "1");
}

/// A bundle with nothing usable in it: the interface says so, and once it closes the shell
/// gets its terminal back, the reason in one line and status 2, as the headless commands do.
#[test]
fn nothing_to_load_in_the_interface_exits_2() {
    let Some(tmux) = Tmux::start("nothing").map(Tmux::joining_wrapped_lines) else {
        return;
    };
    let dir = Scratch::new("nothing");
    fs::write(dir.join("empty.txt"), "").unwrap();
    tmux.shell(150, 30, &[]);
    tmux.literal(&format!(
        "clear; echo before; '{BIN}' '{}'; echo \"exit=$?\"",
        dir.path().display()
    ));
    tmux.keys(&["Enter"]);
    tmux.wait_for("the reason in the interface", |s| {
        s.contains("no articles found") && !s.contains("before")
    });
    tmux.keys(&["q"]);
    let back = tmux.wait_for("the shell again", |s| {
        s.lines().any(|l| l.starts_with("exit=")) && s.trim_end().ends_with("ready$")
    });
    let lines: Vec<&str> = back.lines().collect();
    assert_eq!(lines[0], "before", "{back}");
    assert!(
        lines[1].starts_with("parallax: ") && lines[1].contains("no articles found"),
        "{back}"
    );
    assert_eq!(lines[2], "exit=2", "{back}");
    assert_eq!(tmux.format("#{alternate_on}"), "0");
}
