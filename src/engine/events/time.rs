//! Time as evidence: how much being days apart counts against two reports being one event.
//!
//! Coverage of an event is dense in its first days and thins out like a power law, with a long
//! tail of follow-ups (an arrest, a verdict) that name the same people. Two different events that
//! look alike, on the other hand, fall anywhere in time. The odds that two reports `k` days apart
//! share an event therefore fall polynomially in `k`, and in log-odds the evidence against them is
//! logarithmic: `weight × ln(1 + k / scale)`, subtracted from their similarity. A follow-up that
//! matches closely survives weeks; a look-alike that matches loosely does not survive days; and
//! nothing survives a year. Undated reports are judged by what they say alone.

use super::Options;
#[cfg(test)]
use crate::engine::Date;

/// What being `a` and `b` apart costs their similarity (0 within the grace period, or when a
/// date is unknown). Grouping asks [`Costs`] for the same figures.
#[cfg(test)]
fn cost(a: Option<Date>, b: Option<Date>, opts: &Options) -> f32 {
    match (a, b) {
        (Some(a), Some(b)) => cost_of_days((a.days() - b.days()).abs() as f64, opts) as f32,
        _ => 0.0,
    }
}

/// [`cost`] by days apart, looked up for pairs within `window` days: the candidate search asks
/// it for every pair it meets.
pub(super) struct Costs {
    table: Vec<f32>,
    opts: Options,
}

impl Costs {
    pub(super) fn new(window: f64, opts: &Options) -> Costs {
        let days = window.clamp(0.0, 100_000.0) as usize + 2;
        Costs {
            table: (0..days)
                .map(|k| cost_of_days(k as f64, opts) as f32)
                .collect(),
            opts: opts.clone(),
        }
    }

    /// What being on day `a` and day `b` costs (as [`cost`] of their dates).
    pub(super) fn between(&self, a: Option<i64>, b: Option<i64>) -> f32 {
        match (a, b) {
            (Some(a), Some(b)) => {
                let apart = (a - b).unsigned_abs();
                match self.table.get(apart as usize) {
                    Some(&c) => c,
                    None => cost_of_days(apart as f64, &self.opts) as f32,
                }
            }
            _ => 0.0,
        }
    }
}

fn cost_of_days(days: f64, opts: &Options) -> f64 {
    let apart = (days - opts.grace_days).max(0.0);
    opts.time_weight * (1.0 + apart / opts.time_scale_days).ln()
}

/// Days apart at which time alone costs `similarity`: beyond it, two reports that similar can
/// no longer reach zero.
pub(super) fn days_to_cost(similarity: f64, opts: &Options) -> f64 {
    opts.grace_days + opts.time_scale_days * ((similarity / opts.time_weight).exp() - 1.0)
}

/// Most days one event may span: beyond it even identical reports fall below the grouping
/// threshold, so no chain of undated reports may bridge them either.
pub(super) fn max_span(opts: &Options) -> f64 {
    days_to_cost(1.0 - opts.threshold, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    #[test]
    fn distance_costs_weak_matches_more_than_time_alone_would() {
        let o = Options::default();
        assert_eq!(cost(d("2024-03-01"), d("2024-03-02"), &o), 0.0);
        assert_eq!(cost(None, d("2024-03-02"), &o), 0.0);
        let week = cost(d("2024-03-01"), d("2024-03-08"), &o) as f64;
        let month = cost(d("2024-03-01"), d("2024-04-01"), &o) as f64;
        let year = cost(d("2024-03-01"), d("2025-03-01"), &o) as f64;
        assert!(week < month && month < year);
        // A look-alike (a loose match) a week apart falls below the threshold; a close
        // follow-up does not.
        assert!(0.3 - week < o.threshold, "{week}");
        assert!(0.6 - week > o.threshold, "{week}");
        // A year apart, even a copy is another event.
        assert!(1.0 - year < o.threshold, "{year}");
        assert!(
            max_span(&o) < 365.0 && max_span(&o) > 30.0,
            "{}",
            max_span(&o)
        );
        let costs = Costs::new(max_span(&o), &o);
        for (a, b) in [("2024-03-01", "2024-03-08"), ("2024-03-09", "2024-03-01")] {
            let days = |s| d(s).map(|d| d.days());
            assert_eq!(costs.between(days(a), days(b)), cost(d(a), d(b), &o));
        }
        assert_eq!(
            costs.between(Some(0), Some(5000)),
            cost_of_days(5000.0, &o) as f32
        );
        assert_eq!(costs.between(None, Some(3)), 0.0);
        let at = days_to_cost(0.5, &o);
        assert!((cost_of_days(at, &o) - 0.5).abs() < 1e-9);
    }
}
