//! Event grouping: quality against labelled bundles, and speed on generated ones.
//!
//! ```text
//! cargo bench --bench events                  # quality, then speed at 10,000 articles
//! cargo bench --bench events -- quality       # B-cubed on ECB+ and the fixture, with baseline
//! cargo bench --bench events -- speed 100000  # grouping time for a generated bundle
//! cargo bench --bench events -- speed 100000 undated  # the same without dates
//! ```
//!
//! Quality compares the grouping with a TF-IDF single-link baseline whose threshold is tuned
//! on each bundle (the best it can do there), which the grouping itself never is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax::engine::events::{self, bcubed, Options, Scores};
use parallax::engine::{bundle, text, Article, Date};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    match args.first().map(String::as_str) {
        Some("quality") => quality(),
        Some("speed") => {
            let sizes: Vec<usize> = args[1..].iter().filter_map(|s| s.parse().ok()).collect();
            let undated = args.iter().any(|a| a == "undated");
            for n in if sizes.is_empty() {
                vec![10_000]
            } else {
                sizes
            } {
                speed(n, undated);
            }
        }
        _ => {
            quality();
            speed(10_000, false);
        }
    }
}

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Labelled bundles: (name, bundle path, labels.tsv path).
fn labelled() -> Vec<(&'static str, PathBuf, PathBuf)> {
    let root = crate_root();
    // Beside the repository in CI; one level further up from a worktree.
    let ecb = ["../shared/data/ecbplus", "../../shared/data/ecbplus"]
        .iter()
        .map(|p| root.join(p))
        .find(|p| p.exists())
        .unwrap_or_else(|| root.join("../shared/data/ecbplus"));
    let fixture = root.join("tests/fixtures/events");
    vec![
        (
            "ECB+ (look-alike pairs)",
            ecb.join("ecbplus.jsonl"),
            ecb.join("labels.tsv"),
        ),
        (
            "fixture (multi-outlet)",
            fixture.join("articles.jsonl"),
            fixture.join("labels.tsv"),
        ),
    ]
}

fn read_labels(path: &Path) -> HashMap<String, String> {
    events::parse_labels(&std::fs::read_to_string(path).unwrap_or_default())
}

fn quality() {
    println!("== quality (B-cubed) ==");
    for (name, path, labels) in labelled() {
        if !path.exists() {
            println!("{name}: {} not found, skipped", path.display());
            continue;
        }
        let b = bundle::load(&path).expect("labelled bundle loads");
        let labels = read_labels(&labels);
        let gold: Vec<&str> = b
            .articles
            .iter()
            .map(|a| labels.get(&a.id).map_or("?", String::as_str))
            .collect();
        let t = Instant::now();
        let evs = events::group(&b.articles);
        let took = t.elapsed();
        let pred = events::event_of(&evs, b.articles.len());
        let s = bcubed(&pred, &gold);
        let gold_events = gold.iter().collect::<std::collections::HashSet<_>>().len();
        println!(
            "{name}: {} articles, {} true events, {} found in {:.0} ms",
            b.articles.len(),
            gold_events,
            evs.len(),
            took.as_secs_f64() * 1e3
        );
        print_scores("  parallax", s);
        // Without dates: what the grouping does from content alone.
        let undated: Vec<Article> = b
            .articles
            .iter()
            .map(|a| Article {
                date: None,
                ..a.clone()
            })
            .collect();
        let evs = events::group(&undated);
        print_scores(
            "  parallax, dates removed",
            bcubed(&events::event_of(&evs, undated.len()), &gold),
        );
        let (best, at) = baseline(&b.articles, &gold);
        print_scores(&format!("  baseline, single link tuned at {at:.2}"), best);
    }
}

fn print_scores(name: &str, s: Scores) {
    println!(
        "{name:<44} P {:.3}  R {:.3}  F1 {:.3}",
        s.precision, s.recall, s.f1
    );
}

