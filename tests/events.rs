//! Event grouping through the public API: its guarantees (every article once, biggest first,
//! stable ids, no chaining, time, near-duplicates) and the `events` command's contract.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;

use parallax::engine::events::{self, group, group_with, similar_pairs, Event, Options};
use parallax::engine::{bundle, Article, Date};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events/articles.jsonl")
}

fn article(id: &str, title: Option<&str>, body: &str, date: Option<&str>) -> Article {
    Article {
        id: id.into(),
        title: title.map(Into::into),
        body: body.into(),
        date: date.and_then(Date::parse_iso),
        ..Default::default()
    }
}

/// Index of the event holding article `i`.
fn event_of(evs: &[Event], i: usize) -> usize {
    evs.iter().position(|e| e.articles.contains(&i)).unwrap()
}

#[test]
fn every_article_in_exactly_one_event_biggest_first() {
    let b = bundle::load(&fixture()).unwrap();
    let evs = group(&b.articles);
    let mut seen = vec![0; b.articles.len()];
    for e in &evs {
        assert!(!e.articles.is_empty());
        for &a in &e.articles {
            seen[a] += 1;
        }
    }
    assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
    assert!(evs
        .windows(2)
        .all(|w| w[0].articles.len() >= w[1].articles.len()));
    let ids: HashSet<&str> = evs.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), evs.len(), "event ids are unique");
    assert!(group(&[]).is_empty());
}

#[test]
fn same_bundle_same_events_whatever_the_thread_count() {
    let b = bundle::load(&fixture()).unwrap();
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| group(&b.articles))
    };
    let one = run(1);
    assert_eq!(one, run(4));
    assert_eq!(one, run(3));
    assert_eq!(one, group(&b.articles));
}

#[test]
fn the_sample_is_one_event_with_its_near_duplicates() {
    // Five reports of one story, two of them (002 and 004) the same report scraped twice.
    let b = bundle::sample();
    let evs = group(&b.articles);
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(evs[0].articles.len(), 5);
}

#[test]
fn a_near_duplicate_joins_its_original() {
    let b = bundle::load(&fixture()).unwrap();
    let mut articles = b.articles.clone();
    // A lone article, scraped a second time with a different headline and a trimmed ending.
    let lone = articles
        .iter()
        .position(|a| {
            a.title.as_deref() == Some("Council approves new cycle lanes on Station Road")
        })
        .unwrap();
    let mut copy = articles[lone].clone();
    copy.id = "copy".into();
    copy.title = Some("Station Road to get cycle lanes".into());
    copy.outlet = Some("aggregator.example".into());
    let cut = copy.body.rfind('.').unwrap_or(copy.body.len());
    copy.body.truncate(cut);
    articles.push(copy);
    let evs = group(&articles);
    let e = &evs[event_of(&evs, lone)];
    assert_eq!(e.articles.len(), 2, "{e:?}");
    assert!(e.articles.contains(&(articles.len() - 1)));
}

/// Reports built from a cast of names around function words only: articles sharing names are
/// similar, articles sharing none are unrelated.
fn report(id: &str, names: &[&str]) -> Article {
    let body = names
        .iter()
        .map(|n| format!("It was {n} who was there with {n}."))
        .collect::<Vec<_>>()
        .join(" ");
    article(id, None, &body, Some("2024-05-01"))
}

#[test]
fn a_bridge_article_does_not_chain_unrelated_stories() {
    // A and B share four names; B and C share one. A and C share none.
    let articles = vec![
        report(
            "a",
            &["Arvelo", "Brindisi", "Castellan", "Dunmore", "Eskola"],
        ),
        report(
            "b",
            &["Arvelo", "Brindisi", "Castellan", "Dunmore", "Fairweather"],
        ),
        report(
            "c",
            &[
                "Fairweather",
                "Galbraith",
                "Holloway",
                "Ingersoll",
                "Jarvinen",
            ],
        ),
        // Background, so that names are rare words and the shared phrasing is common.
        report("d", &["Kowalczyk", "Lindqvist"]),
        report("e", &["Montague", "Nakamura"]),
        report("f", &["Okonkwo", "Pellegrini"]),
    ];
    let opts = Options::default();
    let pairs = similar_pairs(&articles, &opts);
    let sim = |x: usize, y: usize| {
        pairs
            .iter()
            .find(|p| (p.0, p.1) == (x.min(y), x.max(y)))
            .map_or(0.0, |p| p.2 as f64)
    };
    // The premise: single link at the grouping's own threshold would chain A, B and C.
    assert!(sim(0, 1) >= opts.threshold, "A~B {}", sim(0, 1));
    assert!(sim(1, 2) >= opts.threshold, "B~C {}", sim(1, 2));
    assert!(
        sim(0, 2) < opts.threshold / 4.0,
        "A and C unrelated {}",
        sim(0, 2)
    );
    let evs = group(&articles);
    assert_eq!(event_of(&evs, 0), event_of(&evs, 1));
    assert_ne!(event_of(&evs, 1), event_of(&evs, 2), "{evs:?}");
}

