//! The synthetic bundle generator: deterministic, its truth consistent with its text, its
//! reports within bounds, and its bundles loadable by the engine.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use parallax::engine::bundle;
use parallax::synth::{generate, write, Coverage, Generated, Kind, Spec, SynthArticle};

const N: usize = 300;

fn sample() -> &'static Generated {
    static G: OnceLock<Generated> = OnceLock::new();
    G.get_or_init(|| generate(&Spec::new(N, 42)))
}

/// A fresh folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("parallax-synth-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn jaccard(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    a.intersection(&b).count() as f64 / a.union(&b).count().max(1) as f64
}

#[test]
fn same_seed_same_bundle_whatever_the_threads_and_another_seed_another() {
    let g = sample();
    let again = generate(&Spec::new(N, 42));
    assert!(*g == again, "two runs with one seed differ");
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| generate(&Spec::new(N, 42)));
    assert!(*g == one_thread, "the thread count changed the bundle");
    let other = generate(&Spec::new(N, 43));
    assert_eq!(other.articles.len(), N);
    let same = g
        .articles
        .iter()
        .zip(&other.articles)
        .filter(|(a, b)| a.text == b.text)
        .count();
    assert_eq!(same, 0, "another seed should write other reports");
    let titles: HashSet<&str> = g.articles.iter().map(|a| a.title.as_str()).collect();
    assert!(titles.len() > N / 2, "titles should vary: {}", titles.len());
}

#[test]
fn planted_passages_are_where_the_truth_says() {
    let g = sample();
    let mut kinds: HashMap<Kind, usize> = HashMap::new();
    for p in &g.truth.passages {
        *kinds.entry(p.kind).or_default() += 1;
        let arts: HashSet<u32> = p.spans.iter().map(|s| s.article).collect();
        assert!(arts.len() >= 2, "{p:?} is shared by one report");
        for s in &p.spans {
            let a = &g.articles[s.article as usize];
            assert_eq!(a.event, p.event, "a passage never crosses events");
            assert!(s.start < s.end && (s.end as usize) <= a.text.len());
            assert!(a.text.is_char_boundary(s.start as usize));
            assert!(a.text.is_char_boundary(s.end as usize));
            // Passages lie in the story, never in the page furniture.
            let first = a.paragraphs.first().unwrap().0;
            let last = a.paragraphs.last().unwrap().1;
            assert!(
                s.start >= first && s.end <= last,
                "{}: span outside the story",
                a.id
            );
            if p.kind != Kind::Duplicate {
                assert!(
                    a.paragraphs
                        .iter()
                        .any(|&(ps, pe)| ps <= s.start && s.end <= pe),
                    "{}: a passage runs across paragraphs",
                    a.id
                );
            }
        }
        let texts: Vec<&str> = p.spans.iter().map(|s| g.span_text(s)).collect();
        let n_words = texts
            .iter()
            .map(|t| t.split_whitespace().count())
            .max()
            .unwrap();
        assert!(n_words >= 8, "{texts:?}");
        match p.kind {
            Kind::Verbatim | Kind::Duplicate => {
                for t in &texts {
                    assert_eq!(*t, texts[0], "verbatim copies differ");
                }
            }
            Kind::Near => {
                assert!(
                    texts.iter().any(|t| *t != texts[0]),
                    "a near passage with equal copies"
                );
                for (i, a) in texts.iter().enumerate() {
                    for b in &texts[i + 1..] {
                        assert!(jaccard(a, b) >= 0.2, "near copies too far apart:\n{a}\n{b}");
                    }
                }
            }
            Kind::Rewrite => {
                // Each copy keeps the names and figures of at least one other.
                for (i, a) in texts.iter().enumerate() {
                    let best = texts
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .map(|(_, b)| jaccard(a, b))
                        .fold(0.0, f64::max);
                    assert!(best >= 0.1, "a rewrite shares nothing: {texts:?}");
                }
            }
        }
    }
    for k in [Kind::Verbatim, Kind::Near, Kind::Rewrite, Kind::Duplicate] {
        assert!(
            kinds.get(&k).copied().unwrap_or(0) > 0,
            "no {k:?} passage planted"
        );
    }
    // A quotation repeated in several outlets' own prose is recorded for each of them.
    let own_quotes = g.truth.passages.iter().filter(|p| {
        let own = p
            .spans
            .iter()
            .filter(|s| g.articles[s.article as usize].coverage == Coverage::Own);
        p.kind == Kind::Verbatim && !p.incidental && own.count() >= 2
    });
    assert!(own_quotes.count() > 10);
}

