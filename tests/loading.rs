//! Loading bundles from disk, through the library and through the `list` and `show` commands.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use parallax::engine::bundle;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = bin().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn sample_list_has_dates_outlets_and_titles() {
    let rows = json(&["list", "--json"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5);
    let dated = rows.iter().filter(|r| r["date"] == "2023-06-12").count();
    assert_eq!(dated, 4);
    let field = |i: usize, k: &str| rows[i][k].as_str().map(str::to_string);
    assert_eq!(field(1, "outlet").as_deref(), Some("Inquirer"));
    assert_eq!(field(4, "outlet").as_deref(), Some("Mothership"));
    assert!(
        rows[3]["date"].is_null(),
        "003 says no date: null, not invented"
    );
    for r in rows {
        for key in [
            "id", "path", "outlet", "title", "date", "words", "event", "shared",
        ] {
            assert!(r.get(key).is_some(), "missing {key} in {r}");
        }
        assert!(r["words"].as_u64().unwrap() > 100);
    }
}

#[test]
fn show_json_gives_clean_body_and_removed_blocks() {
    let a = json(&["show", "001_ed6532b615065612", "--json"]);
    let body = a["body"].as_str().unwrap();
    assert!(body.starts_with("SEOUL"));
    assert!(!body.contains("ADVERTISEMENT") && !body.contains("cookies"));
    let removed = a["removed"].as_array().unwrap();
    let reason_of = |needle: &str| {
        removed
            .iter()
            .find(|r| r["text"].as_str().unwrap().contains(needle))
            .map(|r| r["reason"].as_str().unwrap().to_string())
    };
    assert_eq!(reason_of("ADVERTISEMENT").as_deref(), Some("advertisement"));
    assert_eq!(
        reason_of("We use cookies").as_deref(),
        Some("cookie_notice")
    );
    let raw = json(&["show", "001", "--json", "--raw"]);
    assert!(raw["body"].as_str().unwrap().contains("ADVERTISEMENT"));
}

#[test]
fn show_raw_to_a_pipe_is_the_file_byte_for_byte() {
    let out = bin().args(["show", "004", "--raw"]).output().unwrap();
    let file = fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample/004_009dcef20c3912bd.txt"),
    )
    .unwrap();
    assert_eq!(out.stdout, file);
}

#[test]
fn json_exports_with_scraper_field_names() {
    let dir = scratch("json");
    fs::write(
        dir.join("np.json"),
        r#"[{"title": "Storm closes ports", "maintext": "Ports along the coast closed on Monday as a storm approached, the harbour authority said.", "source_domain": "www.coastnews.example", "date_publish": "2024-02-03 10:11:12", "url": "https://www.coastnews.example/storm"},
            {"headline": "Second record", "content": "A second article about something else entirely, with enough words.", "sitename": "Other Times", "published": "Tue, 06 Feb 2024 08:00:00 GMT"}]"#,
    )
    .unwrap();
    fs::write(
        dir.join("tr.jsonl"),
        "{\"id\": \"a1\", \"title\": \"T\", \"text\": \"Body one is here and it is long enough.\", \"hostname\": \"example.org\"}\n{broken\n{\"id\": 7, \"body\": \"Numeric ids are kept as text, and this body is fine.\"}\n{\"id\": \"x\", \"text\": 5}\n",
    )
    .unwrap();
    let b = bundle::load(&dir).unwrap();
    let ids: Vec<&str> = b.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["np:1", "np:2", "a1", "7"]);
    let a = &b.articles[0];
    assert_eq!(a.outlet.as_deref(), Some("www.coastnews.example"));
    assert_eq!(a.date.unwrap().to_string(), "2024-02-03");
    assert_eq!(a.title.as_deref(), Some("Storm closes ports"));
    assert_eq!(b.articles[1].date.unwrap().to_string(), "2024-02-06");
    assert_eq!(b.articles[1].outlet.as_deref(), Some("Other Times"));
    let msgs: Vec<String> = b.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("tr.jsonl:2") && m.contains("broken JSON")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains("tr.jsonl:4") && m.contains("not a string")),
        "{msgs:?}"
    );
}

