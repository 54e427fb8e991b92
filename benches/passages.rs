//! Passage finding at scale, on generated bundles (seeded, so every run sees the same text).
//!
//! `cargo bench --bench passages` prints, for one event of 50 articles and for bundles of
//! 1,000 and 10,000 articles grouped in events of 2 to 8 (and 100,000 with `-- --large`):
//! the time to find passages (tokenising included) with 1 thread and with all threads, the
//! passages found, and the share of planted passages found. `--across` also times the
//! 10,000-article bundle as one group. Figures are medians of a few runs.
//!
//! Each event has a wire story; its articles run some of its paragraphs with small edits (a
//! word changed, inserted or dropped), share a quotation, and add paragraphs of their own.
//! Text is made of pseudo-words with a Zipf-like frequency and real stopwords, so n-gram
//! statistics look like prose. The generator lives here until the crate has its own.

use std::time::{Duration, Instant};

use parallax::engine::passages::{find, Kind, Options, Passages};
use parallax::engine::{Article, Segment};

/// A small, fast, seeded generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const STOP: &[&str] = &[
    "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by",
    "at", "from", "his", "her", "it", "an", "were", "which", "this", "be", "has", "had", "not",
    "are", "but", "their", "they", "have", "been", "would", "who", "will", "said",
];
const SYLLABLES: &[&str] = &[
    "ka", "ri", "mo", "len", "tas", "vor", "el", "an", "dru", "pe", "sil", "om", "bar", "ti",
    "nek", "ra", "us", "fen", "gol", "ha", "ist", "ju", "lo", "mer", "nor", "pa", "qua", "ser",
    "tor", "ul", "ve", "win", "yo", "zan", "ber", "cal", "dor", "fi",
];

/// A vocabulary of pseudo-words; word `i` is drawn with a weight like 1/(i+10).
struct Vocab {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocab {
    fn new(rng: &mut Rng, n: usize) -> Vocab {
        let mut words = Vec::with_capacity(n);
        let mut seen = std::collections::HashSet::new();
        while words.len() < n {
            let k = rng.range(2, 4);
            let w: String = (0..k)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect();
            if seen.insert(w.clone()) {
                words.push(w);
            }
        }
        let mut cumulative = Vec::with_capacity(n);
        let mut t = 0.0;
        for i in 0..n {
            t += 1.0 / (i as f64 + 10.0);
            cumulative.push(t);
        }
        Vocab { words, cumulative }
    }
    fn word(&self, rng: &mut Rng) -> &str {
        let total = *self.cumulative.last().unwrap();
        let x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.words[i.min(self.words.len() - 1)]
    }
}

/// A paragraph of `n` words: sentences of 8 to 25 words, about 45% stopwords.
fn paragraph(rng: &mut Rng, v: &Vocab, n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(n);
    let mut left_in_sentence = 0;
    for _ in 0..n {
        if left_in_sentence == 0 {
            left_in_sentence = rng.range(8, 25);
            if let Some(last) = out.last_mut() {
                last.push('.');
            }
        }
        let w = if rng.chance(0.45) {
            STOP[rng.below(STOP.len())].to_string()
        } else {
            v.word(rng).to_string()
        };
        let w = if left_in_sentence == 0 || out.last().is_none_or(|l| l.ends_with('.')) {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        } else if rng.chance(0.05) {
            format!("{w},")
        } else {
            w
        };
        out.push(w);
        left_in_sentence -= 1;
    }
    if let Some(last) = out.last_mut() {
        if !last.ends_with('.') {
            last.push('.');
        }
    }
    out
}

/// A copy with small edits: each word may be changed, dropped, or get a word inserted after.
fn edited(rng: &mut Rng, v: &Vocab, words: &[String], rate: f64) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len() + 4);
    let mut since_edit = 0;
    for w in words {
        // Edits at least a dozen words apart: "small edits", not a rewrite.
        if since_edit > 12 && rng.chance(rate) {
            since_edit = 0;
            match rng.below(3) {
                0 => out.push(v.word(rng).to_string()),
                1 => {}
                _ => {
                    out.push(w.clone());
                    out.push(v.word(rng).to_string());
                }
            }
        } else {
            out.push(w.clone());
        }
        since_edit += 1;
    }
    out
}

fn make_article(id: String, paragraphs: Vec<Vec<String>>) -> Article {
    let mut body = String::new();
    let mut segments = Vec::new();
    for p in paragraphs {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let text = p.join(" ");
        segments.push(Segment {
            body_start: body.len(),
            raw_start: body.len(),
            len: text.len(),
        });
        body.push_str(&text);
    }
    Article {
        id,
        raw: body.clone(),
        body,
        segments,
        ..Default::default()
    }
}

/// A planted passage: paragraph `para` of an event's wire story, and the articles carrying it.
struct Planted {
    carriers: Vec<usize>,
    /// Distinctive words of the planted text, to recognise it in spans.
    probe: String,
}

struct Bundle {
    articles: Vec<Article>,
    groups: Vec<Vec<usize>>,
    planted: Vec<Planted>,
}

