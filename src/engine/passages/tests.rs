//! Unit tests on small hand-made articles; the sample and the fixtures are tested under
//! `tests/`.

use super::*;
use crate::engine::{Article, Segment};

/// An article whose every non-empty line is a paragraph of the body.
pub(crate) fn article(id: &str, raw: &str) -> Article {
    let mut body = String::new();
    let mut segments = Vec::new();
    let mut pos = 0;
    for line in raw.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            let off = pos + (line.len() - line.trim_start().len());
            segments.push(Segment {
                body_start: body.len(),
                raw_start: off,
                len: t.len(),
            });
            body.push_str(t);
        }
        pos += line.len();
    }
    Article {
        id: id.into(),
        original: raw.into(),
        body,
        segments,
        ..Default::default()
    }
}

fn all(a: &[Article]) -> Passages {
    find(a, &[(0..a.len()).collect()], &Options::default())
}

#[test]
fn a_short_quotation_does_not_glue_the_passages_around_it() {
    let para = "The minister said on Friday that the new bridge over the estuary would open in \
                May, and quoted the engineers: \"the steel arrived late\" after the strike at the \
                northern port delayed every shipment for a month.";
    let a = article("a", para);
    let b = article("b", para);
    let c = article(
        "c",
        "Builders in three other towns made the same complaint. \"The steel arrived late\", \
         one foreman said, and the council has asked for compensation.",
    );
    let r = all(&[a.clone(), b, c]);
    let long: Vec<&Passage> = r.passages.iter().filter(|p| p.words > 20).collect();
    assert_eq!(long.len(), 1);
    assert_eq!(long[0].articles(), vec![0, 1]);
    let quote: Vec<&Passage> = r.passages.iter().filter(|p| p.words < 8).collect();
    assert_eq!(quote.len(), 1);
    assert_eq!(quote[0].articles(), vec![0, 1, 2]);
    let t = &a.body[quote[0].spans[0].start..quote[0].spans[0].end];
    assert_eq!(t.to_lowercase(), "the steel arrived late");
}

#[test]
fn a_passage_never_ends_on_a_stub_of_the_next_paragraph() {
    let shared = "Rescue teams reached the flooded village of Orla late on Tuesday and began \
                  moving families to the school on the hill above the river.";
    let a = article(
        "a",
        &format!("{shared}\nThe mayor thanked the volunteers for their work."),
    );
    let b = article(
        "b",
        &format!("{shared}\nThe weather service expects more rain tomorrow."),
    );
    let r = all(&[a.clone(), b.clone()]);
    assert_eq!(r.passages.len(), 1);
    for s in &r.passages[0].spans {
        let body = if s.article == 0 { &a.body } else { &b.body };
        assert!(
            body[s.start..s.end].ends_with("above the river"),
            "{:?}",
            &body[s.start..s.end]
        );
    }
}
