//! Headless commands: core results printed as text or JSON, for pipes and scripts.

pub mod compare;
pub mod events;
pub mod list;
pub mod passages;
pub mod show;

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::engine::{bundle, Bundle, LoadError};

/// Failures a command reports, with the exit code each gets.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// Nothing could be loaded: exit code 2.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Nothing could be loaded in the interface, said again once it closed: exit code 2.
    #[error("{0}")]
    NothingLoaded(String),
    /// The user asked for something that is not there (an unknown id): exit code 1.
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<io::Error> for CommandError {
    fn from(e: io::Error) -> Self {
        CommandError::Other(e.into())
    }
}

pub type Result<T = ()> = std::result::Result<T, CommandError>;

/// Loads the named bundle, or the built-in sample; warnings go to stderr, one line each.
pub fn load(path: Option<&Path>) -> Result<Bundle> {
    let bundle = match path {
        Some(p) => bundle::load(p)?,
        None => bundle::sample(),
    };
    let mut err = io::stderr().lock();
    for w in &bundle.warnings {
        let _ = writeln!(
            err,
            "parallax: warning: {}",
            crate::engine::safe::visible_line(&w.to_string())
        );
    }
    Ok(bundle)
}

/// Finds an article by id: exact, else a unique prefix.
pub fn find_article(bundle: &Bundle, id: &str) -> Result<usize> {
    if let Some(i) = bundle.articles.iter().position(|a| a.id == id) {
        return Ok(i);
    }
    let matches: Vec<usize> = (0..bundle.articles.len())
        .filter(|&i| bundle.articles[i].id.starts_with(id))
        .collect();
    match matches.as_slice() {
        [i] => Ok(*i),
        [] => Err(CommandError::Usage(format!(
            "no article with id {:?} in {} (try `parallax list`)",
            id, bundle.name
        ))),
        many => Err(CommandError::Usage(format!(
            "id {:?} is ambiguous: {} articles start with it",
            id,
            many.len()
        ))),
    }
}

/// Writes `value` as pretty JSON with a final newline. serde_json leaves C1 controls, DEL and
/// bidirectional overrides as they are; they are escaped too (see [`crate::engine::safe::escape_json`]).
pub fn print_json<T: serde::Serialize>(value: &T) -> Result {
    let json = serde_json::to_string_pretty(value).map_err(anyhow::Error::from)?;
    let mut out = io::stdout().lock();
    writeln!(out, "{}", crate::engine::safe::escape_json(&json))?;
    Ok(())
}

/// Whether stdout is a terminal (colour and layout may follow it; content never does).
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

/// The full-screen interface. A bundle that does not exist is reported before the screen
/// changes; any other loading failure is shown in it, and reported again once it closes.
pub fn interface(path: Option<&Path>) -> Result {
    if let Some(p) = path {
        if !p.exists() {
            return Err(LoadError::NotFound(p.to_path_buf()).into());
        }
    }
    match crate::tui::run(path)? {
        None => Ok(()),
        Some(message) => Err(CommandError::NothingLoaded(message)),
    }
}

/// Turns a command's result into the process's exit code and message.
pub fn finish(result: Result) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CommandError::Other(e)) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let code = match e {
                CommandError::Load(_) | CommandError::NothingLoaded(_) => 2,
                _ => 1,
            };
            let msg = crate::engine::safe::visible_line(&format!("{e:#}"));
            let _ = writeln!(io::stderr(), "parallax: {msg}");
            ExitCode::from(code)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
