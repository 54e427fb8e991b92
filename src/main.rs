//! The `parallax` binary: parses the command line and hands over to the TUI or a headless command.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use parallax::cli::{Cli, Command, CompareFormat, PassagesFormat};
use parallax::commands;
use parallax::commands::export::Document;

fn main() -> ExitCode {
    parallax::memory::limit_allocator_arenas();
    let mut matches = Cli::command().get_matches();
    let name = matches.subcommand_name().map(str::to_string);
    let cli = Cli::from_arg_matches_mut(&mut matches)
        .unwrap_or_else(|e| e.format(&mut Cli::command()).exit());
    if let (Some(bundle), Some(name)) = (&cli.bundle, name) {
        // Global options may come before a command, so a bundle there is read as one, yet it
        // belongs after it (`parallax list ~/news`): say so rather than guess.
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                format!(
                    "the bundle goes after the command: parallax {name} {}",
                    bundle.display()
                ),
            )
            .exit();
    }
    if cli.print_default_config {
        print!("{}", parallax::settings::DEFAULT_CONFIG);
        return ExitCode::SUCCESS;
    }
    // A settings file named on the command line is checked whatever the command, so a
    // mistake in it is reported at once rather than when the interface next starts.
    if let Some(path) = &cli.config {
        if let Err(e) = parallax::settings::load(Some(path)) {
            return commands::finish(Err(e.into()));
        }
    }
    let ui = commands::Interface {
        config: cli.config,
        color: cli.color,
    };
    let result = match cli.command {
        None => commands::list::run_default(cli.bundle.as_deref(), &ui),
        Some(Command::List { common }) => commands::list::run(&common),
        Some(Command::Show { id, common, raw }) => commands::show::run(&id, &common, raw),
        Some(Command::Events { common }) => commands::events::run(&common),
        Some(Command::Passages {
            mut common,
            event,
            min_words,
            across_events,
            format,
        }) => {
            common.json |= format == Some(PassagesFormat::Json);
            let csv = format == Some(PassagesFormat::Csv);
            commands::passages::run(&common, event.as_deref(), min_words, across_events, csv)
        }
        Some(Command::Compare {
            a,
            b,
            mut common,
            width,
            format,
        }) => match format {
            Some(CompareFormat::Markdown) => {
                commands::export::compare_document(&a, &b, &common, Document::Markdown)
            }
            Some(CompareFormat::Html) => {
                commands::export::compare_document(&a, &b, &common, Document::Html)
            }
            _ => {
                common.json |= format == Some(CompareFormat::Json);
                commands::compare::run(&a, &b, &common, width, &ui)
            }
        },
        Some(Command::Completions { shell }) => commands::generate::completions(shell),
        Some(Command::Man { dir }) => commands::generate::man(dir.as_deref()),
    };
    commands::finish(result)
}