/// Plain TF-IDF cosine (title and body, stopwords out) with single-link grouping, at the
/// threshold that scores best on this very bundle.
fn baseline(articles: &[Article], gold: &[&str]) -> (Scores, f64) {
    let docs: Vec<HashMap<u64, f64>> = articles
        .iter()
        .map(|a| {
            let mut tf = HashMap::new();
            let title = a.title.clone().unwrap_or_default();
            for src in [title.as_str(), a.body.as_str()] {
                for t in text::tokenize(src) {
                    if !t.is_stopword() {
                        *tf.entry(t.hash).or_insert(0.0) += 1.0;
                    }
                }
            }
            tf
        })
        .collect();
    let mut df: HashMap<u64, f64> = HashMap::new();
    for d in &docs {
        for k in d.keys() {
            *df.entry(*k).or_insert(0.0) += 1.0;
        }
    }
    let n = docs.len() as f64;
    let vecs: Vec<HashMap<u64, f64>> = docs
        .into_iter()
        .map(|d| {
            let mut v: HashMap<u64, f64> = d
                .into_iter()
                .map(|(k, tf)| (k, (1.0 + f64::ln(tf)) * (n / df[&k]).ln()))
                .collect();
            let norm = v.values().map(|w| w * w).sum::<f64>().sqrt().max(1e-12);
            v.values_mut().for_each(|w| *w /= norm);
            v
        })
        .collect();
    let mut pairs = Vec::new();
    for i in 0..vecs.len() {
        for j in i + 1..vecs.len() {
            let s: f64 = vecs[i]
                .iter()
                .filter_map(|(k, w)| vecs[j].get(k).map(|x| x * w))
                .sum();
            if s > 0.0 {
                pairs.push((s, i, j));
            }
        }
    }
    let mut best = (
        Scores {
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
        },
        0.0,
    );
    for step in 1..60 {
        let th = step as f64 * 0.01;
        let mut parent: Vec<usize> = (0..vecs.len()).collect();
        fn root(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        for &(s, i, j) in &pairs {
            if s >= th {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a] = b;
            }
        }
        let pred: Vec<usize> = (0..vecs.len()).map(|i| root(&mut parent, i)).collect();
        let s = bcubed(&pred, gold);
        if s.f1 > best.0.f1 {
            best = (s, th);
        }
    }
    best
}

// ---- generated bundles -------------------------------------------------------------------

/// splitmix64: a seeded, dependency-free generator, so the same size gives the same bundle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        text::mix64(self.0)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const SYLLABLES: &[&str] = &[
    "ba", "ro", "ten", "mi", "ka", "lo", "ver", "sa", "an", "de", "tor", "li", "mar", "po", "en",
    "gu", "ra", "nel", "co", "di", "sta", "ne", "vi", "o", "um", "ar", "ti", "es", "qua", "ber",
];
const FUNCTION: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "that", "was", "for", "on", "with", "said", "as", "at",
    "by", "from", "it", "has", "had", "were", "which", "after", "but", "their",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A bundle of `n` articles: events of 2 to 8 reports (plus lone articles) over two years,
