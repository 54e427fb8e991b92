//! How fast the bundle generator writes 1k, 10k and 100k reports in memory.
//!
//! `cargo bench --bench synth` (add `-- 1000 10000` to choose the sizes). Prints, per size, the
//! time to generate, the text produced and its rate, and the passages planted.

use std::time::Instant;

use parallax::synth::{generate, Spec};

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        sizes
    };
    println!(
        "{:>8} {:>9} {:>9} {:>10} {:>10} {:>9}",
        "articles", "seconds", "MB", "MB/s", "words/art", "passages"
    );
    for n in sizes {
        let spec = Spec::new(n, 1);
        let t = Instant::now();
        let g = generate(&spec);
        let secs = t.elapsed().as_secs_f64();
        let bytes: usize = g.articles.iter().map(|a| a.text.len()).sum();
        let words: usize = g.articles.iter().map(|a| a.story_words()).sum();
        println!(
            "{:>8} {:>9.3} {:>9.1} {:>10.1} {:>10} {:>9}",
            n,
            secs,
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs,
            words / n.max(1),
            g.truth.passages.len()
        );
    }
}
