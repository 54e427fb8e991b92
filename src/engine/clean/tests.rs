//! Cleaning on the sample and on pages written in other sites' styles.

use super::*;
use crate::engine::bundle;

fn clean_one(raw: &str) -> Cleaned {
    clean(raw, None, &Furniture::default())
}

fn reason_of(c: &Cleaned, needle: &str) -> Option<Reason> {
    c.removed
        .iter()
        .find(|r| r.text.contains(needle))
        .map(|r| r.reason)
}

#[test]
fn body_is_made_of_slices_of_the_original() {
    for a in bundle::sample().articles {
        for s in &a.segments {
            assert_eq!(
                &a.body[s.body_start..s.body_start + s.len],
                &a.raw()[s.raw_start..s.raw_start + s.len]
            );
        }
        for r in &a.removed {
            assert_eq!(a.raw()[r.start..r.end], r.text);
        }
    }
}

#[test]
fn sample_furniture_goes_and_the_story_stays() {
    let b = bundle::sample();
    let by_id = |p: &str| b.articles.iter().find(|a| a.id.starts_with(p)).unwrap();
    let inquirer = by_id("001");
    for junk in [
        "ADVERTISEMENT",
        "FEATURED STORIES",
        "RELATED STORIES",
        "will prevail",
        "subscription",
        "newsletter",
        "TAGS:",
        "Copyright",
        "cookies",
        "FILE PHOTO",
        "10:56 AM",
    ] {
        assert!(!inquirer.body.contains(junk), "001 still has {junk:?}");
    }
    assert!(inquirer.body.contains("Kim called for"));
    assert!(inquirer.body.contains("hegemonic policy"));
    assert!(inquirer.body.starts_with("SEOUL"));

    let mothership = by_id("004");
    assert!(
        mothership.body.contains("Military movements"),
        "subheading kept"
    );
    assert!(mothership.body.contains("according to Nikkei Asia."));
    for junk in [
        "Back",
        "Telegram",
        "Top images",
        "Borussia",
        "S$10.99",
        "02:01 PM",
    ] {
        assert!(!mothership.body.contains(junk), "004 still has {junk:?}");
    }
    let wion = by_id("000");
    assert!(wion
        .body
        .contains("The unlikely relationship of Kim, Putin"));
    assert!(!wion.body.contains("Story highlights"));
    assert!(!wion.body.contains("Watch |"));
    assert_eq!(
        wion.body.matches("Conveying his full support").count(),
        1,
        "highlight repeated in the body is kept once"
    );
    let t = by_id("003");
    assert_eq!(t.body.matches("shakes hands with Putin").count(), 0);
    assert!(!t.body.contains("Leave a Reply"));
    assert!(t.body.ends_with("deepening its close ties with Russia."));
}

#[test]
fn sample_titles() {
    let b = bundle::sample();
    let titles: Vec<Option<&str>> = b.articles.iter().map(|a| a.title.as_deref()).collect();
    assert_eq!(
        titles[0],
        Some("Kim serenades Putin, vows to 'hold hands' for strategic cooperation")
    );
    assert_eq!(
        titles[1],
        Some("North Korea's Kim vows to 'hold hands' with Putin for strategic cooperation")
    );
    assert_eq!(
        titles[2], None,
        "002 opens with its first sentence, not a title"
    );
    assert!(titles[3].unwrap().starts_with("The leader of North Korea"));
    assert!(titles[4].unwrap().starts_with("Kim Jong Un says he will"));
    assert!(b.articles[2]
        .body
        .starts_with("North Korea's leader Kim Jong Un pledged"));
}

#[test]
fn wire_site_with_bylines_captions_and_footer() {
    let raw = "\
Flood waters recede in Kerala as rescue teams reach cut-off villages - Daily Courier

By Priya Raman and Tom Ellis

Updated: 14 August 2024 09:12 IST

Rescuers carry an elderly woman to safety in Thrissur. Photo: Arun Nair/Reuters

Share this article

THRISSUR, India (Reuters) - Flood waters began to recede across Kerala on Wednesday, allowing rescue teams to reach villages that had been cut off for four days, officials said.

The state government said 37 people had died since the monsoon rains intensified last week, and more than 80,000 were staying in relief camps.

Roads reopen

Engineers reopened two of the five highways closed by landslides, and the railway said services to the north of the state would resume on Friday.

Story continues below advertisement

\"We are not out of danger yet,\" the chief minister told reporters in the state capital, urging residents to stay away from rivers.

Sign up for our morning briefing newsletter

Most Read

Cricket board names new selection panel

Stocks close higher on bank rally

© 2024 Daily Courier Media. All rights reserved.";
    let c = clean_one(raw);
    assert_eq!(
        c.title.as_deref(),
        Some("Flood waters recede in Kerala as rescue teams reach cut-off villages")
    );
    assert_eq!(c.title_suffix.as_deref(), Some("Daily Courier"));
    assert_eq!(reason_of(&c, "By Priya"), Some(Reason::Byline));
    assert_eq!(reason_of(&c, "Updated:"), Some(Reason::Byline));
    assert_eq!(reason_of(&c, "Photo: Arun"), Some(Reason::Caption));
    assert_eq!(reason_of(&c, "Share this"), Some(Reason::SharePrompt));
    assert_eq!(
        reason_of(&c, "Story continues"),
        Some(Reason::Advertisement)
    );
    assert_eq!(reason_of(&c, "Sign up"), Some(Reason::Newsletter));
    assert_eq!(reason_of(&c, "Cricket board"), Some(Reason::RelatedLinks));
    assert_eq!(reason_of(&c, "All rights"), Some(Reason::Footer));
    assert!(c.body.starts_with("THRISSUR"));
    assert!(c.body.contains("Roads reopen"), "subheading kept");
    assert!(c.body.contains("\"We are not out of danger yet,\""));
    assert_eq!(c.body.split("\n\n").count(), 5);
}

