//! The background work behind the interface: loading and analysing a bundle, and filter
//! passes. Each sends its results to the loop as [`Action::Data`], so the first frame is drawn
//! as soon as articles are loaded and keys are answered while events and passages are computed.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread;

use crate::engine::filter::{Corpus, Query, Session, WordIndex};
use crate::engine::passages::{self, Options};
use crate::engine::{bundle, events, Bundle};

use super::{Action, Data, Grouping, Stage};

/// Starts loading `path` (the built-in sample when `None`) on its own thread, or only analysing
/// `loaded` when the caller has read the bundle already. Setting `cancel` stops it between
/// stages; so does the receiver going away.
pub fn spawn_loader(
    path: Option<PathBuf>,
    loaded: Option<Bundle>,
    tx: Sender<Action>,
    cancel: Arc<AtomicBool>,
) {
    thread::Builder::new()
        .name("load".into())
        .spawn(move || load(path, loaded, &tx, &cancel))
        .expect("spawn the loading thread");
}

fn load(
    path: Option<PathBuf>,
    loaded: Option<Bundle>,
    tx: &Sender<Action>,
    cancel: &AtomicBool,
) -> Option<()> {
    let send = |d: Data| -> Option<()> {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        tx.send(Action::Data(d)).ok()
    };
    send(Data::Started(Stage::Load))?;
    let bundle: Bundle = match (loaded, &path) {
        (Some(b), _) => b,
        (None, Some(p)) => match bundle::load(p) {
            Ok(b) => b,
            Err(e) => return send(Data::Failed(e.to_string())),
        },
        (None, None) => bundle::sample(),
    };
    let bundle = Arc::new(bundle);
    send(Data::Bundle(bundle.clone()))?;
    // A corpus without labels or body words first, so fuzzy filtering works at once.
    send_corpus(&bundle, None, &send)?;

    send(Data::Started(Stage::Events))?;
    let grouping = Arc::new(Grouping::new(
        events::group(&bundle.articles),
        bundle.articles.len(),
    ));
    send(Data::Events(grouping.clone()))?;
    let labelled = send_corpus(&bundle, Some(&grouping), &send)?;

    // The body word index needs nothing but the bodies: it is built beside passage finding,
    // filling the moments that leaves a core idle instead of adding its time to the rest, and
    // taking both cores if passages end first. Not beside grouping: the two stages' working
    // memory at once would raise the peak for nothing, as passage finding takes longer than both.
    thread::scope(|s| {
        s.spawn(|| {
            send(Data::Started(Stage::Index))?;
            let bodies: Vec<&str> = bundle.articles.iter().map(|a| a.body.as_str()).collect();
            let words = own_pool(|| WordIndex::build(&bodies));
            send(Data::Corpus(Arc::new(labelled.with_words(Arc::new(words)))))?;
            send(Data::Done(Stage::Index))
        });

        send(Data::Started(Stage::Passages))?;
        let groups: Vec<Vec<usize>> = grouping.events.iter().map(|e| e.articles.clone()).collect();
        let found = passages::find(&bundle.articles, &groups, &Options::default());
        send(Data::Passages(Arc::new(found)))
    })
}

/// Sends the filter's corpus without body words, with event labels once grouped; returns it,
/// for the word index to complete.
fn send_corpus(
    bundle: &Bundle,
    grouping: Option<&Grouping>,
    send: &impl Fn(Data) -> Option<()>,
) -> Option<Arc<Corpus>> {
    let label = |i: usize| -> Option<&str> {
        let g = grouping?;
        let e = *g.event_of.get(i)?;
        Some(g.events.get(e)?.label.as_str())
    };
    let corpus = Arc::new(Corpus::of_articles(&bundle.articles, Arc::default(), label));
    send(Data::Corpus(corpus.clone()))?;
    Some(corpus)
}

/// Runs `f` in a rayon pool of its own, as wide as the shared one: its parallel loops do not
/// queue behind the work passage finding gives the shared pool, the system shares the cores
/// between the two while both run, and whichever ends last has every core to itself.
fn own_pool<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let threads = rayon::current_num_threads();
    match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool.install(f),
        Err(_) => f(),
    }
}

/// A filter pass to run.
struct Job {
    generation: u64,
    query: Query,
    corpus: Arc<Corpus>,
}

/// The filter thread: one pass at a time, always for the newest input; a pass made stale by a
/// newer request stops at its next chunk.
pub struct Filterer {
    jobs: Sender<Job>,
    latest: Arc<AtomicU64>,
}

impl Filterer {
    pub fn spawn(results: Sender<Action>) -> Filterer {
        let (jobs, rx) = mpsc::channel::<Job>();
        let latest = Arc::new(AtomicU64::new(0));
        let seen = latest.clone();
        thread::Builder::new()
            .name("filter".into())
            .spawn(move || run_filter(&rx, &results, &seen))
            .expect("spawn the filter thread");
        Filterer { jobs, latest }
    }

