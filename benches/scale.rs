//! The scale benchmark: what a person waits for at 1k, 10k and 100k articles.
//!
//! `scripts/bench [SIZES...]` runs it (it installs fzf when it can); by hand,
//! `cargo bench --bench scale -- 1000 10000 100000`. For each size it writes a generated bundle
//! (fixed seed, text files) under `target/bench-bundles/` once, then measures it in a child
//! process of its own so that each size's peak memory is its own: the real background loader
//! feeding the real app, drawn into a test terminal after every message as the interface
//! would; then a typed query, keystroke by keystroke; then `fzf --filter` over the same titles
//! as a reference. Prints one column per size, per-article costs and ratios, since the shared
//! machines this runs on are noisy. Options: `--seed N`, `--dir PATH` (where bundles go),
//! `--keep` (keep the bundles; otherwise those over 100 MB are deleted after their run).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parallax::app::worker::spawn_loader;
use parallax::app::{update, Action, App, Data, Effect, Stage};
use parallax::engine::filter::{self, Corpus, Query, Session};
use parallax::engine::text::{normalize_word, word_ranges};
use parallax::synth::{generate, write, Spec};
use parallax::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use serde::{Deserialize, Serialize};

const WIDTH: u16 = 160;
const HEIGHT: u16 = 50;
/// Bundles bigger than this are deleted after their run unless `--keep` is given.
const KEEP_UP_TO: u64 = 100_000_000;

/// What one child measures for one size. Times in milliseconds.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Figures {
    articles: usize,
    bundle_bytes: u64,
    load_ms: f64,
    first_frame_ms: f64,
    events_ms: f64,
    index_ms: f64,
    passages_ms: f64,
    ready_ms: f64,
    /// CPU time (all threads) of the same stages: less at the mercy of other work on the
    /// machine than the wall-clock times.
    load_cpu_ms: f64,
    events_cpu_ms: f64,
    passages_cpu_ms: f64,
    ready_cpu_ms: f64,
    query: String,
    keystrokes: usize,
    echo_median_ms: f64,
    echo_worst_ms: f64,
    pass_median_ms: f64,
    pass_mean_ms: f64,
    pass_worst_ms: f64,
    list_median_ms: f64,
    list_mean_ms: f64,
    list_worst_ms: f64,
    /// A selection move (`j`) with the reader following, and its frame.
    move_median_ms: f64,
    move_worst_ms: f64,
    passages: usize,
    /// One bare SkimMatcherV2 pass over the titles per keystroke, on one thread.
    bare_median_ms: f64,
    bare_worst_ms: f64,
    /// The same with nucleo-matcher, for comparison.
    nucleo_median_ms: f64,
    nucleo_worst_ms: f64,
    /// `None` when fzf could not be run.
    fzf_median_ms: Option<f64>,
    fzf_worst_ms: Option<f64>,
    peak_bytes: u64,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        let n = args
            .get(1)
            .and_then(|a| a.parse().ok())
            .expect("article count");
        let path = PathBuf::from(args.get(2).expect("bundle path"));
        let figures = child(n, &path);
        println!("FIGURES {}", serde_json::to_string(&figures).unwrap());
        return;
    }
    let mut sizes = Vec::new();
    let mut seed = 1u64;
    let mut dir = default_dir();
    let mut keep = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => seed = it.next().and_then(|s| s.parse().ok()).expect("--seed N"),
            "--dir" => dir = PathBuf::from(it.next().expect("--dir PATH")),
            "--keep" => keep = true,
            // `cargo bench` adds `--bench`.
            s => sizes.extend(s.replace('_', "").parse::<usize>().ok()),
        }
    }
    if sizes.is_empty() {
        sizes = vec![1_000, 10_000];
    }
    println!(
        "scale benchmark: sizes {sizes:?}, seed {seed}, {} threads, terminal {WIDTH}x{HEIGHT}",
        rayon::current_num_threads()
    );
    match fzf() {
        Some(f) => println!("reference: {}", version(&f)),
        None => println!("reference: fzf not found on PATH, its columns are left empty"),
    }
    let mut all = Vec::new();
    for &n in &sizes {
        let bundle = dir.join(format!("{n}-seed{seed}"));
        ensure_bundle(n, seed, &bundle);
        let articles = bundle.join("articles");
        eprintln!("measuring {n} articles in a child process…");
        let out = Command::new(std::env::current_exe().unwrap())
            .arg("--child")
            .arg(n.to_string())
            .arg(&articles)
            .stderr(Stdio::inherit())
            .output()
            .expect("run the child");
        let text = String::from_utf8_lossy(&out.stdout);
        match text.lines().find_map(|l| l.strip_prefix("FIGURES ")) {
            Some(json) => all.push(serde_json::from_str::<Figures>(json).unwrap()),
            None => eprintln!("the child for {n} failed: {}", out.status),
        }
        if !keep && dir_size(&articles) > KEEP_UP_TO {
            let _ = std::fs::remove_dir_all(&bundle);
            eprintln!("deleted {} (pass --keep to keep it)", bundle.display());
        }
    }
    report(&all);
}

