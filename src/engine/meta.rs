//! Metadata from what the text says: the date and the outlet of an article when no field gives
//! them. Only evidence counts: a dateline, a title suffix, a copyright footer, the site's own
//! handle. What cannot be known stays `None`; nothing is guessed from the story itself.

use super::article::{Date, Reason};
use super::clean::Cleaned;

/// What the text told us.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub date: Option<Date>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

/// Date and outlet from a cleaned article's header and furniture.
pub fn extract(_raw: &str, cleaned: &Cleaned) -> Found {
    let date = cleaned.header_date.or_else(|| {
        // The first dated byline or dateline before the story, else a date opening the body.
        cleaned
            .removed
            .iter()
            .filter(|r| {
                matches!(r.reason, Reason::Byline | Reason::Title) && r.start < cleaned.lead_start
            })
            .find_map(|r| find_date(&r.text))
    });
    Found {
        date,
        outlet: outlet(cleaned),
        url: None,
    }
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(word: &str) -> Option<u8> {
    // Asked of every word of every short block: compared without a lower-case copy.
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    MONTHS
        .iter()
        .zip(MONTH_NAMES)
        .position(|(abbr, full)| {
            w.eq_ignore_ascii_case(abbr)
                || w.eq_ignore_ascii_case(full)
                || (w.eq_ignore_ascii_case("sept") && *abbr == "sep")
        })
        .map(|i| i as u8 + 1)
}

/// The first calendar date written in `s`, and how many of its words it took.
pub fn date_in(s: &str) -> Option<(Date, usize)> {
    // Every form below holds an ASCII digit: most short blocks are ruled out by one scan.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = s
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '/' || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    for (i, w) in words.iter().enumerate() {
        // 2023-06-12 (also 2023-06-12T10:00 and 2023/06/12)
        // Only an all-ASCII head can be a date; `get` keeps a multi-byte character there from
        // splitting.
        if let Some(head) = w.get(..10).filter(|h| h.as_bytes()[0].is_ascii_digit()) {
            if let Some(d) = Date::parse_iso(&head.replace('/', "-")) {
                return Some((d, 1));
            }
        }
        let next = |k: usize| words.get(i + k).copied();
        // June 12, 2023 / Jun. 12 2023
        if let Some(m) = month(w) {
            if let (Some(d), Some(y)) = (next(1).and_then(num), next(2).and_then(num)) {
                if let Some(date) = Date::new(y as i32, m, d as u8).filter(|_| d <= 31) {
                    return Some((date, 3));
                }
            }
        }
        // 12 June 2023 / 12th Jun 2023
        if let (Some(d), Some(m)) = (num(w), next(1).and_then(month)) {
            if let Some(y) = next(2).and_then(num) {
                if let Some(date) = Date::new(y as i32, m, d as u8).filter(|_| d <= 31) {
                    return Some((date, 3));
                }
            }
        }
    }
    None
}

/// The first calendar date written in `s`.
pub fn find_date(s: &str) -> Option<Date> {
    date_in(s).map(|(d, _)| d)
}

/// The host of a URL, without `www.`.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host
        .strip_prefix("www.")
        .unwrap_or(host)
        .to_ascii_lowercase();
    (host.contains('.') && !host.starts_with('.')).then_some(host)
}

/// Longest title or outlet kept, in characters: a field is a line of a list, not a text.
pub const MAX_LINE_CHARS: usize = 1000;

/// One line of display text: whitespace runs collapsed, and cut with "…" past
/// [`MAX_LINE_CHARS`].
pub fn sanitize_line(s: &str) -> String {
    let mut out = String::new();
    for (n, w) in s.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(w);
        if out.len() > 4 * MAX_LINE_CHARS {
            break;
        }
    }
    // Fewer bytes than the limit are fewer characters too: most lines need no count.
    if out.len() <= MAX_LINE_CHARS {
        return out;
    }
    if let Some((cut, _)) = out.char_indices().nth(MAX_LINE_CHARS - 1) {
        if out[cut..].chars().nth(1).is_some() {
            out.truncate(cut);
            out.push('…');
        }
    }
    out
}