    pub fn submit(&self, generation: u64, query: Query, corpus: Arc<Corpus>) {
        self.latest.store(generation, Ordering::SeqCst);
        let _ = self.jobs.send(Job {
            generation,
            query,
            corpus,
        });
    }
}

fn run_filter(rx: &Receiver<Job>, results: &Sender<Action>, latest: &AtomicU64) {
    let mut session = Session::new();
    while let Ok(mut job) = rx.recv() {
        while let Ok(newer) = rx.try_recv() {
            job = newer;
        }
        let stale = || latest.load(Ordering::SeqCst) != job.generation;
        if let Some(hits) = session.filter(&job.corpus, &job.query, &stale) {
            let data = Data::Filtered {
                generation: job.generation,
                hits,
            };
            if results.send(Action::Data(data)).is_err() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::filter;
    use std::time::Duration;

    #[test]
    fn loader_sends_stages_in_order_then_stops() {
        let (tx, rx) = mpsc::channel();
        spawn_loader(None, None, tx, Arc::new(AtomicBool::new(false)));
        let mut seen = Vec::new();
        while let Ok(Action::Data(d)) = rx.recv_timeout(Duration::from_secs(60)) {
            seen.push(match d {
                Data::Started(s) => format!("start {s:?}"),
                Data::Done(s) => format!("done {s:?}"),
                Data::Bundle(b) => format!("bundle {}", b.articles.len()),
                Data::Corpus(c) => format!("corpus {}", c.len()),
                Data::Events(_) => "events".into(),
                Data::Passages(_) => "passages".into(),
                other => format!("{other:?}"),
            });
        }
        assert_eq!(seen[..3], ["start Load", "bundle 5", "corpus 5"]);
        // The word index is built beside passage finding: it starts once events are known and
        // ends, whenever that is, with a corpus that has it.
        let at = |s: &str| seen.iter().position(|x| x == s).unwrap();
        assert!(at("events") < at("start Index"));
        assert!(at("start Index") < at("done Index"));
        // Passages may arrive in between: they come from the other thread.
        assert!(seen[at("start Index")..at("done Index")].contains(&"corpus 5".to_string()));
        assert!(at("start Events") < at("events") && at("events") < at("passages"));
    }

    #[test]
    fn a_bundle_read_already_is_analysed_without_reading_it_again() {
        let (tx, rx) = mpsc::channel();
        let mut loaded = bundle::sample();
        loaded.articles.truncate(3);
        // The path does not exist: reading it would fail.
        spawn_loader(
            Some("/nonexistent/bundle".into()),
            Some(loaded),
            tx,
            Arc::default(),
        );
        let mut articles = None;
        let mut passages = false;
        for a in rx.iter() {
            match a {
                Action::Data(Data::Failed(m)) => panic!("read again: {m}"),
                Action::Data(Data::Bundle(b)) => articles = Some(b.articles.len()),
                Action::Data(Data::Passages(_)) => passages = true,
                _ => {}
            }
        }
        assert_eq!(articles, Some(3));
        assert!(passages, "analysed to the end");
    }

    #[test]
    fn a_cancelled_load_stops_and_sends_nothing() {
        let (tx, rx) = mpsc::channel();
        spawn_loader(None, None, tx, Arc::new(AtomicBool::new(true)));
        // The thread stops at its first check and drops its sender.
        assert!(matches!(
            rx.recv_timeout(Duration::from_secs(60)),
            Err(mpsc::RecvTimeoutError::Disconnected)
        ));
    }

    #[test]
    fn a_missing_bundle_is_reported_not_panicked() {
        let (tx, rx) = mpsc::channel();
        spawn_loader(Some("/nonexistent/bundle".into()), None, tx, Arc::default());
        let failed = rx
            .iter()
            .find_map(|a| match a {
                Action::Data(Data::Failed(m)) => Some(m),
                _ => None,
            })
            .unwrap();
        assert!(failed.contains("no such file"));
    }

    #[test]
    fn filterer_answers_the_newest_request() {
        let (tx, rx) = mpsc::channel();
        let f = Filterer::spawn(tx);
        let entries = (0..100)
            .map(|i| filter::Entry {
                title: format!("title {i}"),
                ..Default::default()
            })
            .collect();
        let corpus = Arc::new(Corpus::new(entries, Arc::default()));
        f.submit(1, Query::parse("title 1"), corpus.clone());
        f.submit(2, Query::parse("title 42"), corpus);
        // Generation 1 may or may not have finished before 2 arrived; 2 always does.
        let last = rx
            .iter()
            .find_map(|a| match a {
                Action::Data(Data::Filtered {
                    generation: 2,
                    hits,
                }) => Some(hits),
                _ => None,
            })
            .unwrap();
        assert!(last.iter().any(|h| h.article == 42));
    }
}