/// `target/bench-bundles`, outside the sources and ignored by git.
fn default_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench-bundles")
}

/// Writes the bundle of `n` reports for `seed` at `dir` unless an earlier run finished it.
fn ensure_bundle(n: usize, seed: u64, dir: &Path) {
    let done = dir.join("complete");
    if done.exists() {
        return;
    }
    let _ = std::fs::remove_dir_all(dir);
    let t = Instant::now();
    let g = generate(&Spec::new(n, seed));
    write::write_txt(&g, &dir.join("articles")).expect("write the bundle");
    std::fs::write(done, b"").expect("mark the bundle complete");
    eprintln!(
        "generated {n} articles in {:.1} s into {}",
        t.elapsed().as_secs_f64(),
        dir.display()
    );
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .map(|m| if m.is_file() { m.len() } else { 0 })
                .sum()
        })
        .unwrap_or(0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// One size, measured from this process's start: the loader and the app as the interface runs
/// them, then the filter.
fn child(n: usize, path: &Path) -> Figures {
    // As the binary does first thing, so the peak memory measured is the program's.
    parallax::memory::limit_allocator_arenas();
    let mut f = Figures {
        articles: n,
        bundle_bytes: dir_size(path),
        ..Figures::default()
    };
    let theme = Theme::default();
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    let mut app = App::new(path.display().to_string(), Rect::new(0, 0, WIDTH, HEIGHT));
    let (tx, rx) = mpsc::channel();
    let t0 = Instant::now();
    spawn_loader(
        Some(path.to_path_buf()),
        None,
        tx,
        Arc::new(AtomicBool::new(false)),
    );
    let cpu0 = cpu_ms();
    let mut started: HashMap<Stage, (Instant, f64)> = HashMap::new();
    let since = |s: &HashMap<Stage, (Instant, f64)>, stage| {
        let (t, c) = s.get(&stage).copied().unwrap_or((t0, cpu0));
        (ms(t.elapsed()), cpu_ms() - c)
    };
    for action in rx.iter() {
        let Action::Data(data) = &action else {
            continue;
        };
        match data {
            Data::Started(s) => {
                started.insert(*s, (Instant::now(), cpu_ms()));
            }
            Data::Bundle(b) => {
                (f.load_ms, f.load_cpu_ms) = since(&started, Stage::Load);
                assert_eq!(b.articles.len(), n, "articles loaded");
            }
            Data::Events(_) => (f.events_ms, f.events_cpu_ms) = since(&started, Stage::Events),
            Data::Done(Stage::Index) => f.index_ms = since(&started, Stage::Index).0,
            Data::Passages(_) => {
                (f.passages_ms, f.passages_cpu_ms) = since(&started, Stage::Passages)
            }
            Data::Failed(e) => panic!("loading failed: {e}"),
            _ => {}
        }
        let first = matches!(data, Data::Bundle(_));
        update(&mut app, action);
        ui::render(&mut terminal, &app, &theme).unwrap();
        if first {
            f.first_frame_ms = ms(t0.elapsed());
            assert!(!app.list.rows.is_empty(), "the first frame lists articles");
        }
    }
    f.ready_ms = ms(t0.elapsed());
    f.ready_cpu_ms = cpu_ms() - cpu0;
    assert!(!app.loading(), "every stage finished");
    eprintln!("  {n}: ready after {:.0} ms", f.ready_ms);

    let corpus = app.corpus.clone().expect("a corpus");
    let typed = typed_query(&app, &corpus);
    f.query = typed.clone();
    let (mut echo, mut pass, mut list) = (Vec::new(), Vec::new(), Vec::new());
    // As the filter thread does it: one session, narrowing from the passes before.
    let mut session = Session::new();
    update(&mut app, Action::StartFilter);
    for c in typed.chars() {
        let t = Instant::now();
        update(&mut app, Action::InsertChar(c));
        ui::render(&mut terminal, &app, &theme).unwrap();
        echo.push(ms(t.elapsed()));
        for e in std::mem::take(&mut app.effects) {
            let Effect::Filter {
                generation,
                query,
                corpus,
            } = e
            else {
                continue;
            };
            let t = Instant::now();
            let hits = session.filter(&corpus, &query, &|| false).unwrap();
            let d_pass = t.elapsed();
            let count = hits.len();
            update(&mut app, Action::Data(Data::Filtered { generation, hits }));
            let d_apply = t.elapsed();
            ui::render(&mut terminal, &app, &theme).unwrap();
            let d_list = t.elapsed();
            pass.push(ms(d_pass));
            list.push(ms(d_list));
            eprintln!(
                "  {n}: {:<40} {count:>7} hits  pass {:7.2} ms  taken in {:7.2} ms  drawn {:7.2} ms",
                format!("{:?}", app.filter.input),
                ms(d_pass),
                ms(d_apply - d_pass),
                ms(d_list - d_apply)
            );
        }
    }
    // Moving through the unfiltered list: each move lays out another article in the reader.
    update(&mut app, Action::Clear);
    let mut moves = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        update(&mut app, Action::MoveDown);
        ui::render(&mut terminal, &app, &theme).unwrap();
        moves.push(ms(t.elapsed()));
    }
    (f.move_median_ms, _, f.move_worst_ms) = stats(&moves);
    f.passages = app.passages.as_ref().map_or(0, |p| p.passages.len());
    f.keystrokes = pass.len();
    (f.echo_median_ms, _, f.echo_worst_ms) = stats(&echo);
    (f.pass_median_ms, f.pass_mean_ms, f.pass_worst_ms) = stats(&pass);
    (f.list_median_ms, f.list_mean_ms, f.list_worst_ms) = stats(&list);
    f.peak_bytes = peak_memory();

    let bare = bare_times(&corpus, &typed);
    (f.bare_median_ms, _, f.bare_worst_ms) = stats(&bare);
    let nucleo = nucleo_times(&corpus, &typed);
    (f.nucleo_median_ms, _, f.nucleo_worst_ms) = stats(&nucleo);

    if let Some(fzf) = fzf() {
        let times = fzf_times(&fzf, &corpus, &typed);
        if !times.is_empty() {
            let (m, _, w) = stats(&times);
            f.fzf_median_ms = Some(m);
            f.fzf_worst_ms = Some(w);
        }
    }
    f
}

