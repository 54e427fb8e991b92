//! Planning a report's paragraphs: which fact, quotation, background or voice comes next.

use super::{render_para, Para};
use crate::synth::event::{library, Ctx, Event, Sentence, Unit};
use crate::synth::rng::Rng;

/// Fewest words in a paragraph of a report's body.
const MIN_PARA_WORDS: usize = 14;

/// Plans paragraphs of a report from the event's facts, quotations, background and voices.
pub(super) struct Planner {
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
    pub(super) fn new(ev: &Event, mut rng: Rng, quotes: Vec<u8>) -> Planner {
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

    pub(super) fn sentence(&mut self, unit: Unit) -> Sentence {
        Sentence {
            unit,
            ents: self.rng.next_u64(),
            words: self.rng.next_u64(),
            frame: self.rng.next_u64(),
        }
    }

    pub(super) fn lead(&mut self, ev: &Event) -> Vec<Sentence> {
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
    pub(super) fn fact(&mut self) -> Sentence {
        let i = self.facts[self.used[0] % self.facts.len()];
        self.used[0] += 1;
        self.sentence(Unit::Fact(i))
    }

    pub(super) fn filler(&mut self) -> Sentence {
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
            fresh(2, self.voices.len(), 3, 1),
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
    pub(super) fn paragraph(&mut self, ctx: &Ctx, british: bool) -> (Vec<Sentence>, Para) {
        let mut p = self.next();
        let mut para = render_para(&p, ctx, british, "");
        while para.words < MIN_PARA_WORDS {
            let s = self.filler();
            p.push(s);
            para = render_para(&p, ctx, british, "");
        }
        (p, para)
    }

    pub(super) fn next(&mut self) -> Vec<Sentence> {
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
