//! What page furniture says. Sites word their ads, prompts and footers in a small number of
//! stock ways; these phrase lists recognise them in any site's style. A phrase only counts in a
//! block short enough to be furniture: a story may quote a newsletter or mention cookies.

use super::blocks::Block;
use crate::engine::article::Reason;

/// Whole-block labels (after normalisation) that are furniture on their own.
const LABELS: &[(&str, Reason)] = &[
    ("advertisement", Reason::Advertisement),
    ("advertisements", Reason::Advertisement),
    ("ad", Reason::Advertisement),
    ("sponsored", Reason::Advertisement),
    ("sponsored content", Reason::Advertisement),
    ("paid content", Reason::Advertisement),
    ("promoted", Reason::Advertisement),
    ("story continues below advertisement", Reason::Advertisement),
    (
        "article continues below advertisement",
        Reason::Advertisement,
    ),
    (
        "advertisement scroll to continue with content",
        Reason::Advertisement,
    ),
    ("continue reading below", Reason::Advertisement),
    ("back", Reason::Navigation),
    ("home", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("search", Reason::Navigation),
    ("close", Reason::Navigation),
    ("next", Reason::Navigation),
    ("previous", Reason::Navigation),
    ("skip to content", Reason::Navigation),
    ("skip to main content", Reason::Navigation),
    ("go to top", Reason::Navigation),
    ("back to top", Reason::Navigation),
    ("story highlights", Reason::Navigation),
    ("highlights", Reason::Navigation),
    ("key points", Reason::Navigation),
    ("listen", Reason::Navigation),
    ("listen to this article", Reason::SharePrompt),
    ("share", Reason::SharePrompt),
    ("share this", Reason::SharePrompt),
    ("share this article", Reason::SharePrompt),
    ("share this story", Reason::SharePrompt),
    ("print", Reason::SharePrompt),
    ("email", Reason::SharePrompt),
    ("comments", Reason::CommentForm),
    ("leave a reply", Reason::CommentForm),
    ("leave a comment", Reason::CommentForm),
    ("post a comment", Reason::CommentForm),
    ("join the conversation", Reason::CommentForm),
    ("comments are closed", Reason::CommentForm),
];

/// Labels that open a list of links to other stories.
const RELATED: &[&str] = &[
    "related",
    "related stories",
    "related articles",
    "related news",
    "related posts",
    "related content",
    "related coverage",
    "related topics",
    "featured stories",
    "featured",
    "more stories",
    "more news",
    "more from",
    "more on this story",
    "more in",
    "recommended",
    "recommended stories",
    "recommended for you",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "read next",
    "read more",
    "see also",
    "also read",
    "trending",
    "trending now",
    "most read",
    "most popular",
    "popular",
    "top stories",
    "latest news",
    "latest stories",
    "editor's picks",
    "don't miss",
];

/// Phrases that make a short block furniture, with the longest block they may mark.
const PHRASES: &[(&str, Reason, usize)] = &[
    ("newsletter", Reason::Newsletter, 40),
    ("subscribe", Reason::Newsletter, 20),
    ("subscription", Reason::Newsletter, 25),
    ("sign up for", Reason::Newsletter, 30),
    ("sign up to", Reason::Newsletter, 30),
    ("by providing an email address", Reason::Newsletter, 60),
    ("in your inbox", Reason::Newsletter, 30),
    ("unsubscribe", Reason::Newsletter, 40),
    ("use cookies", Reason::CookieNotice, 80),
    ("uses cookies", Reason::CookieNotice, 80),
    ("use of cookies", Reason::CookieNotice, 80),
    ("cookie policy", Reason::CookieNotice, 80),
    ("accept cookies", Reason::CookieNotice, 80),
    ("cookie settings", Reason::CookieNotice, 80),
    (
        "your email address will not be published",
        Reason::CommentForm,
        40,
    ),
    ("required fields are marked", Reason::CommentForm, 40),
    ("log in to comment", Reason::CommentForm, 20),
    ("to leave a comment", Reason::CommentForm, 25),
    ("follow us on", Reason::SharePrompt, 30),
    ("follow us", Reason::SharePrompt, 15),
    ("join our telegram", Reason::SharePrompt, 30),
    ("whatsapp channel", Reason::SharePrompt, 30),
    ("share this article", Reason::SharePrompt, 20),
    ("share on facebook", Reason::SharePrompt, 20),
    ("click here", Reason::SharePrompt, 25),
    ("download our app", Reason::SharePrompt, 30),
    ("download the app", Reason::SharePrompt, 30),
    ("for the latest updates", Reason::SharePrompt, 30),
    ("all rights reserved", Reason::Footer, 40),
    ("terms of use", Reason::Footer, 30),
    ("terms of service", Reason::Footer, 30),
    ("privacy policy", Reason::Footer, 30),
    ("terms and conditions", Reason::Footer, 30),
    ("may not be published broadcast", Reason::Footer, 40),
    ("may not be reproduced", Reason::Footer, 40),
    ("this material may not be", Reason::Footer, 40),
    ("do not sell my", Reason::Footer, 30),
    ("contact us", Reason::Footer, 12),
    ("file photo", Reason::Caption, 80),
    ("photo released by", Reason::Caption, 80),
    ("in this photo", Reason::Caption, 80),
    ("in this handout", Reason::Caption, 80),
    ("images via", Reason::Caption, 30),
    ("image via", Reason::Caption, 30),
    ("photo via", Reason::Caption, 30),
    ("getty images", Reason::Caption, 30),
];

/// Starts of blocks that mark them as furniture, with the longest block they may mark.
const PREFIXES: &[(&str, Reason, usize)] = &[
    ("tags:", Reason::Tags, 60),
    ("tagged:", Reason::Tags, 60),
    ("topics:", Reason::Tags, 60),
    ("keywords:", Reason::Tags, 60),
    ("filed under", Reason::Tags, 40),
    ("related topics:", Reason::Tags, 60),
    ("watch |", Reason::SharePrompt, 30),
    ("watch:", Reason::SharePrompt, 30),
    ("video:", Reason::SharePrompt, 30),
    ("listen:", Reason::SharePrompt, 30),
    ("read more:", Reason::RelatedLinks, 30),
    ("read also:", Reason::RelatedLinks, 30),
    ("also read:", Reason::RelatedLinks, 30),
    ("see also:", Reason::RelatedLinks, 30),
    ("related:", Reason::RelatedLinks, 30),
    ("photo:", Reason::Caption, 60),
    ("photo by", Reason::Caption, 40),
    ("photos:", Reason::Caption, 60),
    ("image:", Reason::Caption, 60),
    ("picture:", Reason::Caption, 60),
    ("caption:", Reason::Caption, 60),
    ("credit:", Reason::Caption, 30),
    ("(photo", Reason::Caption, 60),
    ("top image", Reason::Caption, 30),
    ("featured image", Reason::Caption, 30),
    ("©", Reason::Footer, 40),
    ("(c) ", Reason::Footer, 40),
    ("published:", Reason::Byline, 15),
    ("updated:", Reason::Byline, 15),
    ("posted:", Reason::Byline, 15),
    ("posted on", Reason::Byline, 15),
    ("published on", Reason::Byline, 15),
    ("last updated", Reason::Byline, 15),
];

/// Ends of blocks that mark picture credits.
const CREDIT_SUFFIXES: &[&str] = &[
    "via reuters",
    "/reuters",
    "/ reuters",
    "/afp",
    "/ afp",
    "getty images",
    "ap photo",
    "(ap)",
    "/ap",
    "/epa",
    "via getty",
];

/// The furniture reason of `block` judged on its own words, if it has one.
pub fn classify(block: &Block) -> Option<Reason> {
    if block.words == 0 {
        // Lone punctuation, dividers, emoji rows.
        return Some(Reason::Fragment);
    }
    if let Some((_, r)) = LABELS.iter().find(|(l, _)| *l == block.key) {
        return Some(*r);
    }
    if is_related_label(&block.key) {
        return Some(Reason::RelatedLinks);
    }
    // Every rule below has a word limit; a paragraph longer than all of them is not looked at.
    if block.words > LONGEST_MARKED {
        return None;
    }
    let lower = lower(&block.text);
    for (p, r, max) in PREFIXES {
        // The first byte alone rules out nearly every prefix without a comparison call.
        if block.words <= *max
            && lower.as_bytes().first() == p.as_bytes().first()
            && lower.starts_with(p)
        {
            return Some(*r);
        }
    }
    let allowed = PHRASES
        .iter()
        .enumerate()
        .filter(|(_, (_, _, max))| block.words <= *max)
        .fold(0u64, |m, (i, _)| m | 1 << i);
    let found = phrases_in(lower.as_bytes(), allowed);
    if found != 0 {
        return Some(PHRASES[found.trailing_zeros() as usize].1);
    }
    let tail = lower.trim_end_matches(['.', ' ']);
    if block.words <= 40 && CREDIT_SUFFIXES.iter().any(|s| tail.ends_with(s)) {
        return Some(Reason::Caption);
    }
    if block.words <= 25
        && lower.contains("copyright")
        && lower.contains(|c: char| c.is_ascii_digit())
    {
        return Some(Reason::Footer);
    }
    if block.words <= 12 && lower.contains('©') {
        return Some(Reason::Footer);
    }
    None
}

/// The most words any rule of [`classify`] past the labels allows.
const LONGEST_MARKED: usize = 80;

/// `text` in lower case, as `str::to_lowercase` makes it; ASCII, most of any text, without
/// looking up each character's case.
fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // A capital sigma's lower case depends on the letters around it: the library's rules.
    if text.contains('\u{3A3}') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.bytes().position(|b| !b.is_ascii()) {
        let (ascii, tail) = rest.split_at(at);
        let start = out.len();
        out.push_str(ascii);
        out[start..].make_ascii_lowercase();
        let mut chars = tail.chars();
        let c = chars.next().expect("a non-ASCII byte starts a character");
        // General punctuation (quotes, dashes) has no case.
        if matches!(c, '\u{2000}'..='\u{206f}') {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        rest = chars.as_str();
    }
    let start = out.len();
    out.push_str(rest);
    out[start..].make_ascii_lowercase();
    out
}

/// Which of the `wanted` [`PHRASES`] (bit `i` for phrase `i`) occur in `lower`, found in one
/// pass: a phrase is only compared where its first three bytes are, and a pass per phrase cost
/// more than the rest of the cleaner's judgement of a block.
fn phrases_in(lower: &[u8], wanted: u64) -> u64 {
    static TABLES: std::sync::OnceLock<[[u64; 256]; 3]> = std::sync::OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        let mut t = [[0u64; 256]; 3];
        for (i, (p, _, _)) in PHRASES.iter().enumerate() {
            for (k, &b) in p.as_bytes().iter().take(3).enumerate() {
                t[k][b as usize] |= 1 << i;
            }
        }
        t
    });
    let mut found = 0;
    for i in 0..lower.len().saturating_sub(2) {
        let mut m = wanted
            & !found
            & tables[0][lower[i] as usize]
            & tables[1][lower[i + 1] as usize]
            & tables[2][lower[i + 2] as usize];
        while m != 0 {
            let p = m.trailing_zeros() as usize;
            m &= m - 1;
            if lower[i..].starts_with(PHRASES[p].0.as_bytes()) {
                found |= 1 << p;
            }
        }
    }
    found
}

