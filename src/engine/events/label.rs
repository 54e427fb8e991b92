//! From clusters to events a reader can scan: members ordered by how central they are, a short
//! headline, dates, outlets, a stable id, and the events ordered biggest first.

use std::collections::HashMap;

use rayon::prelude::*;

use super::neighbours::Edge;
use super::vectors::Vectors;
use super::words;
use super::Event;
use crate::engine::text::hash_str;
use crate::engine::Article;

/// Longest headline, in characters; longer titles are cut at a word.
pub const MAX_LABEL_CHARS: usize = 90;
/// Key terms shown for an event none of whose articles has a title.
const KEY_TERMS: usize = 4;

pub(super) fn events(
    articles: &[Article],
    vectors: &Vectors,
    edges: &[Edge],
    cluster_of: &[u32],
) -> Vec<Event> {
    // How central each article is in its event: its summed similarity to the other members.
    let mut centrality = vec![0f64; articles.len()];
    for &(a, b, s) in edges {
        if cluster_of[a as usize] == cluster_of[b as usize] {
            centrality[a as usize] += s as f64;
            centrality[b as usize] += s as f64;
        }
    }
    let mut members: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, &c) in cluster_of.iter().enumerate() {
        members.entry(c).or_default().push(i);
    }
    // Map order is arbitrary, but the sort below is total, so it never shows.
    let groups: Vec<Vec<usize>> = members.into_values().collect();
    let mut events: Vec<(usize, Event)> = groups
        .into_par_iter()
        .map(|mut g| {
            g.sort_by(|&x, &y| centrality[y].total_cmp(&centrality[x]).then(x.cmp(&y)));
            let first = *g.iter().min().unwrap_or(&0);
            (first, event(articles, vectors, g))
        })
        .collect();
    events.sort_by(|(fa, a), (fb, b)| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| b.last_date.cmp(&a.last_date))
            .then_with(|| fa.cmp(fb))
    });
    let mut events: Vec<Event> = events.into_iter().map(|(_, e)| e).collect();
    disambiguate_ids(&mut events);
    events
}

fn event(articles: &[Article], vectors: &Vectors, members: Vec<usize>) -> Event {
    let mut ids: Vec<&str> = members.iter().map(|&i| articles[i].id.as_str()).collect();
    ids.sort_unstable();
    let id = format!("e-{:012x}", hash_str(&ids.join("\n")) >> 16);
    let mut outlets: Vec<String> = Vec::new();
    for &i in &members {
        if let Some(o) = &articles[i].outlet {
            if !outlets.contains(o) {
                outlets.push(o.clone());
            }
        }
    }
    let dates = members.iter().filter_map(|&i| articles[i].date);
    let first_date = dates.clone().min();
    let last_date = dates.max();
    Event {
        id,
        label: headline(articles, vectors, &members),
        articles: members,
        outlets,
        first_date,
        last_date,
    }
}

/// Whether a title can stand as a headline: at least three words that are words, not numbers.
/// Scraped "titles" are sometimes a dateline ("Tuesday, August 7, 2012"), which says nothing.
fn fits(title: &str) -> bool {
    title
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_ascii_digit()))
        .count()
        >= 3
}

/// The most central title that fits; else the event's key terms; else the lead article's first
/// sentence, or its id when it has no words at all.
fn headline(articles: &[Article], vectors: &Vectors, members: &[usize]) -> String {
    if let Some(t) = members
        .iter()
        .find_map(|&i| articles[i].title.as_deref().filter(|t| fits(t)))
    {
        return shorten(t, MAX_LABEL_CHARS);
    }
    let terms = key_terms(articles, vectors, members);
    if !terms.is_empty() {
        return terms.join(" · ");
    }
    let lead = &articles[members[0]];
    let first = shorten(&lead.display_title(), MAX_LABEL_CHARS);
    if first.is_empty() {
        shorten(&lead.id, MAX_LABEL_CHARS)
    } else {
        first
    }
}

/// The strongest terms of the members' summed vectors, as written in the most central article
/// that has each (names keep their capitals, other words are lower-cased).
fn key_terms(articles: &[Article], vectors: &Vectors, members: &[usize]) -> Vec<String> {
    let mut weight: HashMap<u32, f32> = HashMap::new();
    for &i in members {
        for &(t, w) in &vectors.docs[i] {
            *weight.entry(t).or_insert(0.0) += w;
        }
    }
    let mut ranked: Vec<(u32, f32)> = weight.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out = Vec::new();
    for (t, _) in ranked {
        let hash = vectors.hashes[t as usize];
        let Some(word) = members.iter().find_map(|&i| surface(&articles[i], hash)) else {
            continue;
        };
        out.push(if vectors.name_ratio[t as usize] >= 0.5 {
            word.to_string()
        } else {
            word.to_lowercase()
        });
        if out.len() == KEY_TERMS {
            break;
        }
    }
    out
}

/// The first place `article` writes the word with this hash, title first.
fn surface(article: &Article, hash: u64) -> Option<&str> {
    let mut buf = Vec::new();
    let title = article.title.as_deref().unwrap_or("");
    for src in [title, article.body.as_str()] {
        let mut found = None;
        words::each_word(src, usize::MAX, |s, e| {
            if found.is_none() && words::term(&src[s..e], &mut buf).0 == hash {
                found = Some((s, e));
            }
        });
        if let Some((s, e)) = found {
            return src.get(s..e);
        }
    }
    None
}

/// `s` on one line, cut at a word boundary to at most `max` characters (with an ellipsis).
pub fn shorten(s: &str, max: usize) -> String {
    let line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max.saturating_sub(1)).collect();
    let at_word = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        at_word.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
    )
}

/// Two different events whose ids collide (a 48-bit hash over one bundle: rare, not impossible)
/// get suffixes in event order, which is itself deterministic.
fn disambiguate_ids(events: &mut [Event]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for e in events.iter_mut() {
        let n = seen.entry(e.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            e.id = format!("{}-{}", e.id, n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_not_headlines() {
        assert!(!fits("Tuesday, August 7, 2012"));
        assert!(!fits("May 2, 2013, 1:12 PM"));
        assert!(!fits("  "));
        assert!(fits("Halden Rovers 3-1 Castlebridge"));
        assert!(fits("Séisme à Elazığ"));
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let t =
            "Alaska Gov. Sarah Palin, her husband Todd and up to 1,000 fellow parishioners will \
                 worship in a local school this morning";
        let s = shorten(t, 40);
        assert!(s.chars().count() <= 40, "{s}");
        assert!(s.ends_with('…'));
        assert_eq!(s, "Alaska Gov. Sarah Palin, her husband…");
        assert_eq!(shorten("  Short\n title ", 40), "Short title");
        // No panic on multi-byte text.
        let s = shorten(&"日本語".repeat(50), 10);
        assert_eq!(s.chars().count(), 10);
    }
}