/// The query typed at every size, taken from the bundle so that it means the same everywhere:
/// its most common long title word with a letter left out (a fuzzy term), the next most common
/// title word, a body word no title holds (a keyword term) and the first letters of the outlet
/// most of their matches come from (a qualifier).
fn typed_query(app: &App, corpus: &Corpus) -> String {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for i in 0..corpus.len() {
        let title = corpus.title(i).unwrap();
        for (s, e) in word_ranges(title) {
            let w = normalize_word(&title[s..e]);
            if w.len() >= 6 && w.chars().all(|c| c.is_ascii_lowercase()) {
                *counts.entry(w).or_default() += 1;
            }
        }
    }
    let mut common: Vec<(String, usize)> = counts.iter().map(|(w, c)| (w.clone(), *c)).collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let first = common.first().map_or("report".to_string(), |c| c.0.clone());
    let second = common.get(1).map_or("news".to_string(), |c| c.0.clone());
    let mut fuzzy = first.clone();
    fuzzy.remove(fuzzy.len() / 2);
    // A body word in about one article in fifty, long enough to be a real word, in no title.
    let target = (corpus.len() / 50).max(1);
    let keyword = corpus
        .words()
        .counts()
        .filter(|(w, c)| {
            *c > 1
                && w.len() >= 7
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !counts.contains_key(*w)
        })
        .min_by_key(|(w, c)| (c.abs_diff(target), *w))
        .map_or("report".to_string(), |(w, _)| w.to_string());
    let mut q = format!("{fuzzy} {second} {keyword}");
    // The commonest outlet among what the plain terms keep, by the start of its longest word.
    let kept = filter::filter(corpus, &Query::parse(&q), &|| false).unwrap_or_default();
    let mut outlets: HashMap<&str, usize> = HashMap::new();
    if let Some(b) = &app.bundle {
        for h in &kept {
            if let Some(o) = b.articles[h.article].outlet.as_deref() {
                *outlets.entry(o).or_default() += 1;
            }
        }
    }
    let outlet = outlets
        .into_iter()
        .max_by_key(|&(o, c)| (c, std::cmp::Reverse(o)))
        .and_then(|(o, _)| {
            let lower = o.to_lowercase();
            let word = lower.split_whitespace().max_by_key(|w| w.len())?;
            Some(word.chars().take(4).collect::<String>())
        });
    if let Some(o) = outlet {
        q.push_str(&format!(" outlet:{o}"));
    }
    q
}

