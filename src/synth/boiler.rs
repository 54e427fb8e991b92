//! The page around the story: navigation, bylines, time stamps, advertisements, newsletter and
//! cookie prompts, share buttons, related-story lists and copyright footers.
//!
//! Each outlet has one fixed look (the same menu, the same cookie notice, the same footer on all
//! its pages, as a scraped site has), drawn from its name; what changes from page to page is the
//! byline, the time and the headlines of the related stories.

use std::sync::OnceLock;

use super::event::{Style, CURLY, PLAIN};
use super::lexicon::{Outlet, AGENCIES, FIRST_NAMES, MONTHS, OUTLETS, SURNAMES};
use super::rng::Rng;
use crate::engine::text::hash_str;
use crate::engine::Date;

/// How one outlet's pages look.
#[derive(Debug)]
pub struct Profile {
    pub name: &'static str,
    pub domain: &'static str,
    pub british: bool,
    pub style: Style,
    /// Blank lines between paragraphs.
    pub blank: bool,
    nav: Option<String>,
    title_suffix: bool,
    repeat_title: bool,
    byline: u8,
    stamp: u8,
    ad: Option<&'static str>,
    ad_every: usize,
    read_more: Option<&'static str>,
    caption: bool,
    tags: Option<&'static str>,
    share: Option<&'static str>,
    related: Option<&'static str>,
    newsletter: Option<String>,
    cookie: Option<&'static str>,
    comment: Option<&'static str>,
    footer: u8,
    /// Whether its own reports open with a "PLACE —" dateline.
    pub dateline: bool,
}

const SECTIONS: &[&str] = &[
    "Home | World | Politics | Business | Sport | Science | Opinion",
    "News  World  Business  Tech  Sport  Culture",
    "Menu",
    "Home / News",
    "Skip to main content",
    "LIVE  Latest  Local  National  World",
];
const ADS: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "- Advertisement -",
    "AD",
];
const READ_MORE: &[&str] = &[
    "Read more:",
    "RELATED:",
    "ALSO READ:",
    "Read also:",
    "MORE:",
];
const TAGS: &[&str] = &["Tags:", "TAGS:", "Topics:", "More on:"];
const SHARE: &[&str] = &[
    "Share this article: Facebook Twitter WhatsApp Email",
    "Share on Facebook | Share on X | Copy link",
    "SHARE",
    "Follow us on Facebook, X and Instagram",
    "Share this story",
];
const RELATED: &[&str] = &[
    "Related stories",
    "RELATED STORIES",
    "You may also like",
    "More from this section",
    "Most read",
    "Trending now",
];
const COOKIES: &[&str] = &[
    "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Learn more",
    "This website uses cookies to ensure you get the best experience. Accept all | Manage preferences",
    "By using this site you agree to our cookie policy and privacy notice.",
    "We and our partners use cookies to personalise content and ads. Accept | Reject",
];
const COMMENTS: &[&str] = &[
    "Leave a Reply",
    "Comments are closed.",
    "Join the conversation",
    "0 Comments",
];

impl Profile {
    fn new(o: &'static Outlet) -> Profile {
        let mut rng = Rng::new(hash_str(o.name));
        let pick = |rng: &mut Rng, p: f64, list: &'static [&'static str]| {
            rng.chance(p).then(|| *rng.pick(list))
        };
        let nav = rng.chance(0.5).then(|| {
            let s = *rng.pick(SECTIONS);
            if rng.chance(0.5) {
                format!("{} | {s}", o.name)
            } else {
                s.to_string()
            }
        });
        let newsletter = rng.chance(0.5).then(|| {
            match rng.below(3) {
                0 => format!("Sign up for the morning briefing from {}: the day's top stories in your inbox.\nBy signing up you agree to our Terms of Use and Privacy Policy.", o.name),
                1 => "Subscribe to our daily newsletter\nEnter your email address\nSubscribe".to_string(),
                _ => format!("Get the best of {} delivered to your inbox every weekday. Sign up now", o.name),
            }
        });
        Profile {
            name: o.name,
            domain: o.domain,
            british: o.british,
            style: if rng.chance(0.6) { CURLY } else { PLAIN },
            blank: rng.chance(0.5),
            nav,
            title_suffix: rng.chance(0.25),
            repeat_title: rng.chance(0.35),
            byline: rng.below(4) as u8,
            stamp: rng.below(4) as u8,
            ad: pick(&mut rng, 0.5, ADS),
            ad_every: rng.range(3, 7),
            read_more: pick(&mut rng, 0.35, READ_MORE),
            caption: rng.chance(0.4),
            tags: pick(&mut rng, 0.5, TAGS),
            share: pick(&mut rng, 0.5, SHARE),
            related: pick(&mut rng, 0.6, RELATED),
            newsletter,
            cookie: pick(&mut rng, 0.55, COOKIES),
            comment: pick(&mut rng, 0.25, COMMENTS),
            footer: rng.below(4) as u8,
            dateline: rng.chance(0.3),
        }
    }
}

