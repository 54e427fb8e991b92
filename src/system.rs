//! What the interface asks of the world outside it: keeping marks on disk, opening a web
//! address in the browser, and putting text on the clipboard. The app only pushes effects;
//! this carries them out, so the app stays testable without a disk, a browser or a terminal.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

use crate::app::{App, Effect};
use crate::store::{Marks, Store};

/// Largest clipboard text sent: terminals drop longer OSC 52 sequences (xterm's default
/// limit is about 100 kB of base64).
pub const COPY_MAX_BYTES: usize = 74_000;

/// Writes marks on its own thread, so a slow disk never holds up a keystroke: only the newest
/// marks waiting are written, and the last write finishes before the saver is dropped.
#[derive(Debug)]
struct Saver {
    tx: Option<Sender<Marks>>,
    thread: Option<JoinHandle<()>>,
    /// The last failure, until it is reported.
    failed: Arc<Mutex<Option<String>>>,
}

impl Saver {
    fn spawn(store: Store) -> Saver {
        let (tx, rx) = mpsc::channel::<Marks>();
        let failed = Arc::new(Mutex::new(None));
        let report = failed.clone();
        let thread = thread::Builder::new()
            .name("save".into())
            .spawn(move || {
                while let Ok(mut marks) = rx.recv() {
                    while let Ok(newer) = rx.try_recv() {
                        marks = newer;
                    }
                    if let Err(e) = store.save(&marks) {
                        let msg = format!("read state not saved ({}): {e}", store.path.display());
                        if let Ok(mut slot) = report.lock() {
                            *slot = Some(msg);
                        }
                    }
                }
            })
            .ok();
        Saver {
            tx: Some(tx),
            thread,
            failed,
        }
    }