/// Platforms whose links name the outlet in their path, not their host.
const PLATFORMS: &[&str] = &[
    "t.me",
    "telegram.me",
    "twitter.com",
    "x.com",
    "facebook.com",
    "instagram.com",
    "youtube.com",
    "tiktok.com",
    "linkedin.com",
    "whatsapp.com",
    "threads.net",
];

/// Country codes that sites append to their handles ("examplesg", "examplenews_uk").
const COUNTRY_SUFFIXES: &[&str] = &[
    "sg", "uk", "au", "in", "ph", "my", "nz", "ca", "ie", "za", "ng", "ke", "hk", "pk", "us",
];

/// The brand inside a host or handle: "inquirer.net" -> "inquirer".
fn brand_of_host(host: &str) -> Option<String> {
    let labels: Vec<&str> = host.split('.').collect();
    // The label before the public suffix: news.bbc.co.uk -> bbc, inquirer.net -> inquirer.
    let mut i = labels.len().checked_sub(2)?;
    if labels.len() >= 3 && labels[i].len() <= 3 && labels[labels.len() - 1].len() == 2 {
        i -= 1;
    }
    let b = labels[i].to_string();
    (b.len() >= 2).then_some(b)
}

fn brand_of_handle(handle: &str) -> Option<String> {
    let h = handle.trim_start_matches('@').to_ascii_lowercase();
    let h = h.trim_end_matches(['_', '-']);
    if h.len() < 3 || !h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    let stripped = COUNTRY_SUFFIXES
        .iter()
        .find(|cc| h.len() > 8 && h.ends_with(*cc))
        .map_or(h, |cc| h[..h.len() - cc.len()].trim_end_matches('_'));
    Some(stripped.to_string())
}

/// How a brand found in lower case is shown: short ones are acronyms.
fn display_brand(brand: &str) -> String {
    if brand.len() <= 4 {
        brand.to_ascii_uppercase()
    } else {
        let mut c = brand.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }
}

/// A name written in capitals ("INQUIRER") shown as a name, acronyms kept.
fn display_name(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            if w.len() > 4 && w.chars().all(|c| !c.is_lowercase()) {
                let lower = w.to_lowercase();
                display_brand(&lower)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Domains and handles named in a piece of furniture.
fn brands_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '|' | ',' | '(' | ')')) {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '/');
        if w.contains("://") || w.starts_with("www.") {
            let Some(host) = host_of(w) else { continue };
            if PLATFORMS.contains(&host.as_str()) {
                let rest = w.split_once(&host).map_or("", |(_, r)| r);
                if let Some(b) = rest
                    .split('/')
                    .find(|s| !s.is_empty())
                    .and_then(brand_of_handle)
                {
                    out.push(b);
                }
            } else if let Some(b) = brand_of_host(&host) {
                out.push(b);
            }
        } else if let Some(h) = w.strip_prefix('@') {
            out.extend(brand_of_handle(h));
        } else if w.contains('.') && !w.ends_with('.') && w.chars().any(|c| c.is_alphabetic()) {
            // A bare domain: "INQUIRER.net", "example.co.uk".
            if let Some(host) = host_of(w) {
                let tld = host.rsplit('.').next().unwrap_or("");
                if (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()) {
                    out.extend(brand_of_host(&host));
                }
            }
        }
    }
    out
}

/// Words that end outlet names ("Inquirer News", "Daily Post"), so a " - Suffix" on a title is
/// taken for an outlet only when it carries one of them.
pub const OUTLET_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "daily",
    "guardian",
    "telegraph",
    "press",
    "mail",
    "online",
    "tv",
    "radio",
    "express",
    "star",
    "gazette",
    "observer",
    "review",
    "independent",
    "chronicle",
    "today",
    "insider",
    "standard",
    "wire",
    "media",
    "network",
];

