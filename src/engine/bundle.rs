//! Loading a bundle: a folder of articles (read recursively) or one file, in plain text or as
//! JSON / JSON Lines exports of the common scrapers.
//!
//! Loading never fails on one bad file: it becomes a [`Warning`] and the rest loads. Only a bundle
//! from which nothing at all can be loaded is an error. Files are opened read-only; nothing here
//! ever writes.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde_json::Value;

use super::article::{Article, Date, SourceMap};
use super::clean::{self, Furniture};
use super::meta;

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
        include_str!("../../assets/sample/000_26e24e3875132e6b.txt"),
    ),
    (
        "001_ed6532b615065612.txt",
        include_str!("../../assets/sample/001_ed6532b615065612.txt"),
    ),
    (
        "002_d7b7a58771d4feff.txt",
        include_str!("../../assets/sample/002_d7b7a58771d4feff.txt"),
    ),
    (
        "003_8ddbfa5e623f9410.txt",
        include_str!("../../assets/sample/003_8ddbfa5e623f9410.txt"),
    ),
    (
        "004_009dcef20c3912bd.txt",
        include_str!("../../assets/sample/004_009dcef20c3912bd.txt"),
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
            Article {
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
                raw: r.text,
            }
        })
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
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
        let mut bytes = Vec::new();
        // The bound, not the size the file claims, stops the read: pipes and devices claim 0.
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
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
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

/// Drops a UTF-8 sequence that a bounded read cut in two, so that the cut is not taken for
/// damaged text.
fn drop_partial_char(bytes: &mut Vec<u8>) {
    let tail = bytes.len().saturating_sub(3);
    for i in (tail..bytes.len()).rev() {
        let b = bytes[i];
        if b < 0x80 {
            return;
        }
        if b >= 0xC0 {
            let width = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            if i + width > bytes.len() {
                bytes.truncate(i);
            }
            return;
        }
    }
}

/// Names the kind of a binary file, judged by its first bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "a program"),
        (b"RIFF", "a media file"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
        .count();
    (control * 10 > head.len()).then_some("a binary file")
}

/// Decodes file bytes to text: UTF-8 (a byte-order mark dropped), else Latin-1 when that is what
/// the bytes look like, else UTF-8 with replacement characters. Anything but clean UTF-8 is said.
fn decode(mut bytes: Vec<u8>) -> (String, SourceMap, Vec<String>) {
    let shift = if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        3
    } else {
        0
    };
    let shifted = |shift: usize| SourceMap {
        checkpoints: if shift == 0 { vec![] } else { vec![(0, shift)] },
    };
    // Valid UTF-8 becomes the text without a copy: a large export is held once, not twice.
    match String::from_utf8(bytes) {
        Ok(s) => (s, shifted(shift), Vec::new()),
        Err(e) => {
            let body = e.as_bytes();
            let lossy = String::from_utf8_lossy(body);
            let bad = lossy.matches('\u{FFFD}').count();
            let high = body.iter().filter(|&&b| b >= 0x80).count();
            // In Latin-1 text almost every high byte is a lone invalid sequence; in damaged
            // UTF-8 most high bytes still form valid characters.
            if bad * 2 >= high {
                let mut text = String::with_capacity(body.len() + high);
                let mut checkpoints = vec![(0, shift)];
                for (i, &b) in body.iter().enumerate() {
                    let c = if (0x80..0xA0).contains(&b) {
                        cp1252(b)
                    } else {
                        b as char
                    };
                    text.push(c);
                    if !b.is_ascii() {
                        checkpoints.push((text.len(), shift + i + 1));
                    }
                }
                (
                    text,
                    SourceMap { checkpoints },
                    vec!["not UTF-8: decoded as Latin-1 (Windows-1252)".into()],
                )
            } else {
                let mut text = String::with_capacity(body.len());
                let mut checkpoints = vec![(0, shift)];
                for chunk in body.utf8_chunks() {
                    text.push_str(chunk.valid());
                    if !chunk.invalid().is_empty() {
                        let file_end = shift
                            + (chunk.invalid().as_ptr() as usize - body.as_ptr() as usize)
                            + chunk.invalid().len();
                        text.push('\u{FFFD}');
                        checkpoints.push((text.len(), file_end));
                    }
                }
                (
                    text,
                    SourceMap { checkpoints },
                    vec![format!(
                        "invalid UTF-8: {bad} damaged character(s) shown as \u{FFFD}"
                    )],
                )
            }
        }
    }
}

/// The Windows-1252 characters of bytes 0x80..0xA0, which real "Latin-1" text uses for curly
/// quotes and dashes.
fn cp1252(b: u8) -> char {
    const TABLE: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    TABLE[(b - 0x80) as usize]
}

/// Cuts an over-long text at a character boundary, with a notice. `whole` is the size of a file
/// that was only read in part.
fn truncate(mut text: String, whole: Option<u64>) -> (String, Option<String>) {
    if text.len() <= MAX_ARTICLE_BYTES && whole.is_none() {
        return (text, None);
    }
    let total = whole.unwrap_or(0).max(text.len() as u64);
    let mut cut = MAX_ARTICLE_BYTES.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    let size = if total > MAX_ARTICLE_BYTES as u64 {
        format!("of {:.1} MB", total as f64 / f64::from(1 << 20))
    } else {
        // A pipe or a device says nothing of its size.
        format!("longer than {} MB", MAX_ARTICLE_BYTES >> 20)
    };
    (
        text,
        Some(format!(
            "article {size} truncated to its first {} MB",
            MAX_ARTICLE_BYTES >> 20
        )),
    )
}

