//! Verbatim recall and precision on real news (ECB+: 982 articles in 86 events), against a
//! brute-force ground truth: every run of at least 8 equal normalised words that two articles
//! of one event share. Skipped, with a note, when the shared data is not beside the crate.

use std::collections::HashMap;
use std::path::PathBuf;

use parallax::engine::bundle;
use parallax::engine::passages::{find, Kind, Options};
use parallax::engine::text::tokenize;

/// `<crate root>/../shared/data/ecbplus`, or under `$PARALLAX_SHARED_DATA` when set (a
/// worktree checked out elsewhere).
fn data() -> Option<PathBuf> {
    let root = std::env::var_os("PARALLAX_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let p = root.join("ecbplus");
    p.join("ecbplus.jsonl").exists().then_some(p)
}

/// Marks, in both word sequences, every word inside a maximal common run of at least 8 words
/// (`long`) or at least 4 (`short`): each run is found from its first word, by looking up where
/// that word occurs in `y` and walking forward.
fn common_runs(x: &[u64], y: &[u64], long: [&mut [bool]; 2], short: [&mut [bool]; 2]) {
    let mut at: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, &h) in y.iter().enumerate() {
        at.entry(h).or_default().push(j);
    }
    let [lx, ly] = long;
    let [sx, sy] = short;
    for i in 0..x.len() {
        for &j in at.get(&x[i]).map_or(&[][..], |v| v.as_slice()) {
            if i > 0 && j > 0 && x[i - 1] == y[j - 1] {
                continue;
            }
            let mut l = 0;
            while i + l < x.len() && j + l < y.len() && x[i + l] == y[j + l] {
                l += 1;
            }
            if l >= 4 {
                sx[i..i + l].fill(true);
                sy[j..j + l].fill(true);
            }
            if l >= 8 {
                lx[i..i + l].fill(true);
                ly[j..j + l].fill(true);
            }
        }
    }
}

#[test]
fn verbatim_recall_and_precision_on_real_news() {
    let Some(dir) = data() else {
        println!(
            "note: ../shared/data/ecbplus not found beside the crate; real-data check skipped"
        );
        return;
    };
    let b = bundle::load(&dir.join("ecbplus.jsonl")).expect("ecbplus loads");
    let labels = std::fs::read_to_string(dir.join("labels.tsv")).expect("labels");
    let mut event: HashMap<&str, &str> = HashMap::new();
    for line in labels.lines().skip(1) {
        if let Some((id, ev)) = line.split_once('\t') {
            event.insert(id, ev);
        }
    }
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, a) in b.articles.iter().enumerate() {
        if let Some(ev) = event.get(a.id.as_str()) {
            groups.entry(ev).or_default().push(i);
        }
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    groups.sort();
    let opts = Options::default();
    let found = find(&b.articles, &groups, &opts);

    let toks: Vec<Vec<parallax::engine::text::Token>> =
        b.articles.iter().map(|a| tokenize(&a.body)).collect();
    let hashes: Vec<Vec<u64>> = toks
        .iter()
        .map(|t| t.iter().map(|t| t.hash).collect())
        .collect();
    // Truth: words in a shared run of 8 or more (recall), or of 4 or more (precision, since a
    // shared quotation of 4 words is a verbatim passage too).
    let mut truth8: Vec<Vec<bool>> = hashes.iter().map(|h| vec![false; h.len()]).collect();
    let mut truth4: Vec<Vec<bool>> = truth8.clone();
    for g in &groups {
        for (k, &x) in g.iter().enumerate() {
            for &y in &g[k + 1..] {
                let (t8, t4) = (&mut truth8, &mut truth4);
                let (l, r) = t8.split_at_mut(y);
                let (l4, r4) = t4.split_at_mut(y);
                common_runs(
                    &hashes[x],
                    &hashes[y],
                    [&mut l[x], &mut r[0]],
                    [&mut l4[x], &mut r4[0]],
                );
            }
        }
    }
    // What parallax marks: words inside verbatim, near or duplicate spans.
    let mut marked: Vec<Vec<bool>> = hashes.iter().map(|h| vec![false; h.len()]).collect();
    let mut verbatim: Vec<Vec<bool>> = marked.clone();
    for p in &found.passages {
        for s in &p.spans {
            for (w, t) in toks[s.article].iter().enumerate() {
                if (t.start as usize) >= s.start && (t.end as usize) <= s.end {
                    if p.kind != Kind::Rewrite {
                        marked[s.article][w] = true;
                    }
                    if p.kind == Kind::Verbatim {
                        verbatim[s.article][w] = true;
                    }
                }
            }
        }
    }
    let (mut tp, mut truth_n, mut v_ok, mut v_n) = (0usize, 0usize, 0usize, 0usize);
    for a in 0..hashes.len() {
        for w in 0..hashes[a].len() {
            if truth8[a][w] {
                truth_n += 1;
                tp += usize::from(marked[a][w]);
            }
            if verbatim[a][w] {
                v_n += 1;
                v_ok += usize::from(truth4[a][w]);
            }
        }
    }
    let recall = tp as f64 / truth_n.max(1) as f64;
    let precision = v_ok as f64 / v_n.max(1) as f64;
    let kinds = |k: Kind| found.passages.iter().filter(|p| p.kind == k).count();
    println!(
        "ecbplus: {} passages ({} verbatim, {} near, {} rewrite, {} duplicate); \
         verbatim words in truth {truth_n}, recall {recall:.3}; verbatim-marked words {v_n}, precision {precision:.3}",
        found.passages.len(),
        kinds(Kind::Verbatim),
        kinds(Kind::Near),
        kinds(Kind::Rewrite),
        kinds(Kind::Duplicate)
    );
    assert!(truth_n > 1000, "the data holds shared runs");
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(precision >= 0.95, "precision {precision:.3}");
}
