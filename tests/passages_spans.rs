//! The `passages --json` contract, checked span by span: `start`/`end` are byte offsets into
//! the article's file (for JSON Lines, into the record's text field), `text` is exactly those
//! bytes, spans are body text (never a title, date line or other removed block), and the spans
//! of a verbatim passage are the same words.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use parallax::engine::bundle;
use parallax::engine::text::tokenize;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn passages_json(bundle: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("passages")
        .arg(bundle)
        .args(["--json", "--across-events"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Word hashes of a text, as the engine normalises words.
fn words(text: &str) -> Vec<u64> {
    tokenize(text).iter().map(|t| t.hash).collect()
}

/// Checks every span of `json` against `source` (article id → the bytes offsets refer to).
/// Returns the number of spans checked.
fn check(json: &Value, source: &HashMap<String, Vec<u8>>, bundle_path: &Path) -> usize {
    let b = bundle::load(bundle_path).expect("loads");
    let removed: HashMap<&str, Vec<(usize, usize)>> = b
        .articles
        .iter()
        .map(|a| {
            let r = a.removed.iter().map(|r| (r.start, r.end)).collect();
            (a.id.as_str(), r)
        })
        .collect();
    let mut checked = 0;
    for p in json["passages"].as_array().expect("passages") {
        let kind = p["kind"].as_str().expect("kind");
        assert!(["verbatim", "near", "rewrite", "duplicate"].contains(&kind));
        assert!(p["words"].as_u64().expect("words") > 0);
        let mut per_article: Vec<(String, Vec<u64>)> = Vec::new();
        for s in p["spans"].as_array().expect("spans") {
            let id = s["article"].as_str().expect("article id");
            let (start, end) = (
                s["start"].as_u64().expect("start") as usize,
                s["end"].as_u64().expect("end") as usize,
            );
            let text = s["text"].as_str().expect("text");
            let bytes = &source[id];
            assert!(start < end && end <= bytes.len(), "{id} {start}..{end}");
            assert_eq!(
                &bytes[start..end],
                text.as_bytes(),
                "{id} {start}..{end}: text is not the file's bytes"
            );
            assert!(
                !text.contains("\n\n"),
                "a span crosses a paragraph: {text:?}"
            );
            let first = text.chars().next().expect("non-empty");
            let last = text.chars().last().expect("non-empty");
            assert!(!first.is_whitespace() && !last.is_whitespace(), "{text:?}");
            for &(rs, re) in &removed[id] {
                assert!(
                    end <= rs || re <= start,
                    "{id} {start}..{end} overlaps a removed block (title, date line...): {text:?}"
                );
            }
            match per_article.last_mut() {
                Some((a, w)) if a == id => w.extend(words(text)),
                _ => per_article.push((id.to_string(), words(text))),
            }
            checked += 1;
        }
        if kind == "verbatim" {
            for (id, w) in &per_article[1..] {
                assert_eq!(
                    w, &per_article[0].1,
                    "verbatim spans of {id} and {} differ",
                    per_article[0].0
                );
            }
        }
        assert!(per_article.len() >= 2, "a passage has two carriers");
    }
    checked
}

#[test]
fn every_sample_span_is_the_files_bytes() {
    let dir = root().join("assets/sample");
    let json = passages_json(&dir);
    let mut source = HashMap::new();
    for e in std::fs::read_dir(&dir).expect("sample dir") {
        let p = e.expect("entry").path();
        let id = p.file_stem().expect("stem").to_string_lossy().into_owned();
        source.insert(id, std::fs::read(&p).expect("reads"));
    }
    let n = check(&json, &source, &dir);
    assert!(n >= 10, "the sample shares passages ({n} spans)");
    // Every article of the sample carries some shared text.
    let articles = json["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    for a in articles {
        let shared = a["shared"].as_f64().expect("shared");
        assert!((0.0..=1.0).contains(&shared) && shared > 0.0, "{a}");
    }
}

#[test]
fn every_json_lines_span_is_the_text_fields_bytes() {
    let file = root().join("tests/fixtures/passages/jsonl/fire.jsonl");
    let json = passages_json(&file);
    let mut source = HashMap::new();
    for line in std::fs::read_to_string(&file).expect("reads").lines() {
        let r: Value = serde_json::from_str(line).expect("record");
        source.insert(
            r["id"].as_str().expect("id").to_string(),
            r["text"].as_str().expect("text").as_bytes().to_vec(),
        );
    }
    let n = check(&json, &source, &file);
    // The wire lead and quotation run by all three (one passage, three carriers), and a
    // paragraph two of them run word for word.
    let passages = json["passages"].as_array().expect("passages");
    let carriers = |p: &Value| {
        let mut ids: Vec<&str> = p["spans"]
            .as_array()
            .expect("spans")
            .iter()
            .map(|s| s["article"].as_str().expect("id"))
            .collect();
        ids.dedup();
        ids.len()
    };
    assert!(passages.iter().any(|p| carriers(p) == 3), "{json}");
    assert!(
        passages
            .iter()
            .any(|p| p["kind"] == "verbatim" && carriers(p) == 2),
        "{json}"
    );
    assert!(n >= 8);
}

#[test]
fn list_and_passages_report_the_same_shares_and_duplicates() {
    let run = |args: &[&str]| -> Value {
        let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
            .args(args)
            .output()
            .expect("runs");
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).expect("valid JSON")
    };
    let list = run(&["list", "--json"]);
    let passages = run(&["passages", "--json"]);
    let rows = list.as_array().expect("rows");
    let articles = passages["articles"].as_array().expect("articles");
    assert_eq!(rows.len(), articles.len());
    for (r, a) in rows.iter().zip(articles) {
        assert_eq!(r["id"], a["id"]);
        assert_eq!(r["shared"], a["shared"], "{}", r["id"]);
        assert_eq!(r["duplicate_of"], a["duplicate_of"], "{}", r["id"]);
    }
    // The sample's two copies of one story.
    let dups: Vec<&Value> = rows
        .iter()
        .filter(|r| !r["duplicate_of"].is_null())
        .collect();
    assert_eq!(dups.len(), 1, "{list}");
}
