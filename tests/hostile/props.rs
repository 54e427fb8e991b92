//! Property tests: the loader, cleaner, tokenizer, metadata, terminal-safe text, event
//! grouping, passage finder and filter on arbitrary bytes and on text built from the pieces that
//! trip cleaners up (dates, bylines, labels, line ends, controls, combining marks). Whatever the input: no panic, every offset on a character
//! boundary, every body byte traceable to the original, nothing unsafe left for a terminal.

use std::path::Path;
use std::sync::Arc;

use parallax::engine::article::Article;
use parallax::engine::bundle;
use parallax::engine::clean::{clean, Furniture};
use parallax::engine::filter::{filter, highlight, Corpus, Field, Query, Session, Term, WordIndex};
use parallax::engine::meta::{self, MAX_LINE_CHARS};
use parallax::engine::safe::{escape_json, stand_in, visible, visible_line};
use parallax::engine::text::{line_key, normalize_word, tokenize, word_count, words};
use parallax::engine::{events, passages};
use proptest::prelude::*;

use super::support::first_unsafe;

/// Pieces of text that exercise the cleaner's rules and the decoders' corners.
const PIECES: &[&str] = &[
    "the",
    "council",
    "said",
    "Kim",
    "bridge",
    "and",
    "of",
    "to",
    "a",
    "on",
    "Monday",
    ".",
    ",",
    "!",
    "?",
    ":",
    "…",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "«",
    "»",
    "|",
    " | ",
    " - ",
    " — ",
    "(",
    ")",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "date ",
    "2023-06-12",
    "2023/06/1",
    "June 12, 2023",
    "12 Jun 2023",
    "10:56 AM",
    "By John Smith",
    "Related",
    "Read more",
    "ADVERTISEMENT",
    "Share this",
    "Subscribe to our newsletter",
    "©",
    "Copyright",
    "All rights reserved",
    "Tags:",
    "Photo:",
    "www.example.co.uk",
    "https://t.me/newsuk",
    "@handle",
    "123456789é",
    "日本語",
    "会議。",
    "서울",
    "é",
    "e\u{301}",
    "\u{301}",
    "👍🏽",
    "👩\u{200d}👧",
    "İ",
    "ß",
    "ﬁ",
    "Σ",
    "\u{0}",
    "\u{7}",
    "\u{8}",
    "\u{1b}[2J",
    "\u{1b}]52;c;eA==\u{7}",
    "\u{1b}]8;;http://x/\u{1b}\\",
    "\u{7f}",
    "\u{85}",
    "\u{9b}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "\u{200f}",
    "\u{feff}",
    "\u{2028}",
    "\u{e0041}",
    "\u{fffd}",
    "the council said.",
];

/// Text made of [`PIECES`] and, now and then, any character at all.
fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..max).prop_map(|p| p.concat())
}

/// File contents: hostile text, the same with stray bytes in it, or any bytes.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => hostile_text(120).prop_map(String::into_bytes),
        2 => (hostile_text(120), proptest::collection::vec((any::<prop::sample::Index>(), 0x80u8..=0xff), 1..6))
            .prop_map(|(t, stray)| {
                let mut b = t.into_bytes();
                for (at, byte) in stray {
                    let i = at.index(b.len() + 1);
                    b.insert(i, byte);
                }
                b
            }),
        1 => proptest::collection::vec(any::<u8>(), 0..400),
        1 => hostile_text(60).prop_map(|t| {
            let mut b = b"\xEF\xBB\xBF".to_vec();
            b.extend(t.bytes());
            b
        }),
    ]
}

