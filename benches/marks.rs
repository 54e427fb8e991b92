//! What read state costs the filter at 100,000 articles: taking a filter result in (the
//! `is:` flags are applied there, per hit) with and without a flag, with half the articles
//! read and a tenth bookmarked, and writing the marks file.
//!
//! Run with `cargo bench --bench marks` (optionally `-- 50000` for another size).

use std::sync::Arc;
use std::time::{Duration, Instant};

use parallax::app::{update, Action, App, Data, Effect};
use parallax::engine::filter::{filter, Corpus, WordIndex};
use parallax::engine::{Article, Bundle};
use parallax::store::{Marks, Store};
use ratatui::layout::Rect;

const WORDS: &[&str] = &[
    "kim", "putin", "summit", "talks", "budget", "storm", "court", "vote", "trade", "oil",
];

fn bundle(n: usize) -> Bundle {
    let articles = (0..n)
        .map(|i| Article {
            id: format!(
                "{i:06}_{:016x}",
                (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ),
            outlet: Some(format!("Outlet {}", i % 40)),
            title: Some(format!(
                "{} {} {}",
                WORDS[i % 10],
                WORDS[(i / 10) % 10],
                WORDS[(i / 100) % 10]
            )),
            body: "A body.".into(),
            ..Default::default()
        })
        .collect();
    Bundle {
        name: "bench".into(),
        articles,
        warnings: vec![],
    }
}

/// Times taking in the result of `query` (the filter pass itself is not timed).
fn take_in(app: &mut App, query: &str) -> (Duration, usize) {
    update(app, Action::Clear);
    update(app, Action::StartFilter);
    for c in query.chars() {
        update(app, Action::InsertChar(c));
    }
    let mut spent = Duration::ZERO;
    for e in std::mem::take(&mut app.effects) {
        if let Effect::Filter {
            generation,
            query,
            corpus,
        } = e
        {
            let hits = filter(&corpus, &query, &|| false).unwrap();
            let t = Instant::now();
            update(app, Action::Data(Data::Filtered { generation, hits }));
            spent += t.elapsed();
        }
    }
    (spent, app.counts().0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let b = Arc::new(bundle(n));
    let words = Arc::new(WordIndex::default());
    let corpus = Arc::new(Corpus::of_articles(&b.articles, words, |_| None));
    let mut app = App::new("bench", Rect::new(0, 0, 160, 50));
    update(&mut app, Action::Data(Data::Bundle(b.clone())));
    update(&mut app, Action::Data(Data::Corpus(corpus)));
    let mut marks = Marks::default();
    for (i, a) in b.articles.iter().enumerate() {
        if i % 2 == 0 {
            marks.set_read(&a.id, true);
        }
        if i % 10 == 0 {
            marks.toggle_bookmark(&a.id);
        }
    }
    let t = Instant::now();
    app.set_marks(marks);
    println!(
        "{n} articles, {} read, {} bookmarked; marks indexed in {:.2} ms",
        app.marks().read.len(),
        app.marks().bookmarked.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    for query in ["kim", "kim is:unread", "is:unread", "is:bookmarked"] {
        let runs: Vec<(Duration, usize)> = (0..7).map(|_| take_in(&mut app, query)).collect();
        let shown = runs[0].1;
        let m = median(runs.into_iter().map(|r| r.0).collect());
        println!(
            "result taken in, {query:>14}: median {:>7.2} ms ({shown} shown)",
            m.as_secs_f64() * 1e3
        );
    }
    // A keystroke that marks an article: the toggle and the snapshot handed to the saver.
    update(&mut app, Action::Clear);
    let times: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            update(&mut app, Action::ToggleUnread);
            let e = std::mem::take(&mut app.effects);
            let spent = t.elapsed();
            assert!(matches!(e.last(), Some(Effect::SaveMarks(_))));
            spent
        })
        .collect();
    println!(
        "u (mark, snapshot for the saver): median {:.2} ms",
        median(times).as_secs_f64() * 1e3
    );
    let dir = std::env::temp_dir().join(format!("parallax-marks-bench-{}", std::process::id()));
    let store = Store::for_bundle(&dir, None);
    let times: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            store.save(app.marks()).unwrap();
            t.elapsed()
        })
        .collect();
    let size = std::fs::metadata(&store.path).map_or(0, |m| m.len());
    println!(
        "marks file written (atomic, synced): median {:.2} ms, {} kB",
        median(times).as_secs_f64() * 1e3,
        size / 1024
    );
    let t = Instant::now();
    let (_, msg) = store.load();
    println!("marks file read: {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
    assert!(msg.is_none());
    let _ = std::fs::remove_dir_all(&dir);
}