/// Whether a block is a label opening a list of other stories.
pub fn is_related_label(key: &str) -> bool {
    RELATED.contains(&key)
}

#[cfg(test)]
mod tests {
    use super::super::blocks::split;
    use super::*;

    fn reason(text: &str) -> Option<Reason> {
        classify(&split(text)[0])
    }

    #[test]
    fn recognises_furniture_in_many_styles() {
        assert_eq!(reason("ADVERTISEMENT"), Some(Reason::Advertisement));
        assert_eq!(
            reason("Story continues below advertisement"),
            Some(Reason::Advertisement)
        );
        assert_eq!(
            reason("Get the best of our journalism in your inbox every morning."),
            Some(Reason::Newsletter)
        );
        assert_eq!(
            reason("This site uses cookies to improve your experience. Accept?"),
            Some(Reason::CookieNotice)
        );
        assert_eq!(
            reason("Tagged: floods, Kerala, monsoon"),
            Some(Reason::Tags)
        );
        assert_eq!(reason("Most Read"), Some(Reason::RelatedLinks));
        assert_eq!(
            reason("Rescuers search the rubble in Hatay. Photo: Umit Bektas/Reuters"),
            Some(Reason::Caption)
        );
        assert_eq!(
            reason("© 2024 Daily Courier Media Group. All rights reserved."),
            Some(Reason::Footer)
        );
        assert_eq!(
            reason("Follow us on X and Instagram"),
            Some(Reason::SharePrompt)
        );
    }

