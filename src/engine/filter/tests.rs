use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::*;

fn corpus() -> Corpus {
    let rows = [
        (
            "WION",
            "Kim serenades Putin, vows to hold hands",
            "Kim and Putin",
            "2023-06-12",
            "The dictator called for closer strategic cooperation.",
        ),
        (
            "Inquirer",
            "North Korea pledges full support to Russia",
            "Kim and Putin",
            "2023-06-13",
            "Pyongyang sent a message on Russia Day.",
        ),
        (
            "Mothership",
            "Singapore budget debate opens",
            "Budget 2023",
            "2023-02-20",
            "Ministers discussed the cooperation framework.",
        ),
        (
            "The Straits Times",
            "日本 ministers meet 🎉",
            "Asia talks",
            "2022-11-01",
            "Talks in Tokyo.",
        ),
    ];
    let bodies: Vec<&str> = rows.iter().map(|r| r.4).collect();
    let words = Arc::new(WordIndex::build(&bodies));
    let entries = rows
        .iter()
        .map(|r| Entry {
            outlet: r.0.into(),
            title: r.1.into(),
            event: r.2.into(),
            date: r.3.into(),
        })
        .collect();
    Corpus::new(entries, words)
}

fn run(q: &str) -> Vec<usize> {
    let mut hits: Vec<Hit> = filter(&corpus(), &Query::parse(q), &|| false).unwrap();
    hits.sort_by_key(|h| (-h.score, h.article));
    hits.iter().map(|h| h.article).collect()
}

fn sorted(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v
}

#[test]
fn empty_query_keeps_everything() {
    assert_eq!(sorted(run("")), vec![0, 1, 2, 3]);
}

#[test]
fn fuzzy_over_title_outlet_and_event_label() {
    assert_eq!(run("serenades"), vec![0]);
    // Outlet only.
    assert_eq!(run("mothrshp"), vec![2]);
    // Event label only ("Asia talks").
    assert_eq!(run("asiatalks"), vec![3]);
    // Best match first: a contiguous title match beats a scattered one.
    assert_eq!(run("putin").first(), Some(&0));
}

#[test]
fn qualifiers_narrow_and_combine_with_and() {
    assert_eq!(run("outlet:inquirer"), vec![1]);
    assert_eq!(sorted(run("event:kim")), vec![0, 1]);
    assert_eq!(sorted(run("date:2023")), vec![0, 1, 2]);
    assert_eq!(run("date:2023-06-13"), vec![1]);
    assert_eq!(run("event:kim outlet:wion"), vec![0]);
    assert!(run("outlet:wion date:2022").is_empty());
}

#[test]
fn a_word_in_no_title_finds_bodies() {
    // "cooperation" is in no title, outlet or label, only in two bodies.
    assert_eq!(sorted(run("cooperation")), vec![0, 2]);
    // Still typing: a prefix of a body word.
    assert_eq!(sorted(run("coopera")), vec![0, 2]);
    // Combined with a qualifier: all terms must hold.
    assert_eq!(run("cooperation outlet:mother"), vec![2]);
    assert!(run("zyzzyva").is_empty());
}

#[test]
fn cancelled_pass_returns_nothing() {
    let stop = AtomicBool::new(true);
    assert!(filter(&corpus(), &Query::parse("kim"), &|| stop
        .load(Ordering::Relaxed))
    .is_none());
}

#[test]
fn parallel_and_sequential_passes_agree() {
    let n = PARALLEL_FROM + 5;
    let entries: Vec<Entry> = (0..n)
        .map(|i| Entry {
            outlet: format!("outlet{}", i % 7),
            title: format!("story {i} about {}", ["kim", "budget", "storm"][i % 3]),
            ..Default::default()
        })
        .collect();
    let big = Corpus::new(entries.clone(), Arc::default());
    let small_parts: Vec<Hit> = entries
        .chunks(1000)
        .enumerate()
        .flat_map(|(c, part)| {
            let corpus = Corpus::new(part.to_vec(), Arc::default());
            filter(&corpus, &Query::parse("kim outlet:outlet3"), &|| false)
                .unwrap()
                .into_iter()
                .map(move |h| Hit {
                    article: h.article + c * 1000,
                    ..h
                })
        })
        .collect();
    let whole = filter(&big, &Query::parse("kim outlet:outlet3"), &|| false).unwrap();
    assert_eq!(whole, small_parts);
    assert!(!whole.is_empty());
}