/// What must hold of every loaded article, whatever it was loaded from.
fn check_article(a: &Article) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for s in &a.segments {
        let body = a.body.get(s.body_start..s.body_start + s.len);
        let raw = a.raw_get(s.raw_start..s.raw_start + s.len);
        let raw = raw.as_deref();
        prop_assert!(
            body.is_some() && raw.is_some(),
            "segment off a boundary: {s:?}"
        );
        prop_assert_eq!(body, raw);
        // Between two segments only the separators the cleaner puts there.
        let gap = a.body.get(last_end..s.body_start);
        let first = last_end == 0;
        prop_assert!(
            matches!(gap, Some("")) && first || matches!(gap, Some(" " | "\n\n")) && !first,
            "body has {:?} of its own before {:?}",
            gap,
            s
        );
        last_end = s.body_start + s.len;
    }
    prop_assert_eq!(last_end, a.body.len(), "body runs past its last segment");
    for r in &a.removed {
        let text = a.raw_get(r.start..r.end);
        prop_assert_eq!(text.as_deref(), Some(r.text.as_str()));
    }
    for field in [&a.title, &a.outlet, &a.url].into_iter().flatten() {
        prop_assert!(!field.contains(['\n', '\r', '\t']), "field {:?}", field);
        prop_assert!(field.chars().count() <= MAX_LINE_CHARS);
    }
    prop_assert!(a.display_title().chars().count() <= MAX_LINE_CHARS.max(121));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn text_files_load_with_every_body_byte_traceable_to_the_file(bytes in hostile_bytes()) {
        let b = bundle::from_bytes(Path::new("f.txt"), bytes.clone());
        prop_assert!(b.articles.len() <= 1);
        let lossy = b.warnings.iter().any(|w| w.message.contains("UTF-8"));
        for a in &b.articles {
            check_article(a)?;
            for s in &a.segments {
                let r = a.body_to_file(s.body_start..s.body_start + s.len);
                prop_assert!(r.start <= r.end && r.end <= bytes.len(), "{r:?} past the file");
                if !lossy {
                    // Clean UTF-8: the body is the file's own bytes.
                    prop_assert_eq!(&bytes[r], &a.body.as_bytes()[s.body_start..s.body_start + s.len]);
                }
            }
        }
        // A file that loads nothing says why.
        prop_assert!(!b.articles.is_empty() || !b.warnings.is_empty());
    }

    #[test]
    fn json_lines_account_for_every_line(lines in proptest::collection::vec(json_line(), 0..8)) {
        let text = lines.join("\n");
        let b = bundle::from_bytes(Path::new("f.jsonl"), text.clone().into_bytes());
        for a in &b.articles {
            check_article(a)?;
        }
        // A file-wide verdict (binary, empty) speaks for every line.
        let whole_file = b.warnings.iter().any(|w| w.line.is_none());
        // A byte-order mark opening the file is its encoding, not text of its first line.
        let read = text.strip_prefix('\u{feff}').unwrap_or(&text);
        for (i, line) in read.lines().enumerate().filter(|_| !whole_file) {
            if line.trim().is_empty() {
                continue;
            }
            let n = Some(i + 1);
            let told = b.articles.iter().any(|a| a.line == n) || b.warnings.iter().any(|w| w.line == n);
            prop_assert!(told, "line {} neither loaded nor warned: {:?}", i + 1, line);
        }
    }

    #[test]
    fn json_files_of_any_bytes_never_panic(bytes in hostile_bytes()) {
        for name in ["f.json", "f.jsonl"] {
            let b = bundle::from_bytes(Path::new(name), bytes.clone());
            for a in &b.articles {
                check_article(a)?;
            }
        }
    }

    #[test]
    fn the_cleaner_keeps_offsets_exact(raw in hostile_text(150), other in hostile_text(60), title in proptest::option::of(hostile_text(8))) {
        let furniture = Furniture::build([raw.as_str(), other.as_str(), raw.as_str()].into_iter());
        let c = clean(&raw, title.as_deref(), &furniture);
        let mut a = Article { original: raw.clone().into(), body: c.body, segments: c.segments, removed: c.removed, title: c.title, ..Default::default() };
        check_article(&a)?;
        // Kept in memory without the body's copy, the original still reads back whole.
        a.compact();
        prop_assert_eq!(a.raw(), raw.as_str());
        check_article(&a)?;
        prop_assert!(c.body_start <= raw.len() && raw.is_char_boundary(c.body_start));
        // Kept and removed blocks never overlap.
        let mut spans: Vec<(usize, usize)> = a.segments.iter().map(|s| (s.raw_start, s.raw_start + s.len)).collect();
        spans.extend(a.removed.iter().map(|r| (r.start, r.end)));
        spans.sort();
        for w in spans.windows(2) {
            prop_assert!(w[0].1 <= w[1].0, "overlap {:?}", w);
        }
        let _ = meta::extract(&raw, &clean(&raw, None, &Furniture::default()));
    }

    #[test]
    fn tokens_are_ordered_words_on_char_boundaries(text in hostile_text(100)) {
        let toks = tokenize(&text);
        let mut last = 0;
        for t in &toks {
            let w = text.get(t.range());
            prop_assert!(w.is_some(), "token off a boundary: {t:?}");
            let w = w.unwrap();
            prop_assert!(t.start as usize >= last && t.start < t.end);
            prop_assert!(w.chars().next().is_some_and(char::is_alphanumeric), "word {:?}", w);
            prop_assert!(!normalize_word(w).is_empty(), "word {:?} normalises to nothing", w);
            last = t.end as usize;
        }
        prop_assert_eq!(word_count(&text), toks.len());
        prop_assert_eq!(words(&text).len(), toks.len());
        let _ = line_key(&text);
    }

    #[test]
    fn dates_hosts_and_lines_never_panic(s in hostile_text(30)) {
        if let Some((d, used)) = meta::date_in(&s) {
            prop_assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day) && used >= 1);
        }
        let _ = meta::host_of(&s);
        let line = meta::sanitize_line(&s);
        prop_assert!(!line.starts_with(' ') && !line.ends_with(' ') && !line.contains("  "));
        prop_assert!(!line.chars().any(|c| c.is_whitespace() && c != ' '));
        prop_assert!(line.chars().count() <= MAX_LINE_CHARS);
    }

    #[test]
    fn visible_text_holds_nothing_a_terminal_acts_on(s in hostile_text(60)) {
        let v = visible(&s);
        prop_assert_eq!(first_unsafe(&v), None);
        let line = visible_line(&s);
        prop_assert_eq!(first_unsafe(&line), None);
        prop_assert!(!line.contains(['\n', '\t']));
        // What is safe already is left alone.
        if s.chars().all(|c| stand_in(c).is_none()) {
            prop_assert_eq!(v.as_ref(), s.as_str());
        }
        let json = serde_json::to_string(&s).unwrap();
        let escaped = escape_json(&json);
        prop_assert_eq!(first_unsafe(&escaped), None);
        prop_assert!(!escaped.contains(|c: char| c.is_control()));
        let back: String = serde_json::from_str(&escaped).unwrap();
        prop_assert_eq!(back, s);
    }
}

