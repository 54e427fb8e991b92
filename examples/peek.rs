use parallax::engine::bundle;
use parallax::engine::passages::{find, Options};
use parallax::synth::{self, Spec};
use std::path::Path;
fn main() {
    let n: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let g = synth::generate(&Spec::new(n, 7));
    let mut bytes = Vec::new();
    for a in &g.articles {
        let v = serde_json::json!({"id": a.id, "title": a.title, "text": a.text, "outlet": a.outlet, "date": a.date.to_string(), "url": a.url});
        serde_json::to_writer(&mut bytes, &v).unwrap();
        bytes.push(b'\n');
    }
    let b = bundle::from_bytes(Path::new("g.jsonl"), bytes);
    let mut by_event: Vec<Vec<usize>> = vec![Vec::new(); g.truth.events.len()];
    for (i, a) in g.articles.iter().enumerate() {
        by_event[a.event as usize].push(i);
    }
    by_event.retain(|v| !v.is_empty());
    let mut sizes: Vec<usize> = by_event.iter().map(|v| v.len()).collect();
    sizes.sort();
    eprintln!(
        "largest groups {:?}",
        &sizes[sizes.len().saturating_sub(10)..]
    );
    let cpu = || {
        let s = std::fs::read_to_string("/proc/self/stat").unwrap();
        let f: Vec<&str> = s.rsplit(')').next().unwrap().split_whitespace().collect();
        (f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()) * 10
    };
    let c0 = cpu();
    let t = std::time::Instant::now();
    let r = find(&b.articles, &by_event, &Options::default());
    let words: usize = b.articles.iter().map(|a| a.words()).sum();
    eprintln!(
        "find {:?} cpu {} ms, {} words, {:.0} ns cpu per word",
        t.elapsed(),
        cpu() - c0,
        words,
        (cpu() - c0) as f64 * 1e6 / words as f64
    );
    if std::env::var("ONLY").is_ok() {
        return;
    }
    if std::env::var("REPEAT").is_ok() {
        for _ in 0..15 {
            let _ = find(&b.articles, &by_event, &Options::default());
        }
        return;
    }
    let mut ts = Vec::new();
    for (i, gi) in by_event.iter().enumerate() {
        let t = std::time::Instant::now();
        let _ = find(&b.articles, &[gi.clone()], &Options::default());
        let w: usize = gi.iter().map(|&a| b.articles[a].words()).sum();
        ts.push((t.elapsed(), i, gi.len(), w));
    }
    let total: std::time::Duration = ts.iter().map(|t| t.0).sum();
    ts.sort();
    eprintln!(
        "sum of groups {:?}; slowest {:?}",
        total,
        &ts[ts.len() - 5..]
    );
    if std::env::args().nth(2).is_some() {
        let ev = g.articles[0].event;
        println!("== planted of event {ev}");
        for p in g.truth.passages.iter().filter(|p| p.event == ev) {
            println!("{:?} inc={}", p.kind, p.incidental);
            for s in &p.spans {
                println!(
                    "   [{}] {}..{} {:?}",
                    s.article,
                    s.start,
                    s.end,
                    &g.span_text(s).chars().take(100).collect::<String>()
                );
            }
        }
        println!("== found");
        for p in r
            .passages
            .iter()
            .filter(|p| g.articles[p.spans[0].article].event == ev)
        {
            println!("{:?} {}", p.kind, p.words);
            for s in &p.spans {
                let a = &b.articles[s.article];
                let x = a.body_to_raw_range(s.start..s.end);
                println!(
                    "   [{}] {}..{} {:?}",
                    s.article,
                    x.start,
                    x.end,
                    &a.raw[x.clone()].chars().take(100).collect::<String>()
                );
            }
        }
    }
}
