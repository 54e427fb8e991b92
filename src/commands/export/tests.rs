use super::*;
use crate::app::fixture;
use crate::engine::passages::{Options, Passage};

/// Reads CSV back (RFC 4180), to check the writer's quoting by round trip.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

fn comparison(bundle: &Bundle, analysis: &Analysis, a: usize, b: usize) -> Comparison {
    compare(
        &bundle.articles,
        a,
        b,
        Some(&analysis.passages),
        &Options::default(),
    )
}

#[test]
fn csv_has_one_row_per_span_and_quotes_what_it_must() {
    let mut b = fixture::bundle();
    b.articles[1].outlet = Some("Inquirer, \"Daily\"\nEdition\u{1b}[2J".into());
    let an = fixture::analysis(&b);
    let ps: Vec<&Passage> = an.passages.passages.iter().collect();
    let csv = passages_csv(&b, &ps);
    assert!(csv.starts_with("passage,kind,words,article,outlet,start,end,text\r\n"));
    let rows = read_csv(&csv);
    let spans: usize = ps.iter().map(|p| p.spans.len()).sum();
    assert_eq!(rows.len(), 1 + spans);
    assert!(rows.iter().all(|r| r.len() == 8), "{rows:?}");
    let inq: Vec<&Vec<String>> = rows.iter().filter(|r| r[3] == "a1").collect();
    assert!(!inq.is_empty());
    // The outlet came back whole, its escape sequence made visible.
    assert_eq!(inq[0][4], "Inquirer, \"Daily\"\nEdition␛[2J");
    assert!(!csv.contains('\u{1b}'));
    // Offsets and text are those of the original file, as in --json.
    for r in &rows[1..] {
        let a = b.articles.iter().find(|a| a.id == r[3]).unwrap();
        let (s, e): (usize, usize) = (r[5].parse().unwrap(), r[6].parse().unwrap());
        assert_eq!(a.raw_get(s..e).as_deref(), Some(r[7].as_str()));
        assert!(["verbatim", "near", "rewrite", "duplicate"].contains(&r[1].as_str()));
        let n: usize = r[0].parse().unwrap();
        assert!((1..=ps.len()).contains(&n));
    }
    // No passages: the header alone.
    assert_eq!(read_csv(&passages_csv(&b, &[])).len(), 1);
}

#[test]
fn csv_fields_never_start_a_spreadsheet_formula() {
    let formulas = [
        "=HYPERLINK(\"http://x.invalid\",\"click\")",
        "+1+2",
        "-2+3",
        "@SUM(A1:A9)",
    ];
    for f in formulas {
        let mut b = fixture::bundle();
        b.articles[1].outlet = Some(f.to_string());
        let an = fixture::analysis(&b);
        let ps: Vec<&Passage> = an.passages.passages.iter().collect();
        let rows = read_csv(&passages_csv(&b, &ps));
        let inq: Vec<&Vec<String>> = rows.iter().filter(|r| r[3] == "a1").collect();
        assert!(!inq.is_empty());
        for r in inq {
            assert_eq!(r[4], format!("'{f}"), "kept whole, read as text");
        }
        for r in &rows[1..] {
            assert!(
                r.iter().all(|c| !c.starts_with(['=', '+', '-', '@'])),
                "{r:?}"
            );
        }
    }
}

#[test]
fn markdown_lists_pairs_and_escapes_syntax() {
    let mut b = fixture::bundle();
    b.articles[0].title = Some("Kim | *serenades* [Putin](javascript:x) <b>".into());
    let an = fixture::analysis(&b);
    let c = comparison(&b, &an, 0, 1);
    assert!(!c.pairs.is_empty());
    let md = compare_markdown(&b, &an, &c);
    assert!(
        md.starts_with("# Kim \\| \\*serenades\\* \\[Putin\\](javascript:x) \\<b\\> / "),
        "{md}"
    );
    let table_rows = md
        .lines()
        .filter(|l| {
            l.starts_with("| ")
                && l.split(" | ")
                    .next()
                    .is_some_and(|n| n[2..].parse::<usize>().is_ok())
        })
        .count();
    assert_eq!(table_rows, c.pairs.len(), "{md}");
    assert!(md.contains(&format!("## Shared passages ({})", c.pairs.len())));
    assert!(md.contains("## Only in WION"));
    assert!(md.contains("## Only in Inquirer"));
    assert!(md.contains("<https://example.org/a0>"));
    // Each table row has exactly its four cells: no pipe from the text splits one.
    for l in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = l.matches(" | ").count();
        assert!(cells == 2 || cells == 3, "{l}");
    }
}

#[test]
fn html_is_self_contained_escaped_and_marks_both_sides() {
    let mut b = fixture::bundle();
    b.articles[0].title = Some("<script>alert('x')</script> & co".into());
    b.articles[1].url = Some("javascript:alert(1)".into());
    let an = fixture::analysis(&b);
    let c = comparison(&b, &an, 0, 1);
    let html = compare_html(&b, &an, &c);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    assert!(html.contains("default-src 'none'"));
    // Nothing is fetched: no external source or stylesheet.
    for bad in ["src=", "<link", "@import", "url("] {
        assert!(!html.contains(bad), "{bad}");
    }
    // Only the web address is linked.
    assert!(html.contains("href=\"https://example.org/a0\""));
    assert!(!html.contains("href=\"javascript"));
    // Each pair is marked once on each side, numbered alike.
    for n in 1..=c.pairs.len() {
        assert_eq!(html.matches(&format!("id=\"a{n}\"")).count(), 1, "a{n}");
        assert_eq!(html.matches(&format!("id=\"b{n}\"")).count(), 1, "b{n}");
    }
    assert_eq!(
        html.matches("<mark").count(),
        html.matches("</mark>").count()
    );
    // The shared quote is inside a mark on both sides.
    let marked: Vec<&str> = html
        .split("<mark ")
        .skip(1)
        .map(|m| m.split("</mark>").next().unwrap())
        .collect();
    assert!(marked.iter().filter(|m| m.contains(fixture::QUOTE)).count() >= 2);
}

#[test]
fn segments_cover_the_body_exactly() {
    let b = fixture::bundle();
    let an = fixture::analysis(&b);
    for (x, y) in [(0, 1), (1, 3), (0, 4)] {
        let c = comparison(&b, &an, x, y);
        for (left, i) in [(true, x), (false, y)] {
            let segs = segments(&b.articles[i], &c, left);
            let joined: String = segs.iter().map(|(_, t)| *t).collect();
            assert_eq!(joined, b.articles[i].body);
            // Every pair is marked on every side, alone or with the pair that covers it.
            let mut seen: Vec<usize> = segs.iter().flat_map(|(p, _)| p.clone()).collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..c.pairs.len()).collect::<Vec<_>>());
        }
    }
}