#[test]
fn blog_style_with_comment_form_and_tags() {
    let raw = "\
Home

Local council approves new cycle lanes after two-year fight

The council voted 7-2 on Monday night to build protected cycle lanes along the length of Harbour Road, ending a debate that began in 2022.

Residents who had opposed the plan said they would consider a legal challenge to the decision.

Tags: cycling, council, Harbour Road

5 comments

Leave a comment

Your email address will not be published. Required fields are marked *";
    let c = clean_one(raw);
    assert_eq!(reason_of(&c, "Home"), Some(Reason::Navigation));
    assert!(c
        .title
        .as_deref()
        .unwrap()
        .starts_with("Local council approves"));
    assert_eq!(reason_of(&c, "Tags:"), Some(Reason::Tags));
    assert_eq!(reason_of(&c, "5 comments"), Some(Reason::Fragment));
    assert_eq!(reason_of(&c, "Your email"), Some(Reason::CommentForm));
    assert_eq!(c.body.split("\n\n").count(), 2);
}

#[test]
fn hard_wrapped_text_keeps_paragraphs() {
    let raw = "Harbour tunnel to close for a month\n\nThe harbour tunnel will close for four weeks\nfrom Monday while engineers replace its\nventilation fans, the transport agency said.\n\nDrivers were told to use the ring road,\nwhich is expected to be busier than usual.";
    let c = clean_one(raw);
    assert_eq!(
        c.title.as_deref(),
        Some("Harbour tunnel to close for a month")
    );
    let paras: Vec<&str> = c.body.split("\n\n").collect();
    assert_eq!(paras.len(), 2);
    assert!(paras[0].contains("replace its ventilation fans"));
}

#[test]
fn bundle_repetition_marks_furniture_but_not_shared_wire_copy() {
    let make = |i: usize, story: &str| {
        format!("Headline number {i} about things\n\nWeekly Briefing from the Newsroom\n\n{story}\n\nOpening paragraph {i} of a story with several words in it to read.\n\nClosing paragraph of story {i}, which also has enough words to count.")
    };
    let wire = "Officials said on Tuesday that the bridge would reopen next month after repairs.";
    let texts: Vec<String> = (0..4).map(|i| make(i, wire)).collect();
    let furniture = Furniture::build(texts.iter().map(String::as_str));
    let c = clean(&texts[0], None, &furniture);
    assert_eq!(reason_of(&c, "Weekly Briefing"), Some(Reason::Furniture));
    assert!(
        c.body.contains(wire),
        "the same sentence in the same place is wire copy"
    );
}

#[test]
fn known_title_repeated_in_text_is_removed() {
    let raw = "Quake of magnitude 6.1 shakes central Chile - Andes Post\nA strong earthquake shook central Chile on Sunday, damaging houses in two towns, officials said.";
    let c = clean(
        raw,
        Some("Quake of magnitude 6.1 shakes central Chile"),
        &Furniture::default(),
    );
    assert_eq!(reason_of(&c, "Quake of"), Some(Reason::Title));
    assert!(c.body.starts_with("A strong earthquake"));
}

#[test]
fn a_page_of_related_labels_is_cleaned_in_one_pass() {
    // Each label once rescanned everything after it: 100,000 labels took hours. The story after
    // them still stops the list, as it did.
    let story = "Officials said on Tuesday that the bridge over the river would reopen next month after the repairs, which began in the spring, are finished.";
    let mut raw = format!("{story}\n");
    for i in 0..50_000 {
        raw.push_str(&format!("Related\nHeadline {i} about something else\n"));
    }
    raw.push_str(story.replace("bridge", "tunnel").as_str());
    let c = clean_one(&raw);
    assert_eq!(c.removed.len(), 100_000);
    assert!(c.removed.iter().all(|r| r.reason == Reason::RelatedLinks));
    assert!(
        c.body.contains("tunnel"),
        "the story after the list is kept"
    );
}

mod split_title {
    use super::*;

    /// The splitting as first written, with `rsplit_once` finding each separator.
    fn reference(title: &str) -> Option<(String, String)> {
        for sep in TITLE_SEPARATORS {
            let Some((head, tail)) = title.rsplit_once(sep) else {
                continue;
            };
            if signs_title(sep, head, tail) {
                return Some((meta::sanitize_line(head), meta::sanitize_line(tail)));
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn splits_as_rsplit_once_did(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Kim", "vows", "to", "hold", "|", "-", "\u{2013}", "\u{2014}", "::", "\u{2022}",
                    "Daily", "News", "Times", "site.com", "said.", "a", "B", "|-",
                ]),
                0..12,
            ),
        ) {
            let title = words.join(" ");
            let (head, tail) = split_title(&title);
            let expect = reference(&title);
            match expect {
                Some((h, t)) => proptest::prop_assert_eq!((head, tail), (h, Some(t))),
                None => proptest::prop_assert_eq!((head, tail), (meta::sanitize_line(&title), None)),
            }
        }
    }
}
