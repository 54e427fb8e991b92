//! What the reports of an event share, recorded as the truth: quotations, wire paragraphs
//! (verbatim, near, rewritten), duplicated stories, and sentences repeated by chance.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::{count_words, Draft, Form};
use crate::synth::event::Event;
use crate::synth::plan::EventPlan;
use crate::synth::{Coverage, Kind, Planted, Span, SynthArticle};

/// Fewest words of a recorded passage.
pub const MIN_PASSAGE_WORDS: usize = 8;

/// A hash map with a quick hash: keys are short texts and small numbers of one event.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// The multiply-rotate hash of the Firefox and rustc hash maps, eight bytes at a time.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        for &b in chunks.remainder() {
            self.add(b as u64);
        }
    }
    fn write_u16(&mut self, n: u16) {
        self.add(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

impl Fx {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// The passages the reports of one event share. `pages[a]` holds the byte ranges of draft `a`'s
/// paragraphs in its page.
pub fn record(
    ep: &EventPlan,
    ev: &Event,
    drafts: &[Draft],
    pages: &[Vec<(u32, u32)>],
    articles: &[(u32, SynthArticle)],
    duplicate_of: Option<usize>,
) -> Vec<Planted> {
    let mut planted = Vec::new();
    let span = |a: usize, s: u32, e: u32| Span {
        article: drafts[a].seq,
        start: s,
        end: e,
    };
    // Quotations: every report that carries one, wherever it is.
    for (q, quote) in ev.quotes.iter().enumerate() {
        let mut spans = Vec::new();
        for (a, d) in drafts.iter().enumerate() {
            let found = d.paras.iter().enumerate().find_map(|(pi, p)| {
                if !p.quotes.contains(&(q as u8)) {
                    return None;
                }
                let at = p.text.find(quote.text.as_str())? as u32;
                let base = pages[a][pi].0;
                Some((base + at, base + at + quote.text.len() as u32))
            });
            if let Some((s, e)) = found {
                spans.push(span(a, s, e));
            }
        }
        if spans.len() >= 2 {
            planted.push(Planted {
                kind: Kind::Verbatim,
                event: ep.index,
                incidental: false,
                spans,
            });
        }
    }
    // Wire paragraphs: verbatim among identical copies, near among all copies that were only
    // edited, rewrite when someone rewrote it.
    let mut copies: FastMap<u16, Vec<(usize, usize, Form)>> = FastMap::default();
    for (a, d) in drafts.iter().enumerate() {
        for (pi, p) in d.paras.iter().enumerate() {
            if let Some((w, form)) = p.wire {
                copies.entry(w).or_default().push((a, pi, form));
            }
        }
    }
    let mut wire_ids: Vec<u16> = copies.keys().copied().collect();
    wire_ids.sort_unstable();
    for w in wire_ids {
        let list = &copies[&w];
        let to_span = |&(a, pi, _): &(usize, usize, Form)| {
            let (s, e) = pages[a][pi];
            span(a, s, e)
        };
        let kept: Vec<&(usize, usize, Form)> =
            list.iter().filter(|c| c.2 != Form::Rewritten).collect();
        let mut groups: FastMap<&str, Vec<&(usize, usize, Form)>> = FastMap::default();
        for c in &kept {
            groups
                .entry(drafts[c.0].paras[c.1].text.as_str())
                .or_default()
                .push(c);
        }
        let mut verbatim: Vec<Vec<Span>> = groups
            .values()
            .filter(|g| distinct_articles(g.iter().map(|c| c.0)) >= 2)
            .map(|g| g.iter().map(|c| to_span(c)).collect())
            .collect();
        verbatim.sort_by_key(|v: &Vec<Span>| v[0].article);
        for spans in verbatim {
            planted.push(Planted {
                kind: Kind::Verbatim,
                event: ep.index,
                incidental: false,
                spans,
            });
        }
        if groups.len() > 1 && distinct_articles(kept.iter().map(|c| c.0)) >= 2 {
            planted.push(Planted {
                kind: Kind::Near,
                event: ep.index,
                incidental: false,
                spans: kept.iter().map(|c| to_span(c)).collect(),
            });
        }
        if list.iter().any(|c| c.2 == Form::Rewritten)
            && distinct_articles(list.iter().map(|c| c.0)) >= 2
        {
            planted.push(Planted {
                kind: Kind::Rewrite,
                event: ep.index,
                incidental: false,
                spans: list.iter().map(to_span).collect(),
            });
        }
    }
    // Whole reports copied.
    if let Some(o) = duplicate_of {
        let d = drafts.len() - 1;
        let block = |a: usize| (pages[a][0].0, pages[a].last().map_or(0, |p| p.1));
        let (s1, e1) = block(o);
        let (s2, e2) = block(d);
        planted.push(Planted {
            kind: Kind::Duplicate,
            event: ep.index,
            incidental: false,
            spans: vec![span(o, s1, e1), span(d, s2, e2)],
        });
    }
    // Sentences two reports happen to word identically: shared text too, though nobody copied.
    // (hash, sentence, article, start, end, already recorded, from the wire)
    let mut seen: Vec<(u64, &str, usize, u32, u32, bool, bool)> =
        Vec::with_capacity(64 * drafts.len());
    for (a, d) in drafts.iter().enumerate() {
        if d.coverage == Coverage::Duplicate {
            continue;
        }
        for (pi, p) in d.paras.iter().enumerate() {
            let covered = matches!(p.wire, Some((_, Form::Exact | Form::Edited)));
            for &(s, e, quote) in &p.sents {
                let text = &p.text[s as usize..e as usize];
                if count_words(text) < 8 {
                    continue;
                }
                let base = pages[a][pi].0;
                let mut h = Fx::default();
                std::hash::Hasher::write(&mut h, text.as_bytes());
                let key = std::hash::Hasher::finish(&h);
                seen.push((
                    key,
                    text,
                    a,
                    base + s,
                    base + e,
                    covered || quote,
                    p.wire.is_some(),
                ));
            }
        }
    }
    // Sorting by hash first keeps string comparisons to the (rare) equal hashes.
    seen.sort_unstable_by(|x, y| {
        x.0.cmp(&y.0)
            .then_with(|| x.1.cmp(y.1))
            .then((x.2, x.3).cmp(&(y.2, y.3)))
    });
    // A sentence a rewrite kept word for word is copied; one two outlets' own prose share is
    // chance.
    let mut repeats: Vec<(Vec<Span>, bool)> = seen
        .chunk_by(|x, y| x.0 == y.0 && x.1 == y.1)
        .filter(|occ| distinct_articles(occ.iter().map(|o| o.2)) >= 2 && !occ.iter().all(|o| o.5))
        .map(|occ| {
            let spans = occ
                .iter()
                .map(|&(_, _, a, s, e, _, _)| span(a, s, e))
                .collect();
            (spans, !occ.iter().any(|o| o.6))
        })
        .collect();
    repeats.sort_by_key(|(v, _)| (v[0].article, v[0].start));
    for (spans, incidental) in repeats {
        planted.push(Planted {
            kind: Kind::Verbatim,
            event: ep.index,
            incidental,
            spans,
        });
    }
    // Scraps under eight words are shared by chance all the time and are no passage.
    planted.retain(|p| {
        p.spans.iter().any(|sp| {
            let a = drafts
                .iter()
                .position(|d| d.seq == sp.article)
                .expect("own article");
            count_words(&articles[a].1.text[sp.start as usize..sp.end as usize])
                >= MIN_PASSAGE_WORDS
        })
    });
    planted
}

fn distinct_articles(it: impl Iterator<Item = usize>) -> usize {
    let mut v: Vec<usize> = it.collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}
