//! A private tmux server for the end-to-end tests: the real binary in a real terminal, keys sent
//! as a person types them, the screen read back with `capture-pane`. Every wait polls for what
//! should appear (no fixed sleeps), on a socket of its own so nothing else on the machine is
//! touched; settings and kept state live in a temporary home, never the real one.

// Each test file uses its own part of this helper.
#![allow(dead_code)]

use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub const BIN: &str = env!("CARGO_BIN_EXE_parallax");
pub const WAIT: Duration = Duration::from_secs(30);

/// A private tmux server, killed when dropped.
pub struct Tmux {
    socket: String,
    /// XDG_CONFIG_HOME and XDG_DATA_HOME of everything started in it.
    pub home: tempfile::TempDir,
    /// Whether screens join again the lines the terminal wrapped.
    join_wrapped: bool,
}

impl Tmux {
    /// A new server, or `None` (with a note) where tmux is not installed.
    pub fn start(name: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("note: tmux is not installed; skipping the terminal end-to-end test");
            return None;
        }
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        Some(Tmux {
            socket: format!("parallax-{name}-{}-{nanos}", std::process::id()),
            home: tempfile::tempdir().expect("a temporary home"),
            join_wrapped: false,
        })
    }

    /// Screens read from now on join the lines the terminal wrapped (for one-line messages
    /// printed after the program left the screen).
    pub fn joining_wrapped_lines(mut self) -> Tmux {
        self.join_wrapped = true;
        self
    }

    /// Opens a `sh` prompt (`ready$ `) in a new `width` x `height` pane and waits for it;
    /// `env_args` go to `env` before it (`-u NAME` to unset a variable).
    pub fn shell(&self, width: u16, height: u16, env_args: &[&str]) {
        let (w, h) = (width.to_string(), height.to_string());
        let mut args = vec!["new-session", "-d", "-s", "main", "-x", &w, "-y", &h, "env"];
        args.extend_from_slice(env_args);
        args.extend(["PS1=ready$ ", "sh"]);
        self.run(&args);
        self.wait_for("the shell", |s| s.contains("ready$"));
    }

    /// Runs the program with `args` in a new `width` x `height` pane, under a shell that says
    /// `exited with N` when it stops and keeps the pane (tmux's own dead-pane status is not
    /// always set when the pane's terminal closes first, or when a program stops at once).
    pub fn program(&self, width: u16, height: u16, args: &[&str]) {
        let (w, h) = (width.to_string(), height.to_string());
        let script = "\"$0\" \"$@\"; echo \"exited with $?\"; exec sleep 600";
        let mut cmd = vec![
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &w,
            "-y",
            &h,
            "sh",
            "-c",
            script,
            BIN,
        ];
        cmd.extend_from_slice(args);
        self.run(&cmd);
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen, no-break spaces (which glue markers and pair numbers to their text) read as
    /// spaces.
    pub fn screen(&self) -> String {
        let mut args = vec!["capture-pane", "-p", "-t", "main"];
        if self.join_wrapped {
            args.push("-J");
        }
        self.run(&args).replace('\u{a0}', " ")
    }

    pub fn format(&self, f: &str) -> String {
        self.run(&["display-message", "-p", "-t", "main", f])
            .trim()
            .to_string()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "main"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    pub fn literal(&self, text: &str) {
        self.run(&["send-keys", "-t", "main", "-l", text]);
    }

    /// Polls until `ok` holds for the screen; fails with the last screen after [`WAIT`].
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
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

    /// Polls until the tmux format `f` reads `want`.
    pub fn wait_format(&self, what: &str, f: &str, want: &str) {
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
