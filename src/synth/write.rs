//! Writing a generated bundle to disk: the reports as a folder of text files or one JSON Lines
//! file, and the truth beside them (never among the reports, so that loading the bundle never
//! reads the answers).
//!
//! Truth files:
//! - `labels.tsv`: `id<TAB>event`, one line per report.
//! - `events.tsv`: `event<TAB>topic<TAB>place<TAB>country<TAB>date<TAB>twin_of`.
//! - `passages.jsonl`: one shared passage a line: `kind` (verbatim, near, rewrite, duplicate),
//!   `event`, `incidental`, `words`, `ids` (the reports carrying it), `spans` (`[start, end]`
//!   byte offsets into each report's text: the JSON `text` field, or a text file after its first
//!   line), and `text` (the passage) or, when the copies differ, `texts` (one per id).
//!   Duplicates carry neither: their spans are whole story blocks.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use super::{Generated, Kind};

/// Writes each report as `<dir>/<id>.txt`, creating `dir`.
pub fn write_txt(g: &Generated, dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    g.articles
        .par_iter()
        .try_for_each(|a| fs::write(dir.join(format!("{}.txt", a.id)), a.file_text()))
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    title: &'a str,
    text: &'a str,
    outlet: &'a str,
    date: String,
    url: &'a str,
}

/// Writes all reports to one JSON Lines file at `path`.
pub fn write_jsonl(g: &Generated, path: &Path) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut out = BufWriter::with_capacity(1 << 20, fs::File::create(path)?);
    jsonl_to(g, &mut out)?;
    out.flush()
}

/// Writes all reports as JSON Lines to `out` (a file, or memory for a benchmark that loads
/// them without touching the disk).
pub fn jsonl_to(g: &Generated, mut out: impl Write) -> io::Result<()> {
    for a in &g.articles {
        let r = Record {
            id: &a.id,
            title: &a.title,
            text: &a.text,
            outlet: a.outlet,
            date: a.date.to_string(),
            url: &a.url,
        };
        serde_json::to_writer(&mut out, &r)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[derive(Serialize)]
struct PassageRecord<'a> {
    kind: Kind,
    event: &'a str,
    incidental: bool,
    words: usize,
    ids: Vec<&'a str>,
    spans: Vec<[u32; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    texts: Option<Vec<&'a str>>,
}

/// Writes `labels.tsv`, `events.tsv` and `passages.jsonl` into `dir`.
pub fn write_truth(g: &Generated, dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut labels = BufWriter::new(fs::File::create(dir.join("labels.tsv"))?);
    writeln!(labels, "id\tevent")?;
    for (id, event) in g.labels() {
        writeln!(labels, "{id}\t{event}")?;
    }
    labels.flush()?;
    let mut events = BufWriter::new(fs::File::create(dir.join("events.tsv"))?);
    writeln!(events, "event\ttopic\tplace\tcountry\tdate\ttwin_of")?;
    for e in &g.truth.events {
        let twin = e
            .twin_of
            .map_or(String::new(), |t| g.truth.events[t as usize].id.clone());
        writeln!(
            events,
            "{}\t{}\t{}\t{}\t{}\t{}",
            e.id, e.topic, e.place, e.country, e.date, twin
        )?;
    }
    events.flush()?;
    let mut passages = BufWriter::new(fs::File::create(dir.join("passages.jsonl"))?);
    for p in &g.truth.passages {
        let texts: Vec<&str> = p.spans.iter().map(|s| g.span_text(s)).collect();
        let same = texts.windows(2).all(|w| w[0] == w[1]);
        let duplicate = p.kind == Kind::Duplicate;
        let r = PassageRecord {
            kind: p.kind,
            event: &g.truth.events[p.event as usize].id,
            incidental: p.incidental,
            words: texts
                .iter()
                .map(|t| t.split_whitespace().count())
                .max()
                .unwrap_or(0),
            ids: p
                .spans
                .iter()
                .map(|s| g.articles[s.article as usize].id.as_str())
                .collect(),
            spans: p.spans.iter().map(|s| [s.start, s.end]).collect(),
            text: (same && !duplicate).then(|| texts[0]),
            texts: (!same && !duplicate).then(|| texts.clone()),
        };
        serde_json::to_writer(&mut passages, &r)?;
        passages.write_all(b"\n")?;
    }
    passages.flush()
}
