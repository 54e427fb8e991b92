//! Hostile inputs too big or too odd to commit, generated into a temp folder for each test: huge
//! articles and lines, 20,000 files, a deep tree, link loops, unreadable files, pipes and
//! devices; and the test that nothing is ever written into a bundle.

use std::ffi::OsStr;
use std::fs;
use std::io::{BufWriter, Write};
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;

use parallax::engine::bundle::{self, MAX_ARTICLE_BYTES};
use parallax::engine::meta::MAX_LINE_CHARS;
use serde_json::Value;

use super::support::*;

/// Writes `size` bytes of plausible prose: numbered sentences, one paragraph per line.
fn write_prose(path: &Path, size: usize) {
    let mut w = BufWriter::new(fs::File::create(path).unwrap());
    writeln!(w, "A very long report from the council").unwrap();
    let mut written = 0;
    let mut i = 0u64;
    while written < size {
        i += 1;
        let line = format!(
            "Paragraph {i} records that the council met again on day {} and agreed, after a long debate about the bridge, to meet once more.\n",
            i % 365
        );
        w.write_all(line.as_bytes()).unwrap();
        written += line.len();
    }
}

#[test]
fn a_50_mb_article_is_cut_with_a_notice_and_read_no_further() {
    let dir = Scratch::new("50mb");
    write_prose(&dir.join("huge.txt"), 50 << 20);
    fs::copy(fixtures().join("lone-cr.txt"), dir.join("small.txt")).unwrap();
    let out = run_on(&["show", "huge", "--json"], dir.path());
    assert_exit(&out, &[0], "show huge");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("huge.txt: article of 50.0 MB truncated to its first 4 MB"),
        "{err}"
    );
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        a["notices"][0],
        "article of 50.0 MB truncated to its first 4 MB"
    );
    let body = a["body"].as_str().unwrap();
    // The body is what the first 4 MB held (paragraph breaks take a byte more than a newline).
    assert!(body.len() > MAX_ARTICLE_BYTES * 9 / 10, "{}", body.len());
    assert!(body.len() < MAX_ARTICLE_BYTES * 11 / 10, "{}", body.len());
    assert!(body.starts_with("Paragraph 1 records"));
    // The rest of the bundle is untouched by it.
    assert_exit(&run_on(&["show", "small"], dir.path()), &[0], "show small");
}

#[test]
fn a_5_mb_line_without_spaces_is_cut_and_shown_in_bounded_lines() {
    let dir = Scratch::new("5mb-line");
    let word: String = "abcdefghij".repeat(500_000);
    fs::write(dir.join("word.txt"), &word).unwrap();
    // A "headline" of two words, one of them 5 MB long.
    fs::write(dir.join("title.txt"), format!("Breaking {word}\nThe story below a headline that never ends has a sentence of its own.\n")).unwrap();
    fs::write(dir.join("dots.txt"), ".".repeat(5_000_000)).unwrap();
    let b = bundle::load(dir.path()).unwrap();
    assert_eq!(b.articles.len(), 3);
    for a in &b.articles {
        assert!(a.raw_len() <= MAX_ARTICLE_BYTES, "{}", a.id);
        assert_eq!(a.notices.len(), 1, "{}: {:?}", a.id, a.notices);
        assert!(a.notices[0].contains("truncated to its first 4 MB"));
        assert!(
            a.display_title().chars().count() <= MAX_LINE_CHARS,
            "{}",
            a.id
        );
    }
    let get = |id: &str| b.articles.iter().find(|a| a.id == id).unwrap();
    assert_eq!(
        get("word").body.len(),
        MAX_ARTICLE_BYTES,
        "one word is all there is"
    );
    assert_eq!(get("dots").body, "", "no words, nothing to read");
    // A headline that never ends may be taken for a title or left in the body; either way the
    // line shown for it is bounded.
    let shown = get("title").display_title();
    assert!(
        shown.chars().count() <= MAX_LINE_CHARS,
        "{} chars",
        shown.chars().count()
    );
    assert!(
        shown.starts_with("Breaking abcdefghij"),
        "{}",
        &shown[..40.min(shown.len())]
    );

    let out = run_on(&["list"], dir.path());
    assert_exit(&out, &[0], "list");
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        assert!(
            line.len() < 4 * MAX_LINE_CHARS,
            "a list row of {} bytes",
            line.len()
        );
    }
}