/// One line of a JSON Lines file: a record with text fields of any type, or not JSON at all.
fn json_line() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        hostile_text(40).prop_map(serde_json::Value::from),
    ];
    let value = leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    let key = proptest::sample::select(
        &[
            "id", "title", "text", "body", "content", "source", "url", "date", "x",
        ][..],
    );
    prop_oneof![
        4 => proptest::collection::vec((key, value), 0..6).prop_map(|kv| {
            let obj: serde_json::Map<String, serde_json::Value> =
                kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            serde_json::Value::Object(obj).to_string()
        }),
        1 => hostile_text(20).prop_map(|t| t.replace(['\n', '\r'], " ")),
    ]
}

/// A small bundle of articles loaded from hostile text, some of them sharing one passage (so
/// that grouping and the passage finder have something to find), some with an outlet line.
fn hostile_bundle() -> impl Strategy<Value = Vec<Article>> {
    let part = (
        hostile_text(30),
        hostile_text(30),
        any::<bool>(),
        proptest::option::of(hostile_text(4)),
    );
    (hostile_text(50), proptest::collection::vec(part, 0..6)).prop_map(|(common, parts)| {
        parts
            .into_iter()
            .enumerate()
            .flat_map(|(i, (before, after, shares, outlet))| {
                let body = if shares {
                    format!("{before}\n\n{common}\n\n{after}")
                } else {
                    format!("{before} {after}")
                };
                let (name, bytes) = match outlet {
                    // JSON Lines carries an outlet, a title and a date of its own.
                    Some(o) => (
                        "f.jsonl",
                        serde_json::json!({"id": format!("a{i}"), "source": o, "title": before, "date": "2024-02-0".to_string() + &(i % 9 + 1).to_string(), "text": body}).to_string(),
                    ),
                    None => ("f.txt", body),
                };
                let mut b = bundle::from_bytes(Path::new(name), bytes.into_bytes());
                for a in &mut b.articles {
                    a.id = format!("a{i}");
                }
                b.articles
            })
            .collect()
    })
}

