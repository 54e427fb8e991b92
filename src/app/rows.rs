//! The list's rows: events with their articles, duplicates folded under their original, as the
//! filter and the folds leave them.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::engine::Date;

use super::App;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Event {
        event: usize,
        /// Articles and distinct outlets shown (after the filter).
        articles: usize,
        outlets: usize,
        first: Option<Date>,
        last: Option<Date>,
        folded: bool,
        /// The article listed first under it, folded or not: the one the reader previews.
        lead: usize,
    },
    Article {
        article: usize,
        /// 0 at the top level, 1 under an event, one more under an original.
        depth: u8,
        /// Duplicates of this article, shown or folded under it.
        duplicates: usize,
        open: bool,
    },
}

/// What a row stands for, to find it again after a rebuild.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RowKey {
    Event(usize),
    Article(usize),
}

impl Row {
    pub(super) fn key(&self) -> RowKey {
        match *self {
            Row::Event { event, .. } => RowKey::Event(event),
            Row::Article { article, .. } => RowKey::Article(article),
        }
    }
}

/// An event whose articles pass the filter: the event, its best score, and where its ranked
/// members lie in the one list all groups share.
type Group = (usize, i64, std::ops::Range<usize>);

/// Selects the first article row (after a new filter result: the best match).
pub(super) fn select_first_article(app: &mut App) {
    if let Some(i) = app
        .list
        .rows
        .iter()
        .position(|r| matches!(r, Row::Article { .. }))
    {
        app.list.selected = i;
    }
}

/// Rebuilds the rows from the app's data, filter and folds, keeping the selection on the same
/// event or article when it is still there.
pub(super) fn rebuild(app: &mut App) {
    let key = app.selected_row().map(Row::key);
    app.list.rows = build(app);
    app.list.counts = count(app);
    let found = key.and_then(|k| app.list.rows.iter().position(|r| r.key() == k));
    app.list.selected = match found {
        Some(i) => i,
        None => app.list.selected.min(app.list.rows.len().saturating_sub(1)),
    };
}

/// Articles shown and in total; events shown and in total.
fn count(app: &App) -> (usize, usize, usize, usize) {
    let total = app.bundle.as_ref().map_or(0, |b| b.articles.len());
    let shown = match &app.filter.scores {
        Some(s) => s.iter().filter(|s| s.is_some()).count(),
        None => total,
    };
    let (events_shown, events_total) = match &app.grouping {
        Some(g) => {
            // Unfiltered, the first member of each event answers.
            let shown = g
                .slots()
                .iter()
                .filter(|slot| {
                    g.members(slot)
                        .iter()
                        .any(|&a| app.score(a as usize).is_some())
                })
                .count();
            (shown, g.events.len())
        }
        None => (0, 0),
    };
    (shown, total, events_shown, events_total)
}

fn build(app: &App) -> Vec<Row> {
    let Some(bundle) = &app.bundle else {
        return Vec::new();
    };
    let n = bundle.articles.len();
    let scores = app.filter.scores.as_ref();
    let score = |a: usize| app.score(a);
    let duplicate_of = |a: usize| app.duplicate_of(a);
    let ranked = |members: &mut [(usize, i64)]| {
        // Stable: equal scores keep the event's own order.
        members.sort_by_key(|&(_, s)| std::cmp::Reverse(s));
    };
    let mut rows = Vec::new();
    let Some(grouping) = &app.grouping else {
        let mut members: Vec<(usize, i64)> = (0..n).filter_map(|a| Some((a, score(a)?))).collect();
        ranked(&mut members);
        push_articles(
            app,
            &members,
            0,
            &Chains::of(&members, &duplicate_of),
            &mut rows,
        );
        return rows;
    };
    // Every group's members in one list: a bundle of 100,000 articles has tens of thousands of
    // events, and this runs on every filter result.
    let mut all: Vec<(usize, i64)> = Vec::with_capacity(n);
    let mut groups: Vec<Group> = Vec::new();
    for (e, slot) in grouping.slots().iter().enumerate() {
        let start = all.len();
        all.extend(
            grouping
                .members(slot)
                .iter()
                .filter_map(|&a| Some((a as usize, score(a as usize)?))),
        );
        if all.len() == start {
            continue;
        }
        if scores.is_some() {
            ranked(&mut all[start..]);
        }
        groups.push((e, all[start].1, start..all.len()));
    }
    if scores.is_some() {
        groups.sort_by_key(|&(_, best, _)| std::cmp::Reverse(best));
    }
    rows.reserve(groups.len() + all.len());
    for (e, _, range) in groups {
        let members = &all[range];
        let slot = &grouping.slots()[e];
        // An event of one article is just that article: a header would only repeat it.
        if slot.size <= 1 {
            push_articles(
                app,
                members,
                0,
                &Chains::of(members, &duplicate_of),
                &mut rows,
            );
            continue;
        }
        let outlets = distinct_outlets(app, members);
        let folded = !app.list.folded.is_empty() && app.list.folded.contains(&e);
        let chains = Chains::of(members, &duplicate_of);
        rows.push(Row::Event {
            event: e,
            articles: members.len(),
            outlets,
            first: slot.first,
            last: slot.last,
            folded,
            lead: members
                .iter()
                .map(|&(a, _)| a)
                .find(|&a| chains.root(a).is_none())
                .unwrap_or(members[0].0),
        });
        if !folded {
            push_articles(app, members, 1, &chains, &mut rows);
        }
    }
    rows
}

