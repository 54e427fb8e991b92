//! Event grouping and the passage finder on a bundle of arbitrary articles. The input is split
//! at NUL bytes into up to eight files, each loaded as plain text; the articles are grouped
//! into events, and passages are looked for within events and across the whole bundle.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use parallax::engine::passages::{self, Options};
use parallax::engine::{bundle, events};

fuzz_target!(|data: &[u8]| {
    let articles: Vec<_> = data
        .split(|&b| b == 0)
        .take(8)
        .flat_map(|file| bundle::from_bytes(Path::new("f.txt"), file.to_vec()).articles)
        .collect();
    let evs = events::group(&articles);
    let mut seen = vec![false; articles.len()];
    for e in &evs {
        assert!(!e.label.is_empty());
        for &a in &e.articles {
            assert!(
                !std::mem::replace(&mut seen[a], true),
                "article {a} in two events"
            );
        }
    }
    let groups: Vec<Vec<usize>> = evs.iter().map(|e| e.articles.clone()).collect();
    let all = vec![(0..articles.len()).collect::<Vec<_>>()];
    let short = Options {
        min_words: 2,
        min_quote_words: 2,
        ..Options::default()
    };
    for (groups, opts) in [(&groups, &Options::default()), (&all, &short)] {
        let found = passages::find(&articles, groups, opts);
        assert_eq!(found.duplicate_of.len(), articles.len());
        for p in &found.passages {
            for s in &p.spans {
                let body = &articles[s.article].body;
                assert!(
                    s.start < s.end && body.get(s.start..s.end).is_some(),
                    "{s:?}"
                );
            }
        }
    }
});
