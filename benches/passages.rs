//! Passage finding at scale, on bundles from the generator (`parallax::synth`, seeded), scored
//! against the passages it planted.
//!
//! `cargo bench --bench passages` prints, for one event of 50 articles and for bundles of 1,000
//! and 10,000 articles (100,000 with `-- --large`): the time to find passages, tokenising
//! included, with 1 thread and with all threads (medians of a few runs, wall and CPU time;
//! `-- --10k` runs only the 10,000-article bundle), the passages found,
//! and recall and precision against the generator's truth. Loading and cleaning are timed on
//! their own line and not counted in the passage time. Articles are grouped by the generator's
//! events, so the figures are those of the passage finder alone, not of event grouping.
//!
//! `SHOW_MISSED=N` and `SHOW_WRONG=N` print the first N planted passages missed and found
//! spans outside the truth.
//!
//! Recall: a planted passage is found when, for every two articles carrying it, the passages
//! found between those two articles cover at least half of its text in both (a rewritten wire
//! paragraph may come back as several sentence-level rewrites). Verbatim and near passages
//! must come back as verbatim, near or duplicate; rewrites as any kind; duplicates as
//! `duplicate_of`. Precision: the share of the bytes of found spans, counted for every two
//! articles a found passage links, that lies in passages planted in both articles.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use parallax::engine::bundle;
use parallax::engine::passages::{find, Kind, Options, Passages};
use parallax::engine::Article;
use parallax::synth::{self, Generated, Spec};

/// The generator's output as the loader reads it: one JSON Lines file, so that span offsets
/// (into each record's text field) are the truth's offsets.
fn load(g: &Generated) -> (Vec<Article>, Duration) {
    let mut bytes = Vec::new();
    synth::write::jsonl_to(g, &mut bytes).expect("writes to memory");
    let t = Instant::now();
    let b = bundle::from_bytes(Path::new("generated.jsonl"), bytes);
    let took = t.elapsed();
    assert_eq!(b.articles.len(), g.articles.len(), "every report loads");
    for (a, s) in b.articles.iter().zip(&g.articles) {
        assert_eq!(a.id, s.id, "reports load in order");
    }
    (b.articles, took)
}

fn groups(g: &Generated) -> Vec<Vec<usize>> {
    let mut by_event: Vec<Vec<usize>> = vec![Vec::new(); g.truth.events.len()];
    for (i, a) in g.articles.iter().enumerate() {
        by_event[a.event as usize].push(i);
    }
    by_event.retain(|v| !v.is_empty());
    by_event
}

/// Bytes of `x` covered by the union of `ys`.
fn covered(x: (usize, usize), ys: &[(usize, usize)]) -> usize {
    let mut r: Vec<(usize, usize)> = ys
        .iter()
        .map(|&(s, e)| (s.max(x.0), e.min(x.1)))
        .filter(|&(s, e)| s < e)
        .collect();
    r.sort_unstable();
    let (mut total, mut end) = (0, 0);
    for (s, e) in r {
        let s = s.max(end);
        if e > s {
            total += e - s;
        }
        end = end.max(e);
    }
    total
}

/// Found spans as raw byte ranges (offsets into the text field), per article, per passage.
/// Byte ranges of one article.
type Ranges = Vec<(usize, usize)>;

fn found_ranges(articles: &[Article], r: &Passages) -> Vec<Vec<(usize, Ranges)>> {
    r.passages
        .iter()
        .map(|p| {
            p.articles()
                .into_iter()
                .map(|a| {
                    let rs = p
                        .spans_of(a)
                        .map(|s| {
                            let x = articles[a].body_to_raw_range(s.start..s.end);
                            (x.start, x.end)
                        })
                        .collect();
                    (a, rs)
                })
                .collect()
        })
        .collect()
}

#[derive(Default)]
struct Score {
    /// (found, planted) per kind: verbatim, near, rewrite, duplicate.
    recall: [(usize, usize); 4],
    /// (right, all) bytes of spans linked by found passages, per kind.
    precision: [(usize, usize); 4],
}

fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Verbatim => 0,
        Kind::Near => 1,
        Kind::Rewrite => 2,
        Kind::Duplicate => 3,
    }
}