/// How many outlets `members` come from. Most events are a handful of reports, for which
/// comparing each with those before it beats building a set for every event on every keystroke.
fn distinct_outlets(app: &App, members: &[(usize, i64)]) -> usize {
    if members.len() > 16 {
        let set: FxHashSet<u32> = members
            .iter()
            .filter_map(|&(a, _)| app.outlet_id(a))
            .collect();
        return set.len();
    }
    members
        .iter()
        .enumerate()
        .filter(|&(k, &(a, _))| {
            app.outlet_id(a).is_some_and(|o| {
                !members[..k]
                    .iter()
                    .any(|&(b, _)| app.outlet_id(b) == Some(o))
            })
        })
        .count()
}

/// Pushes `members` (ranked) at `depth`, each duplicate under the first original of its chain
/// that is among them.
fn push_articles(
    app: &App,
    members: &[(usize, i64)],
    depth: u8,
    chains: &Chains,
    rows: &mut Vec<Row>,
) {
    if chains.present.is_none() {
        // Nothing to fold: the common case, without building the maps below.
        let any_open = !app.list.open_duplicates.is_empty();
        rows.extend(members.iter().map(|&(a, _)| Row::Article {
            article: a,
            depth,
            duplicates: 0,
            open: any_open && app.list.open_duplicates.contains(&a),
        }));
        return;
    }
    let mut children: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut top: Vec<usize> = Vec::new();
    for &(a, _) in members {
        match chains.root(a) {
            Some(o) => children.entry(o).or_default().push(a),
            None => top.push(a),
        }
    }
    for a in top {
        let kids = children.get(&a).map_or(&[][..], Vec::as_slice);
        let open = app.list.open_duplicates.contains(&a);
        rows.push(Row::Article {
            article: a,
            depth,
            duplicates: kids.len(),
            open,
        });
        if open {
            for &k in kids {
                rows.push(Row::Article {
                    article: k,
                    depth: depth + 1,
                    duplicates: 0,
                    open: false,
                });
            }
        }
    }
}

/// Which of an event's shown members are duplicates of another shown one, and of which.
struct Chains<'a> {
    /// The shown members, when any of them is a duplicate at all.
    present: Option<FxHashSet<usize>>,
    duplicate_of: &'a dyn Fn(usize) -> Option<usize>,
}

impl<'a> Chains<'a> {
    fn of(members: &[(usize, i64)], duplicate_of: &'a dyn Fn(usize) -> Option<usize>) -> Self {
        let any = members.iter().any(|&(a, _)| duplicate_of(a).is_some());
        Chains {
            present: any.then(|| members.iter().map(|&(a, _)| a).collect()),
            duplicate_of,
        }
    }

    /// The first original of `a`'s chain that is shown, which `a` is listed under.
    fn root(&self, a: usize) -> Option<usize> {
        let present = self.present.as_ref()?;
        let mut cur = a;
        let mut found = None;
        // Chains are short; the bound only guards against a cycle in bad data.
        for _ in 0..32 {
            match (self.duplicate_of)(cur) {
                Some(o) if o != a => {
                    if present.contains(&o) {
                        found = Some(o);
                    }
                    cur = o;
                }
                _ => break,
            }
        }
        found
    }
}
