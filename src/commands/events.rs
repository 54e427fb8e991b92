//! `parallax events`: the bundle's articles grouped into the events they report, biggest first.

use std::io::{self, Write};

use serde::Serialize;

use super::{load, print_json, Result};
use crate::cli::Common;
use crate::engine::events::{self, Event};
use crate::engine::safe::visible_line;
use crate::engine::{Article, Date};

/// The JSON of `events`: `{"events": [...]}`, biggest event first.
#[derive(Debug, Serialize)]
pub struct Output<'a> {
    pub events: Vec<EventJson<'a>>,
}

/// One event in the JSON output.
#[derive(Debug, Serialize)]
pub struct EventJson<'a> {
    pub id: &'a str,
    pub label: &'a str,
    /// Article ids, most central first.
    pub articles: Vec<&'a str>,
    pub outlets: &'a [String],
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
}

impl<'a> EventJson<'a> {
    pub fn new(articles: &'a [Article], e: &'a Event) -> EventJson<'a> {
        EventJson {
            id: &e.id,
            label: &e.label,
            articles: e
                .articles
                .iter()
                .map(|&i| articles[i].id.as_str())
                .collect(),
            outlets: &e.outlets,
            first_date: e.first_date,
            last_date: e.last_date,
        }
    }
}

pub fn run(common: &Common) -> Result {
    let bundle = load(common.bundle.as_deref())?;
    let evs = events::group(&bundle.articles);
    if common.json {
        return print_json(&Output {
            events: evs
                .iter()
                .map(|e| EventJson::new(&bundle.articles, e))
                .collect(),
        });
    }
    let mut out = io::stdout().lock();
    write_table(&mut out, &evs)?;
    Ok(())
}

/// Shown outlets per row before the rest is summed up as "+N".
const OUTLETS_SHOWN: usize = 3;

/// One row per event: id, size, date range, outlets, headline.
fn write_table(out: &mut impl Write, evs: &[Event]) -> io::Result<()> {
    let rows: Vec<[String; 5]> = evs
        .iter()
        .map(|e| {
            let dates = match (e.first_date, e.last_date) {
                (Some(a), Some(b)) if a == b => a.to_string(),
                (Some(a), Some(b)) => format!("{a}..{b}"),
                _ => "undated".to_string(),
            };
            let mut outlets: Vec<String> = e
                .outlets
                .iter()
                .take(OUTLETS_SHOWN)
                .map(|o| visible_line(o))
                .collect();
            if e.outlets.len() > OUTLETS_SHOWN {
                outlets.push(format!("+{}", e.outlets.len() - OUTLETS_SHOWN));
            }
            let outlets = if outlets.is_empty() {
                "unknown".to_string()
            } else {
                outlets.join(", ")
            };
            [
                visible_line(&e.id),
                e.articles.len().to_string(),
                dates,
                outlets,
                visible_line(&e.label),
            ]
        })
        .collect();
    let header = ["EVENT", "ARTICLES", "DATES", "OUTLETS", "HEADLINE"];
    let width = |c: usize| {
        rows.iter()
            .map(|r| r[c].chars().count())
            .chain([header[c].len()])
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2, w3) = (width(0), width(1), width(2), width(3));
    writeln!(
        out,
        "{:w0$}  {:>w1$}  {:w2$}  {:w3$}  {}",
        header[0], header[1], header[2], header[3], header[4]
    )?;
    for r in &rows {
        writeln!(
            out,
            "{:w0$}  {:>w1$}  {:w2$}  {:w3$}  {}",
            r[0], r[1], r[2], r[3], r[4]
        )?;
    }
    let articles: usize = evs.iter().map(|e| e.articles.len()).sum();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "{}, {}",
        plural(evs.len(), "event"),
        plural(articles, "article")
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_aligned_and_safe() {
        let d = Date::new(2024, 3, 11);
        let evs = vec![
            Event {
                id: "e-000000000001".into(),
                label: "Quake\x1b[2J hits".into(),
                articles: vec![0, 1],
                outlets: vec![
                    "a.com".into(),
                    "b.com".into(),
                    "c.com".into(),
                    "d.com".into(),
                ],
                first_date: d,
                last_date: Date::new(2024, 3, 12),
            },
            Event {
                id: "e-000000000002".into(),
                label: "Lone".into(),
                articles: vec![2],
                outlets: vec![],
                first_date: None,
                last_date: None,
            },
        ];
        let mut buf = Vec::new();
        write_table(&mut buf, &evs).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(!text.contains('\x1b'), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[1].contains("2024-03-11..2024-03-12"));
        assert!(lines[1].contains("a.com, b.com, c.com, +1"));
        assert!(lines[2].contains("undated") && lines[2].contains("unknown"));
        // Headlines start in the same column on every row.
        let col = lines[0].find("HEADLINE").unwrap();
        assert_eq!(lines[1].find("Quake"), Some(col));
        assert_eq!(lines[2].find("Lone"), Some(col));
        assert_eq!(lines[3], "2 events, 3 articles");
    }
}
