//! Loading a bundle: a folder of articles (read recursively) or one file, in plain text or as
//! JSON / JSON Lines exports of the common scrapers.
//!
//! Loading never fails on one bad file: it becomes a [`Warning`] and the rest loads. Only a bundle
//! from which nothing at all can be loaded is an error. Files are opened read-only; nothing here
//! ever writes.

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::article::{Article, Date, SourceMap};
use super::clean::{self, Furniture};
use super::meta;

mod decode;
mod json;

use decode::{binary_kind, decode, drop_partial_char, truncate, UTF8_BOM};
use json::read_json;

/// Longest article text kept, in bytes; the rest is cut with a notice so one runaway file cannot
/// take the whole machine's memory.
pub const MAX_ARTICLE_BYTES: usize = 4 << 20;
/// Largest file read at all (a JSONL export may hold many articles).
pub const MAX_FILE_BYTES: u64 = 1 << 30;
/// How deep a folder tree is followed.
const MAX_DEPTH: usize = 64;

/// A loaded bundle.
#[derive(Debug, Clone, Default)]
pub struct Bundle {
    /// What the bundle was loaded from, for display.
    pub name: String,
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
}

/// A file, or part of one, that could not be used as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    /// 1-based line of a JSON Lines file.
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: no articles found ({reason})")]
    Empty { path: PathBuf, reason: String },
}

/// The articles the binary carries, opened when no bundle is named.
pub const SAMPLE: &[(&str, &str)] = &[
    (
        "000_26e24e3875132e6b.txt",
        include_str!("../../../assets/sample/000_26e24e3875132e6b.txt"),
    ),
    (
        "001_ed6532b615065612.txt",
        include_str!("../../../assets/sample/001_ed6532b615065612.txt"),
    ),
    (
        "002_d7b7a58771d4feff.txt",
        include_str!("../../../assets/sample/002_d7b7a58771d4feff.txt"),
    ),
    (
        "003_8ddbfa5e623f9410.txt",
        include_str!("../../../assets/sample/003_8ddbfa5e623f9410.txt"),
    ),
    (
        "004_009dcef20c3912bd.txt",
        include_str!("../../../assets/sample/004_009dcef20c3912bd.txt"),
    ),
];

/// The embedded sample bundle.
pub fn sample() -> Bundle {
    let raws = SAMPLE
        .iter()
        .map(|(name, text)| Raw {
            id: stem(Path::new(name)),
            path: PathBuf::from("sample").join(name),
            line: None,
            text: text.to_string(),
            source: SourceMap::default(),
            fields: Fields::default(),
            notices: Vec::new(),
        })
        .collect();
    finish("sample (built in)".into(), raws, Vec::new())
}

/// Loads the bundle at `path`: a directory (recursively) or a single file.
pub fn load(path: &Path) -> Result<Bundle, LoadError> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
        _ => LoadError::Io {
            path: path.to_path_buf(),
            source: e,
        },
    })?;
    let mut warnings = Vec::new();
    let files = if meta.is_dir() {
        let mut files = Vec::new();
        let mut seen = HashSet::new();
        walk(path, 0, &mut seen, &mut files, &mut warnings);
        files
    } else {
        vec![path.to_path_buf()]
    };
    let results: Vec<(Vec<Raw>, Vec<Warning>)> = files.par_iter().map(|f| read_file(f)).collect();
    let mut raws = Vec::new();
    for (r, w) in results {
        raws.extend(r);
        warnings.extend(w);
    }
    if raws.is_empty() {
        let reason = if files.is_empty() {
            "no .txt, .md, .json or .jsonl files in it".to_string()
        } else if let Some(w) = warnings.first() {
            let unusable: HashSet<&Path> = warnings.iter().map(|w| w.path.as_path()).collect();
            format!("{} unusable file(s); first: {w}", unusable.len())
        } else {
            "the files hold no text".to_string()
        };
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
            reason,
        });
    }
    Ok(finish(path.display().to_string(), raws, warnings))
}

