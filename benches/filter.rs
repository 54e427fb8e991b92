//! Filter latency at 100,000 articles, keystroke by keystroke.
//!
//! Run with `cargo bench --bench filter` (optionally `-- 50000` for another size). Prints, for
//! each keystroke of a typed query (fuzzy title words and a word found only in bodies): the
//! time of one full filter pass on all cores and on one and of the filter thread's pass (a
//! session that remembers the passes before), then the time the interface needs to
//! take the result in (rebuild the list) and draw a frame. Titles, outlets and bodies are
//! generated from a fixed seed, so runs compare.

use std::sync::Arc;
use std::time::{Duration, Instant};

use parallax::app::{update, Action, App, Data};
use parallax::engine::analysis::Analysis;
use parallax::engine::events::Event;
use parallax::engine::filter::{filter, Corpus, Query, Session, WordIndex};
use parallax::engine::passages::Passages;
use parallax::engine::{Article, Bundle, Date};
use parallax::ui::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;

/// A small deterministic generator (xorshift64*), so every run sees the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const NEWS: &[&str] = &[
    "kim",
    "putin",
    "summit",
    "talks",
    "russia",
    "korea",
    "china",
    "trade",
    "deal",
    "election",
    "vote",
    "budget",
    "minister",
    "president",
    "court",
    "ruling",
    "strike",
    "storm",
    "flood",
    "market",
    "shares",
    "oil",
    "prices",
    "inflation",
    "bank",
    "rates",
    "war",
    "ukraine",
    "peace",
    "missile",
    "launch",
    "satellite",
    "climate",
    "police",
    "protest",
    "health",
    "vaccine",
    "school",
    "football",
    "final",
    "record",
    "energy",
    "power",
    "crisis",
    "talks",
    "visit",
];
const OUTLETS: &[&str] = &[
    "Reuters",
    "AP",
    "AFP",
    "BBC",
    "WION",
    "Inquirer",
    "Mothership",
    "Straits Times",
    "CNA",
    "The Guardian",
    "Al Jazeera",
    "NHK",
    "Yonhap",
    "DW",
    "France 24",
    "NPR",
    "CNN",
    "Bloomberg",
];

/// A vocabulary of made-up words with English letter frequencies, 3 to 10 letters.
fn vocabulary(size: usize) -> Vec<String> {
    const LETTERS: &[u8] = b"eeeeeeeeeeeettttttttaaaaaaaaoooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummwwffggyyppbbvkjxqz";
    let mut rng = Rng(0x5eed);
    (0..size)
        .map(|_| {
            let len = 3 + rng.below(8);
            (0..len)
                .map(|_| LETTERS[rng.below(LETTERS.len())] as char)
                .collect()
        })
        .collect()
}

/// A word: often a news word, else one of the vocabulary, common words far more often
/// (a skewed draw, as in real text).
fn word(rng: &mut Rng, vocab: &[String]) -> String {
    if rng.below(3) == 0 {
        return NEWS[rng.below(NEWS.len())].to_string();
    }
    let u = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
    vocab[((u * u * u) * vocab.len() as f64) as usize % vocab.len()].clone()
}

fn sentence(rng: &mut Rng, vocab: &[String], words: usize) -> String {
    let mut s: Vec<String> = (0..words).map(|_| word(rng, vocab)).collect();
    if let Some(first) = s.first_mut() {
        *first = first[..1].to_uppercase() + &first[1..];
    }
    s.join(" ")
}

