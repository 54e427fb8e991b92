//! JSON and JSON Lines exports: one article per object, with the field names of the common
//! scrapers; a record that cannot be used is a warning naming its line.

use std::path::Path;

use rayon::prelude::*;
use serde_json::Value;

use super::decode::{decode, truncate};
use super::{meta, stem, Fields, Format, Raw, Warning};
use crate::engine::article::SourceMap;

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

pub(super) fn read_json(path: &Path, bytes: Vec<u8>, format: Format) -> (Vec<Raw>, Vec<Warning>) {
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
    let mut take = |result: Result<Raw, String>,
                    line: Option<usize>,
                    index: usize,
                    warnings: &mut Vec<_>| match result {
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
    let mut push = |value: Value, line: Option<usize>, index: usize, warnings: &mut Vec<_>| {
        take(
            record(value, &stem, path, line, index),
            line,
            index,
            warnings,
        )
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
            // JSON Lines (or a .json file that is really JSON Lines). One large export is the
            // whole bundle: its records are parsed on every core, then taken in file order.
            let lines: Vec<(usize, &str)> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .collect();
            let records: Vec<(usize, Result<Raw, String>)> = lines
                .into_par_iter()
                .map(|(i, line)| {
                    let raw = match serde_json::from_str::<Value>(line) {
                        Ok(v) => record(v, &stem, path, Some(i + 1), i + 1),
                        Err(e) => Err(format!("broken JSON ({e}), skipped")),
                    };
                    (i, raw)
                })
                .collect();
            for (i, raw) in records {
                take(raw, Some(i + 1), i + 1, &mut warnings);
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
