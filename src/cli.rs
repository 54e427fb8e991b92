//! The command line: what a person types, parsed by clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::settings::ColorMode;

#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about = "Read one event in several outlets: what each says, what they share, what only one reports",
    long_about = None,
    override_usage = "parallax [OPTIONS] [BUNDLE]\n       parallax [OPTIONS] <COMMAND> [ARGS]",
    after_help = "Examples:\n  parallax                      open the built-in sample\n  parallax ~/news/bundle        open a folder of articles\n  parallax list --json          list the sample's articles as JSON\n  parallax --print-default-config > ~/.config/parallax/config.toml",
    after_long_help = "Examples:\n  parallax                      open the built-in sample\n  parallax ~/news/bundle        open a folder of articles\n  parallax list --json          list the sample's articles as JSON\n  parallax --print-default-config > ~/.config/parallax/config.toml\n\nFiles:\n  $XDG_CONFIG_HOME/parallax/config.toml   settings (else ~/.config/parallax/config.toml)\n  $XDG_DATA_HOME/parallax/state/          read state and bookmarks, one file per bundle\n                                          (else ~/.local/share/parallax/state/)\n\nEnvironment:\n  NO_COLOR    set and not empty: no colours (--color always overrides)\n  BROWSER     the program `o` opens an article's URL with (else xdg-open or open)"
)]
pub struct Cli {
    /// Bundle to open: a folder of articles or one .txt/.md/.json/.jsonl file (default: the
    /// built-in sample).
    pub bundle: Option<PathBuf>,

    /// Settings file to read instead of $XDG_CONFIG_HOME/parallax/config.toml.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Colours in the interface: auto (off when NO_COLOR is set), always or never.
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorMode>,

    /// Print the default settings file (a starting point for your own) and exit.
    #[arg(long)]
    pub print_default_config: bool,

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
    #[command(
        after_help = "Examples:\n  parallax passages --min-words 12 --json\n  parallax passages ~/news --format csv > passages.csv"
    )]
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
        /// Output format (--json is the same as --format json).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<PassagesFormat>,
    },
    /// Two reports side by side with their shared passages marked (on a terminal, in the
    /// interface; with --json, --width or into a pipe, printed).
    #[command(
        after_help = "Examples:\n  parallax compare 000_26e24e3875132e6b 001_ed6532b615065612 --width 160\n  parallax compare 000 001 --format html > comparison.html"
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
        /// Output format: text columns, JSON, or a document to share (Markdown, or a
        /// self-contained HTML page).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<CompareFormat>,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  parallax completions bash > ~/.local/share/bash-completion/completions/parallax\n  parallax completions zsh > ~/.zfunc/_parallax\n  parallax completions fish > ~/.config/fish/completions/parallax.fish"
    )]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), generated from these options.
    #[command(
        after_help = "Examples:\n  parallax man | man -l -\n  parallax man --dir ~/.local/share/man/man1"
    )]
    Man {
        /// Write a page for parallax and one for each subcommand into this folder instead.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// What `passages` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PassagesFormat {
    Text,
    Json,
    /// One row per span of each passage.
    Csv,
}

/// What `compare` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    Text,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Bundle: a folder of articles or one file (default: the built-in sample).
    pub bundle: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}
