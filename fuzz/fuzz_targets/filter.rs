//! The filter: a query typed by anyone against articles of arbitrary text, in one pass and
//! typed into a session. The input's first line is the query; the rest, split at NUL bytes, are
//! articles loaded as Markdown.
#![no_main]

use std::path::Path;
use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use parallax::engine::bundle;
use parallax::engine::filter::{filter, highlight, Corpus, Field, Query, Session, WordIndex};

fuzz_target!(|data: &[u8]| {
    let (query, rest) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let query = String::from_utf8_lossy(query);
    let articles: Vec<_> = rest
        .split(|&b| b == 0)
        .take(8)
        .flat_map(|file| bundle::from_bytes(Path::new("f.md"), file.to_vec()).articles)
        .collect();
    let bodies: Vec<&str> = articles.iter().map(|a| a.body.as_str()).collect();
    let words = Arc::new(WordIndex::build(&bodies));
    let corpus = Corpus::of_articles(&articles, words, |i| articles[i].title.as_deref());
    let q = Query::parse(&query);
    let hits = filter(&corpus, &q, &|| false).expect("never cancelled");
    for h in &hits {
        let e = corpus.entry(h.article).expect("a hit is an article");
        for (field, text) in [
            (Field::Title, &e.title),
            (Field::Outlet, &e.outlet),
            (Field::Event, &e.event),
        ] {
            let n = text.chars().count();
            assert!(highlight(&q, field, text).iter().all(|&i| i < n));
        }
    }
    if q.is_empty() {
        assert_eq!(hits.len(), articles.len());
    }
    // Typed one character at a time into a session, which reuses earlier passes: the same
    // answer as a full pass at every step (the first 64 keys).
    let corpus = Arc::new(corpus);
    let mut session = Session::new();
    let ends = query
        .char_indices()
        .map(|(i, _)| i)
        .skip(1)
        .chain([query.len()])
        .take(64);
    for end in ends {
        let q = Query::parse(&query[..end]);
        assert_eq!(
            session.filter(&corpus, &q, &|| false),
            filter(&corpus, &q, &|| false)
        );
    }
});