#[test]
fn a_chain_of_loosely_linked_reports_is_not_one_event() {
    // Each report shares two of its names with the next and none with any other.
    let cast: Vec<String> = (0..20)
        .map(|i| format!("Name{}x", (b'a' + i as u8) as char))
        .collect();
    let articles: Vec<Article> = (0..8)
        .map(|k| {
            let names: Vec<&str> = cast[2 * k..2 * k + 4].iter().map(String::as_str).collect();
            report(&format!("r{k}"), &names)
        })
        .collect();
    let opts = Options::default();
    let pairs = similar_pairs(&articles, &opts);
    for k in 0..7 {
        let s = pairs
            .iter()
            .find(|p| (p.0, p.1) == (k, k + 1))
            .map_or(0.0, |p| p.2);
        assert!(s as f64 >= opts.threshold, "{k}~{}: {s}", k + 1);
    }
    assert!(pairs
        .iter()
        .all(|p| p.1 - p.0 == 1 || (p.2 as f64) < opts.threshold));
    // Single link would make one event of eight; no event may reach from one end to the
    // other, nor hold two reports that share nothing and have no strong bridge.
    let evs = group(&articles);
    let biggest = evs.iter().map(|e| e.articles.len()).max().unwrap();
    assert!(biggest <= 3, "{evs:?}");
}

#[test]
fn time_splits_similar_stories_and_undated_reports_group_by_content() {
    let text = "Storm Kestrel flooded the harbour of Port Alder, and the Alder river burst \
                its banks near Millbrook. Mayor Ines Doyle said 200 homes in Millbrook were \
                evacuated.";
    let articles = vec![
        article(
            "a1",
            Some("Storm Kestrel floods Port Alder"),
            text,
            Some("2023-02-10"),
        ),
        article(
            "a2",
            Some("Port Alder under water"),
            text,
            Some("2023-02-11"),
        ),
        // The same kind of story in the same town, a year later.
        article(
            "b1",
            Some("Storm Kestrel floods Port Alder"),
            text,
            Some("2024-02-10"),
        ),
        article(
            "b2",
            Some("Port Alder under water"),
            text,
            Some("2024-02-12"),
        ),
        // Undated: placed by what it says.
        article(
            "u",
            Some("Millbrook evacuated as Alder bursts banks"),
            text,
            None,
        ),
        article(
            "x",
            Some("Chess olympiad opens in Tallinn"),
            "Grandmasters from 180 countries arrived in Tallinn for the chess olympiad.",
            Some("2023-02-10"),
        ),
    ];
    let evs = group(&articles);
    assert_eq!(event_of(&evs, 0), event_of(&evs, 1));
    assert_eq!(event_of(&evs, 2), event_of(&evs, 3));
    assert_ne!(
        event_of(&evs, 0),
        event_of(&evs, 2),
        "a year apart: {evs:?}"
    );
    assert_ne!(event_of(&evs, 5), event_of(&evs, 0));
    let with_u = &evs[event_of(&evs, 4)];
    assert!(
        with_u.articles.len() > 1,
        "the undated report joins a story: {evs:?}"
    );
    // The date range covers the dated members only.
    let e = &evs[event_of(&evs, 2)];
    assert!(e.first_date <= Date::parse_iso("2024-02-10") || e.articles.contains(&4));
    assert!(e.last_date >= Date::parse_iso("2024-02-12"));
}

#[test]
fn labels_are_central_titles_or_key_terms() {
    let b = bundle::load(&fixture()).unwrap();
    let evs = group(&b.articles);
    for e in &evs {
        // A real title of a member, shortened if long.
        let central = b.articles[e.articles[0]].title.as_deref().unwrap();
        let stem = e.label.trim_end_matches('…');
        assert!(central.starts_with(stem), "{} / {central}", e.label);
        assert!(e.label.chars().count() <= 90);
        let dates: Vec<Date> = e
            .articles
            .iter()
            .filter_map(|&i| b.articles[i].date)
            .collect();
        assert_eq!(e.first_date, dates.iter().min().copied());
        assert_eq!(e.last_date, dates.iter().max().copied());
        let outlets: HashSet<&str> = e
            .articles
            .iter()
            .filter_map(|&i| b.articles[i].outlet.as_deref())
            .collect();
        assert_eq!(outlets.len(), e.outlets.len());
    }
    // Without titles, the label is made of the story's key words.
    let untitled: Vec<Article> = b
        .articles
        .iter()
        .map(|a| Article {
            title: None,
            ..a.clone()
        })
        .collect();
    let evs = group(&untitled);
    let quake = evs
        .iter()
        .find(|e| {
            e.articles
                .iter()
                .any(|&i| b.articles[i].body.contains("Sivrice"))
        })
        .unwrap();
    assert!(quake.label.contains(" · "), "{}", quake.label);
    assert!(
        ["Sivrice", "Elazig", "AFAD", "Yerlikaya", "Hazar"]
            .iter()
            .any(|w| quake.label.contains(w)),
        "{}",
        quake.label
    );
}

