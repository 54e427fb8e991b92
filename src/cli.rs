//! The command line: what a person types, parsed by clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about = "Read one event in several outlets: what each says, what they share, what only one reports",
    long_about = None,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  parallax                      open the built-in sample\n  parallax ~/news/bundle        open a folder of articles\n  parallax list --json          list the sample's articles as JSON"
)]
pub struct Cli {
    /// Bundle to open: a folder of articles or one .txt/.md/.json/.jsonl file (default: the
    /// built-in sample).
    pub bundle: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles of a bundle, one row each.
    #[command(after_help = "Example:\n  parallax list ~/news --json | jq '.[].title'")]
    List {
        #[command(flatten)]
        common: Common,
    },
    /// Print one article, cleaned (or as in its file with --raw).
    #[command(after_help = "Example:\n  parallax show 001_ed6532b615065612 --json")]
    Show {
        /// The article's id, as `list` prints it.
        id: String,
        #[command(flatten)]
        common: Common,
        /// The original text, before cleaning.
        #[arg(long)]
        raw: bool,
    },
    /// Group the articles into the events they report.
    #[command(after_help = "Example:\n  parallax events ~/news --json")]
    Events {
        #[command(flatten)]
        common: Common,
    },
    /// Find the passages shared across outlets.
    #[command(after_help = "Example:\n  parallax passages --min-words 12 --json")]
    Passages {
        #[command(flatten)]
        common: Common,
        /// Only this event (an id from `events`).
        #[arg(long)]
        event: Option<String>,
        /// Shortest verbatim passage, in words.
        #[arg(long, default_value_t = 8)]
        min_words: usize,
        /// Look for passages across events, not only within each.
        #[arg(long)]
        across_events: bool,
    },
    /// Two reports side by side with their shared passages marked (on a terminal, in the
    /// interface; with --json, --width or into a pipe, printed).
    #[command(
        after_help = "Example:\n  parallax compare 000_26e24e3875132e6b 001_ed6532b615065612 --width 160"
    )]
    Compare {
        /// The left article's id.
        a: String,
        /// The right article's id.
        b: String,
        #[command(flatten)]
        common: Common,
        /// Total width of the two columns (default: the terminal's, else 120).
        #[arg(long)]
        width: Option<usize>,
    },
}

#[derive(Debug, Args)]
pub struct Common {
    /// Bundle: a folder of articles or one file (default: the built-in sample).
    pub bundle: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}
