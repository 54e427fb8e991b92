//! Hostile input: every kind of bad file a bundle can hold, run through the library and through
//! the real binary's headless commands. Nothing may crash, a file that cannot be used is named
//! in one line and the rest loads, no article text reaches the terminal as a control, and nothing
//! is ever written into the bundle.
//!
//! Small fixtures are committed under `tests/fixtures/hostile/` (its README says what each holds);
//! large ones (a 50 MB article, a 5 MB line, 20,000 files, a deep tree, links and unreadable files)
//! are generated into a temp folder by `generated.rs`. Property tests are in `props.rs`.

#[path = "hostile/generated.rs"]
mod generated;
#[path = "hostile/props.rs"]
mod props;
#[path = "hostile/screens.rs"]
mod screens;
#[path = "hostile/support.rs"]
mod support;

use std::fs;
use std::path::Path;

use parallax::engine::bundle;
use serde_json::Value;
use support::*;

/// The ids the fixture bundle loads to, in order.
const FIXTURE_IDS: &[&str] = &[
    "bidi",
    "bom-crlf",
    "digits",
    "escapes",
    "invalid-utf8",
    "latin1",
    "lone-cr",
    "nul",
    "records:1",
    "good",
    "title-object",
    "escapes~2",
    "7",
    "unicode",
    "wire-a",
    "wire-b",
];

fn list_json(bundle: &Path) -> Vec<Value> {
    let out = run_on(&["list", "--json"], bundle);
    assert_exit(&out, &[0], "list --json");
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    rows.as_array().unwrap().clone()
}

fn show_json(id: &str, bundle: &Path) -> Value {
    let out = run_on(&["show", id, "--json"], bundle);
    assert_exit(&out, &[0], &format!("show {id} --json"));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn show_text(id: &str, bundle: &Path) -> String {
    let out = run_on(&["show", id], bundle);
    assert_exit(&out, &[0], &format!("show {id}"));
    assert_terminal_safe(&out.stdout, &format!("show {id}"));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_unusable_file_is_named_in_one_line_and_the_rest_loads() {
    let out = run_on(&["list", "--json"], &fixtures());
    assert_exit(&out, &[0], "list");
    assert_one_line_messages(&out, "list");
    let err = String::from_utf8(out.stderr).unwrap();
    let expected = [
        ("blank.md", "empty file, skipped"),
        ("empty.txt", "empty file, skipped"),
        ("image.txt", "a PNG image, not text: skipped"),
        (
            "invalid-utf8.txt",
            "invalid UTF-8: 2 damaged character(s) shown as \u{FFFD}",
        ),
        ("latin1.txt", "not UTF-8: decoded as Latin-1 (Windows-1252)"),
        ("records.json", "record 2: not a JSON object, skipped"),
        (
            "records.json",
            "record 3: field \"content\" is not a string, skipped",
        ),
        ("records.jsonl:2", "broken JSON ("),
        ("records.jsonl:3", "field \"text\" is not a string, skipped"),
        ("records.jsonl:4", "no text field"),
        ("records.jsonl:5", "field \"text\" is not a string, skipped"),
        ("records.jsonl:6", "field \"text\" is empty, skipped"),
        ("records.jsonl:7", "not a JSON object, skipped"),
        ("records.jsonl:9", "duplicate id \"escapes\""),
    ];
    for (file, why) in expected {
        let hits = err
            .lines()
            .filter(|l| l.contains(&format!("/{file}: {why}")))
            .count();
        assert_eq!(hits, 1, "want one warning {file}: {why}\n{err}");
    }
    assert_eq!(err.lines().count(), expected.len(), "{err}");
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, FIXTURE_IDS);
}

#[test]
fn text_output_never_carries_terminal_controls() {
    let dir = fixtures();
    let mut runs: Vec<Vec<String>> = vec![
        vec!["list".into()],
        vec!["events".into()],
        vec!["passages".into()],
        vec!["passages".into(), "--across-events".into()],
        vec!["compare".into(), "wire-a".into(), "wire-b".into()],
        vec!["compare".into(), "escapes".into(), "escapes~2".into()],
        // Thai text once made a dependency print a warning of its own mid-wrap.
        vec!["compare".into(), "unicode".into(), "bidi".into()],
    ];
    for id in FIXTURE_IDS {
        runs.push(vec!["show".into(), id.to_string()]);
    }
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run_on(&args, &dir);
        let what = args.join(" ");
        // Commands still being built answer with a usage error; none may crash.
        assert_exit(&out, &[0, 1], &what);
        assert_terminal_safe(&out.stdout, &what);
        assert_terminal_safe(&out.stderr, &format!("{what} (stderr)"));
        assert_one_line_messages(&out, &what);
    }
}

