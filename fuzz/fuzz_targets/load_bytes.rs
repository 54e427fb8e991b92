//! The loader's whole way from one file's bytes to cleaned articles. The first byte picks the
//! format (plain text, Markdown, JSON, JSON Lines), the rest is the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use parallax::engine::bundle;

const NAMES: [&str; 4] = ["f.txt", "f.md", "f.json", "f.jsonl"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let b = bundle::from_bytes(Path::new(name), bytes.to_vec());
    assert!(
        !b.articles.is_empty() || !b.warnings.is_empty(),
        "nothing loaded and nothing said"
    );
    for a in &b.articles {
        for s in &a.segments {
            let body = a.body.get(s.body_start..s.body_start + s.len);
            assert!(body.is_some(), "segment off the body's boundaries: {s:?}");
            assert_eq!(body, a.raw_get(s.raw_start..s.raw_start + s.len).as_deref());
            // Text files map onto the file's bytes; a JSON record's raw text is its text
            // field, decoded, and maps onto that.
            let r = a.body_to_file(s.body_start..s.body_start + s.len);
            let limit = if pick % 4 < 2 {
                bytes.len()
            } else {
                a.raw_len()
            };
            assert!(r.start <= r.end && r.end <= limit, "{r:?} past the source");
        }
        for r in &a.removed {
            assert_eq!(a.raw_get(r.start..r.end).as_deref(), Some(r.text.as_str()));
        }
        let _ = a.display_title();
    }
});
