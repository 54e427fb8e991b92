//! The wire story and what outlets do with it: re-run it with light edits, or rewrite it.

use super::{count_words, extend, render_para, writer_ctx, Form, Para, Planner};
use crate::synth::boiler::{self, Profile};
use crate::synth::edit;
use crate::synth::event::{library, Event, Sentence, Unit};
use crate::synth::lexicon::COUNTRIES;
use crate::synth::rng::Rng;
use crate::synth::Spec;

/// The agency's story: planned sentences and the agency's own rendering.
pub(super) struct Wire {
    pub(super) plan: Vec<Vec<Sentence>>,
    pub(super) paras: Vec<Para>,
    pub(super) dateline_place: String,
    pub(super) headline: String,
    pub(super) credit: String,
    pub(super) writer: usize,
}

fn country_short(ev: &Event) -> &'static str {
    let n = COUNTRIES[ev.country].name;
    n.strip_prefix("the ").unwrap_or(n)
}

impl Wire {
    pub(super) fn new(ev: &Event, spec: &Spec, rng: &mut Rng) -> Wire {
        let writer = boiler::agency_writer(ev.agency);
        let w = &boiler::profiles()[writer];
        let ctx = writer_ctx(ev, w);
        let quotes: Vec<u8> = (0..ev.quotes.len() as u8).collect();
        let mut planner = Planner::new(ev, rng.fork(), quotes);
        let target = rng
            .range(350, 1400)
            .clamp(spec.min_words, spec.max_words - 150);
        let place = ev.fixed(crate::synth::event::slot::PLACE).to_uppercase();
        let mut plan = vec![planner.lead(ev)];
        let mut paras = vec![render_para(&plan[0], &ctx, w.british, "")];
        let mut words = paras[0].words;
        while words < target {
            let (p, para) = planner.paragraph(&ctx, w.british);
            if words + para.words > spec.max_words - 150 {
                break;
            }
            words += para.words;
            plan.push(p);
            paras.push(para);
        }
        let mut credit = String::new();
        let lib = library();
        lib.credits[rng.below(lib.credits.len())].render(
            &ctx,
            &mut rng.fork(),
            &mut rng.fork(),
            &mut credit,
        );
        Wire {
            plan,
            paras,
            dateline_place: place,
            headline: ev.headline(rng),
            credit,
            writer,
        }
    }

    pub(super) fn agency(&self) -> &'static Profile {
        &boiler::profiles()[self.writer]
    }

    /// The dateline that opens the story, in one of the forms re-runs leave it in.
    pub(super) fn dateline(&self, ev: &Event, form: usize) -> String {
        let a = self.agency().name;
        match form {
            0 => format!(
                "{}, {} ({a}) \u{2014} ",
                self.dateline_place,
                country_short(ev)
            ),
            1 => format!("{} ({a}) - ", self.dateline_place),
            2 => format!("{} \u{2014} ", self.dateline_place),
            _ => String::new(),
        }
    }

    /// The agency's text of paragraph `i`, as it runs on the wire.
    pub(super) fn exact(&self, ev: &Event, i: usize) -> Para {
        let mut p = self.paras[i].clone();
        if i == 0 {
            let d = self.dateline(ev, 0);
            shift(&mut p, &d);
        }
        p.wire = Some((i as u16, Form::Exact));
        p
    }
}

/// Puts `prefix` before a paragraph, keeping its sentence ranges right.
fn shift(p: &mut Para, prefix: &str) {
    p.text.insert_str(0, prefix);
    p.words += count_words(prefix);
    for s in &mut p.sents {
        s.0 += prefix.len() as u32;
        s.1 += prefix.len() as u32;
    }
}

/// The paragraphs of the wire story an outlet keeps, in the order it runs them.
fn kept_paragraphs(n: usize, rng: &mut Rng) -> Vec<usize> {
    let mut keep: Vec<usize> = (0..n).collect();
    if n > 4 && rng.chance(0.5) {
        let k = rng.range((n / 2).max(3), n);
        keep.truncate(k);
    }
    let mut i = 1;
    while i < keep.len() {
        if keep.len() > 3 && rng.chance(0.06) {
            keep.remove(i);
        } else {
            i += 1;
        }
    }
    if keep.len() > 3 && rng.chance(0.3) {
        let i = rng.range(1, keep.len() - 2);
        keep.swap(i, i + 1);
    }
    keep
}