/// Median, mean and worst.
fn stats(v: &[f64]) -> (f64, f64, f64) {
    if v.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    (
        s[s.len() / 2],
        s.iter().sum::<f64>() / s.len() as f64,
        s[s.len() - 1],
    )
}

/// CPU time this process has used so far, all threads, in milliseconds (Linux counts it in
/// ticks of 10 ms for user programs).
fn cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces;
    // utime and stime are the 12th and 13th of them.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: u64 = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse::<u64>().ok())
        .sum();
    ticks as f64 * 10.0
}

/// This process's peak resident memory (VmHWM), in bytes.
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// The plain terms our filter sees at each keystroke of `typed`, skipping repeats.
fn plain_prefixes(typed: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for end in (1..=typed.len()).filter(|&e| typed.is_char_boundary(e)) {
        let terms: Vec<String> = Query::parse(&typed[..end])
            .plain()
            .map(str::to_string)
            .collect();
        if !terms.is_empty() && out.last() != Some(&terms) {
            out.push(terms);
        }
    }
    out
}

/// The reference the issue gives for fuzzy-matcher itself: a bare SkimMatcherV2 pass over
/// every title, all plain terms required, on one thread, with no prefilter and no memory of
/// earlier keystrokes.
fn bare_times(corpus: &Corpus, typed: &str) -> Vec<f64> {
    use fuzzy_matcher::skim::SkimMatcherV2;
    use fuzzy_matcher::FuzzyMatcher;
    let titles: Vec<&str> = (0..corpus.len()).filter_map(|i| corpus.title(i)).collect();
    let matcher = SkimMatcherV2::default();
    plain_prefixes(typed)
        .into_iter()
        .map(|terms| {
            let t = Instant::now();
            let hits = titles
                .iter()
                .filter(|title| {
                    terms
                        .iter()
                        .all(|p| matcher.fuzzy_match(title, p).is_some())
                })
                .count();
            std::hint::black_box(hits);
            ms(t.elapsed())
        })
        .collect()
}

