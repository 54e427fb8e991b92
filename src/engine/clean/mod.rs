//! Cleaning: the article without the page around it.
//!
//! The approach is jusText's: split the text into blocks, judge each block on its own (length,
//! share of function words, whether it ends like a sentence, stock phrases of furniture), then
//! let neighbours decide the doubtful ones (a short line between two paragraphs of the story is a
//! subheading; the same line among bylines and captions is a label). Repetition counts too: a
//! line the article already has is a repeat, and a line that recurs across the bundle in
//! different surroundings is furniture. Every removed block keeps its reason.

mod blocks;
mod patterns;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::article::{Date, Reason, Removed, Segment};
use super::meta;
use super::text::hash_str;
pub use blocks::ends_sentence;
use blocks::Block;

/// Lines that recur across a bundle, counted once per article, with the number of different
/// surroundings they were seen in.
#[derive(Debug, Default)]
pub struct Furniture {
    lines: FxHashMap<u64, Seen>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    articles: u32,
    contexts: [u64; 3],
    distinct: u8,
}

/// Blocks longer than this are never furniture by repetition: long repeated text is wire copy.
const FURNITURE_MAX_WORDS: usize = 30;
/// How many articles, in as many surroundings, make a line furniture.
const FURNITURE_MIN_ARTICLES: u32 = 3;

impl Furniture {
    pub fn build<'a>(texts: impl Iterator<Item = &'a str> + Send) -> Furniture {
        let texts: Vec<&str> = texts.collect();
        let per_article: Vec<Vec<(u64, u64)>> = texts
            .par_iter()
            .map(|raw| {
                let blocks = blocks::key_hashes(raw);
                let empty = hash_str("");
                let mut out: Vec<(u64, u64)> = Vec::new();
                for (i, &(words, hash)) in blocks.iter().enumerate() {
                    if words == 0 || words > FURNITURE_MAX_WORDS {
                        continue;
                    }
                    let prev = i.checked_sub(1).map_or(empty, |p| blocks[p].1);
                    let next = blocks.get(i + 1).map_or(empty, |n| n.1);
                    out.push((hash, prev ^ next.rotate_left(17)));
                }
                out.sort_unstable();
                out.dedup_by_key(|e| e.0);
                out
            })
            .collect();
        let mut lines: FxHashMap<u64, Seen> = FxHashMap::default();
        for (key, context) in per_article.into_iter().flatten() {
            let s = lines.entry(key).or_default();
            s.articles += 1;
            let d = s.distinct as usize;
            if d < 3 && !s.contexts[..d].contains(&context) {
                s.contexts[d] = context;
                s.distinct += 1;
            }
        }
        lines.retain(|_, s| s.articles >= FURNITURE_MIN_ARTICLES);
        Furniture { lines }
    }

    /// Only blocks that are not prose count: a sentence several articles share in different
    /// places is copy they share, which passages will show, not page furniture.
    fn is_furniture(&self, block: &Block) -> bool {
        !is_prose(block)
            && block.words <= FURNITURE_MAX_WORDS
            && self
                .lines
                .get(&hash_str(&block.key))
                .is_some_and(|s| s.distinct >= 3)
    }
}

/// A cleaned article.
#[derive(Debug, Default)]
pub struct Cleaned {
    pub title: Option<String>,
    /// The outlet name a title carried after a separator ("... | Inquirer News").
    pub title_suffix: Option<String>,
    /// The date of a leading ` date YYYY-MM-DD` line.
    pub header_date: Option<Date>,
    pub body: String,
    pub segments: Vec<Segment>,
    /// Removed blocks in text order.
    pub removed: Vec<Removed>,
    /// Where the first kept block starts in the original.
    pub body_start: usize,
    /// Where the lead (the first real paragraph) starts: bylines before it date the article.
    pub lead_start: usize,
}