#[test]
fn escape_sequences_are_shown_as_symbols() {
    let text = show_text("escapes", &fixtures());
    assert!(text.starts_with("␛[2J␛[HCouncil␛[10;10H votes␛]52;c;cm0gLXJmIH4K␇ on the budget\n"));
    assert!(text.contains("budget␛]8;;https://evil.example/␛\\ read the full text␛]8;;␛\\ after"));
    assert!(text.contains("close␈␈␈␈␈ unanimous, and the bell␇ rang"));
    assert!(text.contains("appeal␡, and one wrote <U+009B>2J"));
    // A carriage return ends a line: the line it would have overprinted stays in view.
    assert!(text.contains("Late amendments were accepted\n\nLate amendments were REJECTED"));

    let list = run_on(&["list"], &fixtures());
    let list = String::from_utf8(list.stdout).unwrap();
    let row = list.lines().find(|l| l.starts_with("escapes~2 ")).unwrap();
    assert!(
        row.contains("Evil␛[5m News")
            && row.ends_with("␛]52;c;ZXZpbA==␛\\Clipboard␛[2K title<U+202E>"),
        "{row}"
    );
}

#[test]
fn json_output_escapes_controls_and_keeps_the_text() {
    let dir = fixtures();
    let out = run_on(&["list", "--json"], &dir);
    assert_terminal_safe(&out.stdout, "list --json");
    for id in ["escapes", "escapes~2", "bidi", "nul"] {
        let out = run_on(&["show", id, "--json"], &dir);
        assert_terminal_safe(&out.stdout, &format!("show {id} --json"));
        let out = run_on(&["show", id, "--json", "--raw"], &dir);
        assert_terminal_safe(&out.stdout, &format!("show {id} --json --raw"));
    }
    // Escaped is not lost: the values read back are the record's, control for control.
    let a = show_json("escapes~2", &dir);
    assert_eq!(
        a["title"],
        "\x1b]52;c;ZXZpbA==\x1b\\Clipboard\x1b[2K title\u{202e}"
    );
    assert_eq!(a["outlet"], "Evil\x1b[5m News");
    assert!(a["body"]
        .as_str()
        .unwrap()
        .contains("\x1b[1;1H a cursor move and a bell\x07 and a C1 \u{9b}6n"));
    let b = show_json("bidi", &dir);
    assert!(b["body"]
        .as_str()
        .unwrap()
        .contains("\u{2066}invoice\u{2069}\u{202e}fdp.exe"));
    assert!(b["body"].as_str().unwrap().contains("affair\u{200b} had"));
}

#[test]
fn show_raw_to_a_pipe_is_the_file_byte_for_byte_escapes_and_all() {
    // Deliberate: `show --raw` into a pipe is for saving or diffing the original, so it is not
    // made visible. Everything else, and --raw on a terminal, is.
    let dir = fixtures();
    for (id, file) in [
        ("escapes", "escapes.txt"),
        ("bidi", "bidi.txt"),
        ("nul", "nul.txt"),
    ] {
        let out = run_on(&["show", id, "--raw"], &dir);
        assert_exit(&out, &[0], id);
        assert_eq!(out.stdout, fs::read(dir.join(file)).unwrap(), "{id}");
    }
}

#[test]
fn encodings_and_line_ends_load_with_exact_offsets() {
    let b = bundle::load(&fixtures()).unwrap();
    let get = |id: &str| b.articles.iter().find(|a| a.id == id).unwrap();
    let file = |name: &str| fs::read(fixtures().join(name)).unwrap();

    let bom = get("bom-crlf");
    assert_eq!(
        bom.title.as_deref(),
        Some("Harbour tunnel to close for a month")
    );
    assert!(!bom.body.contains('\r') && !bom.body.contains('\u{feff}'));
    let at = bom.body.find("ventilation").unwrap();
    let bytes = file("bom-crlf.txt");
    assert_eq!(&bytes[bom.body_to_file(at..at + 11)], b"ventilation");

    let cr = get("lone-cr");
    assert_eq!(cr.title.as_deref(), Some("Library extends opening hours"));
    assert_eq!(cr.body.split("\n\n").count(), 2);

    let latin = get("latin1");
    assert_eq!(
        latin.title.as_deref(),
        Some("Café owners protest the terrace tax")
    );
    assert!(latin.body.contains("“terrace tax”") && latin.body.contains("€3,000"));
    let at = latin.body.find("season").unwrap();
    assert_eq!(
        &file("latin1.txt")[latin.body_to_file(at..at + 6)],
        b"season"
    );

    let bad = get("invalid-utf8");
    assert_eq!(bad.body.matches('\u{FFFD}').count(), 2);
    assert!(bad.body.contains("café terrace"), "valid characters kept");
    let at = bad.body.find("railings").unwrap();
    assert_eq!(
        &file("invalid-utf8.txt")[bad.body_to_file(at..at + 8)],
        b"railings"
    );
    assert_eq!(bad.notices.len(), 1);

    let nul = get("nul");
    assert!(nul.body.contains("week,\0 traders"));
    let shown = show_text("nul", &fixtures());
    assert!(shown.contains("week,␀ traders") && shown.contains("cost␀␀ the"));

    // Lossy decoding is said where the article is read, not only at load.
    let shown = show_text("invalid-utf8", &fixtures());
    assert!(shown.contains("\nnote: invalid UTF-8: 2 damaged character(s)"));
}