    fn save(&self, marks: Marks) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(marks);
        }
    }

    fn take_failure(&self) -> Option<String> {
        self.failed.lock().ok()?.take()
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Carries out the effects the loop does not hand to a worker.
#[derive(Debug, Default)]
pub struct Outside {
    store: Option<Store>,
    saver: Option<Saver>,
}

impl Outside {
    /// For the interface on `bundle` (the built-in sample when `None`). Without a data
    /// directory (no `$XDG_DATA_HOME` nor `$HOME`), marks last for the run only.
    pub fn new(bundle: Option<&Path>) -> Outside {
        Outside::with_store(
            crate::settings::paths::data_dir().map(|d| Store::for_bundle(&d, bundle)),
        )
    }

    pub fn with_store(store: Option<Store>) -> Outside {
        Outside {
            saver: store.clone().map(Saver::spawn),
            store,
        }
    }

    /// Puts the kept marks into `app`, with a message when they could not be read.
    pub fn load_marks(&self, app: &mut App) {
        if let Some(store) = &self.store {
            let (marks, message) = store.load();
            app.set_marks(marks);
            if message.is_some() {
                app.message = message;
            }
        }
    }

    /// Carries out `effect`, writing to `terminal` what goes to the terminal (the clipboard
    /// sequence); a message for the status line when it failed. Marks are saved in the
    /// background, so a failed save is told with the next effect.
    pub fn perform(&self, effect: Effect, terminal: &mut dyn Write) -> Option<String> {
        let earlier = self.saver.as_ref().and_then(Saver::take_failure);
        let now = match effect {
            Effect::SaveMarks(marks) => {
                if let Some(s) = &self.saver {
                    s.save(marks);
                }
                None
            }
            Effect::OpenUrl(url) => {
                let browser = std::env::var("BROWSER").ok();
                open_url(&url, browser.as_deref()).err()
            }
            Effect::Copy(text) => copy(&text, terminal)
                .err()
                .map(|e| format!("could not copy: {e}")),
            // Handed to workers by the loop.
            _ => None,
        };
        now.or(earlier)
    }
}

/// Whether `url` may be handed to a browser: a web address, without spaces or controls (a
/// bundle is untrusted, and an address starting with `-` would read as an option).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The program and arguments that open `url`: `$BROWSER` when set (a `:`-separated list of
/// commands, the first used; `%s` in it stands for the address, else the address is added at
/// the end), else the system opener.
pub fn opener(url: &str, browser: Option<&str>) -> (String, Vec<String>) {
    let chosen = browser
        .and_then(|b| b.split(':').map(str::trim).find(|c| !c.is_empty()))
        .map(|c| c.split_whitespace().map(str::to_string).collect::<Vec<_>>());
    match chosen {
        Some(mut words) if !words.is_empty() => {
            let program = words.remove(0);
            let mut placed = false;
            for w in &mut words {
                if w.contains("%s") {
                    *w = w.replace("%s", url);
                    placed = true;
                }
            }
            if !placed {
                words.push(url.to_string());
            }
            (program, words)
        }
        _ => {
            let program = if cfg!(target_os = "macos") {
                "open"
            } else {
                "xdg-open"
            };
            (program.to_string(), vec![url.to_string()])
        }
    }
}

/// Opens `url` in the browser, without a shell, detached from the terminal (no standard
/// input or output, so it cannot draw over the screen); the child is reaped on its own thread.
pub fn open_url(url: &str, browser: Option<&str>) -> Result<(), String> {
    if !is_web_address(url) {
        return Err("not opened: the article's URL is not a web address".into());
    }
    let (program, args) = opener(url, browser);
    let mut child = Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not run {program}: {e}"))?;
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The OSC 52 sequence that sets the clipboard to `text`: the terminal does the copying, so it
/// works over SSH too.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Writes the clipboard sequence for `text` to `terminal`.
pub fn copy(text: &str, terminal: &mut dyn Write) -> io::Result<()> {
    if text.len() > COPY_MAX_BYTES {
        return Err(io::Error::other(format!(
            "{} bytes is more than a terminal takes ({COPY_MAX_BYTES})",
            text.len()
        )));
    }
    terminal.write_all(osc52(text).as_bytes())?;
    terminal.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_saved_in_the_background_and_flushed_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::for_bundle(dir.path(), None);
        let outside = Outside::with_store(Some(store.clone()));
        let mut marks = store.load().0;
        let mut sink = Vec::new();
        for i in 0..50 {
            marks.set_read(&format!("a{i}"), true);
            assert_eq!(
                outside.perform(Effect::SaveMarks(marks.clone()), &mut sink),
                None
            );
        }
        drop(outside);
        assert_eq!(store.load(), (marks, None));
        assert!(sink.is_empty());
    }

    #[test]
    fn a_failed_save_is_told_with_the_next_effect() {
        let dir = tempfile::tempdir().unwrap();
        // The state folder cannot be made: a file is in its place.
        std::fs::write(dir.path().join("state"), b"").unwrap();
        let outside = Outside::with_store(Some(Store::for_bundle(dir.path(), None)));
        let mut sink = Vec::new();
        assert_eq!(
            outside.perform(Effect::SaveMarks(Marks::default()), &mut sink),
            None
        );
        let mut told = None;
        for _ in 0..200 {
            told = outside.perform(Effect::Copy("x".into()), &mut sink);
            if told.is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(told.unwrap().starts_with("read state not saved"));
    }

    #[test]
    fn base64_matches_the_standard_vectors() {
        // RFC 4648, section 10.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
        }
        assert_eq!(base64("é✓".as_bytes()), "w6ninJM=");
    }

    #[test]
    fn copy_writes_one_osc52_sequence() {
        let mut out = Vec::new();
        copy("https://example.org/a", &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\x1b]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZy9h\x07"
        );
        let mut out = Vec::new();
        assert!(copy(&"x".repeat(COPY_MAX_BYTES + 1), &mut out).is_err());
        assert!(out.is_empty());
    }

    #[test]
    fn the_opener_follows_browser_or_the_system() {
        let url = "https://example.org/a?b=1&c=2";
        let (p, a) = opener(url, Some("firefox --new-tab"));
        assert_eq!(
            (p.as_str(), a),
            ("firefox", vec!["--new-tab".into(), url.into()])
        );
        let (p, a) = opener(url, Some("w3m %s -no-mouse:lynx"));
        assert_eq!(
            (p.as_str(), a),
            ("w3m", vec![url.into(), "-no-mouse".into()])
        );
        let (p, a) = opener(url, Some(" : "));
        assert!(p == "xdg-open" || p == "open");
        assert_eq!(a, vec![url.to_string()]);
        let (p, _) = opener(url, None);
        assert!(p == "xdg-open" || p == "open");
    }

    #[test]
    fn only_web_addresses_are_opened() {
        assert!(is_web_address("https://example.org/a"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("-oProxyCommand=x"));
        assert!(!is_web_address("file:///etc/passwd"));
        assert!(!is_web_address("https://a b"));
        assert!(!is_web_address("https://a\u{1b}]"));
        assert!(!is_web_address("é"));
        assert_eq!(
            open_url("javascript:alert(1)", Some("true")),
            Err("not opened: the article's URL is not a web address".into())
        );
    }

    #[test]
    fn open_url_runs_the_browser_command_detached() {
        let dir = tempfile::tempdir().unwrap();
        // A program that leaves a trace of the address it was given, run without a shell:
        // `%s` places the address inside the temporary folder.
        let browser = format!("mkdir -p {}/%s", dir.path().display());
        let mark = dir.path().join("https:/example.org/x");
        open_url("https://example.org/x", Some(&browser)).unwrap();
        for _ in 0..100 {
            if mark.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(mark.exists());
        assert!(
            open_url("https://example.org/x", Some("/nonexistent/browser"))
                .unwrap_err()
                .starts_with("could not run /nonexistent/browser")
        );
    }
}
