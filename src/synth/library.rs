//! The templates, parsed once: each topic's, and the frames and sentences all topics share, in
//! American and in British spelling.

use std::sync::OnceLock;

use super::prose::{FACT_FRAMES, GENERIC, QUOTE_FRAMES};
use super::template::Template;
use super::topics::{self, Topic};

/// A topic with its templates parsed.
pub struct Compiled {
    pub topic: &'static Topic,
    /// Pools of `$r1`..`$r3`, `$org1`, `$org2`, `$d1`..`$d4`.
    pub roles: Vec<Vec<Template>>,
    pub orgs: Vec<Vec<Template>>,
    pub details: Vec<Vec<Template>>,
    pub headlines: Vec<Template>,
    pub leads: Vec<Template>,
    pub facts: Vec<Template>,
    pub background: Vec<Template>,
    pub quotes: Vec<Template>,
    pub voices: Vec<Template>,
}

/// Everything parsed once: the topics and the shared frames.
pub struct Library {
    pub topics: Vec<Compiled>,
    pub fact_frames: Vec<Template>,
    pub fact_weights: Vec<u32>,
    pub quote_frames: Vec<Template>,
    pub quote_weights: Vec<u32>,
    pub generic: Vec<Template>,
    pub credits: Vec<Template>,
    pub intros: Vec<Template>,
}

/// The templates, in American spelling.
pub fn library() -> &'static Library {
    library_for(false)
}

/// The templates as an American or a British writer spells them. The British set is respelled
/// once here, so that writing costs nothing more.
pub fn library_for(british: bool) -> &'static Library {
    static US: OnceLock<Library> = OnceLock::new();
    static UK: OnceLock<Library> = OnceLock::new();
    if british {
        UK.get_or_init(|| build(true))
    } else {
        US.get_or_init(|| build(false))
    }
}

fn build(british: bool) -> Library {
    let respell = |s: &str| super::edit::respell(s, true);
    let one = |s: &'static str| {
        let t = Template::parse(s);
        if british {
            t.map_literals(&respell)
        } else {
            t
        }
    };
    let parse = |list: &[&'static str]| list.iter().map(|s| one(s)).collect();
    Library {
        topics: topics::all()
            .iter()
            .map(|t| Compiled {
                topic: t,
                roles: t.roles.iter().map(|p| parse(p)).collect(),
                orgs: t.orgs.iter().map(|p| parse(p)).collect(),
                details: t.details.iter().map(|p| parse(p)).collect(),
                headlines: parse(t.headlines),
                leads: parse(t.leads),
                facts: parse(t.facts),
                background: parse(t.background),
                quotes: parse(t.quotes),
                voices: parse(t.voices),
            })
            .collect(),
        fact_frames: FACT_FRAMES.iter().map(|(_, s)| one(s)).collect(),
        fact_weights: FACT_FRAMES.iter().map(|(w, _)| *w).collect(),
        quote_frames: QUOTE_FRAMES.iter().map(|(_, s)| one(s)).collect(),
        quote_weights: QUOTE_FRAMES.iter().map(|(w, _)| *w).collect(),
        generic: parse(GENERIC),
        credits: parse(super::prose::WIRE_CREDITS),
        intros: parse(super::prose::OWN_INTROS),
    }
}
