//! An event: what happened, where, when, to whom, and who said what. Every report of the event
//! is written from this one record, which is what makes reports of one event agree on their
//! names, places and figures.

use super::lexicon::{self, Country, COUNTRIES, FIRST_NAMES, JOBS, SURNAMES};
pub use super::library::{library, library_for, Compiled};
use super::rng::Rng;
use super::template::{capitalise_from, Fresh, Slots, Template, FIXED};
use super::topics::Num;
use crate::engine::Date;

/// A quotation of one of the event's people, the same word for word in every report.
#[derive(Debug, Clone)]
pub struct Quote {
    pub text: String,
    /// 0, 1 or 2: which of `$p1`..`$p3` said it.
    pub speaker: usize,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub topic: usize,
    pub country: usize,
    pub date: Date,
    /// Values of the fixed slots, in the order of [`FIXED`].
    pub fixed: Vec<String>,
    /// The same, spelled the British way.
    pub fixed_uk: Vec<String>,
    pub quotes: Vec<Quote>,
    /// The wire agency that covers it (index into [`lexicon::AGENCIES`]).
    pub agency: usize,
}

/// Slot indices, by name, checked against [`FIXED`] by the tests.
pub mod slot {
    pub const PLACE: usize = 0;
    pub const COUNTRY: usize = 1;
    pub const P1: usize = 7;
    pub const P1L: usize = 10;
    pub const R1: usize = 13;
}

impl Event {
    /// Draws an event of `topic` (in `country` if given) on `date`.
    pub fn new(topic: usize, country: Option<usize>, date: Date, seed: u64) -> Event {
        let lib = library();
        let c = &lib.topics[topic];
        let t = c.topic;
        let mut rng = Rng::new(seed);
        let country = country.unwrap_or_else(|| rng.below(COUNTRIES.len()));
        let land = &COUNTRIES[country];
        let agency = rng.below(lexicon::AGENCIES.len());
        let mut ev = Event {
            topic,
            country,
            date,
            fixed: vec![String::new(); FIXED.len()],
            fixed_uk: Vec::new(),
            quotes: Vec::new(),
            agency,
        };
        let set = |ev: &mut Event, name: &str, value: String| {
            let i = FIXED.iter().position(|f| *f == name).expect("known slot");
            ev.fixed[i] = value;
        };
        set(&mut ev, "place", rng.pick(land.cities).to_string());
        set(&mut ev, "country", land.name.to_string());
        set(&mut ev, "demonym", land.demonym.to_string());
        set(&mut ev, "weekday", weekday(date).to_string());
        set(
            &mut ev,
            "day",
            format!("{} {}", lexicon::MONTHS[date.month as usize - 1], date.day),
        );
        set(
            &mut ev,
            "month",
            lexicon::MONTHS[date.month as usize - 1].to_string(),
        );
        set(&mut ev, "year", date.year.to_string());
        let hour = rng.range(1, 12);
        let minute = rng.below(60);
        let half = if rng.chance(0.5) { "a.m." } else { "p.m." };
        set(&mut ev, "time", format!("{hour}:{minute:02} {half}"));
        set(
            &mut ev,
            "agency",
            lexicon::AGENCIES[agency].name.to_string(),
        );
        for (i, n) in t.numbers.iter().enumerate() {
            set(&mut ev, ["n1", "n2", "n3"][i], number(*n, &mut rng));
        }
        // Orgs, then details, then people and their roles: each may name what came before.
        let mut words = rng.fork();
        let mut ents = rng.fork();
        for (i, pool) in c.orgs.iter().enumerate() {
            let v = ev.render_once(pool, &mut rng, &mut words, &mut ents);
            set(&mut ev, ["org1", "org2"][i], v);
        }
        for (i, pool) in c.details.iter().enumerate() {
            let v = ev.render_once(pool, &mut rng, &mut words, &mut ents);
            set(&mut ev, ["d1", "d2", "d3", "d4"][i], v);
        }
        let mut surnames: Vec<&str> = Vec::new();
        for (i, pool) in c.roles.iter().enumerate() {
            let first = rng.pick(FIRST_NAMES);
            let mut last = *rng.pick(SURNAMES);
            while surnames.contains(&last) {
                last = *rng.pick(SURNAMES);
            }
            surnames.push(last);
            set(&mut ev, ["p1", "p2", "p3"][i], format!("{first} {last}"));
            set(&mut ev, ["p1l", "p2l", "p3l"][i], last.to_string());
            let v = ev.render_once(pool, &mut rng, &mut words, &mut ents);
            set(&mut ev, ["r1", "r2", "r3"][i], v);
        }
        ev.quotes = ev.draw_quotes(&mut rng);
        ev.fixed_uk = ev
            .fixed
            .iter()
            .map(|v| super::edit::respell(v, true).unwrap_or_else(|| v.clone()))
            .collect();
        ev
    }

