//! A filter that remembers its recent passes, for the thread that filters as a person types.
//!
//! Typing mostly lengthens a query, and a longer query can only keep fewer articles: a plain
//! term that grows still needs all the letters it needed, a qualifier that grows is a longer
//! substring or prefix, a new term is one more condition. So a pass for a query that narrows an
//! earlier one only looks at the earlier one's matches, and reuses the scores of the terms
//! that did not change: once the first word is typed, a keystroke scores one term of the
//! articles still in the list instead of every term of every article. Deleting a character
//! usually lands on a query seen a moment ago, answered from memory.

use std::collections::VecDeque;
use std::sync::Arc;

use super::pass::{self, Scored, Start};
use super::{keyword, Corpus, Hit, Query, Term};

/// Passes remembered; a few keystrokes of backtracking.
const RECENT: usize = 12;

/// Recent passes over one corpus.
#[derive(Debug, Default)]
pub struct Session {
    corpus: Option<Arc<Corpus>>,
    /// Newest first.
    recent: VecDeque<(Query, Arc<Scored>)>,
}

impl Session {
    pub fn new() -> Session {
        Session::default()
    }

    /// The articles of `corpus` that match `query`, as [`super::filter`] gives them; `None` when
    /// `cancelled` turned true first.
    pub fn filter(
        &mut self,
        corpus: &Arc<Corpus>,
        query: &Query,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Hit>> {
        if !self.corpus.as_ref().is_some_and(|c| Arc::ptr_eq(c, corpus)) {
            self.corpus = Some(corpus.clone());
            self.recent.clear();
        }
        if let Some(k) = self.recent.iter().position(|(q, _)| q == query) {
            let entry = self.recent.remove(k)?;
            let hits = entry.1.hits();
            self.recent.push_front(entry);
            return Some(hits);
        }
        // The narrowest earlier result this query narrows further.
        let base = self
            .recent
            .iter()
            .filter_map(|(q, s)| Some((narrows(q, query)?, s)))
            .min_by_key(|(_, s)| s.articles.len());
        let scored = match base {
            Some((reuse, prev)) => {
                pass::run(corpus, query, Start::Narrow { prev, reuse }, cancelled)?
            }
            None => pass::run(corpus, query, Start::All, cancelled)?,
        };
        let hits = scored.hits();
        self.recent.push_front((query.clone(), Arc::new(scored)));
        self.recent.truncate(RECENT);
        Some(hits)
    }
}

/// When every article `new` keeps is kept by `old`: for each plain term of `new`, the index of
/// the plain term of `old` with the same text (its scores can be reused). `None` otherwise.
fn narrows(old: &Query, new: &Query) -> Option<Vec<Option<usize>>> {
    if old.terms.len() > new.terms.len() {
        return None;
    }
    let mut reuse = Vec::new();
    let mut old_plain = 0;
    for (k, term) in new.terms.iter().enumerate() {
        let Some(before) = old.terms.get(k) else {
            if matches!(term, Term::Plain(_)) {
                reuse.push(None);
            }
            continue;
        };
        let ok = match (before, term) {
            (Term::Plain(a), Term::Plain(b)) => {
                let same = a == b;
                reuse.push(same.then_some(old_plain));
                old_plain += 1;
                same || plain_narrows(a, b)
            }
            (Term::Outlet(a), Term::Outlet(b))
            | (Term::Event(a), Term::Event(b))
            | (Term::Date(a), Term::Date(b)) => b.starts_with(a.as_str()),
            // Flags keep every article here; the caller applies them.
            (Term::Is(a), Term::Is(b)) => a == b,
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    Some(reuse)
}

/// Whether plain term `b` keeps only articles that `a` keeps. A fuzzy match of `b` contains one
/// of its prefix `a`; a body word starting with `b`'s word starts with `a`'s. But `a` too short
/// to be looked up among body words keeps fewer than a `b` that is.
fn plain_narrows(a: &str, b: &str) -> bool {
    if !b.starts_with(a) {
        return false;
    }
    match (keyword(a), keyword(b)) {
        (_, None) => true,
        (Some(wa), Some(wb)) => wb.starts_with(&wa),
        (None, Some(_)) => false,
    }
}