#[test]
fn jsonl_with_huge_strings_is_bounded() {
    let dir = Scratch::new("huge-jsonl");
    let long = "word ".repeat(1_200_000);
    let record = serde_json::json!({
        "id": "big",
        "title": "x".repeat(2_000_000),
        "url": format!("https://example.org/{}", "p".repeat(1_000_000)),
        "source": "y ".repeat(100_000),
        "text": format!("A headline\n{long}"),
    });
    let small = serde_json::json!({"id": "small", "text": "A small record after the huge one still loads, with its sentence."});
    fs::write(dir.join("feed.jsonl"), format!("{record}\n{small}\n")).unwrap();
    let b = bundle::load(dir.path()).unwrap();
    assert_eq!(b.articles.len(), 2);
    let a = &b.articles[0];
    assert!(a.raw_len() <= MAX_ARTICLE_BYTES);
    assert_eq!(a.notices, ["article of 5.7 MB truncated to its first 4 MB"]);
    for field in [&a.title, &a.url, &a.outlet] {
        let n = field.as_deref().unwrap().chars().count();
        assert!(n <= MAX_LINE_CHARS, "a field of {n} characters");
    }
    let w: Vec<String> = b.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        w.iter()
            .any(|w| w.contains("feed.jsonl:1: article of 5.7 MB truncated")),
        "{w:?}"
    );
}

#[test]
fn twenty_thousand_tiny_files_load() {
    let dir = Scratch::new("20k");
    for i in 0..20_000 {
        fs::write(
            dir.join(format!("n{i:05}.txt")),
            format!("Note {i}\nA tiny article, number {i}, with one sentence in it.\n"),
        )
        .unwrap();
    }
    let b = bundle::load(dir.path()).unwrap();
    assert_eq!(b.articles.len(), 20_000);
    assert!(b.warnings.is_empty(), "{:?}", &b.warnings[..1]);
    assert_eq!(b.articles[12_345].id, "n12345");
    assert!(b.articles[12_345].body.contains("number 12345,"));
}

#[test]
fn a_deep_tree_is_cut_at_the_depth_limit() {
    let dir = Scratch::new("deep");
    let mut p = dir.path().to_path_buf();
    for depth in 1..=100 {
        p.push("d");
        fs::create_dir(&p).unwrap();
        if depth == 5 || depth == 100 {
            fs::write(
                p.join(format!("at{depth}.txt")),
                format!("Depth {depth}\nAn article kept {depth} folders down in the bundle."),
            )
            .unwrap();
        }
    }
    let out = run_bounded(
        &[
            OsStr::new("list"),
            OsStr::new("--json"),
            dir.path().as_os_str(),
        ],
        60,
    );
    assert_exit(&out, &[0], "list deep");
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["at5"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("deeper than 64 folders, skipped"), "{err}");
}

#[test]
fn symlink_loops_do_not_hang_and_each_folder_loads_once() {
    let dir = Scratch::new("links");
    fs::write(
        dir.join("a.txt"),
        "Linked bundle\nAn article in a folder full of link loops, loaded once.",
    )
    .unwrap();
    fs::create_dir(dir.join("sub")).unwrap();
    fs::write(
        dir.join("sub/b.txt"),
        "Below\nAn article in a subfolder that a link points back to.",
    )
    .unwrap();
    symlink(".", dir.join("loop")).unwrap();
    symlink("..", dir.join("sub/up")).unwrap();
    symlink("self.txt", dir.join("self.txt")).unwrap();
    symlink("ping.txt", dir.join("pong.txt")).unwrap();
    symlink("pong.txt", dir.join("ping.txt")).unwrap();
    symlink("nowhere.txt", dir.join("dangling.txt")).unwrap();
    symlink("a.txt", dir.join("alias.txt")).unwrap();
    let out = run_bounded(
        &[
            OsStr::new("list"),
            OsStr::new("--json"),
            dir.path().as_os_str(),
        ],
        60,
    );
    assert_exit(&out, &[0], "list links");
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    ids.sort();
    // A link to a file is a file named on purpose; a link to a folder already read is not.
    assert_eq!(ids, ["a", "alias", "b"]);
    let err = String::from_utf8(out.stderr).unwrap();
    for name in ["self.txt", "ping.txt", "pong.txt", "dangling.txt"] {
        assert!(
            err.lines()
                .any(|l| l.contains(&format!("/{name}: cannot read:"))),
            "{name}: {err}"
        );
    }
    assert_eq!(err.lines().count(), 4, "{err}");
}

