//! Writing the reports of one event: outlets' own reports, the wire story and the outlets that
//! re-run it (trimmed, reordered, respelled, a word changed) or rewrite it, the agency's own
//! copy, and duplicates; then the page around each, and the record of what they share.

mod planner;
mod truth;
mod wire;

use super::boiler::{self, page, PageInput, Profile};
use super::event::{Ctx, Event, Sentence, Unit};
use super::lexicon::OUTLETS;
use super::plan::{article_id, EventPlan, Plan};
use super::rng::{derive, Rng};
use super::{Coverage, Planted, Spec, SynthArticle};
use planner::Planner;
use wire::{rerun, rewrite, Wire};

/// How a copy of a wire paragraph relates to the agency's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Exact,
    Edited,
    Rewritten,
}

impl AsRef<str> for Para {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// A paragraph of a report, with what the truth needs to know about it.
#[derive(Debug, Clone)]
struct Para {
    text: String,
    words: usize,
    /// Event quotations it carries.
    quotes: Vec<u8>,
    /// The wire paragraph it copies, and how.
    wire: Option<(u16, Form)>,
    /// Sentences as (start, end) in `text`, with whether the sentence is a quotation's.
    sents: Vec<(u32, u32, bool)>,
}

thread_local! {
    /// Buffers for rendering, reused from sentence to sentence.
    static SCRATCH: std::cell::RefCell<(String, String)> = const {
        std::cell::RefCell::new((String::new(), String::new()))
    };
}

/// Renders planned sentences as one paragraph in `ctx`'s voice.
fn render_para(sents: &[Sentence], ctx: &Ctx, british: bool, prefix: &str) -> Para {
    let mut text = String::with_capacity(64 * sents.len() + prefix.len());
    text.push_str(prefix);
    let mut quotes = Vec::new();
    let mut ranges = Vec::with_capacity(sents.len());
    let ctx = &Ctx { british, ..*ctx };
    SCRATCH.with_borrow_mut(|(scratch, fact)| {
        for s in sents {
            if text.len() > prefix.len() {
                text.push(' ');
            }
            scratch.clear();
            s.render_with(ctx, scratch, fact);
            let start = text.len() as u32;
            text.push_str(scratch);
            let quote = matches!(s.unit, Unit::Quote(_));
            if let Unit::Quote(q) = s.unit {
                quotes.push(q);
            }
            ranges.push((start, text.len() as u32, quote));
        }
    });
    Para {
        words: count_words(&text),
        text,
        quotes,
        wire: None,
        sents: ranges,
    }
}

fn writer_ctx<'a>(ev: &'a Event, w: &'a Profile) -> Ctx<'a> {
    ev.ctx(&w.style, w.name)
}

/// One report in the making.
struct Draft {
    writer: usize,
    coverage: Coverage,
    title: String,
    paras: Vec<Para>,
    seq: u32,
    date: crate::engine::Date,
    /// Seed of the story block's inline matter (kept by a duplicate).
    block_seed: u64,
    block_writer: usize,
}

fn words_of(paras: &[Para]) -> usize {
    paras.iter().map(|p| p.words).sum()
}

/// Adds the writer's own paragraphs until the report reaches `target` words.
fn extend(
    paras: &mut Vec<Para>,
    planner: &mut Planner,
    ctx: &Ctx,
    british: bool,
    target: usize,
    max: usize,
) {
    let mut words = words_of(paras);
    let mut tries = 0;
    while words < target && tries < 1000 {
        tries += 1;
        let (_, para) = planner.paragraph(ctx, british);
        if words + para.words > max {
            continue;
        }
        words += para.words;
        paras.push(para);
    }
}

/// A length for one report: log-normal around the spec's mean, within its bounds.
fn target_words(spec: &Spec, rng: &mut Rng) -> usize {
    let sigma = 0.55f64;
    let median = spec.mean_words as f64 / (sigma * sigma / 2.0).exp();
    let w = (median.ln() + sigma * rng.normal()).exp();
    (w as usize).clamp(spec.min_words, spec.max_words - 150)
}

/// Which of the event's quotations a report uses.
fn chosen_quotes(ev: &Event, rng: &mut Rng) -> Vec<u8> {
    (0..ev.quotes.len() as u8)
        .filter(|&q| rng.chance(if q == 0 { 0.85 } else { 0.55 }))
        .collect()
}

fn own_report(ev: &Event, spec: &Spec, w: &Profile, rng: &mut Rng, target: usize) -> Vec<Para> {
    let ctx = writer_ctx(ev, w);
    let quotes = chosen_quotes(ev, rng);
    let mut planner = Planner::new(ev, rng.fork(), quotes);
    let lead = planner.lead(ev);
    let prefix = if w.dateline {
        format!(
            "{} \u{2014} ",
            ev.fixed(super::event::slot::PLACE).to_uppercase()
        )
    } else {
        String::new()
    };
    let mut paras = vec![render_para(&lead, &ctx, w.british, &prefix)];
    extend(
        &mut paras,
        &mut planner,
        &ctx,
        w.british,
        target,
        spec.max_words,
    );
    paras
}

/// The reports of one event, each with its place in the bundle, and what they share.
pub struct EventOutput {
    pub articles: Vec<(u32, SynthArticle)>,
    pub planted: Vec<Planted>,
    pub place: String,
}

pub fn write_event(spec: &Spec, plan: &Plan, ep: &EventPlan) -> EventOutput {
    let ev = Event::new(ep.topic, Some(ep.country), ep.date, ep.seed);
    let mut rng = Rng::new(derive(ep.seed, 1));
    let profiles = boiler::profiles();
    let originals = ep.slots.len() - ep.duplicate as usize;
    // Distinct outlets for the event's reports.
    let mut outlets: Vec<usize> = (0..OUTLETS.len()).collect();
    rng.shuffle(&mut outlets);
    let wire = ep.wire.then(|| Wire::new(&ev, spec, &mut rng));
    let mut coverage: Vec<Coverage> = (0..originals)
        .map(|_| match &wire {
            None => Coverage::Own,
            Some(_) => match rng.weighted(&[45, 20, 35]) {
                0 => Coverage::Rerun,
                1 => Coverage::Rewrite,
                _ => Coverage::Own,
            },
        })
        .collect();
    if wire.is_some() {
        if rng.chance(0.35) {
            coverage[0] = Coverage::Agency;
        }
        // At least two reports carry the wire copy, or it would be shared by nobody.
        let carriers = coverage.iter().filter(|c| **c != Coverage::Own).count();
        for c in coverage
            .iter_mut()
            .filter(|c| **c == Coverage::Own)
            .take(2usize.saturating_sub(carriers))
        {
            *c = Coverage::Rerun;
        }
    }
    let mut drafts: Vec<Draft> = Vec::with_capacity(ep.slots.len());
    for (k, cov) in coverage.iter().enumerate() {
        let mut arng = Rng::new(derive(ep.seed, 100 + k as u64));
        let writer = match cov {
            Coverage::Agency => wire.as_ref().map_or(outlets[k], |w| w.writer),
            _ => outlets[k],
        };
        let w = &profiles[writer];
        let target = target_words(spec, &mut arng);
        let (paras, title) = match (cov, &wire) {
            (Coverage::Agency, Some(wire)) => {
                let mut paras: Vec<Para> =
                    (0..wire.paras.len()).map(|i| wire.exact(&ev, i)).collect();
                paras.push(Para {
                    words: count_words(&wire.credit),
                    text: wire.credit.clone(),
                    quotes: Vec::new(),
                    wire: None,
                    sents: Vec::new(),
                });
                (paras, wire.headline.clone())
            }
            (Coverage::Rerun, Some(wire)) => {
                let title = if arng.chance(0.6) {
                    wire.headline.clone()
                } else {
                    ev.headline(&mut arng)
                };
                (rerun(&ev, spec, wire, w, &mut arng, target), title)
            }
            (Coverage::Rewrite, Some(wire)) => (
                rewrite(&ev, spec, wire, w, &mut arng, target),
                ev.headline(&mut arng),
            ),
            _ => (
                own_report(&ev, spec, w, &mut arng, target),
                ev.headline(&mut arng),
            ),
        };
        let block_seed = arng.next_u64();
        drafts.push(Draft {
            writer,
            coverage: *cov,
            title,
            paras,
            seq: ep.slots[k].seq,
            date: ep.slots[k].date,
            block_seed,
            block_writer: writer,
        });
    }
    let mut duplicate_of = None;
    if ep.duplicate {
        let o = rng.below(drafts.len());
        let orig = &drafts[o];
        // The same page captured twice, or a sister site running the same story.
        let writer = if rng.chance(0.6) {
            orig.writer
        } else {
            outlets[OUTLETS.len() - 1]
        };
        let slot = ep.slots[originals];
        drafts.push(Draft {
            writer,
            coverage: Coverage::Duplicate,
            title: orig.title.clone(),
            paras: orig.paras.clone(),
            seq: slot.seq,
            date: slot.date,
            block_seed: orig.block_seed,
            block_writer: orig.block_writer,
        });
        duplicate_of = Some(o);
    }
    finish(spec, plan, ep, &ev, drafts, duplicate_of)
}

/// Lays out the pages and records the shared passages.
fn finish(
    spec: &Spec,
    plan: &Plan,
    ep: &EventPlan,
    ev: &Event,
    drafts: Vec<Draft>,
    duplicate_of: Option<usize>,
) -> EventOutput {
    let profiles = boiler::profiles();
    let topic = ev.compiled().topic;
    let mut rng = Rng::new(derive(ep.seed, 2));
    let mut articles = Vec::with_capacity(drafts.len());
    let mut pages = Vec::with_capacity(drafts.len());
    for d in &drafts {
        // Drawn from the block's seed: a copied page links the same stories inside its block.
        let mut pick = Rng::new(derive(d.block_seed, 3));
        let others: Vec<&str> = if plan.headlines.len() > 1 {
            (0..6)
                .map(|_| {
                    let mut j = pick.below(plan.headlines.len());
                    if j == ep.index as usize {
                        j = (j + 1) % plan.headlines.len();
                    }
                    plan.headlines[j].as_str()
                })
                .collect()
        } else {
            Vec::new()
        };
        let w = &profiles[d.writer];
        let input = PageInput {
            title: &d.title,
            date: d.date,
            topic: topic.name,
            place: ev.fixed(super::event::slot::PLACE),
            country: ev.fixed(super::event::slot::COUNTRY),
            elsewhere: &others,
        };
        let pg = page(
            w,
            &profiles[d.block_writer],
            &input,
            &d.paras,
            &mut rng,
            d.block_seed,
        );
        let mut url = boiler::url(w, topic.section, d.date, &d.title);
        if d.coverage == Coverage::Duplicate
            && Some(d.writer) == duplicate_of.map(|o| drafts[o].writer)
        {
            url.push_str("?utm_source=rss&utm_medium=feed");
        }
        pages.push(pg.paragraphs.clone());
        articles.push((
            d.seq,
            SynthArticle {
                id: article_id(spec.seed, d.seq),
                title: d.title.clone(),
                text: pg.text,
                outlet: w.name,
                date: d.date,
                url,
                event: ep.index,
                coverage: d.coverage,
                paragraphs: pg.paragraphs,
            },
        ));
    }
    let planted = truth::record(ep, ev, &drafts, &pages, &articles, duplicate_of);
    EventOutput {
        articles,
        planted,
        place: ev.fixed(super::event::slot::PLACE).to_string(),
    }
}

/// Words of `s`, as `split_whitespace` counts them (the generator writes only ASCII spacing):
/// the starts of runs of non-space bytes, counted in a loop the compiler vectorises.
pub fn count_words(s: &str) -> usize {
    let b = s.as_bytes();
    let Some(&first) = b.first() else {
        return 0;
    };
    let space = |c: u8| (c == b' ') | (c == b'\n') | (c == b'\t') | (c == b'\r');
    let starts: usize = b
        .iter()
        .zip(&b[1..])
        .map(|(&x, &y)| (space(x) & !space(y)) as usize)
        .sum();
    starts + !space(first) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_like_split_whitespace() {
        for s in [
            "",
            " ",
            "one",
            " one",
            "one ",
            "a b  c\n\nd\te",
            "\u{201C}Quoted,\u{201D} he said. \u{2014} ok",
            "  x  ",
        ] {
            assert_eq!(count_words(s), s.split_whitespace().count(), "{s:?}");
        }
    }
}