#[test]
fn bad_paths_exit_2_with_one_line() {
    let out = bin()
        .args(["list", "/nonexistent/parallax/bundle"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no such file"));

    let empty = scratch("empty");
    let out = bin().arg("list").arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no articles"));

    let out = bin().args(["show", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article with id"));
}

#[test]
fn bad_files_warn_and_the_rest_loads() {
    let dir = scratch("bad");
    fs::write(dir.join("good.txt"), "A headline here\nThe council met on Monday and agreed to repair the bridge before winter.\n").unwrap();
    fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(dir.join("latin1.txt"), b"Caf\xe9 owners protest\nThe caf\xe9 owners of the old town protested on Friday against the new \x93terrace tax\x94.\n").unwrap();
    let out = bin().arg("list").arg("--json").arg(&dir).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("image.txt: a PNG image, not text"), "{err}");
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(
        err.contains("latin1.txt: not UTF-8: decoded as Latin-1"),
        "{err}"
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2);

    let b = bundle::load(&dir).unwrap();
    let latin = b.articles.iter().find(|a| a.id == "latin1").unwrap();
    assert_eq!(latin.title.as_deref(), Some("Café owners protest"));
    assert!(latin.body.contains("“terrace tax”"));
    // Offsets map back to the bytes of the file, not of the decoded text.
    let file = fs::read(dir.join("latin1.txt")).unwrap();
    let at = latin.body.find("protested").unwrap();
    let r = latin.body_to_file(at..at + "protested".len());
    assert_eq!(&file[r], b"protested");
}

#[test]
fn loading_never_writes_to_the_bundle() {
    let dir = scratch("readonly");
    fs::create_dir_all(dir.join("sub")).unwrap();
    fs::write(
        dir.join("a.txt"),
        "Title one\nA paragraph long enough to be a paragraph of a story.",
    )
    .unwrap();
    fs::write(
        dir.join("sub/b.md"),
        "Title two\nAnother paragraph long enough to be a paragraph of a story.",
    )
    .unwrap();
    let snapshot = |d: &Path| {
        let mut v = Vec::new();
        for p in ["a.txt", "sub/b.md"] {
            let m = fs::metadata(d.join(p)).unwrap();
            v.push((p, fs::read(d.join(p)).unwrap(), m.modified().unwrap()));
        }
        let n = fs::read_dir(d).unwrap().count() + fs::read_dir(d.join("sub")).unwrap().count();
        (v, n)
    };
    let before = snapshot(&dir);
    for args in [
        vec!["list", "--json"],
        vec!["show", "a", "--json"],
        vec!["show", "b", "--raw"],
    ] {
        let out = bin().args(&args).arg(&dir).output().unwrap();
        assert!(out.status.success(), "{args:?}");
    }
    assert_eq!(before, snapshot(&dir));
}

#[test]
fn utf8_bom_and_crlf() {
    let dir = scratch("bom");
    fs::write(dir.join("w.txt"), b"\xEF\xBB\xBFWindows headline here\r\nA paragraph from a Windows machine, with CRLF line ends in it.\r\n").unwrap();
    let b = bundle::load(&dir.join("w.txt")).unwrap();
    let a = &b.articles[0];
    assert_eq!(a.title.as_deref(), Some("Windows headline here"));
    assert!(!a.body.contains('\r'));
    let file = fs::read(dir.join("w.txt")).unwrap();
    let r = a.body_to_file(0..11);
    assert_eq!(&file[r], b"A paragraph");
}

#[test]
fn a_file_holding_only_a_byte_order_mark_is_an_empty_file() {
    for (name, bytes) in [
        ("bom.jsonl", &b"\xEF\xBB\xBF"[..]),
        ("bom.txt", &b"\xEF\xBB\xBF \n\t"[..]),
    ] {
        let b = parallax::engine::bundle::from_bytes(std::path::Path::new(name), bytes.to_vec());
        assert!(b.articles.is_empty(), "{name}");
        let said: Vec<&str> = b.warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(said, ["empty file, skipped"], "{name}");
        assert!(
            b.warnings[0].line.is_none(),
            "{name}: said of the whole file"
        );
    }
    // After the mark, a blank first line is skipped like any blank line; the record loads.
    let b = parallax::engine::bundle::from_bytes(
        std::path::Path::new("bom.jsonl"),
        b"\xEF\xBB\xBF\n{\"title\":\"a\",\"text\":\"hello there\"}\n".to_vec(),
    );
    assert_eq!(b.articles.len(), 1);
    assert_eq!(b.articles[0].line, Some(2));
    assert!(b.warnings.is_empty(), "{:?}", b.warnings);
}