/// [`bare_times`] with nucleo-matcher (smart case, as SkimMatcherV2 is set up here), the
/// matcher to consider should fuzzy-matcher fall short.
fn nucleo_times(corpus: &Corpus, typed: &str) -> Vec<f64> {
    use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
    use nucleo_matcher::{Config, Matcher, Utf32Str};
    let titles: Vec<&str> = (0..corpus.len()).filter_map(|i| corpus.title(i)).collect();
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    plain_prefixes(typed)
        .into_iter()
        .map(|terms| {
            let t = Instant::now();
            let pattern =
                Pattern::parse(&terms.join(" "), CaseMatching::Smart, Normalization::Never);
            let hits = titles
                .iter()
                .filter(|title| {
                    pattern
                        .score(Utf32Str::new(title, &mut buf), &mut matcher)
                        .is_some()
                })
                .count();
            std::hint::black_box(hits);
            ms(t.elapsed())
        })
        .collect()
}

/// fzf, from `PARALLAX_FZF` or the PATH.
fn fzf() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PARALLAX_FZF") {
        return Some(PathBuf::from(p));
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join("fzf"))
        .find(|p| p.is_file())
}

fn version(fzf: &Path) -> String {
    Command::new(fzf)
        .arg("--version")
        .output()
        .map(|o| format!("fzf {}", String::from_utf8_lossy(&o.stdout).trim()))
        .unwrap_or_else(|e| format!("fzf unusable: {e}"))
}

/// `fzf --filter` over the titles for each keystroke of `typed`, with the plain terms that our
/// filter sees at that keystroke (fzf has no qualifiers): process start, reading the titles,
/// matching and sorting, as a person running it would wait for.
fn fzf_times(fzf: &Path, corpus: &Corpus, typed: &str) -> Vec<f64> {
    let titles: String = (0..corpus.len())
        .map(|i| corpus.title(i).unwrap().replace('\n', " ") + "\n")
        .collect();
    let file = std::env::temp_dir().join(format!("parallax-bench-titles-{}", std::process::id()));
    if std::fs::write(&file, titles).is_err() {
        return Vec::new();
    }
    let mut times = Vec::new();
    for terms in plain_prefixes(typed) {
        let query = terms.join(" ");
        let t = Instant::now();
        let out = Command::new(fzf)
            .arg("--filter")
            .arg(&query)
            .stdin(std::fs::File::open(&file).unwrap())
            .stdout(Stdio::piped())
            .output();
        let d = ms(t.elapsed());
        match out {
            Ok(o) => {
                let hits = o.stdout.iter().filter(|&&b| b == b'\n').count();
                eprintln!(
                    "  fzf: {:<40} {hits:>7} hits  {d:7.2} ms",
                    format!("{query:?}")
                );
                times.push(d);
            }
            Err(e) => {
                eprintln!("  fzf failed: {e}");
                break;
            }
        }
    }
    let _ = std::fs::remove_file(&file);
    times
}