fn outlet(cleaned: &Cleaned) -> Option<String> {
    let mut brands = Vec::new();
    for r in &cleaned.removed {
        if matches!(
            r.reason,
            Reason::Footer | Reason::SharePrompt | Reason::Byline | Reason::Newsletter
        ) {
            brands.extend(brands_in(&r.text));
        }
    }
    if let Some(suffix) = &cleaned.title_suffix {
        let name = display_name(suffix);
        // "Inquirer News" with a footer naming inquirer.net is the Inquirer.
        let mut words: Vec<&str> = name.split(' ').collect();
        if words.len() > 1 {
            let last = words[words.len() - 1].to_lowercase();
            let stem: String = words[..words.len() - 1].join("").to_lowercase();
            if OUTLET_WORDS.contains(&last.as_str()) && brands.contains(&stem) {
                words.pop();
                return Some(words.join(" "));
            }
        }
        return Some(name);
    }
    brands.first().map(|b| display_brand(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        find_date(s).map(|d| d.to_string())
    }

    #[test]
    fn dates_in_many_styles() {
        assert_eq!(d("/ 10:56 AM June 12, 2023").as_deref(), Some("2023-06-12"));
        assert_eq!(
            d("Yen Zhi Yi | June 12, 2023, 02:14 PM").as_deref(),
            Some("2023-06-12")
        );
        assert_eq!(d("May 03, 2013").as_deref(), Some("2013-05-03"));
        assert_eq!(d("Published 3rd Sept. 2021").as_deref(), Some("2021-09-03"));
        assert_eq!(
            d("Mon, 12 Jun 2023 10:00:00 GMT").as_deref(),
            Some("2023-06-12")
        );
        assert_eq!(d("2023-06-12T14:02:00Z").as_deref(), Some("2023-06-12"));
        assert_eq!(d("2019/11/05 08:00").as_deref(), Some("2019-11-05"));
        assert_eq!(d("In May, Kim sent a letter"), None);
        assert_eq!(d("June 31, 2023"), None);
    }

    #[test]
    fn digits_before_a_multibyte_char_are_not_sliced_through() {
        // Byte 10 falls inside "é": the ISO check once sliced there and panicked.
        assert_eq!(d("123456789é"), None);
        assert_eq!(d("2023-06-1é"), None);
        assert_eq!(d("2023-06-12é").as_deref(), Some("2023-06-12"));
        assert!(date_in("2023-06-1日 June 12, 2023").is_some());
    }

    #[test]
    fn months_in_any_case() {
        let reference = |word: &str| {
            let w = word.to_ascii_lowercase();
            let w = w.trim_end_matches('.');
            MONTHS
                .iter()
                .zip(MONTH_NAMES)
                .position(|(a, f)| {
                    w.len() >= 3 && (w == *a || w == f || (w == "sept" && *a == "sep"))
                })
                .map(|i| i as u8 + 1)
        };
        for w in [
            "Jan",
            "JANUARY",
            "sept.",
            "Sept",
            "SEP",
            "may.",
            "Ma",
            "",
            "...",
            "Décembre",
            "septembers",
            "September.",
            "jun..",
            "oct",
        ] {
            assert_eq!(month(w), reference(w), "{w:?}");
        }
    }

    #[test]
    fn hosts_and_brands() {
        assert_eq!(
            host_of("https://www.example.com/a/b").as_deref(),
            Some("example.com")
        );
        assert_eq!(brand_of_host("news.bbc.co.uk").as_deref(), Some("bbc"));
        assert_eq!(brand_of_host("inquirer.net").as_deref(), Some("inquirer"));
        assert_eq!(
            brands_in("Follow us on Telegram: https://t.me/dailycourieruk"),
            vec!["dailycourier"]
        );
        assert_eq!(
            brands_in("© Copyright 1997-2024 HERALD.co.nz | All Rights Reserved"),
            vec!["herald"]
        );
        assert_eq!(display_brand("wion"), "WION");
        assert_eq!(display_name("INQUIRER News"), "Inquirer News");
    }
}