    fn render_once(
        &self,
        pool: &[Template],
        rng: &mut Rng,
        words: &mut Rng,
        ents: &mut Rng,
    ) -> String {
        let t = rng.pick(pool);
        let mut out = String::new();
        t.render(&self.ctx(&PLAIN, ""), words, ents, &mut out);
        out
    }

    /// Two to five quotations of 8 to 40 words, from distinct templates.
    fn draw_quotes(&self, rng: &mut Rng) -> Vec<Quote> {
        let lib = library();
        let pool = &lib.topics[self.topic].quotes;
        let mut order: Vec<usize> = (0..pool.len()).collect();
        rng.shuffle(&mut order);
        let n = rng.range(2, 5).min(order.len());
        let mut words = rng.fork();
        let mut ents = rng.fork();
        let ctx = self.ctx(&PLAIN, "");
        let mut quotes = Vec::with_capacity(n);
        for k in 0..n {
            let mut text = String::new();
            pool[order[k]].render(&ctx, &mut words, &mut ents, &mut text);
            // A short quotation gets a second sentence, so that every shared quotation is long
            // enough to count as a passage.
            let mut extra = (k + 1) % order.len();
            while text.split_whitespace().count() < 8 {
                text.push_str(". ");
                let start = text.len();
                pool[order[extra]].render(&ctx, &mut words, &mut ents, &mut text);
                capitalise_from(&mut text, start);
                extra = (extra + 1) % order.len();
            }
            capitalise_from(&mut text, 0);
            let speaker = [0, 0, 0, 1, 1, 2][rng.below(6)];
            quotes.push(Quote { text, speaker });
        }
        quotes
    }

    pub fn fixed(&self, i: usize) -> &str {
        &self.fixed[i]
    }

    pub fn compiled(&self) -> &'static Compiled {
        &library().topics[self.topic]
    }

    pub fn ctx<'a>(&'a self, style: &'a Style, outlet: &'a str) -> Ctx<'a> {
        Ctx {
            ev: self,
            british: false,
            style,
            outlet,
            fact: "",
            quote: None,
        }
    }

    /// A headline for the event, drawn with `rng`.
    pub fn headline(&self, rng: &mut Rng) -> String {
        let c = self.compiled();
        let mut out = String::new();
        let t = rng.pick(&c.headlines);
        let mut ents = rng.fork();
        t.render(&self.ctx(&PLAIN, ""), rng, &mut ents, &mut out);
        capitalise_from(&mut out, 0);
        out
    }
}

/// How a writer sets quotations.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub open: &'static str,
    pub close: &'static str,
}

pub const PLAIN: Style = Style {
    open: "\"",
    close: "\"",
};
pub const CURLY: Style = Style {
    open: "\u{201C}",
    close: "\u{201D}",
};

/// The slots of an event as one writer fills them.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub ev: &'a Event,
    /// Spell the British way (event quotations excepted: they stay as spoken).
    pub british: bool,
    pub style: &'a Style,
    pub outlet: &'a str,
    pub fact: &'a str,
    pub quote: Option<&'a Quote>,
}