/// `events` events of `min..=max` articles each, articles of about `words` words (varied).
fn generate(seed: u64, events: usize, min: usize, max: usize, words: (usize, usize)) -> Bundle {
    let mut rng = Rng(seed);
    let v = Vocab::new(&mut rng, 20_000);
    let mut articles = Vec::new();
    let mut groups = Vec::new();
    let mut planted = Vec::new();
    for e in 0..events {
        let n = rng.range(min, max);
        let wire: Vec<Vec<String>> = (0..rng.range(5, 10))
            .map(|_| {
                let len = rng.range(30, 70);
                paragraph(&mut rng, &v, len)
            })
            .collect();
        let quote = paragraph(&mut rng, &v, 12);
        let mut carriers: Vec<Vec<usize>> = vec![Vec::new(); wire.len()];
        let mut quoted = Vec::new();
        let mut group = Vec::new();
        for k in 0..n {
            let idx = articles.len();
            let target = rng.range(words.0, words.1);
            let mut paras: Vec<Vec<String>> = Vec::new();
            let mut total = 0;
            // Some wire paragraphs, lightly edited, in order.
            for (w, para) in wire.iter().enumerate() {
                if rng.chance(0.6) {
                    paras.push(edited(&mut rng, &v, para, 0.02));
                    carriers[w].push(idx);
                    total += para.len();
                }
            }
            if rng.chance(0.5) {
                let mut p = paragraph(&mut rng, &v, 15);
                p.push(format!("\u{201c}{}", quote[0]));
                p.extend(quote[1..].iter().cloned());
                let last = p.len() - 1;
                p[last] = format!("{}\u{201d}", p[last]);
                paras.push(p);
                quoted.push(idx);
            }
            // Own paragraphs up to the target length, mixed in.
            while total < target {
                let len = rng.range(30, 90);
                let at = rng.below(paras.len() + 1);
                paras.insert(at, paragraph(&mut rng, &v, len));
                total += len;
            }
            articles.push(make_article(format!("e{e}a{k}"), paras));
            group.push(idx);
        }
        for (w, c) in carriers.into_iter().enumerate() {
            if c.len() >= 2 {
                planted.push(Planted {
                    carriers: c,
                    probe: wire[w][10..14].join(" "),
                });
            }
        }
        if quoted.len() >= 2 {
            planted.push(Planted {
                carriers: quoted,
                probe: quote[4..8].join(" "),
            });
        }
        groups.push(group);
    }
    Bundle {
        articles,
        groups,
        planted,
    }
}

/// Share of planted passages whose every carrier has a span holding the probe text, in one
/// passage or several.
fn planted_found(b: &Bundle, r: &Passages) -> f64 {
    let mut found = 0;
    for p in &b.planted {
        let ok = p.carriers.iter().all(|&a| {
            r.passages.iter().any(|q| {
                q.kind != Kind::Rewrite
                    && q.spans.iter().any(|s| {
                        s.article == a && b.articles[a].body[s.start..s.end].contains(&p.probe)
                    })
                    && q.articles().len() >= 2
            })
        });
        found += usize::from(ok);
    }
    found as f64 / b.planted.len().max(1) as f64
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(b: &Bundle, groups: &[Vec<usize>], threads: usize, runs: usize) -> (Duration, Passages) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let opts = Options::default();
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = pool.install(|| find(&b.articles, groups, &opts));
        times.push(t.elapsed());
        last = Some(r);
    }
    (median(times), last.expect("ran"))
}

fn report(name: &str, b: &Bundle, groups: &[Vec<usize>], runs: usize, check: bool) {
    let words: usize = b.articles.iter().map(|a| a.words()).sum();
    let mb = b.articles.iter().map(|a| a.body.len()).sum::<usize>() as f64 / 1e6;
    let threads = rayon::current_num_threads();
    let (t1, r1) = time(b, groups, 1, runs);
    eprintln!(
        "prof us (docs, seeds, align, cluster): {:?}",
        parallax::engine::passages::PROF
            .iter()
            .map(|x| x.swap(0, std::sync::atomic::Ordering::Relaxed) / runs as u64)
            .collect::<Vec<_>>()
    );
    let (tn, rn) = time(b, groups, threads, runs);
    assert_eq!(r1, rn, "same passages whatever the thread count");
    let kinds = |k: Kind| rn.passages.iter().filter(|p| p.kind == k).count();
    println!(
        "{name:<34} {:>7} articles {:>6.1} MB {:>9} words | 1 thread {:>8.1} ms | {threads} threads {:>8.1} ms ({:>5.1} ns/word) | {} passages ({} verbatim, {} near, {} rewrite, {} duplicate){}",
        b.articles.len(),
        mb,
        words,
        t1.as_secs_f64() * 1e3,
        tn.as_secs_f64() * 1e3,
        tn.as_secs_f64() * 1e9 / words as f64,
        rn.passages.len(),
        kinds(Kind::Verbatim),
        kinds(Kind::Near),
        kinds(Kind::Rewrite),
        kinds(Kind::Duplicate),
        if check {
            format!(" | planted found {:.1}%", planted_found(b, &rn) * 100.0)
        } else {
            String::new()
        }
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let large = args.iter().any(|a| a == "--large");
    let across = args.iter().any(|a| a == "--across");
    println!(
        "passage finding, release build, {} threads available",
        rayon::current_num_threads()
    );
    let only: Option<usize> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1)?.parse().ok());
    if only.is_none() {
        let one = generate(7, 1, 50, 50, (400, 900));
        report("one event of 50 articles", &one, &one.groups, 9, true);
    }
    for (n, runs) in [(1_000usize, 5usize), (10_000, 3)] {
        if only.is_some_and(|o| o != n) {
            continue;
        }
        // Events of 2 to 8 articles: 5 on average.
        let b = generate(11, n / 5, 2, 8, (200, 1500));
        report(
            &format!("{n} articles in events of 2-8"),
            &b,
            &b.groups,
            runs,
            true,
        );
        if across && n == 10_000 {
            let all = vec![(0..b.articles.len()).collect::<Vec<_>>()];
            report("10000 articles as one group", &b, &all, 1, false);
        }
    }
    if large {
        let b = generate(13, 20_000, 2, 8, (200, 1500));
        report("100000 articles in events of 2-8", &b, &b.groups, 1, true);
    }
}