/// Cleans `raw`. `known_title` is a title given by a field (JSON), to be removed where the text
/// repeats it.
pub fn clean(raw: &str, known_title: Option<&str>, furniture: &Furniture) -> Cleaned {
    let mut blocks = blocks::split(raw);
    let mut reasons: Vec<Option<Reason>> = vec![None; blocks.len()];
    let mut out = Cleaned::default();
    let mut extra_removed = Vec::new();

    // A leading " date YYYY-MM-DD" belongs to no block.
    if let Some(first) = blocks.first() {
        let (s, e) = first.lines[0];
        let line = &raw[s..e];
        if let Some(rest) = line.strip_prefix("date ") {
            if let Some(d) = Date::parse_iso(rest) {
                out.header_date = Some(d);
                let cut = s + 5 + 10;
                let after = raw[cut..e].len() - raw[cut..e].trim_start().len();
                extra_removed.push(Removed {
                    start: s,
                    end: cut,
                    text: raw[s..cut].to_string(),
                    reason: Reason::Byline,
                });
                if cut + after >= e && first.lines.len() == 1 {
                    blocks.remove(0);
                    reasons.remove(0);
                } else {
                    let mut lines = blocks[0].lines.clone();
                    lines[0].0 = cut + after;
                    blocks[0] = blocks::remeasure(raw, lines);
                }
            }
        }
    }

    for (b, r) in blocks.iter().zip(reasons.iter_mut()) {
        *r = patterns::classify(b);
    }
    find_title(raw, &blocks, &mut reasons, known_title, &mut out);
    mark_bylines(&blocks, &mut reasons);
    mark_repeats(&blocks, &mut reasons);
    for (b, r) in blocks.iter().zip(reasons.iter_mut()) {
        if r.is_none() && furniture.is_furniture(b) {
            *r = Some(Reason::Furniture);
        }
    }
    mark_related_lists(&blocks, &mut reasons);
    mark_fragments(&blocks, &mut reasons);

    // Assemble the body from the kept blocks, and the removed list from the rest.
    let mut removed = extra_removed;
    for (b, r) in blocks.iter().zip(&reasons) {
        match r {
            Some(reason) => removed.push(Removed {
                start: b.start(),
                end: b.end(),
                text: raw[b.start()..b.end()].to_string(),
                reason: *reason,
            }),
            None => {
                if out.body.is_empty() {
                    out.body_start = b.start();
                } else {
                    out.body.push_str("\n\n");
                }
                for (k, &(s, e)) in b.lines.iter().enumerate() {
                    if k > 0 {
                        out.body.push(' ');
                    }
                    out.segments.push(Segment {
                        body_start: out.body.len(),
                        raw_start: s,
                        len: e - s,
                    });
                    out.body.push_str(&raw[s..e]);
                }
            }
        }
    }
    if out.body.is_empty() {
        out.body_start = raw.len();
    }
    out.lead_start = blocks
        .iter()
        .zip(&reasons)
        .find(|(b, r)| r.is_none() && is_prose(b) && b.words >= 15)
        .map_or(out.body_start, |(b, _)| b.start());
    removed.sort_by_key(|r| r.start);
    out.removed = removed;
    out
}

/// A block that reads like a paragraph of the story.
fn is_prose(b: &Block) -> bool {
    (b.sentence && b.words >= 4 && b.stop_ratio() >= 0.1)
        || b.words >= 25
        // Paragraphs that lost their full stop to the scraper still read like sentences.
        || (b.words >= 12 && b.stop_ratio() >= 0.25)
}

/// Separators between a title and the outlet that sites append to it.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " • "];

/// Splits "Title | Outlet" into the title and the outlet, when the tail looks like an outlet.
fn split_title(title: &str) -> (String, Option<String>) {
    for (sep, finder) in TITLE_SEPARATORS.iter().zip(separator_finders()) {
        // `rsplit_once`, with a searcher built once: every opening block is tried.
        let Some(at) = finder.rfind(title.as_bytes()) else {
            continue;
        };
        let (head, tail) = (&title[..at], &title[at + sep.len()..]);
        if signs_title(sep, head, tail) {
            return (meta::sanitize_line(head), Some(meta::sanitize_line(tail)));
        }
    }
    (meta::sanitize_line(title), None)
}

/// Whether `tail`, after the last `sep` of a title, is the outlet signing it.
fn signs_title(sep: &str, head: &str, tail: &str) -> bool {
    let tail_words: Vec<&str> = tail.split_whitespace().collect();
    let head_words = head.split_whitespace().count();
    if tail_words.is_empty() || tail_words.len() > 5 || head_words < 3 {
        return false;
    }
    let capitalised = tail_words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    let outlet_like = tail_words.iter().any(|w| {
        let w = w.to_lowercase();
        meta::OUTLET_WORDS.contains(&w.as_str()) || w.contains(".com") || w.contains(".co")
    });
    // A pipe is how sites sign their titles; a dash may be part of the headline ("... - KCNA"
    // names a source, not the outlet), so it needs an outlet word.
    capitalised && (sep == " | " || outlet_like) && !ends_sentence(tail)
}