fn report(all: &[Figures]) {
    if all.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    let head: Vec<String> = all.iter().map(|f| format!("{:>12}", f.articles)).collect();
    let _ = writeln!(out, "\n{:<34}{}", "articles", head.join(""));
    let row = |out: &mut std::io::StdoutLock, name: &str, cell: &dyn Fn(&Figures) -> String| {
        let cells: Vec<String> = all.iter().map(|f| format!("{:>12}", cell(f))).collect();
        let _ = writeln!(out, "{name:<34}{}", cells.join(""));
    };
    let mb = |b: u64| format!("{:.1}", b as f64 / 1e6);
    let t = |v: f64| format!("{v:.1}");
    let per_k = |v: f64, n: usize| format!("{:.1}", v * 1000.0 / n.max(1) as f64);
    row(&mut out, "bundle size (MB)", &|f| mb(f.bundle_bytes));
    row(&mut out, "load + clean (ms)", &|f| t(f.load_ms));
    row(&mut out, "  per 1k articles", &|f| {
        per_k(f.load_ms, f.articles)
    });
    row(&mut out, "  cpu, all threads (ms)", &|f| t(f.load_cpu_ms));
    row(&mut out, "first frame drawn (ms)", &|f| t(f.first_frame_ms));
    row(&mut out, "event grouping (ms)", &|f| t(f.events_ms));
    row(&mut out, "  per 1k articles", &|f| {
        per_k(f.events_ms, f.articles)
    });
    row(&mut out, "  cpu, all threads (ms)", &|f| t(f.events_cpu_ms));
    row(&mut out, "body word index (ms)", &|f| t(f.index_ms));
    row(&mut out, "passage finding (ms)", &|f| t(f.passages_ms));
    row(&mut out, "  cpu, all threads (ms)", &|f| {
        t(f.passages_cpu_ms)
    });
    row(&mut out, "  passages found", &|f| f.passages.to_string());
    row(&mut out, "  per 1k articles", &|f| {
        per_k(f.passages_ms, f.articles)
    });
    row(&mut out, "everything ready (ms)", &|f| t(f.ready_ms));
    row(&mut out, "  cpu, all threads (ms)", &|f| t(f.ready_cpu_ms));
    row(&mut out, "peak memory (MB)", &|f| mb(f.peak_bytes));
    row(&mut out, "  peak / bundle size", &|f| {
        format!("{:.2}", f.peak_bytes as f64 / f.bundle_bytes.max(1) as f64)
    });
    row(&mut out, "keystrokes measured", &|f| {
        f.keystrokes.to_string()
    });
    row(&mut out, "key echoed + frame, median (ms)", &|f| {
        format!("{:.2}", f.echo_median_ms)
    });
    row(&mut out, "key echoed + frame, worst (ms)", &|f| {
        format!("{:.2}", f.echo_worst_ms)
    });
    row(&mut out, "filter pass, median (ms)", &|f| {
        t(f.pass_median_ms)
    });
    row(&mut out, "filter pass, worst (ms)", &|f| t(f.pass_worst_ms));
    row(&mut out, "filtered list drawn, median (ms)", &|f| {
        t(f.list_median_ms)
    });
    row(&mut out, "filtered list drawn, mean (ms)", &|f| {
        t(f.list_mean_ms)
    });
    row(&mut out, "filtered list drawn, worst (ms)", &|f| {
        t(f.list_worst_ms)
    });
    row(&mut out, "move selection + frame, median", &|f| {
        format!("{:.2}", f.move_median_ms)
    });
    row(&mut out, "move selection + frame, worst", &|f| {
        format!("{:.2}", f.move_worst_ms)
    });
    let ratio = |a: f64, b: Option<f64>| {
        b.filter(|b| *b > 0.0)
            .map_or("-".to_string(), |b| format!("{:.2}", a / b))
    };
    row(&mut out, "bare matcher pass, 1 thread, median", &|f| {
        t(f.bare_median_ms)
    });
    row(&mut out, "bare matcher pass, 1 thread, worst", &|f| {
        t(f.bare_worst_ms)
    });
    row(&mut out, "  list drawn / bare pass, median", &|f| {
        ratio(f.list_median_ms, Some(f.bare_median_ms))
    });
    row(&mut out, "nucleo-matcher pass, 1 thread, median", &|f| {
        t(f.nucleo_median_ms)
    });
    row(&mut out, "nucleo-matcher pass, 1 thread, worst", &|f| {
        t(f.nucleo_worst_ms)
    });
    row(&mut out, "  bare skim pass / nucleo, median", &|f| {
        ratio(f.bare_median_ms, Some(f.nucleo_median_ms))
    });
    let opt = |v: Option<f64>| v.map_or("-".to_string(), t);
    row(&mut out, "fzf --filter, median (ms)", &|f| {
        opt(f.fzf_median_ms)
    });
    row(&mut out, "fzf --filter, worst (ms)", &|f| {
        opt(f.fzf_worst_ms)
    });
    row(&mut out, "  list drawn / fzf, median", &|f| {
        ratio(f.list_median_ms, f.fzf_median_ms)
    });
    row(&mut out, "  list drawn / fzf, worst", &|f| {
        ratio(f.list_worst_ms, f.fzf_worst_ms)
    });
    for f in all {
        let _ = writeln!(out, "query typed at {}: {:?}", f.articles, f.query);
    }
}