fn score(g: &Generated, articles: &[Article], r: &Passages) -> Score {
    let found = found_ranges(articles, r);
    // (article a, article b) → for each found passage linking them, its ranges in a and in b.
    type Links = Vec<(Kind, Ranges, Ranges)>;
    let mut between: HashMap<(usize, usize), Links> = HashMap::new();
    for (p, f) in r.passages.iter().zip(&found) {
        for x in 0..f.len() {
            for y in x + 1..f.len() {
                let e = between.entry((f[x].0, f[y].0)).or_default();
                e.push((p.kind, f[x].1.clone(), f[y].1.clone()));
            }
        }
    }
    let mut s = Score::default();
    let show_missed: usize = std::env::var("SHOW_MISSED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut missed_shown = 0;
    for p in &g.truth.passages {
        let k = kind_index(p.kind);
        s.recall[k].1 += 1;
        let ok = if p.kind == Kind::Duplicate {
            let (x, y) = (p.spans[0].article as usize, p.spans[1].article as usize);
            r.duplicate_of[x] == Some(y)
                || r.duplicate_of[y] == Some(x)
                || (r.duplicate_of[x].is_some() && r.duplicate_of[x] == r.duplicate_of[y])
        } else {
            let mut ok = true;
            for (i, x) in p.spans.iter().enumerate() {
                for y in &p.spans[i + 1..] {
                    if x.article == y.article {
                        continue;
                    }
                    let (x, y) = if x.article < y.article {
                        (x, y)
                    } else {
                        (y, x)
                    };
                    let links = between.get(&(x.article as usize, y.article as usize));
                    let usable = |kind: Kind| p.kind == Kind::Rewrite || kind != Kind::Rewrite;
                    let (mut ra, mut rb) = (Vec::new(), Vec::new());
                    for (kind, a, b) in links.into_iter().flatten() {
                        if usable(*kind) {
                            ra.extend_from_slice(a);
                            rb.extend_from_slice(b);
                        }
                    }
                    let xr = (x.start as usize, x.end as usize);
                    let yr = (y.start as usize, y.end as usize);
                    if covered(xr, &ra) * 2 < xr.1 - xr.0 || covered(yr, &rb) * 2 < yr.1 - yr.0 {
                        ok = false;
                    }
                }
            }
            ok
        };
        s.recall[k].0 += usize::from(ok);
        if !ok && missed_shown < show_missed {
            missed_shown += 1;
            println!("  missed {:?}:", p.kind);
            for sp in &p.spans {
                println!("    [{}] {:?}", sp.article, g.span_text(sp));
            }
        }
    }
    // Planted spans per article: (passage, range).
    let mut planted_in: Vec<Vec<(usize, (usize, usize))>> = vec![Vec::new(); articles.len()];
    for (i, p) in g.truth.passages.iter().enumerate() {
        for sp in &p.spans {
            planted_in[sp.article as usize].push((i, (sp.start as usize, sp.end as usize)));
        }
    }
    // What of article `a`'s ranges lies in passages planted in both `a` and `b`.
    let inside = |a: usize, b: usize, rs: &[(usize, usize)]| -> usize {
        let ys: Vec<(usize, usize)> = planted_in[a]
            .iter()
            .filter(|(i, _)| planted_in[b].iter().any(|(j, _)| j == i))
            .map(|(_, y)| *y)
            .collect();
        rs.iter().map(|&x| covered(x, &ys)).sum()
    };
    let len = |rs: &[(usize, usize)]| rs.iter().map(|r| r.1 - r.0).sum::<usize>();
    let show = std::env::var("SHOW_WRONG")
        .ok()
        .and_then(|v| v.parse::<usize>().ok());
    let mut shown = 0;
    for (p, f) in r.passages.iter().zip(&found) {
        let k = kind_index(p.kind);
        for x in 0..f.len() {
            for y in x + 1..f.len() {
                let ((a, ra), (b, rb)) = (&f[x], &f[y]);
                let right = inside(*a, *b, ra) + inside(*b, *a, rb);
                let all = len(ra) + len(rb);
                s.precision[k].1 += all;
                s.precision[k].0 += right;
                if show.is_some_and(|n| shown < n) && right * 2 < all {
                    shown += 1;
                    println!("  wrong {:?}:", p.kind);
                    for (art, rs) in [(a, ra), (b, rb)] {
                        for &(s0, e0) in rs {
                            println!("    [{art}] {:?}", &articles[*art].raw()[s0..e0]);
                        }
                    }
                }
            }
        }
    }
    s
}

/// CPU time used so far by the whole process (every thread), from `/proc` on Linux; zero
/// elsewhere. Wall times are noisy on a shared machine, CPU time much less so.
fn cpu_time() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // Fields after the command name (which may hold spaces): utime and stime are the 12th
    // and 13th, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    Duration::from_millis(f.iter().sum::<u64>() * 10)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Median wall time, median CPU time and the result of `runs` runs.
fn time(
    articles: &[Article],
    groups: &[Vec<usize>],
    threads: usize,
    runs: usize,
) -> (Duration, Duration, Passages) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let opts = Options::default();
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let (t, c) = (Instant::now(), cpu_time());
        let r = pool.install(|| find(articles, groups, &opts));
        times.push(t.elapsed());
        cpu.push(cpu_time().saturating_sub(c));
        last = Some(r);
    }
    (median(times), median(cpu), last.expect("ran"))
}