impl Slots for Ctx<'_> {
    fn fixed(&self, i: usize) -> &str {
        if self.british && !self.ev.fixed_uk.is_empty() {
            &self.ev.fixed_uk[i]
        } else {
            &self.ev.fixed[i]
        }
    }

    fn fresh(&self, f: Fresh, rng: &mut Rng, out: &mut String) {
        match f {
            Fresh::Anyone => {
                out.push_str(rng.word(FIRST_NAMES));
                out.push(' ');
                out.push_str(rng.word(SURNAMES));
            }
            Fresh::Anyplace => {
                let i = rng.below(COUNTRIES.len());
                let c: &Country = &COUNTRIES[i];
                out.push_str(rng.word(c.cities));
                if i != self.ev.country {
                    out.push_str(", ");
                    let name = c.name.strip_prefix("the ").unwrap_or(c.name);
                    out.push_str(if name == "United States" {
                        "the United States"
                    } else {
                        name
                    });
                }
            }
            Fresh::Anyyear => {
                let y = self.ev.date.year - rng.range(2, 30) as i32;
                out.push_str(&y.to_string());
            }
            Fresh::Anyage => out.push_str(&rng.range(19, 84).to_string()),
            Fresh::Anyjob => out.push_str(rng.word(JOBS)),
            Fresh::Outlet => out.push_str(self.outlet),
            Fresh::Fact => out.push_str(self.fact),
            Fresh::Quote => out.push_str(self.quote.map_or("", |q| q.text.as_str())),
            Fresh::Who | Fresh::WhoLast | Fresh::WhoRole => {
                let s = self.quote.map_or(0, |q| q.speaker);
                let base = match f {
                    Fresh::Who => slot::P1,
                    Fresh::WhoLast => slot::P1L,
                    _ => slot::R1,
                };
                out.push_str(self.fixed(base + s));
            }
            Fresh::OpenQuote => out.push_str(self.style.open),
            Fresh::CloseQuote => out.push_str(self.style.close),
        }
    }
}

/// One sentence of a report: what it says, and the seeds that word it. The same unit with the
/// same seeds is the same sentence; a new `words` seed says it again in other words, a new
/// `frame` seed attributes a fact or a quotation another way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub unit: Unit,
    pub ents: u64,
    pub words: u64,
    pub frame: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Lead(u16),
    Fact(u16),
    Background(u16),
    Voice(u16),
    Generic(u16),
    /// One of the event's quotations.
    Quote(u8),
}

impl Sentence {
    /// Writes the sentence into `out`, capitalised.
    #[cfg(test)]
    pub fn render(&self, ctx: &Ctx, out: &mut String) {
        self.render_with(ctx, out, &mut String::new());
    }

    /// [`Sentence::render`] with a buffer to reuse for the inner clause of a framed fact.
    pub fn render_with(&self, ctx: &Ctx, out: &mut String, fact: &mut String) {
        let lib = library_for(ctx.british);
        let c = &lib.topics[ctx.ev.topic];
        let mut words = Rng::new(self.words);
        let mut ents = Rng::new(self.ents);
        let start = out.len();
        match self.unit {
            Unit::Lead(i) => c.leads[i as usize].render(ctx, &mut words, &mut ents, out),
            Unit::Background(i) => c.background[i as usize].render(ctx, &mut words, &mut ents, out),
            Unit::Voice(i) => c.voices[i as usize].render(ctx, &mut words, &mut ents, out),
            Unit::Generic(i) => lib.generic[i as usize].render(ctx, &mut words, &mut ents, out),
            Unit::Fact(i) => {
                fact.clear();
                c.facts[i as usize].render(ctx, &mut words, &mut ents, fact);
                let mut framing = Rng::new(self.frame);
                let frame = framing.weighted(&lib.fact_weights);
                let framed = Ctx {
                    fact,
                    quote: None,
                    ..*ctx
                };
                lib.fact_frames[frame].render(&framed, &mut framing, &mut ents, out);
            }
            Unit::Quote(q) => {
                let mut framing = Rng::new(self.frame);
                let frame = framing.weighted(&lib.quote_weights);
                let framed = Ctx {
                    quote: ctx.ev.quotes.get(q as usize),
                    ..*ctx
                };
                lib.quote_frames[frame].render(&framed, &mut framing, &mut ents, out);
            }
        }
        capitalise_from(out, start);
    }
}

