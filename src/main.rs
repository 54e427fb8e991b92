//! The `parallax` binary: parses the command line and hands over to the TUI or a headless command.

use std::process::ExitCode;

use clap::Parser;
use parallax::cli::{Cli, Command};
use parallax::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.print_default_config {
        print!("{}", parallax::settings::DEFAULT_CONFIG);
        return ExitCode::SUCCESS;
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
            common,
            event,
            min_words,
            across_events,
        }) => commands::passages::run(&common, event.as_deref(), min_words, across_events),
        Some(Command::Compare {
            a,
            b,
            common,
            width,
        }) => commands::compare::run(&a, &b, &common, width),
        Some(Command::Completions { shell }) => commands::generate::completions(shell),
        Some(Command::Man) => commands::generate::man(),
    };
    commands::finish(result)
}