/// Explicit fields of a JSON record.
#[derive(Debug, Clone, Default)]
struct Fields {
    title: Option<String>,
    outlet: Option<String>,
    date: Option<Date>,
    url: Option<String>,
}

/// An article as read, before cleaning.
#[derive(Debug)]
struct Raw {
    id: String,
    path: PathBuf,
    line: Option<usize>,
    text: String,
    source: SourceMap,
    fields: Fields,
    notices: Vec<String>,
}

/// Cleans every article against the bundle's furniture and makes ids unique.
fn finish(name: String, raws: Vec<Raw>, mut warnings: Vec<Warning>) -> Bundle {
    let furniture = Furniture::build(raws.iter().map(|r| r.text.as_str()));
    let mut articles: Vec<Article> = raws
        .into_par_iter()
        .map(|r| {
            let cleaned = clean::clean(&r.text, r.fields.title.as_deref(), &furniture);
            let found = meta::extract(&r.text, &cleaned);
            let mut article = Article {
                id: r.id,
                path: r.path,
                line: r.line,
                title: r
                    .fields
                    .title
                    .or(cleaned.title)
                    .map(|t| meta::sanitize_line(&t)),
                // Fields are lines of a list: bounded, whatever a record or a footer held.
                outlet: r
                    .fields
                    .outlet
                    .or(found.outlet)
                    .map(|o| meta::sanitize_line(&o)),
                date: r.fields.date.or(found.date),
                url: r.fields.url.or(found.url).map(|u| meta::sanitize_line(&u)),
                body: cleaned.body,
                segments: cleaned.segments,
                removed: cleaned.removed,
                notices: r.notices,
                source: r.source,
                original: r.text.into(),
            };
            article.compact();
            article
        })
        .collect();
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    for a in &mut articles {
        let n = seen.entry(a.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            let new = format!("{}~{}", a.id, n);
            warnings.push(Warning {
                path: a.path.clone(),
                line: a.line,
                message: format!("duplicate id {:?}, renamed {:?}", a.id, new),
            });
            a.id = new;
        }
    }
    Bundle {
        name,
        articles,
        warnings,
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    JsonLines,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" | "text" | "markdown" => Some(Format::Text),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        _ => None,
    }
}

/// Collects the article files below `dir` in a stable order, following links once.
fn walk(
    dir: &Path,
    depth: usize,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    warnings: &mut Vec<Warning>,
) {
    let warn = |warnings: &mut Vec<Warning>, path: &Path, message: String| {
        warnings.push(Warning {
            path: path.to_path_buf(),
            line: None,
            message,
        })
    };
    if depth > MAX_DEPTH {
        warn(
            warnings,
            dir,
            format!("deeper than {MAX_DEPTH} folders, skipped"),
        );
        return;
    }
    // A symlink loop comes back to a folder already seen.
    match fs::canonicalize(dir) {
        Ok(c) => {
            if !seen.insert(c) {
                return;
            }
        }
        Err(e) => return warn(warnings, dir, format!("cannot open folder: {e}")),
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return warn(warnings, dir, format!("cannot read folder: {e}")),
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, depth + 1, seen, files, warnings),
            Ok(m) if format_of(&path).is_some() && m.is_file() => files.push(path),
            // Opening a pipe waits for a writer and a device may never end: neither is an article.
            Ok(_) if format_of(&path).is_some() => warn(
                warnings,
                &path,
                "not a regular file (a pipe, socket or device), skipped".into(),
            ),
            Ok(_) => {}
            Err(e) => warn(warnings, &path, format!("cannot read: {e}")),
        }
    }
}