fn pct((a, b): (usize, usize)) -> String {
    if b == 0 {
        "   -  ".into()
    } else {
        format!("{:5.1}%", a as f64 * 100.0 / b as f64)
    }
}

fn report(name: &str, g: &Generated, runs: usize) {
    let (articles, load_time) = load(g);
    let groups = groups(g);
    let words: usize = articles.iter().map(|a| a.words()).sum();
    let mb = articles.iter().map(|a| a.raw_len()).sum::<usize>() as f64 / 1e6;
    let threads = rayon::current_num_threads();
    let (t1, c1, r1) = time(&articles, &groups, 1, runs);
    let (tn, cn, rn) = time(&articles, &groups, threads, runs);
    assert_eq!(r1, rn, "same passages whatever the thread count");
    let kinds = |k: Kind| rn.passages.iter().filter(|p| p.kind == k).count();
    println!(
        "{name}: {} articles, {mb:.1} MB of text, {words} body words, {} events",
        articles.len(),
        groups.len()
    );
    println!(
        "  load and clean (not counted below): {:8.1} ms",
        load_time.as_secs_f64() * 1e3
    );
    println!(
        "  passages, 1 thread: {:8.1} ms | {threads} threads: {:8.1} ms ({:.1} ns per word, {:.2}x)",
        t1.as_secs_f64() * 1e3,
        tn.as_secs_f64() * 1e3,
        tn.as_secs_f64() * 1e9 / words.max(1) as f64,
        t1.as_secs_f64() / tn.as_secs_f64().max(1e-9),
    );
    println!(
        "  passages, CPU time: 1 thread {:8.1} ms | {threads} threads {:8.1} ms",
        c1.as_secs_f64() * 1e3,
        cn.as_secs_f64() * 1e3,
    );
    println!(
        "  found {} passages: {} verbatim, {} near, {} rewrite, {} duplicate",
        rn.passages.len(),
        kinds(Kind::Verbatim),
        kinds(Kind::Near),
        kinds(Kind::Rewrite),
        kinds(Kind::Duplicate),
    );
    let s = score(g, &articles, &rn);
    let total = |v: &[(usize, usize); 4], take: &[usize]| {
        take.iter()
            .fold((0, 0), |(a, b), &k| (a + v[k].0, b + v[k].1))
    };
    println!(
        "  recall vs planted: all {} ({} passages) | verbatim {} near {} rewrite {} duplicate {} | verbatim+near {}",
        pct(total(&s.recall, &[0, 1, 2, 3])),
        total(&s.recall, &[0, 1, 2, 3]).1,
        pct(s.recall[0]),
        pct(s.recall[1]),
        pct(s.recall[2]),
        pct(s.recall[3]),
        pct(total(&s.recall, &[0, 1])),
    );
    println!(
        "  precision (bytes of linked spans): all {} | verbatim {} near {} rewrite {} duplicate {}",
        pct(total(&s.precision, &[0, 1, 2, 3])),
        pct(s.precision[0]),
        pct(s.precision[1]),
        pct(s.precision[2]),
        pct(s.precision[3]),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let large = args.iter().any(|a| a == "--large");
    println!(
        "passage finding, release build, {} threads available",
        rayon::current_num_threads()
    );
    // One event of 50 reports: the generator's biggest events have 8, so fifty reports of one
    // day and place are the closest stand-in; timed as one group.
    let g = synth::generate(&Spec::new(50, 3));
    let (articles, _) = load(&g);
    let all = vec![(0..articles.len()).collect::<Vec<usize>>()];
    let (t1, _, _) = time(&articles, &all, 1, 9);
    let (tn, _, _) = time(&articles, &all, rayon::current_num_threads(), 9);
    println!(
        "50 articles as one group: 1 thread {:.1} ms | all threads {:.1} ms",
        t1.as_secs_f64() * 1e3,
        tn.as_secs_f64() * 1e3
    );
    let only_small = args.iter().any(|a| a == "--small");
    // Only the 10,000-article bundle (for profiling it).
    let only_10k = args.iter().any(|a| a == "--10k");
    let mut sizes = vec![(1_000usize, 5usize)];
    if only_10k {
        sizes.clear();
    }
    if !only_small {
        sizes.push((10_000, 3));
    }
    if large {
        sizes.push((100_000, 1));
    }
    for (n, runs) in sizes {
        let t = Instant::now();
        let g = synth::generate(&Spec::new(n, 7));
        println!(
            "\n(generated {n} articles in {:.1} s)",
            t.elapsed().as_secs_f64()
        );
        report(&format!("{n} articles"), &g, runs);
    }
}
