//! What the hostile tests share: scratch folders that clean up after themselves, running the real
//! binary, the terminal-safety check on its output, and a snapshot of a bundle on disk.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

use parallax::engine::text::hash_bytes;

/// The committed small fixtures (see their README).
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/bundle")
}

/// A folder under the system's temp dir, removed (permissions restored first) when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("parallax-hostile-{}-{name}", std::process::id()));
        if dir.exists() {
            open_up(&dir);
            let _ = fs::remove_dir_all(&dir);
        }
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    pub fn join(&self, p: impl AsRef<Path>) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        open_up(&self.0);
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Gives back the owner's permissions on everything below `dir` (never following links), so
/// that a test's unreadable files can be removed.
fn open_up(dir: &Path) {
    let Ok(meta) = fs::symlink_metadata(dir) else {
        return;
    };
    if meta.file_type().is_symlink() {
        return;
    }
    let mode = if meta.is_dir() { 0o755 } else { 0o644 };
    let _ = fs::set_permissions(dir, fs::Permissions::from_mode(mode));
    if meta.is_dir() {
        if let Ok(entries) = fs::read_dir(dir) {
            for e in entries.flatten() {
                open_up(&e.path());
            }
        }
    }
}

/// Copies the committed fixtures into `dest`.
pub fn copy_fixtures(dest: &Path) {
    for e in fs::read_dir(fixtures()).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), dest.join(e.file_name())).unwrap();
    }
}

/// Runs `parallax ARGS BUNDLE`.
pub fn run_on(args: &[&str], bundle: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .arg(bundle)
        .output()
        .unwrap()
}

/// The first character a terminal would act on, or that would hide or reorder text: C0 controls
/// but newline and tab, DEL, C1 controls, bidirectional controls, line separators.
pub fn first_unsafe(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c,
                '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'
                | '\u{061c}' | '\u{2028}' | '\u{2029}')
    })
}

/// Asserts that `bytes`, printed to a terminal, cannot act on it: valid UTF-8 (a stray byte
/// could complete an escape in an 8-bit terminal) with no unsafe character.
pub fn assert_terminal_safe(bytes: &[u8], what: &str) {
    let text =
        std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: output is not UTF-8 ({e})"));
    if let Some((at, c)) = first_unsafe(text) {
        let from = text[..at]
            .char_indices()
            .rev()
            .nth(40)
            .map_or(0, |(i, _)| i);
        panic!(
            "{what}: U+{:04X} at byte {at}, after {:?}",
            c as u32,
            &text[from..at]
        );
    }
}

/// Asserts that a run ended by itself (no panic, no signal) with one of `codes`.
pub fn assert_exit(out: &Output, codes: &[i32], what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.code().is_some_and(|c| codes.contains(&c)),
        "{what}: {:?}, wanted one of {codes:?}\n{stderr}",
        out.status
    );
    assert!(!stderr.contains("panicked"), "{what}: {stderr}");
}

/// Every stderr line is one message of parallax's own.
pub fn assert_one_line_messages(out: &Output, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    for line in stderr.lines() {
        assert!(
            line.starts_with("parallax: "),
            "{what}: stray stderr line {line:?}"
        );
    }
}

/// One entry of a bundle as found on disk.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    kind: &'static str,
    len: u64,
    mode: u32,
    modified: Option<SystemTime>,
    /// Hash of the contents of a readable file, or the target of a link.
    content: Option<u64>,
}

/// Every file, folder and link below `root` (links not followed), with contents hashed.
pub fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Entry>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            let meta = fs::symlink_metadata(&path).unwrap();
            let ft = meta.file_type();
            let (kind, content) = if ft.is_symlink() {
                let target = fs::read_link(&path).unwrap();
                (
                    "link",
                    Some(hash_bytes(target.as_os_str().as_encoded_bytes())),
                )
            } else if ft.is_dir() {
                ("dir", None)
            } else if ft.is_file() {
                ("file", fs::read(&path).ok().map(|b| hash_bytes(&b)))
            } else {
                ("other", None)
            };
            out.insert(
                path.strip_prefix(root).unwrap().to_path_buf(),
                Entry {
                    kind,
                    len: meta.len(),
                    mode: meta.mode(),
                    modified: meta.modified().ok(),
                    content,
                },
            );
            if ft.is_dir() {
                walk(root, &path, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    let meta = fs::metadata(root).unwrap();
    out.insert(
        PathBuf::from("."),
        Entry {
            kind: "dir",
            len: meta.len(),
            mode: meta.mode(),
            modified: meta.modified().ok(),
            content: None,
        },
    );
    walk(root, root, &mut out);
    out
}

/// Whether this process can read a file whatever its permissions (it runs as root), in which
/// case a chmod 000 file is no test of anything.
pub fn reads_anything(dir: &Path) -> bool {
    let probe = dir.join(".probe");
    fs::write(&probe, "x").unwrap();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o000)).unwrap();
    let readable = fs::read(&probe).is_ok();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o644)).unwrap();
    fs::remove_file(&probe).unwrap();
    readable
}

/// Runs `parallax ARGS`, killed after `secs` seconds: a hang fails the test instead of stalling
/// the suite.
pub fn run_bounded(args: &[&std::ffi::OsStr], secs: u64) -> Output {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain the pipes on threads so a chatty child cannot block on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut b).unwrap();
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut b).unwrap();
        b
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("parallax {args:?} still running after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
    }
}