#[test]
fn highlight_returns_char_indices_not_bytes() {
    let q = Query::parse("mm");
    // "日本" is six bytes but two chars: byte offsets would point past the m's.
    let title = "日本 ministers meet 🎉";
    let idx = highlight(&q, Field::Title, title);
    let chars: Vec<char> = title.chars().collect();
    assert!(!idx.is_empty());
    for i in &idx {
        assert_eq!(chars[*i], 'm');
    }
}

#[test]
fn qualifier_highlights_its_own_field_only() {
    let q = Query::parse("outlet:straits");
    assert_eq!(
        highlight(&q, Field::Outlet, "The Straits Times"),
        (4..11).collect::<Vec<_>>()
    );
    assert!(highlight(&q, Field::Title, "Straits news").is_empty());
}

/// A session answering keystroke by keystroke, typing forwards then deleting, gives exactly
/// what a fresh pass gives for every query along the way.
#[test]
fn a_session_agrees_with_fresh_passes_while_typing_and_deleting() {
    let words = [
        "kim",
        "putin",
        "budget",
        "storm",
        "Korea",
        "talks",
        "cooperation",
        "日本",
    ];
    let entries: Vec<Entry> = (0..3_000)
        .map(|i| Entry {
            outlet: ["WION", "Inquirer", "The Straits Times"][i % 3].into(),
            title: format!("{} {} {i}", words[i % 8], words[(i / 8) % 8]),
            event: format!("{} and {}", words[(i / 3) % 8], words[(i / 5) % 8]),
            date: format!("2023-0{}-1{}", 1 + i % 9, i % 10),
        })
        .collect();
    let bodies: Vec<String> = (0..3_000)
        .map(|i| {
            format!(
                "body of {i} mentions {}",
                ["framework", "frame", "cooperative"][i % 3]
            )
        })
        .collect();
    let refs: Vec<&str> = bodies.iter().map(String::as_str).collect();
    let corpus = Arc::new(Corpus::new(entries, Arc::new(WordIndex::build(&refs))));
    let mut session = Session::new();
    let typed = "kim Ko fram outlet:the date:2023-0 cooperati";
    let mut inputs: Vec<&str> = (1..=typed.len()).map(|e| &typed[..e]).collect();
    inputs.extend((1..typed.len()).rev().map(|e| &typed[..e]));
    inputs.extend(["kim x", "kim", "kim 日", "kim 日本", "kim 日"]);
    let mut nonempty = 0;
    for input in inputs {
        let q = Query::parse(input);
        let fresh = filter(&corpus, &q, &|| false).unwrap();
        let typed = session.filter(&corpus, &q, &|| false).unwrap();
        assert_eq!(typed, fresh, "{input:?}");
        nonempty += usize::from(!fresh.is_empty() && fresh.len() < corpus.len());
    }
    assert!(nonempty > 20);
    // A new corpus (labels arrived) is never answered from the old one's passes.
    let empty = Arc::new(Corpus::new(vec![Entry::default(); 10], Arc::default()));
    assert!(session
        .filter(&empty, &Query::parse("kim"), &|| false)
        .unwrap()
        .is_empty());
}

#[test]
fn a_cancelled_session_pass_is_not_remembered() {
    let corpus = Arc::new(corpus());
    let mut session = Session::new();
    assert!(session
        .filter(&corpus, &Query::parse("kim"), &|| true)
        .is_none());
    let fresh = filter(&corpus, &Query::parse("kim"), &|| false).unwrap();
    assert!(!fresh.is_empty());
    assert_eq!(
        session.filter(&corpus, &Query::parse("kim"), &|| false),
        Some(fresh)
    );
}

#[test]
fn body_words_join_a_corpus_without_preparing_its_fields_again() {
    let full = corpus();
    let bare = full.with_words(Arc::default());
    let hits = |c: &Corpus, q: &str| {
        let hits = filter(c, &Query::parse(q), &|| false).unwrap();
        sorted(hits.iter().map(|h| h.article).collect())
    };
    // "pyongyang" is in one body only; "budget" is a label.
    assert_eq!(hits(&bare, "pyongyang"), Vec::<usize>::new());
    assert_eq!(hits(&bare, "event:budget"), vec![2]);
    let words = full.words().clone();
    let again = bare.with_words(words);
    assert_eq!(hits(&again, "pyongyang"), vec![1]);
    assert_eq!(hits(&again, "event:budget"), vec![2]);
    assert!(
        Arc::ptr_eq(&again.items, &full.items),
        "the fields are shared, not rebuilt"
    );
}