#[test]
fn unreadable_files_and_folders_are_named_and_skipped() {
    let dir = Scratch::new("unreadable");
    fs::write(
        dir.join("open.txt"),
        "Readable\nThis article can be read by anyone, unlike its neighbours.",
    )
    .unwrap();
    fs::write(
        dir.join("secret.txt"),
        "Secret\nNobody may read this article, not even parallax.",
    )
    .unwrap();
    fs::create_dir(dir.join("locked")).unwrap();
    fs::write(
        dir.join("locked/inner.txt"),
        "Inner\nAn article inside a folder nobody may open.",
    )
    .unwrap();
    fs::set_permissions(dir.join("secret.txt"), fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(dir.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    let privileged = reads_anything(dir.path());
    let out = run_on(&["list", "--json"], dir.path());
    assert_exit(&out, &[0], "list unreadable");
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let n = rows.as_array().unwrap().len();
    if privileged {
        eprintln!(
            "note: running with the right to read any file; the chmod 000 assertions are skipped"
        );
        assert_eq!(n, 3);
        return;
    }
    assert_eq!(n, 1);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("secret.txt: cannot read: Permission denied"),
        "{err}"
    );
    assert!(
        err.contains("locked: cannot read folder: Permission denied"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
}

#[test]
fn a_named_pipe_or_device_in_a_bundle_does_not_hang_the_load() {
    let dir = Scratch::new("fifo");
    fs::write(
        dir.join("plain.txt"),
        "Plain\nAn ordinary article beside a pipe and a device.",
    )
    .unwrap();
    symlink("/dev/zero", dir.join("zero.txt")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    if !fifo {
        eprintln!("note: mkfifo is not available; only the device is tested");
    }
    let out = run_bounded(
        &[
            OsStr::new("list"),
            OsStr::new("--json"),
            dir.path().as_os_str(),
        ],
        60,
    );
    assert_exit(&out, &[0], "list with a pipe");
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    let err = String::from_utf8(out.stderr).unwrap();
    let mut names = vec!["zero.txt"];
    if fifo {
        names.push("pipe.txt");
    }
    for name in &names {
        assert!(
            err.contains(&format!(
                "/{name}: not a regular file (a pipe, socket or device), skipped"
            )),
            "{err}"
        );
    }
    assert_eq!(err.lines().count(), names.len(), "{err}");
}

#[test]
fn a_device_named_on_the_command_line_is_read_no_further_than_the_limit() {
    // Named on purpose, it is read, but only as far as an article may go.
    let out = run_bounded(&[OsStr::new("list"), OsStr::new("/dev/zero")], 60);
    assert_exit(&out, &[2], "list /dev/zero");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("/dev/zero: a binary file, not text: skipped"),
        "{err}"
    );
}

#[test]
fn the_bundle_is_never_written() {
    let root = Scratch::new("never-written");
    let dir = root.join("bundle");
    fs::create_dir(&dir).unwrap();
    copy_fixtures(&dir);
    fs::create_dir_all(dir.join("sub/deeper")).unwrap();
    fs::write(
        dir.join("sub/deeper/nested.md"),
        "Nested\nAn article two folders down, beside a link loop.",
    )
    .unwrap();
    symlink("../..", dir.join("sub/deeper/loop")).unwrap();
    fs::write(
        dir.join("locked.txt"),
        "Locked\nAn article nobody may read.",
    )
    .unwrap();
    fs::set_permissions(dir.join("locked.txt"), fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(dir.join("latin1.txt"), fs::Permissions::from_mode(0o444)).unwrap();

    let before = snapshot(root.path());
    let rows = {
        let out = run_on(&["list", "--json"], &dir);
        assert_exit(&out, &[0], "list");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array().unwrap().clone()
    };
    let ids: Vec<String> = rows
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.len() > 10);
    let mut runs: Vec<Vec<String>> = vec![vec![]];
    for cmd in ["list", "events", "passages"] {
        runs.push(vec![cmd.into()]);
        runs.push(vec![cmd.into(), "--json".into()]);
    }
    runs.push(vec![
        "passages".into(),
        "--across-events".into(),
        "--min-words".into(),
        "3".into(),
    ]);
    for id in &ids {
        for extra in [&[][..], &["--json"], &["--raw"], &["--json", "--raw"]] {
            let mut args = vec!["show".to_string(), id.clone()];
            args.extend(extra.iter().map(|s| s.to_string()));
            runs.push(args);
        }
    }
    for pair in ids.windows(2).step_by(3) {
        runs.push(vec!["compare".into(), pair[0].clone(), pair[1].clone()]);
        runs.push(vec![
            "compare".into(),
            pair[0].clone(),
            pair[1].clone(),
            "--json".into(),
        ]);
    }
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run_on(&args, &dir);
        assert_exit(&out, &[0, 1], &args.join(" "));
    }
    let after = snapshot(root.path());
    assert_eq!(before.len(), after.len(), "files appeared or went");
    for (path, entry) in &before {
        assert_eq!(Some(entry), after.get(path), "{} changed", path.display());
    }
}
