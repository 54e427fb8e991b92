//! What the passage finder reports, kind by kind, on the sample and on small bundles written
//! for one situation each (tests/fixtures/passages): a wire story run by three papers with
//! different edits, a quotation one paper splits over two paragraphs, two unrelated reports
//! sharing only stock phrases, the same paragraphs in another order, and a copied page.

use std::path::PathBuf;

use parallax::engine::bundle::{self, Bundle};
use parallax::engine::passages::{find, Kind, Options, Passage, Passages};
use parallax::engine::text::tokenize;

fn fixture(name: &str) -> Bundle {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/passages")
        .join(name);
    bundle::load(&p).expect("fixture loads")
}

/// All articles as one group, default options.
fn passages(b: &Bundle) -> Passages {
    let all: Vec<usize> = (0..b.articles.len()).collect();
    find(&b.articles, &[all], &Options::default())
}

fn index(b: &Bundle, id_prefix: &str) -> usize {
    b.articles
        .iter()
        .position(|a| a.id.starts_with(id_prefix))
        .unwrap_or_else(|| panic!("no article {id_prefix}"))
}

/// The text of a passage in one article (its spans joined by " / ").
fn text_in(b: &Bundle, p: &Passage, article: usize) -> String {
    p.spans_of(article)
        .map(|s| &b.articles[article].body[s.start..s.end])
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Passages of `kinds` whose text in `article` contains `needle`.
fn with<'a>(
    b: &Bundle,
    r: &'a Passages,
    kinds: &[Kind],
    article: usize,
    needle: &str,
) -> Vec<&'a Passage> {
    r.passages
        .iter()
        .filter(|p| kinds.contains(&p.kind) && text_in(b, p, article).contains(needle))
        .collect()
}

const COPIED: &[Kind] = &[Kind::Verbatim, Kind::Near];

/// Rules every result keeps: spans of a rewrite are one per article (sentence-level units),
/// and a verbatim or near passage under the verbatim length is a quotation in every carrier.
fn check_invariants(b: &Bundle, r: &Passages) {
    for p in &r.passages {
        assert!(p.articles().len() >= 2);
        if p.kind == Kind::Rewrite {
            assert_eq!(
                p.articles().len(),
                p.spans.len(),
                "a rewrite pairs one unit per article: {:?}",
                p.articles()
                    .iter()
                    .map(|&a| text_in(b, p, a))
                    .collect::<Vec<_>>()
            );
        }
        if COPIED.contains(&p.kind) && p.words < Options::default().min_words {
            for s in &p.spans {
                let body = &b.articles[s.article].body;
                let quoted = tokenize(body)
                    .iter()
                    .filter(|t| (t.start as usize) >= s.start && (t.end as usize) <= s.end)
                    .all(|t| t.is_quoted());
                assert!(
                    quoted,
                    "a short passage outside quotation marks: {:?}",
                    &body[s.start..s.end]
                );
            }
        }
    }
}

#[test]
fn a_wire_story_run_by_three_papers_is_one_passage() {
    let b = fixture("wire");
    let r = passages(&b);
    check_invariants(&b, &r);
    let (courier, gazette, herald) = (
        index(&b, "courier"),
        index(&b, "gazette"),
        index(&b, "herald"),
    );
    // The lead, carried by all three with different edits (19 / nineteen, "very heavy"), is
    // in one passage together with the paragraphs that follow it in all three.
    let lead = with(&b, &r, COPIED, gazette, "Operators of the Carrow Dam");
    assert_eq!(lead.len(), 1, "{lead:?}");
    let p = lead[0];
    assert_eq!(p.articles(), vec![courier, gazette, herald]);
    for a in [courier, gazette, herald] {
        let t = text_in(&b, p, a);
        assert!(
            t.contains("six spillways") && t.contains("Hanna Vogt"),
            "{t}"
        );
        // No paper's own paragraph is part of it.
        assert!(
            !t.contains("moving sheep") && !t.contains("Port Selm"),
            "{t}"
        );
    }
    // Paragraphs only two papers run are a passage of those two.
    let fore = with(&b, &r, COPIED, herald, "Forecasters expect another 80");
    assert_eq!(fore.len(), 1);
    assert_eq!(fore[0].articles(), vec![courier, herald]);
    assert!(r.duplicate_of.iter().all(Option::is_none));
}

#[test]
fn a_quotation_split_over_two_paragraphs_is_one_passage() {
    let b = fixture("quote");
    let r = passages(&b);
    check_invariants(&b, &r);
    let (city, east, post) = (
        index(&b, "citywire"),
        index(&b, "eastbank"),
        index(&b, "post"),
    );
    let q = with(&b, &r, COPIED, post, "first frost of the winter");
    assert_eq!(q.len(), 1, "{q:?}");
    let p = q[0];
    assert!(p.articles().contains(&city));
    // The wire splits the quotation where the Post runs it on: two spans there, one here.
    assert_eq!(p.spans_of(city).count(), 2);
    assert_eq!(p.spans_of(post).count(), 1);
    let t = text_in(&b, p, city);
    assert!(
        t.contains("first frost") && t.contains("ferry will run"),
        "{t}"
    );
    // A short quotation three reports carry is one passage with three carriers.
    let shops = with(&b, &r, COPIED, east, "slow-motion disaster for local shops");
    assert_eq!(shops.len(), 1);
    assert_eq!(shops[0].articles().len(), 3);
}