fn bundle(n: usize) -> Bundle {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let vocab = vocabulary(60_000);
    let articles = (0..n)
        .map(|i| {
            let title_words = 6 + rng.below(9);
            let title = sentence(&mut rng, &vocab, title_words);
            let body_words = 40 + rng.below(40);
            let mut body = sentence(&mut rng, &vocab, body_words);
            // One article in 200 mentions a word no title has.
            if rng.below(200) == 0 {
                body.push_str(" The cooperation framework was signed.");
            }
            Article {
                id: format!("a{i:06}"),
                outlet: Some(OUTLETS[rng.below(OUTLETS.len())].to_string()),
                title: Some(title),
                date: Date::new(2023, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
                original: body.clone().into(),
                body,
                ..Default::default()
            }
        })
        .collect();
    Bundle {
        name: format!("synthetic {n}"),
        articles,
        warnings: vec![],
    }
}

/// Events of 1 to 8 consecutive articles.
fn analysis(b: &Bundle) -> Analysis {
    let mut rng = Rng(7);
    let mut events = Vec::new();
    let mut i = 0;
    while i < b.articles.len() {
        let k = (1 + rng.below(8)).min(b.articles.len() - i);
        let members: Vec<usize> = (i..i + k).collect();
        events.push(Event {
            id: format!("e{i}"),
            label: b.articles[i].title.clone().unwrap_or_default(),
            outlets: vec![],
            first_date: b.articles[i].date,
            last_date: b.articles[i].date,
            articles: members,
        });
        i += k;
    }
    let mut event_of = vec![0; b.articles.len()];
    for (e, ev) in events.iter().enumerate() {
        for &a in &ev.articles {
            event_of[a] = e;
        }
    }
    Analysis {
        events,
        event_of,
        passages: Passages {
            passages: vec![],
            duplicate_of: vec![None; b.articles.len()],
            shared: vec![0.0; b.articles.len()],
        },
    }
}

fn stats(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    (v[v.len() / 2], *v.last().unwrap())
}

fn ms(d: Duration) -> String {
    format!("{:7.2} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let threads = rayon::current_num_threads();
    println!("filter benchmark: {n} articles, {threads} threads");

    let t = Instant::now();
    let b = bundle(n);
    println!("generate bundle      {}", ms(t.elapsed()));
    let bodies: Vec<&str> = b.articles.iter().map(|a| a.body.as_str()).collect();
    let t = Instant::now();
    let words = Arc::new(WordIndex::build(&bodies));
    println!(
        "word index           {}  ({} distinct words)",
        ms(t.elapsed()),
        words.len()
    );
    let t = Instant::now();
    let corpus = Arc::new(Corpus::of_articles(&b.articles, words, |_| None));
    println!("corpus               {}", ms(t.elapsed()));
    let single = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();

    // Reference, measured in the same run: one bare SkimMatcherV2 pass over the titles alone.
    {
        use fuzzy_matcher::skim::SkimMatcherV2;
        use fuzzy_matcher::FuzzyMatcher;
        let titles: Vec<String> = b.articles.iter().map(|a| a.display_title()).collect();
        let m = SkimMatcherV2::default();
        let mut times = Vec::new();
        for p in ["k", "kim", "kim putin"] {
            let t = Instant::now();
            let hits = titles
                .iter()
                .filter(|t| m.fuzzy_match(t, p).is_some())
                .count();
            times.push(t.elapsed());
            println!(
                "reference: bare matcher over titles {p:?}: {hits} hits, {}",
                ms(*times.last().unwrap())
            );
        }
    }

    let typed = "kim putin cooperation outlet:reu";
    println!();
    println!(
        "{:<34} {:>7} {:>10} {:>10} {:>10}",
        "keystroke (query so far)", "hits", "all cores", "one core", "session"
    );
    let (mut all, mut one, mut typed_on) = (Vec::new(), Vec::new(), Vec::new());
    // As the filter thread runs it: remembering the passes before, keystroke after keystroke.
    let mut session = Session::new();
    for end in 1..=typed.len() {
        let q = Query::parse(&typed[..end]);
        if q.is_empty() {
            continue;
        }
        let t = Instant::now();
        let hits = filter(&corpus, &q, &|| false).unwrap();
        let d_all = t.elapsed();
        let t = Instant::now();
        single.install(|| filter(&corpus, &q, &|| false).unwrap());
        let d_one = t.elapsed();
        let t = Instant::now();
        let kept = session.filter(&corpus, &q, &|| false).unwrap();
        let d_session = t.elapsed();
        assert_eq!(kept, hits, "the session agrees with a fresh pass");
        println!(
            "{:<34} {:>7} {} {} {}",
            format!("{:?}", &typed[..end]),
            hits.len(),
            ms(d_all),
            ms(d_one),
            ms(d_session)
        );
        all.push(d_all);
        one.push(d_one);
        typed_on.push(d_session);
    }
    let (m, w) = stats(all);
    println!("full pass, all cores: median {} worst {}", ms(m), ms(w));
    let (m, w) = stats(one);
    println!("full pass, one core:  median {} worst {}", ms(m), ms(w));
    let (m, w) = stats(typed_on);
    println!("session, all cores:   median {} worst {}", ms(m), ms(w));

    // What the input thread pays: a key echoed and drawn (the pass runs elsewhere), then the
    // result taken in and drawn.
    let a = analysis(&b);
    let mut app = App::loaded(b, a, Rect::new(0, 0, 160, 50));
    let mut terminal = Terminal::new(TestBackend::new(160, 50)).unwrap();
    let theme = Theme::default();
    let (mut echo, mut apply) = (Vec::new(), Vec::new());
    update(&mut app, Action::StartFilter);
    for c in typed.chars() {
        let t = Instant::now();
        update(&mut app, Action::InsertChar(c));
        ui::render(&mut terminal, &app, &theme).unwrap();
        echo.push(t.elapsed());
        let effects = std::mem::take(&mut app.effects);
        for e in effects {
            let parallax::app::Effect::Filter {
                generation,
                query,
                corpus,
            } = e
            else {
                continue;
            };
            let hits = filter(&corpus, &query, &|| false).unwrap();
            let t = Instant::now();
            update(&mut app, Action::Data(Data::Filtered { generation, hits }));
            ui::render(&mut terminal, &app, &theme).unwrap();
            apply.push(t.elapsed());
        }
    }
    let (m, w) = stats(echo);
    println!("key echoed + frame:   median {} worst {}", ms(m), ms(w));
    let (m, w) = stats(apply);
    println!("result in + frame:    median {} worst {}", ms(m), ms(w));
}
