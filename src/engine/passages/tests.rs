//! Unit tests on small hand-made articles; the sample and the fixtures are tested under
//! `tests/`.

use super::*;
use crate::engine::{Article, Segment};

/// An article whose every non-empty line is a paragraph of the body.
pub(crate) fn article(id: &str, raw: &str) -> Article {
    let mut body = String::new();
    let mut segments = Vec::new();
    let mut pos = 0;
    for line in raw.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            let off = pos + (line.len() - line.trim_start().len());
            segments.push(Segment {
                body_start: body.len(),
                raw_start: off,
                len: t.len(),
            });
            body.push_str(t);
        }
        pos += line.len();
    }
    Article {
        id: id.into(),
        raw: raw.into(),
        body,
        segments,
        ..Default::default()
    }
}

fn texts(a: &[Article], p: &Passage) -> Vec<(usize, String)> {
    p.spans
        .iter()
        .map(|s| (s.article, a[s.article].body[s.start..s.end].to_string()))
        .collect()
}

#[test]
fn debug_sample() {
    let b = crate::engine::bundle::sample();
    let all: Vec<usize> = (0..b.articles.len()).collect();
    let r = find(&b.articles, &[all], &Options::default());
    for p in &r.passages {
        println!("{:?} {} words", p.kind, p.words);
        for (a, t) in texts(&b.articles, p) {
            println!("   [{a}] {t}");
        }
    }
    println!("{:?}\n{:?}", r.duplicate_of, r.shared);
    for a in &b.articles {
        println!("{} words {}", a.id, a.words());
    }
}

#[test]
fn debug_links() {
    let b = crate::engine::bundle::sample();
    let docs: Vec<Doc> = b.articles.iter().map(Doc::new).collect();
    let o = Options::default();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            let (links, dup) = align_pair(&docs[i], &docs[j], &o);
            if dup {
                println!("{i}-{j} DUP");
                continue;
            }
            for l in links {
                let ta = &b.articles[i].body[docs[i].toks[l.a.start as usize].start as usize
                    ..docs[i].toks[l.a.end as usize - 1].end as usize];
                let tb = &b.articles[j].body[docs[j].toks[l.b.start as usize].start as usize
                    ..docs[j].toks[l.b.end as usize - 1].end as usize];
                println!("{i}-{j} {:?}\n   A: {ta}\n   B: {tb}", l.kind);
            }
        }
    }
}