/// A filter query: plain words, qualifiers, quotes and dashes around hostile text.
fn hostile_query() -> impl Strategy<Value = String> {
    let prefix = proptest::sample::select(
        &[
            "", "", "", "outlet:", "o:", "event:", "e:", "date:", "d:", "d:2024", "-", "\"", "x:",
            ":",
        ][..],
    );
    proptest::collection::vec((prefix, hostile_text(3)), 0..4).prop_map(|terms| {
        terms
            .into_iter()
            .map(|(p, t)| format!("{p}{t}"))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// What must hold of any passages found in `articles` within `groups`.
fn check_passages(
    articles: &[Article],
    groups: &[Vec<usize>],
    found: &parallax::engine::passages::Passages,
) -> Result<(), TestCaseError> {
    let n = articles.len();
    prop_assert_eq!(found.duplicate_of.len(), n);
    prop_assert_eq!(found.shared.len(), n);
    for (i, d) in found.duplicate_of.iter().enumerate() {
        prop_assert!(
            d.is_none_or(|d| d < n && d != i),
            "{} duplicates {:?}",
            i,
            d
        );
    }
    prop_assert!(
        found.shared.iter().all(|s| (0.0..=1.0).contains(s)),
        "{:?}",
        found.shared
    );
    for p in &found.passages {
        prop_assert!(!p.spans.is_empty());
        let group = groups.iter().find(|g| g.contains(&p.spans[0].article));
        prop_assert!(group.is_some());
        let group = group.unwrap();
        for s in &p.spans {
            prop_assert!(
                s.article < n && group.contains(&s.article),
                "{s:?} outside its group"
            );
            let text = articles[s.article].body.get(s.start..s.end);
            prop_assert!(
                s.start < s.end && text.is_some(),
                "{s:?} off the body's boundaries"
            );
            // Inside one paragraph.
            prop_assert!(!text.unwrap().contains("\n\n"), "{s:?} spans paragraphs");
        }
        prop_assert!(
            p.spans
                .windows(2)
                .all(|w| (w[0].article, w[0].start) <= (w[1].article, w[1].start)),
            "spans out of order: {:?}",
            p.spans
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn events_place_every_article_once(articles in hostile_bundle()) {
        let evs = events::group(&articles);
        let mut count = vec![0; articles.len()];
        for e in &evs {
            prop_assert!(!e.label.trim().is_empty(), "an empty label");
            prop_assert!(!e.articles.is_empty() && !e.id.is_empty());
            if let (Some(a), Some(b)) = (e.first_date, e.last_date) {
                prop_assert!(a <= b);
            }
            for &a in &e.articles {
                prop_assert!(a < articles.len());
                count[a] += 1;
            }
        }
        prop_assert!(count.iter().all(|&c| c == 1), "articles in events: {:?}", count);
        // The same bundle, the same events.
        prop_assert_eq!(events::group(&articles), evs);
    }

    #[test]
    fn passages_stay_in_their_groups_and_on_char_boundaries(articles in hostile_bundle()) {
        let evs = events::group(&articles);
        let groups: Vec<Vec<usize>> = evs.iter().map(|e| e.articles.clone()).collect();
        let found = passages::find(&articles, &groups, &passages::Options::default());
        check_passages(&articles, &groups, &found)?;
        // Everything in one group, with short passages allowed: more is found, all of it sound.
        let all = vec![(0..articles.len()).collect::<Vec<_>>()];
        let short = passages::Options { min_words: 2, min_quote_words: 2, ..passages::Options::default() };
        let found = passages::find(&articles, &all, &short);
        check_passages(&articles, &all, &found)?;
    }

    #[test]
    fn the_filter_keeps_article_order_and_honours_qualifiers(articles in hostile_bundle(), input in hostile_query()) {
        let bodies: Vec<&str> = articles.iter().map(|a| a.body.as_str()).collect();
        let words = Arc::new(WordIndex::build(&bodies));
        let corpus = Corpus::of_articles(&articles, words, |i| articles[i].title.as_deref());
        let query = Query::parse(&input);
        let hits = filter(&corpus, &query, &|| false);
        prop_assert!(hits.is_some(), "never cancelled, yet no result");
        let hits = hits.unwrap();
        prop_assert!(hits.windows(2).all(|w| w[0].article < w[1].article), "{:?}", hits);
        prop_assert!(hits.iter().all(|h| h.article < articles.len()));
        if query.is_empty() {
            prop_assert_eq!(hits.len(), articles.len());
        }
        for h in &hits {
            let e = corpus.entry(h.article).unwrap();
            for term in &query.terms {
                match term {
                    Term::Outlet(o) => prop_assert!(e.outlet.to_lowercase().contains(o.as_str())),
                    Term::Event(v) => prop_assert!(e.event.to_lowercase().contains(v.as_str())),
                    Term::Date(d) => prop_assert!(e.date.starts_with(d.as_str())),
                    // Flags are the caller's to apply: the pass keeps every article for them.
                    Term::Plain(_) | Term::Is(_) => {}
                }
            }
            for (field, text) in [(Field::Title, &e.title), (Field::Outlet, &e.outlet), (Field::Event, &e.event)] {
                let n = text.chars().count();
                prop_assert!(highlight(&query, field, text).iter().all(|&i| i < n));
            }
        }
        // A pass cancelled at once says so instead of returning a partial list.
        if !articles.is_empty() {
            prop_assert!(filter(&corpus, &query, &|| true).is_none());
        }
    }

    #[test]
    fn typing_and_deleting_in_a_session_finds_what_a_full_pass_finds(articles in hostile_bundle(), input in hostile_query()) {
        let bodies: Vec<&str> = articles.iter().map(|a| a.body.as_str()).collect();
        let words = Arc::new(WordIndex::build(&bodies));
        let corpus = Arc::new(Corpus::of_articles(&articles, words, |i| articles[i].title.as_deref()));
        let mut session = Session::new();
        let ends: Vec<usize> = input.char_indices().map(|(i, _)| i).skip(1).chain([input.len()]).collect();
        // Typed one character at a time, then deleted back to nothing.
        for &end in ends.iter().chain(ends.iter().rev().skip(1)) {
            let query = Query::parse(&input[..end]);
            let typed = session.filter(&corpus, &query, &|| false);
            let full = filter(&corpus, &query, &|| false);
            prop_assert_eq!(typed, full, "for {:?}", &input[..end]);
        }
    }
}