#[test]
fn reports_events_dates_and_lengths_are_in_range() {
    let g = sample();
    let spec = Spec::new(N, 42);
    assert_eq!(g.articles.len(), N);
    let ids: HashSet<&str> = g.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), N, "ids are unique");
    let mut total = 0;
    for a in &g.articles {
        let w = a.story_words();
        assert!(
            (spec.min_words..=spec.max_words).contains(&w),
            "{}: {w} words",
            a.id
        );
        total += w;
        let story: usize = a.paragraphs.iter().map(|(s, e)| (e - s) as usize).sum();
        assert!(a.text.len() > story, "a page has furniture");
        assert!(a.url.starts_with("https://"));
    }
    let mean = total / N;
    assert!((550..=950).contains(&mean), "mean length {mean}");
    let mut by_event: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, a) in g.articles.iter().enumerate() {
        by_event.entry(a.event).or_default().push(i);
    }
    assert_eq!(
        by_event.len(),
        g.truth.events.len(),
        "every event has reports"
    );
    let mut sizes = HashMap::new();
    for (e, arts) in &by_event {
        let ev = &g.truth.events[*e as usize];
        *sizes.entry(arts.len()).or_insert(0) += 1;
        assert!(arts.len() <= 9);
        let outlets: Vec<&str> = arts
            .iter()
            .filter(|&&i| g.articles[i].coverage != Coverage::Duplicate)
            .map(|&i| g.articles[i].outlet)
            .collect();
        let distinct: HashSet<&&str> = outlets.iter().collect();
        assert_eq!(
            distinct.len(),
            outlets.len(),
            "one outlet reports an event once"
        );
        for &i in arts {
            let lag = g.articles[i].date.days() - ev.date.days();
            assert!((0..=3).contains(&lag), "report {lag} days after its event");
        }
    }
    assert!(
        sizes.get(&1).copied().unwrap_or(0) > 0,
        "lone reports exist"
    );
    assert!(
        sizes.keys().any(|&k| k >= 5),
        "large events exist: {sizes:?}"
    );
    // Reports are numbered by date.
    assert!(g
        .articles
        .windows(2)
        .all(|w| w[0].date <= w[1].date && w[0].id < w[1].id));
    let first = g.articles[0].date.days();
    let last = g.articles[N - 1].date.days();
    assert!(
        last - first > 250,
        "dates spread over a year: {first}..{last}"
    );
    // Look-alikes: same topic and country, later.
    let twins: Vec<_> = g
        .truth
        .events
        .iter()
        .filter_map(|e| Some((e, &g.truth.events[e.twin_of? as usize])))
        .collect();
    assert!(!twins.is_empty());
    for (e, t) in twins {
        assert_eq!((e.topic, e.country), (t.topic, t.country));
        assert!(e.date > t.date);
    }
    for c in [
        Coverage::Own,
        Coverage::Rerun,
        Coverage::Rewrite,
        Coverage::Duplicate,
    ] {
        assert!(
            g.articles.iter().any(|a| a.coverage == c),
            "no {c:?} report"
        );
    }
}

#[test]
fn story_text_reads_as_prose() {
    let g = sample();
    for a in &g.articles {
        for &(s, e) in &a.paragraphs {
            let p = &a.text[s as usize..e as usize];
            assert!(!p.contains(['{', '}', '\u{1}', '\n']), "{}: {p}", a.id);
            assert!(
                !p.contains("  ") && !p.contains(" ,") && !p.contains(" ."),
                "{}: {p}",
                a.id
            );
            let slot = p
                .as_bytes()
                .windows(2)
                .any(|w| w[0] == b'$' && w[1].is_ascii_alphabetic());
            assert!(!slot, "{}: {p}", a.id);
            let first = p.chars().next().unwrap();
            let opens =
                first.is_uppercase() || first.is_ascii_digit() || "\"\u{201C}(".contains(first);
            assert!(opens, "{}: {p}", a.id);
        }
    }
    // Two events of one topic share the topic's words but not their places.
    let ev = &g.truth.events;
    let (a, b) = (0..ev.len())
        .flat_map(|i| (i + 1..ev.len()).map(move |j| (i, j)))
        .find(|&(i, j)| ev[i].topic == ev[j].topic && ev[i].country != ev[j].country)
        .expect("two events of one topic");
    let text_of = |e: usize| {
        let x = g.articles.iter().find(|x| x.event == e as u32).unwrap();
        let (s, e) = (
            x.paragraphs[0].0 as usize,
            x.paragraphs.last().unwrap().1 as usize,
        );
        &x.text[s..e]
    };
    assert!(text_of(a).contains(&ev[a].place) && !text_of(a).contains(&ev[b].place));
}

