//! Shell completions and the manual page, generated from the command-line definition so they
//! always list the options the program really has.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// Writes the completion script for `shell` to stdout.
pub fn completions(shell: Shell) -> super::Result {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "parallax", &mut out);
    io::stdout().lock().write_all(&out)?;
    Ok(())
}

/// The manual page, in roff.
pub fn man_page() -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    Ok(out)
}

/// Writes the manual page to stdout, or every page (one per subcommand too) into `dir`.
pub fn man(dir: Option<&std::path::Path>) -> super::Result {
    match dir {
        Some(d) => {
            std::fs::create_dir_all(d)?;
            clap_mangen::generate_to(Cli::command(), d)?;
        }
        None => io::stdout().lock().write_all(&man_page()?)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subcommand_has_an_example_in_its_help() {
        let cmd = Cli::command();
        cmd.clone().debug_assert();
        assert!(cmd
            .get_after_help()
            .is_some_and(|h| h.to_string().contains("Example")));
        for sub in cmd.get_subcommands() {
            let help = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(
                help.contains("Example") && help.contains("parallax "),
                "{} --help has no example",
                sub.get_name()
            );
        }
    }

    #[test]
    fn completions_and_man_page_list_the_subcommands() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "parallax", &mut out);
            let script = String::from_utf8(out).unwrap();
            for word in ["passages", "compare", "completions", "print-default-config"] {
                assert!(script.contains(word), "{shell:?} completions lack {word}");
            }
        }
        let man = String::from_utf8(man_page().unwrap()).unwrap();
        assert!(
            man.starts_with(".ie") || man.contains(".TH parallax"),
            "{man}"
        );
        assert!(man.contains(".TH parallax"));
        assert!(man.contains("compare"));
        assert!(man.contains("\\-\\-config"));
        assert!(man.contains("NO_COLOR"));
    }

    #[test]
    fn man_dir_writes_a_page_per_subcommand() {
        let dir = tempfile::tempdir().unwrap();
        man(Some(dir.path())).unwrap();
        for page in [
            "parallax.1",
            "parallax-list.1",
            "parallax-compare.1",
            "parallax-man.1",
        ] {
            let text = std::fs::read_to_string(dir.path().join(page)).unwrap();
            assert!(text.contains(".TH"), "{page}");
        }
    }
}