/// Writes a number slot.
fn number(n: Num, rng: &mut Rng) -> String {
    match n {
        Num::Int(lo, hi) => thousands(rng.range(lo as usize, hi as usize) as u64),
        Num::Tenths(lo, hi) => {
            let v = rng.range(lo as usize, hi as usize);
            format!("{}.{}", v / 10, v % 10)
        }
        Num::Money(lo, hi) => {
            let m = rng.range(lo as usize, hi as usize);
            if m >= 1000 {
                format!("${}.{} billion", m / 1000, (m % 1000) / 100)
            } else {
                format!("${m} million")
            }
        }
    }
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn weekday(d: Date) -> &'static str {
    lexicon::WEEKDAYS[d.days().rem_euclid(7) as usize]
}

/// The date `days` after 1970-01-01 (the inverse of [`Date::days`]).
pub fn date_from_days(days: i64) -> Date {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date::new(year, month, day).expect("a valid civil date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_constants_match_the_table() {
        assert_eq!(FIXED[slot::PLACE], "place");
        assert_eq!(FIXED[slot::COUNTRY], "country");
        assert_eq!(FIXED[slot::P1], "p1");
        assert_eq!(FIXED[slot::P1L], "p1l");
        assert_eq!(FIXED[slot::R1], "r1");
        assert_eq!(FIXED[slot::P1 + 2], "p3");
        assert_eq!(FIXED[slot::R1 + 2], "r3");
    }

    #[test]
    fn dates_round_trip_and_weekdays_are_right() {
        for days in [-1000i64, 0, 59, 365, 19_000, 19_723, 25_000] {
            assert_eq!(date_from_days(days).days(), days);
        }
        assert_eq!(weekday(Date::new(2024, 3, 4).unwrap()), "Monday");
        assert_eq!(weekday(Date::new(1970, 1, 1).unwrap()), "Thursday");
    }

    #[test]
    fn numbers_are_written_like_copy() {
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
        let mut rng = Rng::new(1);
        for _ in 0..50 {
            let m = number(Num::Money(800, 2000), &mut rng);
            assert!(m.starts_with('$') && (m.ends_with("million") || m.ends_with("billion")));
        }
    }

    #[test]
    fn every_template_parses_and_renders_for_every_topic() {
        let lib = library();
        for (t, c) in lib.topics.iter().enumerate() {
            let date = Date::new(2023, 5, 17).unwrap();
            let ev = Event::new(t, None, date, 99 + t as u64);
            assert!(
                ev.fixed.iter().all(|v| !v.is_empty()),
                "{}: {:?}",
                c.topic.name,
                ev.fixed
            );
            assert!(ev.quotes.len() >= 2);
            for q in &ev.quotes {
                let n = q.text.split_whitespace().count();
                assert!((8..=60).contains(&n), "{}: {:?}", c.topic.name, q.text);
                assert!(!q
                    .text
                    .contains(['"', '\u{201C}', '\u{201D}', '$', '{', '}']));
            }
            let style = CURLY;
            let ctx = ev.ctx(&style, "The Test Outlet");
            let units = (0..c.leads.len())
                .map(|i| Unit::Lead(i as u16))
                .chain((0..c.facts.len()).map(|i| Unit::Fact(i as u16)))
                .chain((0..c.background.len()).map(|i| Unit::Background(i as u16)))
                .chain((0..c.voices.len()).map(|i| Unit::Voice(i as u16)))
                .chain((0..lib.generic.len()).map(|i| Unit::Generic(i as u16)))
                .chain((0..ev.quotes.len()).map(|i| Unit::Quote(i as u8)));
            for (k, unit) in units.enumerate() {
                let mut out = String::new();
                Sentence {
                    unit,
                    ents: k as u64,
                    words: 3 * k as u64,
                    frame: 5 * k as u64,
                }
                .render(&ctx, &mut out);
                assert!(!out.contains(['{', '}', '|', '\u{1}']), "{out}");
                assert!(
                    !out.as_bytes()
                        .windows(2)
                        .any(|w| w[0] == b'$' && w[1].is_ascii_alphabetic()),
                    "{out}"
                );
                let first = out.chars().next().unwrap();
                assert!(
                    first.is_uppercase() || first.is_ascii_digit() || first == '\u{201C}',
                    "{out}"
                );
                assert!(out.ends_with(['.', '\u{201D}', '"', ')']), "{out}");
            }
            for _ in 0..5 {
                let h = ev.headline(&mut Rng::new(5));
                assert!(!h.contains(['{', '}', '|']), "{h}");
            }
        }
    }
}
