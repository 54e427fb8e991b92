//! Writing the reports of one event: outlets' own reports, the wire story and the outlets that
//! re-run it (trimmed, reordered, respelled, a word changed) or rewrite it, the agency's own
//! copy, and duplicates; then the page around each, and the record of what they share.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::boiler::{self, page, PageInput, Profile};
use super::edit;
use super::event::{library, Ctx, Event, Sentence, Unit};
use super::lexicon::{COUNTRIES, OUTLETS};
use super::plan::{article_id, EventPlan, Plan};
use super::rng::{derive, Rng};
use super::{Coverage, Kind, Planted, Span, Spec, SynthArticle};

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

/// Fewest words of a recorded passage.
pub const MIN_PASSAGE_WORDS: usize = 8;

/// Fewest words in a paragraph of a report's body.
const MIN_PARA_WORDS: usize = 14;

/// Plans paragraphs of a report from the event's facts, quotations, background and voices.
struct Planner {
    facts: Vec<u16>,
    background: Vec<u16>,
    voices: Vec<u16>,
    generic: Vec<u16>,
    used: [usize; 4],
    quotes: Vec<u8>,
    rng: Rng,
    paras: usize,
}

impl Planner {
    fn new(ev: &Event, mut rng: Rng, quotes: Vec<u8>) -> Planner {
        let c = ev.compiled();
        let pool = |n: usize, rng: &mut Rng| {
            let mut v: Vec<u16> = (0..n as u16).collect();
            rng.shuffle(&mut v);
            v
        };
        Planner {
            facts: pool(c.facts.len(), &mut rng),
            background: pool(c.background.len(), &mut rng),
            voices: pool(c.voices.len(), &mut rng),
            generic: pool(library().generic.len(), &mut rng),
            used: [0; 4],
            quotes,
            rng,
            paras: 0,
        }
    }

    fn sentence(&mut self, unit: Unit) -> Sentence {
        Sentence {
            unit,
            ents: self.rng.next_u64(),
            words: self.rng.next_u64(),
            frame: self.rng.next_u64(),
        }
    }

    fn lead(&mut self, ev: &Event) -> Vec<Sentence> {
        let n = ev.compiled().leads.len();
        let i = self.rng.below(n) as u16;
        let mut p = vec![self.sentence(Unit::Lead(i))];
        if self.rng.chance(0.3) {
            let f = self.fact();
            p.push(f);
        }
        p
    }

    /// The next fact: each once, then (rarely) again in other words.
    fn fact(&mut self) -> Sentence {
        let i = self.facts[self.used[0] % self.facts.len()];
        self.used[0] += 1;
        self.sentence(Unit::Fact(i))
    }

    fn filler(&mut self) -> Sentence {
        // Fresh material first; once a pool is used up, its sentences come back rarely.
        let fresh = |k: usize, len: usize, new: u32, again: u32| {
            if self.used[k] < len {
                new
            } else {
                again
            }
        };
        let weights = [
            fresh(0, self.facts.len(), 8, 1),
            fresh(1, self.background.len(), 3, 1),
            fresh(2, self.voices.len(), 3, 2),
            fresh(3, self.generic.len(), 2, 2),
        ];
        let kind = self.rng.weighted(&weights);
        if kind == 0 {
            return self.fact();
        }
        let pool = match kind {
            1 => &self.background,
            2 => &self.voices,
            _ => &self.generic,
        };
        let i = pool[self.used[kind] % pool.len()];
        self.used[kind] += 1;
        let unit = match kind {
            1 => Unit::Background(i),
            2 => Unit::Voice(i),
            _ => Unit::Generic(i),
        };
        self.sentence(unit)
    }

    /// The next paragraph, planned and rendered. A paragraph of a few words gets another
    /// sentence: copy is rarely set in such scraps, and a shared scrap is too short to matter.
    fn paragraph(&mut self, ctx: &Ctx, british: bool) -> (Vec<Sentence>, Para) {
        let mut p = self.next();
        let mut para = render_para(&p, ctx, british, "");
        while para.words < MIN_PARA_WORDS {
            let s = self.filler();
            p.push(s);
            para = render_para(&p, ctx, british, "");
        }
        (p, para)
    }

    fn next(&mut self) -> Vec<Sentence> {
        self.paras += 1;
        let due = self.paras >= 2 && self.rng.chance(0.45) || self.paras >= 6;
        if !self.quotes.is_empty() && due {
            let q = self.quotes.remove(0);
            let mut p = Vec::with_capacity(3);
            if self.rng.chance(0.35) {
                p.push(self.filler());
            }
            p.push(self.sentence(Unit::Quote(q)));
            if self.rng.chance(0.2) {
                p.push(self.fact());
            }
            return p;
        }
        let n = 1 + self.rng.weighted(&[45, 40, 15]);
        (0..n).map(|_| self.filler()).collect()
    }
}

/// The agency's story: planned sentences and the agency's own rendering.
struct Wire {
    plan: Vec<Vec<Sentence>>,
    paras: Vec<Para>,
    dateline_place: String,
    headline: String,
    credit: String,
    writer: usize,
}

fn writer_ctx<'a>(ev: &'a Event, w: &'a Profile) -> Ctx<'a> {
    ev.ctx(&w.style, w.name)
}

fn country_short(ev: &Event) -> &'static str {
    let n = COUNTRIES[ev.country].name;
    n.strip_prefix("the ").unwrap_or(n)
}

impl Wire {
    fn new(ev: &Event, spec: &Spec, rng: &mut Rng) -> Wire {
        let writer = boiler::agency_writer(ev.agency);
        let w = &boiler::profiles()[writer];
        let ctx = writer_ctx(ev, w);
        let quotes: Vec<u8> = (0..ev.quotes.len() as u8).collect();
        let mut planner = Planner::new(ev, rng.fork(), quotes);
        let target = rng
            .range(350, 1400)
            .clamp(spec.min_words, spec.max_words - 150);
        let place = ev.fixed(super::event::slot::PLACE).to_uppercase();
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

    fn agency(&self) -> &'static Profile {
        &boiler::profiles()[self.writer]
    }

    /// The dateline that opens the story, in one of the forms re-runs leave it in.
    fn dateline(&self, ev: &Event, form: usize) -> String {
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
    fn exact(&self, ev: &Event, i: usize) -> Para {
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

fn rerun(
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

fn rewrite(
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
        // A light rewrite: every fact and quotation attributed anew, about half the sentences
        // worded anew, and a word or two changed.
        for s in &mut plan {
            s.frame = rng.next_u64();
            if rng.chance(0.5) {
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
        let others: Vec<&str> = if plan.headlines.len() > 1 {
            (0..6)
                .map(|_| {
                    let mut j = rng.below(plan.headlines.len());
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

fn distinct_articles(it: impl Iterator<Item = usize>) -> usize {
    let mut v: Vec<usize> = it.collect();
    v.sort_unstable();
    v.dedup();
    v.len()
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
