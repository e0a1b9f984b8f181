//! The command line itself: `--help` and `--version`, flags written `--flag=value`, an
//! unknown flag, and file names that are not UTF-8 (read as they are, printed lossily).

mod cli;
use cli::quiz_bank;

#[test]
fn help_prints_the_usage_on_stdout() {
    for flag in ["--help", "-h", "help"] {
        let run = quiz_bank(&[flag]);
        assert_eq!(run.code, 0, "{flag}");
        assert!(run.stdout.starts_with("usage:\n"), "{flag}: {}", run.stdout);
        assert!(run.stdout.contains("--flag=VALUE"), "{}", run.stdout);
        assert_eq!(run.stderr, "");
    }
    // Asking for help after a command still gets it, not a file named --help.
    assert_eq!(quiz_bank(&["check", "--help"]).code, 0);
}

#[test]
fn version_prints_the_package_version() {
    for flag in ["--version", "-V"] {
        let run = quiz_bank(&[flag]);
        assert_eq!(run.code, 0, "{flag}");
        let expected = format!("quiz-bank {}\n", env!("CARGO_PKG_VERSION"));
        assert_eq!(run.stdout, expected);
    }
}

#[test]
fn flags_take_their_value_after_an_equals_sign_too() {
    let file = "tests/fixtures/gift/escapes.gift";
    let bank = quiz_bank(&[
        "import",
        "gift",
        file,
        "--id=onboarding",
        "--lang=es",
        "--title=Incorporación = inicio",
        "--topic",
        "Básico",
    ])
    .bank();
    assert_eq!(
        (bank.id.as_str(), bank.lang.as_str(), bank.title.as_str()),
        ("onboarding", "es", "Incorporación = inicio")
    );
    assert_eq!(bank.topics[0].id, "basico");
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    for args in [
        &[
            "import",
            "gift",
            "tests/fixtures/gift/escapes.gift",
            "--bogus=1",
        ][..],
        &["check", "-x", "a.json"],
        &["--frobnicate"],
    ] {
        let run = quiz_bank(args);
        assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{args:?}");
        assert!(
            run.stderr
                .starts_with("quiz-bank: unknown command or flag \"-"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("usage:"), "{}", run.stderr);
    }
    let run = quiz_bank(&["import", "gift", "x.gift", "--title"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("quiz-bank: --title needs a value\n"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
mod not_utf8 {
    use super::cli::quiz_bank;
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;

    /// `text` (ASCII and `é`) in Latin-1: each `é` becomes the lone byte 0xE9, not UTF-8.
    fn latin1(text: &str) -> OsString {
        OsString::from_vec(text.chars().map(|c| c as u32 as u8).collect())
    }

    #[test]
    fn a_missing_file_is_named_lossily_and_exits_two() {
        let path = latin1("tests/fixtures/café.gift");
        let run = quiz_bank(&[OsString::from("import"), "gift".into(), path]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr
                .starts_with("tests/fixtures/caf\u{fffd}.gift: cannot read: "),
            "{}",
            run.stderr
        );
    }

    #[test]
    fn a_file_named_in_latin1_is_imported_and_reported_lossily() {
        let dir = std::env::temp_dir().join(format!("quiz-bank-args-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir is writable");
        let path = dir.join(latin1("café.gift"));
        let gift = std::fs::read("tests/fixtures/gift/unsupported.gift").expect("fixture");
        std::fs::write(&path, gift).expect("a Latin-1 name can be created");
        let run = quiz_bank(&[OsString::from("import"), "gift".into(), path.clone().into()]);
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(run.code, 1, "{}", run.stderr);
        let shown = format!("{}", path.display());
        assert!(shown.ends_with("caf\u{fffd}.gift"), "{shown}");
        run.reports(&shown, 4, "numeric");
        let bank = run.bank();
        assert_eq!(
            (bank.id.as_str(), bank.title.as_str()),
            ("caf", "caf\u{fffd}")
        );
    }

    #[test]
    fn a_flag_value_must_be_text() {
        let file = OsString::from("tests/fixtures/gift/escapes.gift");
        let run = quiz_bank(&[
            OsString::from("import"),
            "gift".into(),
            file,
            "--title".into(),
            latin1("café"),
        ]);
        assert_eq!((run.code, run.stdout.as_str()), (2, ""));
        assert!(
            run.stderr
                .starts_with("quiz-bank: --title needs UTF-8 text; \"caf\u{fffd}\" is not"),
            "{}",
            run.stderr
        );
    }
}
