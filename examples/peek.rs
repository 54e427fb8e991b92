use parallax::engine::{
    bundle,
    passages::{find, Kind, Options},
};
use std::collections::HashMap;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let kind = std::env::args().nth(2).unwrap_or("rewrite".into());
    let b = bundle::load(&dir.join("ecbplus.jsonl")).unwrap();
    let labels = std::fs::read_to_string(dir.join("labels.tsv")).unwrap();
    let ev: HashMap<&str, &str> = labels
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let mut g: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, a) in b.articles.iter().enumerate() {
        if let Some(e) = ev.get(a.id.as_str()) {
            g.entry(e).or_default().push(i);
        }
    }
    let mut groups: Vec<Vec<usize>> = g.into_values().collect();
    groups.sort();
    let t = std::time::Instant::now();
    let r = find(&b.articles, &groups, &Options::default());
    eprintln!("find: {:?}", t.elapsed());
    let mut n = 0;
    for (pi, p) in r.passages.iter().enumerate() {
        if p.kind.label() != kind {
            continue;
        }
        n += 1;
        if n % 7 != 0 {
            continue;
        }
        println!("#{pi} {:?} {}", p.kind, p.words);
        for s in &p.spans {
            println!(
                "   [{}] {}",
                b.articles[s.article].id,
                &b.articles[s.article].body[s.start..s.end]
            );
        }
    }
    let _ = Kind::Near;
}