    #[test]
    fn no_rule_reaches_past_the_longest_limit() {
        let limits = PREFIXES.iter().chain(PHRASES).map(|&(_, _, max)| max);
        assert!(limits.chain([40, 25, 12]).all(|max| max <= LONGEST_MARKED));
    }

    #[test]
    fn phrases_fit_the_one_pass_search() {
        assert!(PHRASES.len() <= 64);
        assert!(PHRASES.iter().all(|(p, _, _)| p.len() >= 3));
    }

    proptest::proptest! {
        #[test]
        fn one_pass_finds_what_contains_finds(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "sign", "up", "for", "to", "cookies", "use", "newsletter", "subscribe",
                    "unsubscribe", "follow", "us", "on", "click", "here", "photo", "via", "é", "the",
                ]),
                0..12,
            ),
            wanted in proptest::num::u64::ANY,
        ) {
            let text = words.join(" ");
            let mut expect = 0u64;
            for (i, (p, _, _)) in PHRASES.iter().enumerate() {
                if wanted & 1 << i != 0 && text.contains(p) {
                    expect |= 1 << i;
                }
            }
            proptest::prop_assert_eq!(phrases_in(text.as_bytes(), wanted), expect);
        }

        #[test]
        fn lower_case_as_the_standard_library(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(lower(&text), text.to_lowercase());
        }

        #[test]
        fn lower_case_as_the_standard_library_in_news_text(
            text in "[aZ .\u{2019}\u{201C}\u{2014}\u{e9}\u{c9}\u{130}\u{212a}\u{3a3}\u{3c3}]{0,40}"
        ) {
            proptest::prop_assert_eq!(lower(&text), text.to_lowercase());
        }
    }

    #[test]
    fn story_text_is_not_furniture() {
        assert_eq!(
            reason("The minister said the government would subscribe to the treaty only if its neighbours agreed to open the border crossings before the winter, a condition that has stalled talks for months."),
            None
        );
        assert_eq!(reason("Military movements"), None);
        assert_eq!(
            reason("Kim called for closer strategic cooperation with Moscow."),
            None
        );
    }
}
