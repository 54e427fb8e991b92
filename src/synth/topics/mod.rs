//! What the generator can write about: each topic brings its people, organisations, numbers,
//! details, and the sentences a report of such an event is made of.
//!
//! Templates use the language of [`super::template`]. The fixed slots (`$place`, `$p1`, `$n1`,
//! `$d1`...) are drawn once per event, so every report of one event names the same people,
//! places and figures, while two events of the same topic (two earthquakes) share the topic's
//! words but not its names. Facts are clauses without a final full stop (frames add the
//! attribution); quotes are sentences without their last full stop.

mod accidents;
mod disasters;
mod economy;
mod public;
mod sport;
mod technology;

/// How a number slot is drawn and written.
#[derive(Debug, Clone, Copy)]
pub enum Num {
    /// A whole number in the range, with thousands separators.
    Int(u32, u32),
    /// Tenths: `Tenths(52, 79)` gives "5.2" to "7.9".
    Tenths(u32, u32),
    /// Millions of dollars, written "$850 million" or "$4.5 billion".
    Money(u32, u32),
}

pub struct Topic {
    pub name: &'static str,
    /// The site section its reports are filed under.
    pub section: &'static str,
    /// Roles of the people `$p1`, `$p2`, `$p3` (`$r1`...).
    pub roles: [&'static [&'static str]; 3],
    /// `$org1`, `$org2`.
    pub orgs: [&'static [&'static str]; 2],
    /// `$d1` to `$d4`.
    pub details: [&'static [&'static str]; 4],
    /// `$n1` to `$n3`.
    pub numbers: [Num; 3],
    pub headlines: &'static [&'static str],
    /// Opening sentences (complete, with their full stop).
    pub leads: &'static [&'static str],
    /// Clauses stating what happened.
    pub facts: &'static [&'static str],
    /// Sentences of context: history, earlier cases, what it means.
    pub background: &'static [&'static str],
    /// What the event's named people say (quoted).
    pub quotes: &'static [&'static str],
    /// People met on the spot, each a fresh name: complete sentences.
    pub voices: &'static [&'static str],
}

pub fn all() -> &'static [&'static Topic] {
    static ALL: [&Topic; 14] = [
        &disasters::EARTHQUAKE,
        &disasters::STORM,
        &disasters::WILDFIRE,
        &accidents::CRASH,
        &public::ELECTION,
        &public::PROTEST,
        &public::TRIAL,
        &public::SUMMIT,
        &economy::MERGER,
        &economy::RATES,
        &economy::STRIKE,
        &sport::FOOTBALL,
        &technology::LAUNCH,
        &technology::CYBERATTACK,
    ];
    &ALL
}