#[test]
fn ids_follow_the_members_not_the_run() {
    let b = bundle::load(&fixture()).unwrap();
    let evs = group(&b.articles);
    // Dropping a lone article leaves every other event's id as it was.
    let lone = evs.iter().rposition(|e| e.articles.len() == 1).unwrap();
    let dropped = evs[lone].articles[0];
    let fewer: Vec<Article> = b
        .articles
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != dropped)
        .map(|(_, a)| a.clone())
        .collect();
    let before: HashSet<&str> = evs.iter().map(|e| e.id.as_str()).collect();
    let after = group(&fewer);
    for e in &after {
        assert!(before.contains(e.id.as_str()), "{} changed", e.id);
    }
    assert_eq!(after.len(), evs.len() - 1);
    assert_eq!(
        events::event_of(&evs, b.articles.len()).len(),
        b.articles.len()
    );
}

#[test]
fn options_change_what_is_grouped() {
    let b = bundle::load(&fixture()).unwrap();
    let strict = Options {
        threshold: 0.99,
        ..Options::default()
    };
    let evs = group_with(&b.articles, &strict);
    // Only copies of one report (above the duplicate bar) stay together at such a threshold.
    assert!(evs.len() > b.articles.len() - 5, "{}", evs.len());
}

fn parallax(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn events_command_json_contract() {
    let path = fixture();
    let (out, err, ok) = parallax(&["events", path.to_str().unwrap(), "--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let evs = v["events"].as_array().unwrap();
    let b = bundle::load(&path).unwrap();
    let mut ids = HashSet::new();
    let mut sizes = Vec::new();
    for e in evs {
        let keys: HashSet<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
        let expected: HashSet<&str> = [
            "id",
            "label",
            "articles",
            "outlets",
            "first_date",
            "last_date",
        ]
        .into();
        assert_eq!(keys, expected);
        assert!(e["id"].as_str().unwrap().starts_with("e-"));
        assert!(!e["label"].as_str().unwrap().is_empty());
        for a in e["articles"].as_array().unwrap() {
            assert!(ids.insert(a.as_str().unwrap().to_string()), "{a} twice");
        }
        assert!(e["first_date"].is_null() || e["first_date"].as_str().unwrap().len() == 10);
        sizes.push(e["articles"].as_array().unwrap().len());
    }
    assert_eq!(ids.len(), b.articles.len());
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]));
    // The same run twice gives the same bytes.
    assert_eq!(
        out,
        parallax(&["events", path.to_str().unwrap(), "--json"]).0
    );
}

#[test]
fn events_command_table() {
    let (out, err, ok) = parallax(&["events"]);
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("EVENT") && lines[0].contains("HEADLINE"));
    assert_eq!(lines.last(), Some(&"1 event, 5 articles"));
    let (_, err, ok) = parallax(&["events", "no/such/bundle"]);
    assert!(!ok && err.contains("no such file"), "{err}");
}

#[test]
fn odd_text_never_panics_and_every_article_is_placed() {
    let articles = vec![
        article("empty", None, "", None),
        article("blank-title", Some("   "), "...!!! ---", None),
        article(
            "cjk",
            Some("東京で地震"),
            "東京で地震が発生した。震度５強。",
            Some("2024-01-01"),
        ),
        article(
            "controls",
            Some("\u{1b}[2J title"),
            "a\u{0}b \u{202e}c ’’ ''",
            None,
        ),
        article("one-word", None, "Word", Some("2024-01-02")),
        article("huge-title", Some(&"Name ".repeat(70_000)), "Name", None),
        article(
            "cjk2",
            Some("東京で地震"),
            "東京で地震が発生した。震度５強。",
            Some("2024-01-01"),
        ),
    ];
    let evs = group(&articles);
    let placed: usize = evs.iter().map(|e| e.articles.len()).sum();
    assert_eq!(placed, articles.len());
    for e in &evs {
        assert!(!e.label.is_empty(), "{e:?}");
    }
    // The two identical reports are one event.
    assert_eq!(event_of(&evs, 2), event_of(&evs, 6));
}
