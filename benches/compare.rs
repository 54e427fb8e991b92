//! Opening a side-by-side comparison: what a person waits for after pressing `c`.
//!
//! `cargo bench --bench compare` generates a bundle (fixed seed, 2,000 articles by default or
//! the number given) under `target/bench-bundles/`, loads and analyses it once, then times on
//! its biggest events: choosing the two closest reports of an event (`c` on an event row),
//! the comparison itself, and the whole key press (comparison, both columns laid out, one
//! frame drawn at 160x50), with the comparison alone also timed without the bundle's
//! passages ("bare": no pair tied to a passage). Also the longest article against itself, where every word pairs.
//! Prints medians and the worst of several runs, in milliseconds; the target is one frame
//! (16 ms) for a key press on ordinary reports.

use std::path::Path;
use std::time::{Duration, Instant};

use parallax::app::compare;
use parallax::app::App;
use parallax::engine::analysis::analyse;
use parallax::engine::bundle;
use parallax::engine::compare::compare as compare_pair;
use parallax::engine::pairing;
use parallax::engine::passages::Options;
use parallax::synth::{generate, write, Spec};
use parallax::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

const RUNS: usize = 9;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median and worst of `RUNS` runs of `f`, in milliseconds.
fn time(mut f: impl FnMut()) -> (f64, f64) {
    let mut v: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            ms(t.elapsed())
        })
        .collect();
    v.sort_by(f64::total_cmp);
    (v[RUNS / 2], v[RUNS - 1])
}

fn ensure_bundle(n: usize, dir: &Path) {
    if dir.join("complete").exists() {
        return;
    }
    let _ = std::fs::remove_dir_all(dir);
    let g = generate(&Spec::new(n, 7));
    write::write_txt(&g, &dir.join("articles")).expect("write the bundle");
    std::fs::write(dir.join("complete"), b"").expect("mark the bundle complete");
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2000);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-bundles")
        .join(format!("compare-{n}"));
    ensure_bundle(n, &dir);
    let b = bundle::load(&dir).expect("load the bundle");
    let opts = Options::default();
    let t = Instant::now();
    let analysis = analyse(&b.articles, &opts, false);
    println!(
        "{} articles, {} events, {} passages (analysed in {:.0} ms)",
        b.articles.len(),
        analysis.events.len(),
        analysis.passages.passages.len(),
        ms(t.elapsed())
    );
    let mut app = App::loaded(b.clone(), analysis.clone(), Rect::new(0, 0, 160, 50));
    let mut terminal = Terminal::new(TestBackend::new(160, 50)).expect("a test terminal");

    println!(
        "{:>7} {:>6} {:>6} | {:>14} {:>14} {:>8} {:>14}",
        "members", "words", "pairs", "pick ms", "compare ms", "bare ms", "key press ms"
    );
    for event in analysis.events.iter().take(5) {
        let members = &event.articles;
        let (pick, pick_worst) = time(|| {
            std::hint::black_box(pairing::most_overlapping(&analysis.passages, members));
        });
        let Some((x, y)) = pairing::most_overlapping(&analysis.passages, members) else {
            continue;
        };
        let (cmp, cmp_worst) = time(|| {
            std::hint::black_box(compare_pair(
                &b.articles,
                x,
                y,
                Some(&analysis.passages),
                &opts,
            ));
        });
        let (bare, _) = time(|| {
            std::hint::black_box(compare_pair(&b.articles, x, y, None, &opts));
        });
        let c = compare_pair(&b.articles, x, y, Some(&analysis.passages), &opts);
        let (key, key_worst) = time(|| {
            compare::open(&mut app, x, y);
            ui::render(&mut terminal, &app, &Theme::default()).expect("draw");
            compare::close(&mut app);
        });
        println!(
            "{:>7} {:>6} {:>6} | {:>6.2} ({:>5.2}) {:>6.2} ({:>5.2}) {:>8.2} {:>6.2} ({:>5.2})",
            members.len(),
            c.words_a + c.words_b,
            c.pairs.len(),
            pick,
            pick_worst,
            cmp,
            cmp_worst,
            bare,
            key,
            key_worst
        );
    }
    let longest = (0..b.articles.len())
        .max_by_key(|&i| b.articles[i].body.len())
        .expect("articles");
    let words = b.articles[longest].words();
    let (itself, worst) = time(|| {
        compare::open(&mut app, longest, longest);
        ui::render(&mut terminal, &app, &Theme::default()).expect("draw");
        compare::close(&mut app);
    });
    println!("longest article ({words} words) against itself: key press {itself:.2} ms (worst {worst:.2})");
}