/// 200 to 3,000 words each (log-uniform), vocabulary drawn from a Zipf-like background with each
/// event's own names, places, numbers and theme words mixed in, and names of the day (people
/// quoted, places mentioned) sprinkled through every report.
fn generate(n: usize, seed: u64) -> Vec<Article> {
    let mut rng = Rng(seed);
    // A working vocabulary of common words, and a far larger space of names (people, places,
    // organisations), as in real news where names outnumber everything else.
    let vocab: Vec<String> = (0..50_000).map(|i| word(&mut rng, 2 + i % 3)).collect();
    let names: Vec<String> = (0..400_000)
        .map(|i| capitalise(&word(&mut rng, 3 + i % 2)))
        .collect();
    let outlets: Vec<String> = (0..300).map(|i| format!("outlet{i}.example")).collect();
    // Zipf-like background: index = vocab.len()^u - 1 puts most draws on frequent words.
    let zipf =
        |rng: &mut Rng| ((vocab.len() as f64).powf(rng.unit()) as usize).min(vocab.len()) - 1;
    let mut articles = Vec::with_capacity(n);
    let mut event = 0;
    while articles.len() < n {
        let size = if rng.below(5) == 0 {
            1
        } else {
            2 + rng.below(7)
        };
        let mut key: Vec<String> = Vec::new();
        for _ in 0..4 + rng.below(6) {
            key.push(names[rng.below(names.len())].clone());
        }
        for _ in 0..8 {
            key.push(vocab[rng.below(vocab.len())].clone());
        }
        for _ in 0..2 {
            key.push((rng.below(2000) + 3).to_string());
        }
        let day = rng.below(730) as i64;
        for k in 0..size.min(n - articles.len()) {
            let words = (200.0 * 15f64.powf(rng.unit())) as usize;
            let mut body = String::with_capacity(words * 8);
            let mut sentence = 0;
            for w in 0..words {
                let r = rng.unit();
                let token = if r < 0.45 {
                    FUNCTION[rng.below(FUNCTION.len())].to_string()
                } else if r < 0.55 {
                    key[rng.below(key.len())].clone()
                } else if r < 0.58 {
                    names[rng.below(names.len())].clone()
                } else {
                    vocab[zipf(&mut rng)].clone()
                };
                if sentence == 0 {
                    body.push_str(&capitalise(&token));
                } else {
                    body.push(' ');
                    body.push_str(&token);
                }
                sentence += 1;
                if sentence > 8 + rng.below(20) || w + 1 == words {
                    body.push_str(if rng.below(6) == 0 { ".\n\n" } else { ". " });
                    sentence = 0;
                }
            }
            let title = (0..6 + rng.below(6))
                .map(|i| {
                    if i % 2 == 0 {
                        key[rng.below(key.len())].clone()
                    } else {
                        vocab[zipf(&mut rng)].clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let d = Date::new(2023, 1, 1).unwrap().days() + day + rng.below(2) as i64;
            articles.push(Article {
                id: format!("g{event:06}-{k}"),
                title: Some(capitalise(&title)),
                outlet: Some(outlets[rng.below(outlets.len())].clone()),
                date: date_from_days(d),
                body,
                ..Default::default()
            });
        }
        event += 1;
    }
    articles
}

fn date_from_days(days: i64) -> Option<Date> {
    // Inverse of Date::days by search from the epoch year: fine for a generator.
    let mut y = 1970 + (days / 366) as i32;
    while Date::new(y + 1, 1, 1)?.days() <= days {
        y += 1;
    }
    let mut m = 1;
    while m < 12 && Date::new(y, m + 1, 1)?.days() <= days {
        m += 1;
    }
    let d = days - Date::new(y, m, 1)?.days() + 1;
    Date::new(y, m, d as u8)
}

fn speed(n: usize, undated: bool) {
    let what = if undated { ", dates removed" } else { "" };
    println!("== speed: {n} generated articles{what} ==");
    let t = Instant::now();
    let mut articles = generate(n, 0x5eed ^ n as u64);
    if undated {
        // Content alone: every article is a candidate for every other, none ruled out by time.
        articles.iter_mut().for_each(|a| a.date = None);
    }
    let words: usize = articles.iter().map(|a| text::word_count(&a.body)).sum();
    println!(
        "generated in {:.1} s: {:.0} words per article on average",
        t.elapsed().as_secs_f64(),
        words as f64 / n as f64
    );
    let gold: Vec<String> = articles
        .iter()
        .map(|a| a.id.split('-').next().unwrap_or("").to_string())
        .collect();
    let before = peak_rss_kb();
    let cpu = cpu_seconds();
    let t = Instant::now();
    let evs = events::group_with(&articles, &Options::default());
    let took = t.elapsed();
    let cpu = cpu_seconds() - cpu;
    let s = bcubed(&events::event_of(&evs, n), &gold);
    println!(
        "grouped into {} events in {:.2} s wall, {:.2} s CPU, on {} threads (peak RSS {} MB, {} MB before)",
        evs.len(),
        took.as_secs_f64(),
        cpu,
        rayon::current_num_threads(),
        peak_rss_kb() / 1024,
        before / 1024
    );
    print_scores("  generated bundle", s);
}

/// CPU time used by this process so far (user + system, all threads), in seconds: on a shared
/// machine wall time also counts other people's work.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name (which may hold spaces) close with ')'.
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(ticks / 100.0)
        })
        .unwrap_or(0.0)
}

/// Peak resident memory of this process in KiB (Linux), 0 where unknown.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}
