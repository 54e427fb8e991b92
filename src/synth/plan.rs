//! The plan of a bundle: how many events, of which topics, where, when, how many reports each,
//! and the order (by date) in which the reports are numbered. Cheap and serial, so that the
//! expensive writing that follows can run in parallel without changing a byte of the result.

use super::event::{date_from_days, Event};
use super::lexicon::COUNTRIES;
use super::rng::{derive, Rng};
use super::Spec;
use crate::engine::Date;
use rayon::prelude::*;

/// One report to write.
#[derive(Debug, Clone, Copy)]
pub struct Slot {
    /// Its place in the bundle (articles are numbered by date).
    pub seq: u32,
    pub date: Date,
}

#[derive(Debug, Clone)]
pub struct EventPlan {
    pub index: u32,
    pub seed: u64,
    pub topic: usize,
    pub country: usize,
    pub date: Date,
    /// An earlier event this one resembles: same topic, same country, days later.
    pub twin_of: Option<u32>,
    /// Whether a wire agency covers it (and outlets re-run that copy).
    pub wire: bool,
    /// The reports; with `duplicate`, the last one copies another.
    pub slots: Vec<Slot>,
    pub duplicate: bool,
}

pub struct Plan {
    pub events: Vec<EventPlan>,
    pub articles: usize,
    /// One headline per event, for the related-story lists of other events' pages.
    pub headlines: Vec<String>,
}

/// Reports per event, for 2 to 8 outlets.
const SIZE_WEIGHTS: [u32; 7] = [26, 22, 17, 13, 10, 7, 5];
/// Days after the event that its later reports appear.
const LAG_WEIGHTS: [u32; 4] = [45, 30, 17, 8];

impl Plan {
    pub fn new(spec: &Spec) -> Plan {
        let mut rng = Rng::new(derive(spec.seed, 0));
        let topics = super::topics::all().len();
        let start = spec.start.days();
        let mut events: Vec<EventPlan> = Vec::new();
        let mut total = 0usize;
        let mut days_of_slots: Vec<(i64, u64, u32, u32)> = Vec::new();
        while total < spec.articles {
            let index = events.len() as u32;
            let mut size = if rng.chance(0.18) {
                1
            } else {
                2 + rng.weighted(&SIZE_WEIGHTS)
            };
            let mut duplicate = rng.chance(0.06);
            let remaining = spec.articles - total;
            if size + duplicate as usize > remaining {
                size = remaining;
                duplicate = false;
            }
            let (topic, country, day, twin_of) = if !events.is_empty() && rng.chance(0.12) {
                let back = rng.below(events.len().min(50));
                let j = events.len() - 1 - back;
                let twin = &events[j];
                let day = twin.date.days() + rng.range(2, 20) as i64;
                (twin.topic, twin.country, day, Some(j as u32))
            } else {
                (
                    rng.below(topics),
                    rng.below(COUNTRIES.len()),
                    start + rng.below(spec.days.max(1) as usize) as i64,
                    None,
                )
            };
            let wire = size >= 2 && rng.chance(0.55);
            let n = size + duplicate as usize;
            let mut slots = Vec::with_capacity(n);
            for k in 0..n {
                let lag = if k == 0 {
                    0
                } else {
                    rng.weighted(&LAG_WEIGHTS) as i64
                };
                let d = day + lag;
                slots.push(Slot {
                    seq: 0,
                    date: date_from_days(d),
                });
                days_of_slots.push((d, rng.next_u64(), index, k as u32));
            }
            events.push(EventPlan {
                index,
                seed: derive(spec.seed, 1 + index as u64),
                topic,
                country,
                date: date_from_days(day),
                twin_of,
                wire,
                slots,
                duplicate,
            });
            total += n;
        }
        // Number the reports by date; ties broken by a drawn key so events interleave.
        days_of_slots.sort_unstable();
        for (seq, &(_, _, e, k)) in days_of_slots.iter().enumerate() {
            events[e as usize].slots[k as usize].seq = seq as u32;
        }
        let headlines = events
            .par_iter()
            .map(|ep| {
                let ev = Event::new(ep.topic, Some(ep.country), ep.date, ep.seed);
                ev.headline(&mut Rng::new(derive(ep.seed, 7)))
            })
            .collect();
        Plan {
            events,
            articles: total,
            headlines,
        }
    }
}

/// The id of the report numbered `seq`: its number, then a short hash, like a scraper's file
/// names. Nothing in it tells which event the report belongs to.
pub fn article_id(seed: u64, seq: u32) -> String {
    format!(
        "{:06}_{:08x}",
        seq,
        derive(seed, 0x1D00_0000 + seq as u64) >> 32
    )
}
