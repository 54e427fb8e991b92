//! The events as the app keeps them: which event each article belongs to, and each event's
//! members laid out for the list.

use crate::engine::events::Event;
use crate::engine::Date;

/// Events and which event each article belongs to: the first half of an [`Analysis`](crate::engine::analysis::Analysis), which
/// arrives before the passages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grouping {
    pub events: Vec<Event>,
    pub event_of: Vec<usize>,
    /// Every event's articles back to back (those within the bundle), and per event what its
    /// list row needs: the list is rebuilt from these on every filter result, where reading
    /// each event's own list missed the cache once per event (tens of thousands in a big
    /// bundle).
    members: Vec<u32>,
    slots: Vec<Slot>,
}

/// One event as the list rows see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Its run in [`Grouping::members`].
    start: u32,
    end: u32,
    /// How many articles the event has.
    pub size: u32,
    pub first: Option<Date>,
    pub last: Option<Date>,
}

impl Grouping {
    pub fn new(events: Vec<Event>, articles: usize) -> Grouping {
        let mut event_of = vec![0; articles];
        for (e, ev) in events.iter().enumerate() {
            for &a in &ev.articles {
                if let Some(slot) = event_of.get_mut(a) {
                    *slot = e;
                }
            }
        }
        let mut members = Vec::with_capacity(articles);
        let slots = events
            .iter()
            .map(|ev| {
                let start = members.len() as u32;
                members.extend(
                    ev.articles
                        .iter()
                        .filter(|&&a| a < articles)
                        .map(|&a| a as u32),
                );
                Slot {
                    start,
                    end: members.len() as u32,
                    size: ev.articles.len() as u32,
                    first: ev.first_date,
                    last: ev.last_date,
                }
            })
            .collect();
        Grouping {
            events,
            event_of,
            members,
            slots,
        }
    }

    /// Each event's row data, by event index.
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// The articles of the event of `slot` that lie within the bundle, in the event's order.
    pub fn members(&self, slot: &Slot) -> &[u32] {
        &self.members[slot.start as usize..slot.end as usize]
    }
}