fn separator_finders() -> &'static [memchr::memmem::FinderRev<'static>] {
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::FinderRev<'static>>> =
        std::sync::OnceLock::new();
    FINDERS.get_or_init(|| {
        TITLE_SEPARATORS
            .iter()
            .map(|s| memchr::memmem::FinderRev::new(s.as_bytes()))
            .collect()
    })
}

fn find_title(
    raw: &str,
    blocks: &[Block],
    reasons: &mut [Option<Reason>],
    known: Option<&str>,
    out: &mut Cleaned,
) {
    let key_of = |s: &str| blocks::key(s);
    let mut keys: Vec<String> = Vec::new();
    if let Some(k) = known {
        let (head, _) = split_title(k);
        keys.push(key_of(k));
        keys.push(key_of(&head));
    } else {
        // The first of the opening blocks that is not furniture, if it reads like a headline:
        // repeated just below, or short and not a sentence.
        let Some(c) = (0..blocks.len().min(4)).find(|&i| reasons[i].is_none()) else {
            return;
        };
        let b = &blocks[c];
        let mut own_head = None;
        let repeated = blocks.iter().skip(c + 1).take(4).any(|o| {
            o.key == b.key || {
                let own = own_head.get_or_insert_with(|| split_title(&b.text).0);
                split_title(&o.text).0 == *own
            }
        });
        let headline = b.words >= 2
            && b.words <= 25
            && !b
                .text
                .trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}'])
                .ends_with('.')
            && blocks.len() > c + 1;
        if !(repeated && b.words <= 40 || headline) {
            return;
        }
        let (title, suffix) = split_title(&raw[b.start()..b.end()]);
        keys.push(b.key.clone());
        keys.push(key_of(&title));
        out.title = Some(title);
        out.title_suffix = suffix;
        reasons[c] = Some(Reason::Title);
    }
    for (i, b) in blocks.iter().enumerate().take(8) {
        if reasons[i].is_none() && !b.key.is_empty() && keys.contains(&b.key) {
            reasons[i] = Some(Reason::Title);
        } else if reasons[i].is_none() && known.is_some() {
            // A JSON title may come with the outlet appended in the text, or without it.
            let head = key_of(&split_title(&b.text).0);
            if keys.contains(&head) {
                reasons[i] = Some(Reason::Title);
            }
        }
    }
}

/// Lines that are a date and little else: datelines, "Name | June 12, 2023, 02:14 PM", "By X".
fn mark_bylines(blocks: &[Block], reasons: &mut [Option<Reason>]) {
    for (b, r) in blocks.iter().zip(reasons.iter_mut()) {
        if r.is_some() || b.words > 14 {
            continue;
        }
        // Times and zones ride along with dates: "June 12, 2023, 02:14 PM IST".
        let clock = b
            .key
            .split(' ')
            .filter(|w| {
                w.bytes().all(|c| c.is_ascii_digit())
                    || matches!(
                        *w,
                        "am" | "pm"
                            | "gmt"
                            | "utc"
                            | "ist"
                            | "et"
                            | "est"
                            | "edt"
                            | "bst"
                            | "cet"
                            | "sgt"
                            | "hkt"
                            | "jst"
                    )
            })
            .count();
        let dated = meta::date_in(&b.text)
            .is_some_and(|(_, used)| b.words <= used.max(clock) + 5 && !b.text.ends_with('.'));
        let by = b.key.starts_with("by ")
            && b.words <= 7
            && !b.sentence
            && b.text.split_whitespace().skip(1).all(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase())
                    || matches!(w, "and" | "&" | "|" | "in" | "de" | "van" | "von")
            });
        if dated || by {
            *r = Some(Reason::Byline);
        }
    }
}

