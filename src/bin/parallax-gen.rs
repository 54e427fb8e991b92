//! `parallax-gen`: writes a synthetic bundle with its ground truth, for tests and benchmarks.
//!
//! The reports go to `<out>/articles/` (text files) or `<out>/articles.jsonl`; the truth
//! (`labels.tsv`, `events.tsv`, `passages.jsonl`) goes beside them in `<out>`, or to `--truth`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, ValueEnum};
use parallax::engine::Date;
use parallax::synth::{self, write, Coverage, Kind, Spec};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A folder of .txt files: first line ` date YYYY-MM-DD` and the title, then the page.
    Txt,
    /// One JSON Lines file: {"id","title","text","outlet","date","url"} a line.
    Jsonl,
}

#[derive(Debug, Parser)]
#[command(
    name = "parallax-gen",
    version,
    about = "Write a synthetic news bundle with its ground truth (events, shared passages)",
    after_help = "Examples:\n  parallax-gen --articles 10000 --seed 7 --out /tmp/bundle10k\n  parallax-gen --articles 1000 --format jsonl --out /tmp/b1k\n  parallax /tmp/bundle10k/articles"
)]
struct Args {
    /// Number of reports.
    #[arg(long)]
    articles: usize,
    /// Seed: the same seed writes the same bundle.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, value_enum, default_value_t = Format::Txt)]
    format: Format,
    /// Folder to write into (created if missing).
    #[arg(long)]
    out: PathBuf,
    /// Folder for the truth files (default: the --out folder).
    #[arg(long)]
    truth: Option<PathBuf>,
    /// First day of the period the events fall in (YYYY-MM-DD).
    #[arg(long, default_value = "2023-01-01")]
    start: String,
    /// Length of that period, in days.
    #[arg(long, default_value_t = 365)]
    days: u32,
    /// Mean story length in words.
    #[arg(long, default_value_t = 700)]
    mean_words: usize,
    #[arg(long, default_value_t = 200)]
    min_words: usize,
    #[arg(long, default_value_t = 3000)]
    max_words: usize,
    /// Replace the reports of an earlier run in the same folder.
    #[arg(long)]
    force: bool,
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax-gen: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether `name` is a report file this tool writes (`000123_89abcdef.txt`).
fn is_generated_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".txt") else {
        return false;
    };
    let Some((seq, hash)) = stem.split_once('_') else {
        return false;
    };
    seq.len() >= 6
        && seq.bytes().all(|b| b.is_ascii_digit())
        && hash.len() == 8
        && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether two paths name one folder (as far as can be told before either exists).
fn same_dir(a: &Path, b: &Path) -> bool {
    let norm = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.components().collect());
    norm(a) == norm(b)
}

/// Makes sure writing to `dir` clobbers nothing but an earlier run's reports (with --force).
fn prepare_dir(dir: &Path, force: bool) -> Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok())
        .collect();
    if entries.is_empty() {
        return Ok(());
    }
    if !force {
        bail!(
            "{} is not empty; use --force to replace an earlier run's reports",
            dir.display()
        );
    }
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_generated_name(&name) {
            bail!(
                "{} holds {name}, which this tool did not write; not touching it",
                dir.display()
            );
        }
    }
    for e in std::fs::read_dir(dir)?.filter_map(|e| e.ok()) {
        std::fs::remove_file(e.path())?;
    }
    Ok(())
}

fn run(a: Args) -> Result<()> {
    let start = Date::parse_iso(&a.start)
        .with_context(|| format!("--start {:?} is not a YYYY-MM-DD date", a.start))?;
    let spec = Spec {
        articles: a.articles,
        seed: a.seed,
        start,
        days: a.days,
        min_words: a.min_words,
        max_words: a.max_words,
        mean_words: a.mean_words,
    };
    spec.check().map_err(anyhow::Error::msg)?;
    if a.articles == 0 {
        bail!("--articles must be at least 1");
    }
    let truth_dir = a.truth.clone().unwrap_or_else(|| a.out.clone());
    let bundle = match a.format {
        Format::Txt => {
            let dir = a.out.join("articles");
            prepare_dir(&dir, a.force)?;
            dir
        }
        Format::Jsonl => {
            let file = a.out.join("articles.jsonl");
            if file.exists() && !a.force {
                bail!("{} exists; use --force to replace it", file.display());
            }
            file
        }
    };
    if a.format == Format::Txt && same_dir(&truth_dir, &bundle) {
        bail!("--truth must not be the folder of the reports: the truth would load as reports");
    }
    let t0 = Instant::now();
    let g = synth::generate(&spec);
    let generated = t0.elapsed();
    let t1 = Instant::now();
    match a.format {
        Format::Txt => write::write_txt(&g, &bundle),
        Format::Jsonl => write::write_jsonl(&g, &bundle),
    }
    .with_context(|| format!("cannot write {}", bundle.display()))?;
    write::write_truth(&g, &truth_dir)
        .with_context(|| format!("cannot write the truth into {}", truth_dir.display()))?;
    let written = t1.elapsed();
    let bytes: usize = g.articles.iter().map(|x| x.text.len()).sum();
    let words: usize = g.articles.iter().map(|x| x.story_words()).sum();
    let count = |k: Kind, inc: bool| {
        g.truth
            .passages
            .iter()
            .filter(|p| p.kind == k && p.incidental == inc)
            .count()
    };
    let cov = |c: Coverage| g.articles.iter().filter(|x| x.coverage == c).count();
    // A closed pipe (`| head`) is no error worth a panic.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{} reports of {} events ({:.1} MB, {} story words, mean {}) in {:.2} s, written in {:.2} s",
        g.articles.len(),
        g.truth.events.len(),
        bytes as f64 / 1e6,
        words,
        words / g.articles.len().max(1),
        generated.as_secs_f64(),
        written.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "reports: {} own, {} agency, {} re-run, {} rewritten, {} duplicates",
        cov(Coverage::Own),
        cov(Coverage::Agency),
        cov(Coverage::Rerun),
        cov(Coverage::Rewrite),
        cov(Coverage::Duplicate)
    );
    let _ = writeln!(
        out,
        "passages: {} verbatim (+{} incidental), {} near, {} rewrite, {} duplicate",
        count(Kind::Verbatim, false),
        count(Kind::Verbatim, true),
        count(Kind::Near, false),
        count(Kind::Rewrite, false),
        count(Kind::Duplicate, false)
    );
    let _ = writeln!(out, "bundle: {}", bundle.display());
    let _ = writeln!(
        out,
        "truth:  {}/{{labels.tsv,events.tsv,passages.jsonl}}",
        truth_dir.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_generated_names_are_ours() {
        assert!(is_generated_name("000123_89abcdef.txt"));
        assert!(is_generated_name("1234567_00000000.txt"));
        assert!(!is_generated_name("notes.txt"));
        assert!(!is_generated_name("000123_89abcdef.md"));
        assert!(!is_generated_name("12_89abcdef.txt"));
    }
}