pub(super) fn rerun(
    ev: &Event,
    spec: &Spec,
    wire: &Wire,
    w: &Profile,
    rng: &mut Rng,
    target: usize,
) -> Vec<Para> {
    let agency = wire.agency();
    let dateline = wire.dateline(ev, rng.weighted(&[4, 2, 2, 2]));
    let mut paras = Vec::new();
    if rng.chance(0.15) {
        let lib = library();
        let mut intro = String::new();
        lib.intros[rng.below(lib.intros.len())].render(
            &writer_ctx(ev, w),
            &mut rng.fork(),
            &mut rng.fork(),
            &mut intro,
        );
        paras.push(Para {
            words: count_words(&intro),
            text: intro,
            quotes: Vec::new(),
            wire: None,
            sents: Vec::new(),
        });
    }
    for i in kept_paragraphs(wire.paras.len(), rng) {
        let exact = wire.exact(ev, i);
        let src = &wire.paras[i];
        let mut sents: Vec<usize> = (0..src.sents.len()).collect();
        // With three sentences or more, any two copies still share one.
        if sents.len() > 2 && rng.chance(0.15) {
            sents.remove(rng.below(sents.len()));
        }
        let mut text = if i == 0 {
            dateline.clone()
        } else {
            String::new()
        };
        let mut quotes = Vec::new();
        let lead_len = text.len();
        for &s in &sents {
            let (a, b, quote) = src.sents[s];
            if text.len() > lead_len {
                text.push(' ');
            }
            text.push_str(&src.text[a as usize..b as usize]);
            if quote {
                quotes.extend(src.quotes.iter().copied().filter(|&q| {
                    src.text[a as usize..b as usize].contains(ev.quotes[q as usize].text.as_str())
                }));
            }
        }
        if w.british != agency.british {
            if let Some(t) = edit::respell(&text, w.british) {
                text = t;
            }
        }
        if rng.chance(0.2) {
            if let Some(t) = edit::swap_one(&text, rng) {
                text = t;
            }
        }
        let form = if text == exact.text {
            Form::Exact
        } else {
            Form::Edited
        };
        let sents = if form == Form::Exact {
            exact.sents
        } else {
            Vec::new()
        };
        paras.push(Para {
            words: count_words(&text),
            text,
            quotes,
            wire: Some((i as u16, form)),
            sents,
        });
    }
    if rng.chance(0.5) {
        paras.push(Para {
            words: count_words(&wire.credit),
            text: wire.credit.clone(),
            quotes: Vec::new(),
            wire: None,
            sents: Vec::new(),
        });
    }
    let ctx = writer_ctx(ev, w);
    let mut planner = Planner::new(ev, rng.fork(), Vec::new());
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

pub(super) fn rewrite(
    ev: &Event,
    spec: &Spec,
    wire: &Wire,
    w: &Profile,
    rng: &mut Rng,
    target: usize,
) -> Vec<Para> {
    let ctx = writer_ctx(ev, w);
    let mut paras = Vec::new();
    for i in kept_paragraphs(wire.paras.len(), rng) {
        let mut plan = wire.plan[i].clone();
        if plan.len() > 2 && rng.chance(0.15) {
            plan.remove(rng.below(plan.len()));
        }
        // A light rewrite: every fact and quotation attributed anew, about half the facts
        // worded anew, and a word or two changed. Only sentences built on the event's facts are
        // reworded: they keep their names and figures, where a background or street sentence
        // would become another sentence altogether.
        for s in &mut plan {
            s.frame = rng.next_u64();
            if matches!(s.unit, Unit::Lead(_) | Unit::Fact(_)) && rng.chance(0.5) {
                s.words = rng.next_u64();
            }
        }
        let mut p = render_para(&plan, &ctx, w.british, "");
        for _ in 0..rng.below(3) {
            if let Some(t) = edit::swap_one(&p.text, rng) {
                p.text = t;
                p.words = count_words(&p.text);
                // Sentence bounds moved; a rewritten paragraph is not searched for chance
                // repeats anyway.
                p.sents.clear();
            }
        }
        let exact = wire.exact(ev, i);
        let form = if p.text == exact.text {
            Form::Exact
        } else {
            Form::Rewritten
        };
        p.wire = Some((i as u16, form));
        paras.push(p);
    }
    let mut planner = Planner::new(ev, rng.fork(), Vec::new());
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