#[test]
fn generated_bundles_load_with_their_ids_and_fields() {
    let g = generate(&Spec::new(40, 7));
    let dir = TempDir::new("load");
    let txt = dir.0.join("articles");
    write::write_txt(&g, &txt).unwrap();
    write::write_truth(&g, &dir.0).unwrap();
    let loaded = bundle::load(&txt).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let want: HashMap<&str, &SynthArticle> =
        g.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    assert_eq!(loaded.articles.len(), g.articles.len());
    for a in &loaded.articles {
        let s = want
            .get(a.id.as_str())
            .unwrap_or_else(|| panic!("unknown id {}", a.id));
        assert_eq!(a.raw(), s.file_text());
    }
    // The truth is beside the reports, never among them.
    for e in std::fs::read_dir(&txt).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(name.ends_with(".txt"), "{name} among the reports");
    }
    let labels = std::fs::read_to_string(dir.0.join("labels.tsv")).unwrap();
    assert_eq!(labels.lines().count(), g.articles.len() + 1);

    let jsonl = dir.0.join("articles.jsonl");
    write::write_jsonl(&g, &jsonl).unwrap();
    let loaded = bundle::load(&jsonl).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.articles.len(), g.articles.len());
    for (a, s) in loaded.articles.iter().zip(&g.articles) {
        assert_eq!(a.id, s.id);
        assert_eq!(a.raw(), s.text);
        assert_eq!(a.title.as_deref(), Some(s.title.as_str()));
        assert_eq!(a.outlet.as_deref(), Some(s.outlet));
        assert_eq!(a.date, Some(s.date));
        assert_eq!(a.url.as_deref(), Some(s.url.as_str()));
    }
    // Truth spans are byte offsets into the JSON text field.
    let passages = std::fs::read_to_string(dir.0.join("passages.jsonl")).unwrap();
    let by_id: HashMap<&str, String> = loaded
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.raw().into_owned()))
        .collect();
    let mut checked = 0;
    for line in passages.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let ids = v["ids"].as_array().unwrap();
        for (k, (id, span)) in ids.iter().zip(v["spans"].as_array().unwrap()).enumerate() {
            let raw = &by_id[id.as_str().unwrap()];
            let (s, e) = (
                span[0].as_u64().unwrap() as usize,
                span[1].as_u64().unwrap() as usize,
            );
            let want = v["text"]
                .as_str()
                .or_else(|| v["texts"].get(k).and_then(|t| t.as_str()));
            if let Some(want) = want {
                assert_eq!(&raw[s..e], want);
                checked += 1;
            }
        }
    }
    assert!(checked > 20);
}

#[test]
fn the_command_writes_a_bundle_and_its_truth_beside_it() {
    let dir = TempDir::new("cli");
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_parallax-gen"))
            .args(["--articles", "25", "--seed", "3", "--out"])
            .arg(&dir.0)
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_dir(dir.0.join("articles")).unwrap().count(),
        25
    );
    for f in ["labels.tsv", "events.tsv", "passages.jsonl"] {
        assert!(dir.0.join(f).is_file(), "{f} missing");
    }
    // A second run refuses to overwrite without --force, and replaces with it.
    assert!(!run(&[]).status.success());
    assert!(run(&["--force"]).status.success());
    let articles = dir.0.join("articles");
    let into_bundle = run(&["--force", "--truth", articles.to_str().unwrap()]);
    assert!(
        !into_bundle.status.success(),
        "the truth never goes among the reports"
    );
    std::fs::write(dir.0.join("articles").join("notes.txt"), "mine").unwrap();
    assert!(
        !run(&["--force"]).status.success(),
        "a file it did not write stays"
    );
    assert!(dir.0.join("articles").join("notes.txt").exists());
}
