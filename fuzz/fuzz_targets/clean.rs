//! The cleaner on arbitrary text: an optional known title, the article, and two more articles
//! that feed the furniture (lines repeated across a bundle), separated by NUL bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::engine::clean::{clean, Furniture};
use parallax::engine::meta;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\0');
    let title = parts.next().filter(|t| !t.is_empty());
    let raw = parts.next().unwrap_or_default();
    let others: Vec<&str> = parts.collect();
    let furniture = Furniture::build(
        std::iter::once(raw)
            .chain(others.iter().copied())
            .chain([raw]),
    );
    let c = clean(raw, title, &furniture);
    assert!(raw.is_char_boundary(c.body_start) && c.body_start <= raw.len());
    for s in &c.segments {
        let body = c.body.get(s.body_start..s.body_start + s.len);
        assert!(body.is_some(), "segment off the body's boundaries: {s:?}");
        assert_eq!(body, raw.get(s.raw_start..s.raw_start + s.len));
    }
    for r in &c.removed {
        assert_eq!(raw.get(r.start..r.end), Some(r.text.as_str()));
    }
    let _ = meta::extract(raw, &c);
});