/// The same block twice: highlights or a standfirst repeated in the story. The copy near the top
/// goes when the story repeats it; otherwise the later copy.
fn mark_repeats(blocks: &[Block], reasons: &mut [Option<Reason>]) {
    let mut first_seen: FxHashMap<&str, usize> = FxHashMap::default();
    for j in 0..blocks.len() {
        if reasons[j].is_some() || blocks[j].words < 4 {
            continue;
        }
        match first_seen.get(blocks[j].key.as_str()) {
            Some(&i) => {
                let introduced = i > 0 && reasons[i - 1] == Some(Reason::Navigation);
                if i < 4 || introduced {
                    reasons[i] = Some(Reason::Repeated);
                    first_seen.insert(&blocks[j].key, j);
                } else {
                    reasons[j] = Some(Reason::Repeated);
                }
            }
            None => {
                first_seen.insert(&blocks[j].key, j);
            }
        }
    }
}

/// After a "Related stories" label, the list that follows; and anywhere after the story, the
/// headline / teaser / timestamp runs that scrapers pick up from the page around it.
fn mark_related_lists(blocks: &[Block], reasons: &mut [Option<Reason>]) {
    let n = blocks.len();
    let date_only = |i: usize, reasons: &[Option<Reason>]| reasons[i] == Some(Reason::Byline);
    let good = |i: usize, reasons: &[Option<Reason>]| {
        let b = &blocks[i];
        reasons[i].is_none()
            && b.sentence
            && b.words >= 20
            && b.stop_ratio() >= 0.2
            && !(i + 1 < n && date_only(i + 1, reasons))
    };
    // A label inside a list already marked would stop where that list stopped: start each scan
    // past the last one, so a page of labels costs one pass, not one pass per label.
    let mut marked_to = 0;
    for i in 0..n {
        if reasons[i] != Some(Reason::RelatedLinks) || !patterns::is_related_label(&blocks[i].key) {
            continue;
        }
        let mut j = marked_to.max(i + 1);
        while j < n && !good(j, reasons) {
            reasons[j].get_or_insert(Reason::RelatedLinks);
            j += 1;
        }
        marked_to = j;
    }
    // Three or more timestamps after the story has started make a list of other stories:
    // their neighbours are its headlines and teasers. One or two are the story's own bylines.
    let mut prose_seen = 0;
    let mut listed = Vec::new();
    for i in 0..n {
        if reasons[i].is_none() && is_prose(&blocks[i]) {
            prose_seen += 1;
        }
        if prose_seen >= 2 && date_only(i, reasons) {
            listed.push(i);
        }
    }
    if listed.len() < 3 {
        return;
    }
    for i in listed {
        {
            reasons[i] = Some(Reason::RelatedLinks);
            for k in [i.wrapping_sub(2), i.wrapping_sub(1), i + 1] {
                if k < n && reasons[k].is_none() && !good(k, reasons) {
                    reasons[k] = Some(Reason::RelatedLinks);
                }
            }
        }
    }
}

/// Short blocks with no sentence to them: kept as subheadings between paragraphs of the story,
/// dropped as labels everywhere else.
fn mark_fragments(blocks: &[Block], reasons: &mut [Option<Reason>]) {
    let n = blocks.len();
    let kept_prose =
        |i: usize, reasons: &[Option<Reason>]| reasons[i].is_none() && is_prose(&blocks[i]);
    // The story starts at its lead: the first real paragraph. Short sentences before it (a
    // standfirst) stay; labels before it go.
    let lead = (0..n).find(|&i| kept_prose(i, reasons) && blocks[i].words >= 15);
    let Some(first) = lead.or_else(|| (0..n).find(|&i| kept_prose(i, reasons))) else {
        return;
    };
    let last = (0..n)
        .rev()
        .find(|&i| kept_prose(i, reasons))
        .unwrap_or(first);
    for i in 0..n {
        if reasons[i].is_some() || is_prose(&blocks[i]) {
            continue;
        }
        let b = &blocks[i];
        let next_kept = (i + 1..n).find(|&k| reasons[k].is_none());
        let subheading = i > first
            && i < last
            && b.words <= 15
            && next_kept.is_some_and(|k| is_prose(&blocks[k]))
            && b.text.chars().next().is_some_and(|c| !c.is_lowercase());
        let short_sentence = b.sentence && b.words >= 2 && i > first;
        // A deck under the headline: a sentence without its full stop.
        let standfirst = i < first && b.words >= 8 && b.stop_ratio() >= 0.15;
        if !(subheading || short_sentence || standfirst) {
            reasons[i] = Some(Reason::Fragment);
        }
    }
}

#[cfg(test)]
mod tests;