#[test]
fn stock_phrases_alone_are_no_passage() {
    let b = fixture("stock");
    let r = passages(&b);
    // "North Korean leader Kim Jong Un", "according to state media", "said in a statement on
    // Tuesday", "It was not immediately clear", "The Associated Press contributed to this
    // report": shared, and none of it a passage.
    assert!(r.passages.is_empty(), "{:?}", r.passages);
    assert!(r.shared.iter().all(|&s| s == 0.0));
}

#[test]
fn paragraphs_in_another_order_are_each_found() {
    let b = fixture("order");
    let r = passages(&b);
    check_invariants(&b, &r);
    let (evening, tribune) = (index(&b, "evening"), index(&b, "tribune"));
    for needle in [
        "Opposition councillors said",
        "410 million euros",
        "approved a 14-kilometre extension",
        "Construction is due to start",
    ] {
        let found = with(&b, &r, &[Kind::Verbatim], tribune, needle);
        assert_eq!(found.len(), 1, "{needle}");
        assert_eq!(found[0].articles(), vec![evening, tribune]);
        assert!(text_in(&b, found[0], evening).contains(needle));
    }
    // Neither paper's own paragraphs.
    for p in &r.passages {
        assert!(!text_in(&b, p, evening).contains("Taxi drivers"));
        assert!(!text_in(&b, p, tribune).contains("Cyclists"));
    }
    assert!(r.duplicate_of.iter().all(Option::is_none));
}

#[test]
fn a_copied_page_is_a_duplicate_not_many_passages() {
    let b = fixture("duplicate");
    let r = passages(&b);
    let (copy, original) = (index(&b, "copy"), index(&b, "original"));
    let dups: Vec<_> = r.duplicate_of.iter().flatten().collect();
    assert_eq!(dups.len(), 1);
    assert!(r.duplicate_of[copy] == Some(original) || r.duplicate_of[original] == Some(copy));
    assert_eq!(r.passages.len(), 1, "{:?}", r.passages);
    let p = &r.passages[0];
    assert_eq!(p.kind, Kind::Duplicate);
    // It spans what the two share, not the paragraph the copy added.
    let t = text_in(&b, p, copy);
    assert!(t.contains("Schools across the south") && t.contains("band of storms"));
    assert!(!t.contains("Readers in the valley"), "{t}");
}

#[test]
fn the_sample_has_every_kind() {
    let b = bundle::sample();
    let r = passages(&b);
    check_invariants(&b, &r);
    let [a0, a1, a2, a3, a4] = ["000", "001", "002", "003", "004"].map(|id| index(&b, id));

    // Verbatim: the quotation four reports run word for word.
    let v = with(&b, &r, &[Kind::Verbatim], a2, "Justice is sure to win");
    assert_eq!(v.len(), 1);
    assert!(v[0].articles().len() >= 4, "{:?}", v[0].articles());
    // A four-word quotation counts inside quotation marks.
    let q = with(&b, &r, COPIED, a1, "full support and solidarity");
    assert!(q.iter().any(|p| p.articles().len() >= 3));

    // Near: 000 against 001, "fulfil" / "fulfill" and changed quotation marks, one passage.
    let n = with(
        &b,
        &r,
        &[Kind::Near],
        a0,
        "holding hands firmly with the Russian president",
    );
    assert_eq!(n.len(), 1);
    let (t0, t1) = (text_in(&b, n[0], a0), text_in(&b, n[0], a1));
    assert!(
        t0.contains("to fulfil the grand goal of building a powerful country"),
        "{t0}"
    );
    assert!(
        t1.contains("to fulfill the grand goal of building a powerful country"),
        "{t1}"
    );
    assert!(t1.contains("closer strategic cooperation"), "{t1}");

    // Rewrites: the leads of 000 and 001; the "serenade Putin" sentences of 000 and 003.
    let lead = with(&b, &r, &[Kind::Rewrite], a0, "appear closer than ever");
    assert_eq!(lead.len(), 1);
    assert!(text_in(&b, lead[0], a1).contains("has vowed to"));
    let ser = with(&b, &r, &[Kind::Rewrite], a0, "serenade Putin");
    assert_eq!(ser.len(), 1);
    let t3 = text_in(&b, ser[0], a3);
    assert!(
        t3.contains("serenade Putin") && !t3.contains("holy fight"),
        "{t3}"
    );

    // Duplicates: 004 copies 002 (same day; the first in the bundle is the original).
    assert_eq!(r.duplicate_of[a4], Some(a2));
    assert!(r.duplicate_of.iter().filter(|d| d.is_some()).count() == 1);
    let d: Vec<_> = r
        .passages
        .iter()
        .filter(|p| p.kind == Kind::Duplicate)
        .collect();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].articles(), vec![a2, a4]);

    // Stock phrases are no passage on their own.
    for p in r.passages.iter().filter(|p| COPIED.contains(&p.kind)) {
        let t = text_in(&b, p, p.spans[0].article).to_lowercase();
        assert_ne!(t, "north korean leader kim jong un");
        assert!(
            !t.starts_with("according to") || t.split(' ').count() >= 8,
            "{t}"
        );
    }
}
