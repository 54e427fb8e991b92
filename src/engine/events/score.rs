//! B-cubed scores of a grouping against reference labels: for each article, how much of its
//! predicted event really belongs with it (precision) and how much of its true event it was
//! grouped with (recall), averaged over articles. Unlike pairwise scores, a big event does not
//! drown the small ones.

use std::collections::HashMap;
use std::hash::Hash;

/// B-cubed precision, recall and their harmonic mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Gold labels from a `labels.tsv` (a header line, then `id<TAB>event` lines), as the labelled
/// bundles and the generator write them.
pub fn parse_labels(tsv: &str) -> HashMap<String, String> {
    tsv.lines()
        .skip(1)
        .filter_map(|l| {
            let (id, ev) = l.split_once('\t')?;
            Some((id.to_string(), ev.trim().to_string()))
        })
        .collect()
}

/// Scores `predicted` against `gold`, two labels per article in the same order.
pub fn bcubed<P: Eq + Hash, G: Eq + Hash>(predicted: &[P], gold: &[G]) -> Scores {
    assert_eq!(
        predicted.len(),
        gold.len(),
        "one label per article on both sides"
    );
    let n = predicted.len();
    if n == 0 {
        return Scores {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
    }
    let mut pred_size: HashMap<&P, usize> = HashMap::new();
    let mut gold_size: HashMap<&G, usize> = HashMap::new();
    let mut both: HashMap<(&P, &G), usize> = HashMap::new();
    for (p, g) in predicted.iter().zip(gold) {
        *pred_size.entry(p).or_default() += 1;
        *gold_size.entry(g).or_default() += 1;
        *both.entry((p, g)).or_default() += 1;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for (p, g) in predicted.iter().zip(gold) {
        let common = both[&(p, g)] as f64;
        precision += common / pred_size[p] as f64;
        recall += common / gold_size[g] as f64;
    }
    precision /= n as f64;
    recall /= n as f64;
    Scores {
        precision,
        recall,
        f1: 2.0 * precision * recall / (precision + recall),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_degenerate_groupings() {
        let gold = [1, 1, 2, 2, 3];
        assert_eq!(bcubed(&["a", "a", "b", "b", "c"], &gold).f1, 1.0);
        // Everything in one event: full recall, poor precision.
        let one = bcubed(&[0; 5], &gold);
        assert_eq!(one.recall, 1.0);
        assert!((one.precision - (2.0 * 0.4 + 2.0 * 0.4 + 0.2) / 5.0).abs() < 1e-12);
        // Every article alone: full precision, poor recall.
        let alone = bcubed(&[0, 1, 2, 3, 4], &gold);
        assert_eq!(alone.precision, 1.0);
        assert!((alone.recall - 0.6).abs() < 1e-12);
    }
}