fn read_file(path: &Path) -> (Vec<Raw>, Vec<Warning>) {
    let warning = |message: String| Warning {
        path: path.to_path_buf(),
        line: None,
        message,
    };
    // A file named on the command line is read as text whatever its extension; in a folder only
    // known extensions are ever collected.
    let format = format_of(path).unwrap_or(Format::Text);
    let len = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if format != Format::Text && len > MAX_FILE_BYTES {
        return (Vec::new(), vec![warning(over_limit(len))]);
    }
    let read = fs::File::open(path).and_then(|f| {
        // Room for the size the file claims, so a big file is not copied as its buffer doubles
        // (and does not keep up to twice its size); the bound, not that size, stops the read:
        // pipes and devices claim 0.
        let mut bytes = Vec::with_capacity(len.min(read_limit(format)) as usize + 1);
        f.take(read_limit(format) + 1).read_to_end(&mut bytes)?;
        Ok(bytes)
    });
    match read {
        Ok(bytes) => parse(path, format, bytes, len),
        Err(e) => (Vec::new(), vec![warning(format!("cannot read: {e}"))]),
    }
}

/// One file's bytes loaded as if read from `path`, whose extension picks the format, without
/// touching the disk: the loader's whole way from bytes to cleaned articles, which fuzzing and
/// property tests drive. Never fails; what cannot be used is in the warnings.
pub fn from_bytes(path: &Path, mut bytes: Vec<u8>) -> Bundle {
    let format = format_of(path).unwrap_or(Format::Text);
    let len = bytes.len() as u64;
    bytes.truncate(read_limit(format) as usize + 1);
    let (raws, warnings) = parse(path, format, bytes, len);
    finish(path.display().to_string(), raws, warnings)
}

/// How much of a file is read. Text past the article limit is never used, so it is never read:
/// a runaway file costs no more memory than the limit. Decoding never makes text shorter, so
/// these bytes (and a byte-order mark) are enough to fill an article.
fn read_limit(format: Format) -> u64 {
    match format {
        Format::Text => MAX_ARTICLE_BYTES as u64 + 3,
        Format::Json | Format::JsonLines => MAX_FILE_BYTES,
    }
}

fn over_limit(len: u64) -> String {
    format!(
        "{} MB is over the {} MB limit, skipped",
        len >> 20,
        MAX_FILE_BYTES >> 20
    )
}

/// Turns the bytes read from `path` (at most one past [`read_limit`]; `len` is what the file
/// said it holds) into raw articles.
fn parse(path: &Path, format: Format, mut bytes: Vec<u8>, len: u64) -> (Vec<Raw>, Vec<Warning>) {
    let warning = |message: String| Warning {
        path: path.to_path_buf(),
        line: None,
        message,
    };
    let limit = read_limit(format) as usize;
    let cut_short = bytes.len() > limit;
    if cut_short && format != Format::Text {
        return (
            Vec::new(),
            vec![warning(over_limit(len.max(bytes.len() as u64)))],
        );
    }
    let content = bytes.strip_prefix(UTF8_BOM).unwrap_or(&bytes);
    if content.iter().all(|b| b.is_ascii_whitespace()) {
        return (Vec::new(), vec![warning("empty file, skipped".into())]);
    }
    if let Some(kind) = binary_kind(&bytes) {
        return (
            Vec::new(),
            vec![warning(format!("{kind}, not text: skipped"))],
        );
    }
    match format {
        Format::Text => {
            if cut_short {
                bytes.truncate(limit);
                drop_partial_char(&mut bytes);
            }
            let (text, source, mut notices) = decode(bytes);
            let whole = if cut_short { Some(len) } else { None };
            let (text, cut) = truncate(text, whole);
            notices.extend(cut);
            let mut warnings = Vec::new();
            for n in &notices {
                warnings.push(warning(n.clone()));
            }
            let raw = Raw {
                id: stem(path),
                path: path.to_path_buf(),
                line: None,
                text,
                source,
                fields: Fields::default(),
                notices,
            };
            (vec![raw], warnings)
        }
        Format::Json | Format::JsonLines => read_json(path, bytes, format),
    }
}