const TEXT_KEYS: &[&str] = &[
    "text",
    "body",
    "maintext",
    "content",
    "article",
    "full_text",
];
const TITLE_KEYS: &[&str] = &["title", "headline", "title_page", "title_rss"];
const OUTLET_KEYS: &[&str] = &[
    "outlet",
    "source",
    "source_domain",
    "sitename",
    "site_name",
    "hostname",
    "publisher",
];
const DATE_KEYS: &[&str] = &[
    "date",
    "date_publish",
    "published",
    "date_published",
    "publish_date",
    "pubdate",
    "published_at",
    "filedate",
];
const URL_KEYS: &[&str] = &["url", "link", "source_url"];

fn read_json(path: &Path, bytes: Vec<u8>, format: Format) -> (Vec<Raw>, Vec<Warning>) {
    let mut raws = Vec::new();
    let mut warnings = Vec::new();
    let (text, _, notices) = decode(bytes);
    for n in notices {
        warnings.push(Warning {
            path: path.to_path_buf(),
            line: None,
            message: n,
        });
    }
    let stem = stem(path);
    let mut push =
        |value: Value, line: Option<usize>, index: usize, warnings: &mut Vec<_>| match record(
            value, &stem, path, line, index,
        ) {
            Ok(raw) => {
                // A truncated record is said in the load's warnings too, not only on the article.
                for n in &raw.notices {
                    warnings.push(Warning {
                        path: path.to_path_buf(),
                        line,
                        message: n.clone(),
                    });
                }
                raws.push(raw)
            }
            Err(message) => warnings.push(Warning {
                path: path.to_path_buf(),
                line,
                // Records of a JSON array have no line of their own: say which one it was.
                message: match line {
                    Some(_) => message,
                    None => format!("record {index}: {message}"),
                },
            }),
        };
    let whole = if format == Format::Json {
        serde_json::from_str::<Value>(&text).ok()
    } else {
        None
    };
    match whole {
        Some(Value::Array(items)) => {
            for (i, v) in items.into_iter().enumerate() {
                push(v, None, i + 1, &mut warnings);
            }
        }
        Some(v @ Value::Object(_)) => {
            // A single article, or an export that wraps its list in one key.
            let list = v.as_object().and_then(|o| {
                ["articles", "items", "data", "results"]
                    .iter()
                    .find_map(|k| o.get(*k)?.as_array().cloned())
            });
            match list {
                Some(items) => {
                    for (i, v) in items.into_iter().enumerate() {
                        push(v, None, i + 1, &mut warnings);
                    }
                }
                None => push(v, None, 1, &mut warnings),
            }
        }
        Some(_) => warnings.push(Warning {
            path: path.to_path_buf(),
            line: None,
            message: "JSON holds neither an article nor a list of them".into(),
        }),
        None => {
            // JSON Lines (or a .json file that is really JSON Lines).
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<Value>(line) {
                    Ok(v) => push(v, Some(i + 1), i + 1, &mut warnings),
                    Err(e) => warnings.push(Warning {
                        path: path.to_path_buf(),
                        line: Some(i + 1),
                        message: format!("broken JSON ({e}), skipped"),
                    }),
                }
            }
        }
    }
    (raws, warnings)
}

/// One JSON record as a raw article, or why it cannot be one.
fn record(
    value: Value,
    stem: &str,
    path: &Path,
    line: Option<usize>,
    index: usize,
) -> Result<Raw, String> {
    let Value::Object(obj) = value else {
        return Err("not a JSON object, skipped".into());
    };
    let string = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| match obj.get(*k)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    };
    let text_key = TEXT_KEYS
        .iter()
        .find(|k| matches!(obj.get(**k), Some(Value::String(_))));
    let Some(text_key) = text_key else {
        let wrong = TEXT_KEYS.iter().find(|k| obj.contains_key(**k));
        return Err(match wrong {
            Some(k) => format!("field \"{k}\" is not a string, skipped"),
            None => "no text field (text, body, maintext or content), skipped".into(),
        });
    };
    let text = obj[*text_key].as_str().unwrap_or_default().to_string();
    if text.trim().is_empty() {
        return Err(format!("field \"{text_key}\" is empty, skipped"));
    }
    let (text, cut) = truncate(text, None);
    let url = string(URL_KEYS);
    let outlet = string(OUTLET_KEYS)
        .or_else(|| url.as_deref().and_then(meta::host_of))
        .map(|o| meta::sanitize_line(&o));
    let date = string(DATE_KEYS).and_then(|d| meta::find_date(&d));
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => format!("{stem}:{}", line.unwrap_or(index)),
    };
    Ok(Raw {
        id,
        path: path.to_path_buf(),
        line,
        text,
        source: SourceMap::default(),
        fields: Fields {
            title: string(TITLE_KEYS).map(|t| meta::sanitize_line(&t)),
            outlet,
            date,
            url,
        },
        notices: cut.into_iter().collect(),
    })
}
