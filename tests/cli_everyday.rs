//! The command line's everyday options, through the real binary: settings files, generated
//! completions and manual, exports. Settings and state live in a temporary home.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("HOME", home)
        .output()
        .expect("run parallax")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn the_default_settings_print_and_read_back() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["--print-default-config"]);
    assert!(out.status.success());
    let shipped =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/config.toml"))
            .unwrap();
    assert_eq!(text(&out.stdout), shipped);
    let file = home.path().join("mine.toml");
    std::fs::write(&file, &out.stdout).unwrap();
    let out = run(home.path(), &["list", "--config", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn a_bad_settings_file_stops_with_its_line_and_exit_code_2() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("bad.toml");
    std::fs::write(&file, "[theme]\naccent = \"cyan\"\nshared = \"#12\"\n").unwrap();
    let out = run(home.path(), &["list", "--config", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing runs on defaults instead");
    assert_eq!(
        text(&out.stderr),
        format!(
            "parallax: {}:3: unknown colour \"#12\": use a name (red, lightblue, darkgray, default...), an ANSI index (0 to 255) or #rrggbb\n",
            file.display()
        )
    );
}

#[test]
fn global_options_may_come_before_the_command_but_a_bundle_may_not() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("plain.toml");
    std::fs::write(&file, "color = \"never\"\n").unwrap();
    let config = file.to_str().unwrap();
    let before = run(
        home.path(),
        &["--config", config, "--color", "never", "list", "--json"],
    );
    let after = run(
        home.path(),
        &["list", "--json", "--config", config, "--color", "never"],
    );
    assert!(before.status.success(), "{}", text(&before.stderr));
    assert_eq!(text(&before.stdout), text(&after.stdout));
    assert!(text(&before.stdout).contains("\"id\": \"000_"));
    // A bundle before the command is refused with the order to use, not taken for a file.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/passages");
    let out = run(home.path(), &[fixtures, "events"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "the bundle goes after the command: parallax events {fixtures}"
        )),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn version_completions_and_manual() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["--version"]);
    assert_eq!(
        text(&out.stdout),
        format!("parallax {}\n", env!("CARGO_PKG_VERSION"))
    );
    for (shell, marker) in [
        ("bash", "complete -F _parallax"),
        ("zsh", "#compdef parallax"),
        ("fish", "complete -c parallax"),
    ] {
        let out = run(home.path(), &["completions", shell]);
        assert!(out.status.success());
        assert!(text(&out.stdout).contains(marker), "{shell}");
    }
    let out = run(home.path(), &["man"]);
    assert!(text(&out.stdout).contains(".TH parallax 1"));
    for sub in [
        "list",
        "show",
        "events",
        "passages",
        "compare",
        "completions",
        "man",
    ] {
        let out = run(home.path(), &[sub, "--help"]);
        assert!(text(&out.stdout).contains("parallax "), "{sub}");
        assert!(text(&out.stdout).contains("Example"), "{sub} --help");
    }
}

#[test]
fn exports_from_the_sample() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["passages", "--format", "csv"]);
    assert!(out.status.success());
    let csv = text(&out.stdout);
    assert!(csv.starts_with("passage,kind,words,article,outlet,start,end,text\r\n"));
    assert!(csv.lines().count() > 2);
    // --format json is --json.
    let a = run(home.path(), &["passages", "--format", "json"]);
    let b = run(home.path(), &["passages", "--json"]);
    assert_eq!(a.stdout, b.stdout);
    let ids: Vec<String> = text(&run(home.path(), &["list"]).stdout)
        .lines()
        .skip(1)
        .take(2)
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    let html = run(
        home.path(),
        &["compare", &ids[0], &ids[1], "--format", "html"],
    );
    assert!(html.status.success());
    let html = text(&html.stdout);
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert!(html.contains("<mark"));
    let md = run(
        home.path(),
        &["compare", &ids[0], &ids[1], "--format", "markdown"],
    );
    assert!(text(&md.stdout).contains("## Shared passages"));
    // Nothing was written under the home by headless commands.
    assert!(!home.path().join("data").exists());
}