#[test]
fn cjk_emoji_and_combining_marks_survive_cleaning() {
    let dir = fixtures();
    let a = show_json("unicode", &dir);
    assert_eq!(a["title"], "北京で国際会議が開幕 🌏");
    let body = a["body"].as_str().unwrap();
    for kept in [
        "各国の代表団が参加し、気候変動について議論した。会議は三日間続く予定だ。",
        "Za\u{301}lgo te\u{301}\u{302}\u{303}xt",
        "🇯🇵🇨🇳 Emoji flags and 👍🏽 skin tones.",
        "會議期間，代表們討論了減排目標。",
        "مؤتمر المناخ يبدأ اليوم",
    ] {
        assert!(body.contains(kept), "lost {kept:?} from {body}");
    }
    let text = show_text("unicode", &dir);
    assert!(text.contains("👍🏽") && text.contains("te\u{301}\u{302}\u{303}xt"));
}

#[test]
fn bidi_overrides_cannot_reorder_and_invisible_characters_cannot_hide() {
    let text = show_text("bidi", &fixtures());
    assert!(text.starts_with("Minister resigns <U+202E>over the scandal<U+202C> today\n"));
    assert!(text.contains("Files named <U+2066>invoice<U+2069><U+202E>fdp.exe"));
    assert!(
        text.contains("the affair had made her position"),
        "zero-width space dropped"
    );
    assert!(
        text.contains("ended with 👩\u{200d}👩\u{200d}👧 and a hidden note."),
        "joiners kept"
    );
}

#[test]
fn a_digit_run_before_a_multibyte_character_does_not_crash_the_loader() {
    // "123456789é" once made the date finder slice through "é" and panic.
    let out = run_on(&["show", "digits"], &fixtures().join("digits.txt"));
    assert_exit(&out, &[0], "show digits");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Lottery numbers drawn\n"));
}

#[test]
fn exit_code_2_only_when_nothing_loads() {
    let empty = Scratch::new("exit-empty");
    let out = run_on(&["list"], empty.path());
    assert_exit(&out, &[2], "empty folder");
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);

    // Only files that cannot be used: still 2, and the reason names one of them.
    let bad = Scratch::new("exit-bad");
    for f in ["image.txt", "empty.txt", "blank.md"] {
        fs::copy(fixtures().join(f), bad.join(f)).unwrap();
    }
    fs::write(bad.join("broken.jsonl"), "{\"text\": \n[]\n").unwrap();
    for cmd in [&["list"][..], &["list", "--json"], &["show", "x"]] {
        let out = run_on(cmd, bad.path());
        assert_exit(&out, &[2], &format!("{cmd:?} on unusable files"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("no articles found (4 unusable file(s); first: "),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
    // A file named on its own that cannot be used.
    let out = run_on(&["list"], &fixtures().join("image.txt"));
    assert_exit(&out, &[2], "an image on its own");

    // One good file among them: 0, with the warnings.
    fs::copy(fixtures().join("lone-cr.txt"), bad.join("good.txt")).unwrap();
    let out = run_on(&["list"], bad.path());
    assert_exit(&out, &[0], "one good file");
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 5);
}

#[test]
fn a_file_name_with_escape_sequences_is_named_safely() {
    use std::os::unix::ffi::OsStrExt;
    let dir = Scratch::new("names");
    fs::write(
        dir.join("\x1b[2J\x1b]52;c;eA==\x07evil\u{202e}txt.txt"),
        "A headline with a bad name\nThe file that holds this article has escape sequences in its name, which a list prints.\n",
    )
    .unwrap();
    fs::write(dir.join("\x1b[31mred.png.txt"), b"\x89PNG\r\n\x1a\n\0\0").unwrap();
    let latin1_name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(dir.join(latin1_name), "Not UTF-8 in the name\nThe name of this file is Latin-1, which is not valid UTF-8, and it loads all the same.\n").unwrap();
    for args in [&["list"][..], &["list", "--json"]] {
        let out = run_on(args, dir.path());
        assert_exit(&out, &[0], "list");
        assert_terminal_safe(&out.stdout, "list of bad names");
        assert_terminal_safe(&out.stderr, "warnings about bad names");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("␛[31mred.png.txt: a PNG image"), "{err}");
    }
    let rows = list_json(dir.path());
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().any(|r| r["id"] == "caf\u{FFFD}"));
    assert!(rows
        .iter()
        .any(|r| r["id"] == "\x1b[2J\x1b]52;c;eA==\x07evil\u{202e}txt"));
}
