//! Synthetic bundles with a known answer, for tests and benchmarks.
//!
//! [`generate`] writes, from a seed, a bundle of news reports that looks like a year of scraped
//! news: events covered by two to eight outlets (and lone reports), look-alike events (two
//! earthquakes in one country a week apart), wire stories re-run by several outlets with edits,
//! rewrites of them, quotations repeated in several outlets' own prose, duplicated pages, and
//! the page furniture around every story. Beside the reports it returns the ground truth: the
//! event of every report and every passage two or more reports share, with where it is.
//!
//! The same seed gives the same bundle byte for byte, whatever the number of threads: each event
//! is written from its own stream, derived from the seed and the event's number.

mod boiler;
mod compose;
mod edit;
mod event;
mod lexicon;
mod library;
mod plan;
mod prose;
mod rng;
mod template;
mod topics;
pub mod write;

use rayon::prelude::*;

pub use crate::engine::passages::Kind;
use crate::engine::Date;

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub articles: usize,
    pub seed: u64,
    /// The first day events can happen on.
    pub start: Date,
    /// Events are spread over this many days (their reports may run a few days later).
    pub days: u32,
    /// Bounds and mean of a report's story length, in words (page furniture not counted).
    pub min_words: usize,
    pub max_words: usize,
    pub mean_words: usize,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            articles: 1000,
            seed: 1,
            start: Date::new(2023, 1, 1).expect("valid"),
            days: 365,
            min_words: 200,
            max_words: 3000,
            mean_words: 700,
        }
    }
}

impl Spec {
    pub fn new(articles: usize, seed: u64) -> Spec {
        Spec {
            articles,
            seed,
            ..Spec::default()
        }
    }

    /// Why the spec cannot be generated, if it cannot.
    pub fn check(&self) -> Result<(), String> {
        if self.min_words < 80 {
            return Err("min_words must be at least 80".into());
        }
        if self.max_words < self.min_words + 400 {
            return Err("max_words must exceed min_words by at least 400".into());
        }
        if !(self.min_words..=self.max_words).contains(&self.mean_words) {
            return Err("mean_words must lie between min_words and max_words".into());
        }
        if self.articles > u32::MAX as usize / 2 {
            return Err("too many articles".into());
        }
        Ok(())
    }
}

/// How a report came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// The outlet's own report.
    Own,
    /// The wire agency's own copy.
    Agency,
    /// Wire copy re-run with light edits.
    Rerun,
    /// Wire copy rewritten in the outlet's words.
    Rewrite,
    /// A copy of another report of the bundle.
    Duplicate,
}

/// One generated report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthArticle {
    pub id: String,
    pub title: String,
    /// The page as scraped: furniture and story, without the title and date line a text file
    /// starts with (see [`SynthArticle::file_text`]).
    pub text: String,
    pub outlet: &'static str,
    pub date: Date,
    pub url: String,
    /// Index into [`Truth::events`].
    pub event: u32,
    pub coverage: Coverage,
    /// Byte ranges of the story's paragraphs in `text` (everything else is furniture).
    pub paragraphs: Vec<(u32, u32)>,
}

impl SynthArticle {
    /// The first line of the text-file form: ` date YYYY-MM-DD` and the title.
    pub fn file_header(&self) -> String {
        format!(" date {} {}\n", self.date, self.title)
    }

    /// The whole text file: header line, then the page. Offsets into `text` are offsets into
    /// the file plus the header's length.
    pub fn file_text(&self) -> String {
        let mut s = self.file_header();
        s.push_str(&self.text);
        s.push('\n');
        s
    }

    /// Words of the story (furniture not counted).
    pub fn story_words(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|&(s, e)| compose::count_words(&self.text[s as usize..e as usize]))
            .sum()
    }
}

/// Where one report carries a shared passage: a byte range of its `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Index into [`Generated::articles`].
    pub article: u32,
    pub start: u32,
    pub end: u32,
}

/// A passage two or more reports share.
///
/// - `Verbatim`: the same words in every span (a quotation, a wire paragraph re-run as is, or
///   with `incidental`, a sentence two outlets happened to word alike).
/// - `Near`: copies of one wire paragraph with light edits (spelling, a word, a dropped
///   sentence, the dateline); the spans' texts differ a little.
/// - `Rewrite`: copies of one wire paragraph of which at least one is reworded.
/// - `Duplicate`: a report's whole story block copied into another report.
///
/// A wire paragraph can appear in several passages: verbatim among the identical copies, near
/// among all edited copies, rewrite among all copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planted {
    pub kind: Kind,
    pub event: u32,
    /// Shared by chance rather than copied.
    pub incidental: bool,
    pub spans: Vec<Span>,
}

/// An event of the truth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventInfo {
    pub id: String,
    pub topic: &'static str,
    pub place: String,
    pub country: &'static str,
    pub date: Date,
    /// The event this one was made to resemble.
    pub twin_of: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Truth {
    pub events: Vec<EventInfo>,
    pub passages: Vec<Planted>,
}

/// A generated bundle: reports in date order, and the truth about them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Generated {
    pub articles: Vec<SynthArticle>,
    pub truth: Truth,
}

impl Generated {
    /// The text of a span.
    pub fn span_text(&self, s: &Span) -> &str {
        &self.articles[s.article as usize].text[s.start as usize..s.end as usize]
    }

    /// The event id of each article, in article order.
    pub fn labels(&self) -> impl Iterator<Item = (&str, &str)> {
        self.articles.iter().map(|a| {
            (
                a.id.as_str(),
                self.truth.events[a.event as usize].id.as_str(),
            )
        })
    }
}

/// Writes a bundle as `spec` asks. Panics on a spec that [`Spec::check`] rejects.
pub fn generate(spec: &Spec) -> Generated {
    if let Err(e) = spec.check() {
        panic!("invalid spec: {e}");
    }
    let plan = plan::Plan::new(spec);
    let outputs: Vec<compose::EventOutput> = plan
        .events
        .par_iter()
        .map(|ep| compose::write_event(spec, &plan, ep))
        .collect();
    let mut slots: Vec<Option<SynthArticle>> = (0..plan.articles).map(|_| None).collect();
    let mut passages = Vec::new();
    let width = plan.events.len().saturating_sub(1).to_string().len().max(5);
    let mut events = Vec::with_capacity(plan.events.len());
    for (ep, out) in plan.events.iter().zip(outputs) {
        for (seq, a) in out.articles {
            slots[seq as usize] = Some(a);
        }
        passages.extend(out.planted);
        events.push(EventInfo {
            id: format!("e{:0width$}", ep.index),
            topic: topics::all()[ep.topic].name,
            place: out.place,
            country: lexicon::COUNTRIES[ep.country].name,
            date: ep.date,
            twin_of: ep.twin_of,
        });
    }
    let articles: Vec<SynthArticle> = slots
        .into_iter()
        .map(|a| a.expect("every planned slot is written"))
        .collect();
    Generated {
        articles,
        truth: Truth { events, passages },
    }
}