/// Every writer's profile: the outlets, then the wire agencies.
pub fn profiles() -> &'static [Profile] {
    static P: OnceLock<Vec<Profile>> = OnceLock::new();
    P.get_or_init(|| OUTLETS.iter().chain(AGENCIES).map(Profile::new).collect())
}

/// The profile index of agency `i`.
pub fn agency_writer(i: usize) -> usize {
    OUTLETS.len() + i
}

/// Page-specific matter drawn for one article.
pub struct PageInput<'a> {
    pub title: &'a str,
    pub date: Date,
    pub topic: &'a str,
    pub place: &'a str,
    pub country: &'a str,
    /// Headlines of other stories, for related lists and "read more" lines.
    pub elsewhere: &'a [&'a str],
}

/// An assembled page: its text and where the story's paragraphs are in it.
pub struct Page {
    pub text: String,
    /// Byte ranges of the story paragraphs, in order.
    pub paragraphs: Vec<(u32, u32)>,
}

/// Lays out `paras` as `writer` would, with the story block itself (paragraph breaks, inline
/// advertisements) set as `block_writer` sets it: a copied page keeps its block but not its
/// frame. `story_seed` draws the inline matter, so two pages with the same seed and block
/// writer carry the same block word for word.
pub fn page<P: AsRef<str>>(
    writer: &Profile,
    block_writer: &Profile,
    input: &PageInput,
    paras: &[P],
    rng: &mut Rng,
    story_seed: u64,
) -> Page {
    let mut text =
        String::with_capacity(paras.iter().map(|p| p.as_ref().len() + 2).sum::<usize>() + 1200);
    let line = |text: &mut String, s: &str| {
        text.push_str(s);
        text.push('\n');
    };
    if let Some(nav) = &writer.nav {
        line(&mut text, nav);
    }
    if writer.title_suffix {
        line(&mut text, &format!("{} | {}", input.title, writer.name));
    }
    if writer.repeat_title {
        line(&mut text, input.title);
    }
    match writer.byline {
        1 => line(&mut text, &format!("By {}", person(rng))),
        2 => line(&mut text, &format!("By {}, {}", person(rng), writer.name)),
        3 => line(
            &mut text,
            &format!(
                "{} | {}",
                person(rng),
                ["Staff writer", "Senior correspondent", "Reporter"][rng.below(3)]
            ),
        ),
        _ => {}
    }
    let d = input.date;
    let (h, m) = (rng.range(6, 23), rng.below(60));
    match writer.stamp {
        1 => line(
            &mut text,
            &format!(
                "Published {} {}, {} {}:{:02}",
                MONTHS[d.month as usize - 1],
                d.day,
                d.year,
                h,
                m
            ),
        ),
        2 => line(
            &mut text,
            &format!(
                "Updated: {:02}/{:02}/{} {:02}:{:02}",
                d.day, d.month, d.year, h, m
            ),
        ),
        3 => line(
            &mut text,
            &format!(
                "/ {}:{:02} {} {} {}, {}",
                (h + 11) % 12 + 1,
                m,
                if h < 12 { "AM" } else { "PM" },
                MONTHS[d.month as usize - 1],
                d.day,
                d.year
            ),
        ),
        _ => {}
    }
    if writer.caption && rng.chance(0.6) {
        line(
            &mut text,
            &format!(
                "{} {} in {}. (Photo: {}/{})",
                ["FILE PHOTO:", "Pictured:", "Image:"][rng.below(3)],
                [
                    "A view of the scene",
                    "People gather",
                    "Officials speak to the press",
                    "The area"
                ][rng.below(4)],
                input.place,
                person(rng),
                writer.name
            ),
        );
    }
    if writer.blank && !text.is_empty() {
        text.push('\n');
    }
    // The story block.
    let b = block_writer;
    let mut inline = Rng::new(story_seed);
    let mut paragraphs = Vec::with_capacity(paras.len());
    for (i, p) in paras.iter().enumerate() {
        if i > 0 {
            if b.blank {
                text.push('\n');
            }
            if let Some(ad) = b.ad {
                if i % b.ad_every == 0 {
                    line(&mut text, ad);
                    if b.blank {
                        text.push('\n');
                    }
                }
            }
            if let Some(rm) = b.read_more {
                if i == 3 && !input.elsewhere.is_empty() {
                    let h = input.elsewhere[inline.below(input.elsewhere.len())];
                    line(&mut text, &format!("{rm} {h}"));
                    if b.blank {
                        text.push('\n');
                    }
                }
            }
        }
        let start = text.len() as u32;
        text.push_str(p.as_ref());
        paragraphs.push((start, text.len() as u32));
        text.push('\n');
    }
    if writer.blank {
        text.push('\n');
    }
    if let Some(t) = writer.tags {
        line(
            &mut text,
            &format!(
                "{t} {}, {}, {}",
                capital(input.topic),
                input.country.trim_start_matches("the "),
                input.place
            ),
        );
    }
    if let Some(s) = writer.share {
        line(&mut text, s);
    }
    if let Some(r) = writer.related {
        if !input.elsewhere.is_empty() {
            line(&mut text, r);
            let n = rng.range(2, 5).min(input.elsewhere.len());
            let first = rng.below(input.elsewhere.len());
            for k in 0..n {
                line(
                    &mut text,
                    input.elsewhere[(first + k) % input.elsewhere.len()],
                );
            }
        }
    }
    if let Some(n) = &writer.newsletter {
        line(&mut text, n);
    }
    if let Some(c) = writer.comment {
        line(&mut text, c);
    }
    match writer.footer {
        0 => line(
            &mut text,
            &format!("\u{a9} {} {}. All rights reserved.", d.year, writer.name),
        ),
        1 => line(
            &mut text,
            &format!("Copyright {} {} Media Group Ltd", d.year, writer.name),
        ),
        2 => line(
            &mut text,
            &format!(
                "\u{a9} {} {} | Privacy | Terms | Contact us",
                writer.name, d.year
            ),
        ),
        _ => line(
            &mut text,
            &format!(
                "\u{a9} Copyright 2001-{} {} | All Rights Reserved",
                d.year, writer.domain
            ),
        ),
    }
    if let Some(c) = writer.cookie {
        line(&mut text, c);
    }
    while text.ends_with('\n') {
        text.pop();
    }
    // Bundles of 100,000 pages are held in memory: no slack left behind by growth.
    text.shrink_to_fit();
    Page { text, paragraphs }
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(SURNAMES))
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A URL for an article: the outlet's domain, section, date and a slug of the title.
pub fn url(writer: &Profile, section: &str, date: Date, title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    for w in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(10)
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&w.to_ascii_lowercase());
    }
    format!(
        "https://www.{}/{}/{}/{:02}/{:02}/{}",
        writer.domain, section, date.year, date.month, date.day, slug
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_keep_paragraphs_intact_and_blocks_reproducible() {
        let paras: Vec<String> = (0..9)
            .map(|i| format!("Paragraph number {i} of the story."))
            .collect();
        let input = PageInput {
            title: "A title",
            date: Date::new(2023, 4, 5).unwrap(),
            topic: "storm",
            place: "Cork",
            country: "Ireland",
            elsewhere: &["Other news one", "Other news two", "Other news three"],
        };
        for (i, w) in profiles().iter().enumerate() {
            let a = page(w, w, &input, &paras, &mut Rng::new(1), 42);
            let other = &profiles()[(i + 1) % profiles().len()];
            let b = page(other, w, &input, &paras, &mut Rng::new(2), 42);
            for (k, &(s, e)) in a.paragraphs.iter().enumerate() {
                assert_eq!(&a.text[s as usize..e as usize], paras[k]);
            }
            let block = |p: &Page| {
                let (s, e) = (
                    p.paragraphs[0].0 as usize,
                    p.paragraphs.last().unwrap().1 as usize,
                );
                p.text[s..e].to_string()
            };
            assert_eq!(block(&a), block(&b));
        }
        let w = &profiles()[0];
        let u = url(w, "world", input.date, "Storm hits Cork, 3 dead");
        assert!(
            u.ends_with("/world/2023/04/05/storm-hits-cork-3-dead"),
            "{u}"
        );
    }
}
