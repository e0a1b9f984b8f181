//! The command line as lexopt reads it: commands, flags in both forms, help and version
//! anywhere, each mistake named, and arguments that are not UTF-8.

use super::*;
use quiz_core::package::{Channel, MoveOn};

fn of(line: &str) -> Result<Command, UsageError> {
    parse(line.split(' ').filter(|a| !a.is_empty()))
}

fn options(line: &str) -> Options {
    match of(line) {
        Ok(Command::Import { options, .. }) => options,
        other => panic!("{line}: {other:?}"),
    }
}

#[test]
fn flags_may_come_before_or_after_the_file_with_or_without_an_equals_sign() {
    let Ok(Command::Import { format, file, .. }) = of("import aiken --lang es q.txt --id x") else {
        panic!("import")
    };
    assert_eq!((format, file), (Format::Aiken, PathBuf::from("q.txt")));
    let o = options("import aiken --lang es q.txt --id x");
    assert_eq!(
        (o.lang.as_deref(), o.id.as_deref()),
        (Some("es"), Some("x"))
    );
    let o = options("import gift q.gift --title=a=b --lang= --topic=Roles");
    assert_eq!(o.title.as_deref(), Some("a=b"));
    assert_eq!(
        (o.lang.as_deref(), o.topic.as_deref()),
        (Some(""), Some("Roles"))
    );
    // A value is taken even when it looks like a flag, as before.
    assert_eq!(
        options("import gift q --title --id").title.as_deref(),
        Some("--id")
    );
}

#[test]
fn help_and_version_are_read_anywhere() {
    for line in [
        "--help",
        "-h",
        "help",
        "check --help",
        "import gift -h",
        "export --help",
    ] {
        assert_eq!(of(line), Ok(Command::Help), "{line}");
    }
    for line in ["--version", "-V", "check a -V", "import --version"] {
        assert_eq!(of(line), Ok(Command::Version), "{line}");
    }
}

#[test]
fn mistakes_are_named() {
    let unknown_format = |f: &str| Err(UsageError::UnknownFormat(f.into()));
    assert_eq!(of("export aiken b.json"), unknown_format("aiken"));
    assert_eq!(of("import csv x"), unknown_format("csv"));
    assert_eq!(of("import"), Err(UsageError::MissingFormat));
    assert_eq!(of("export"), Err(UsageError::MissingFormat));
    assert_eq!(of("export gift"), Err(UsageError::MissingFile));
    assert_eq!(
        of("import gift q.gift --title"),
        Err(UsageError::MissingValue("--title".into()))
    );
    assert_eq!(of("import gift a b"), Err(UsageError::Extra("b".into())));
    assert_eq!(of("export gift a b"), Err(UsageError::Extra("b".into())));
    assert_eq!(of("check"), Err(UsageError::MissingFile));
    assert_eq!(of(""), Err(UsageError::NoCommand));
    assert_eq!(of("fix x"), Err(UsageError::Unknown("fix".into())));
    assert_eq!(
        of("import gift a --bogus=1"),
        Err(UsageError::Unknown("--bogus".into()))
    );
    assert_eq!(of("check -x a"), Err(UsageError::Unknown("-x".into())));
    assert_eq!(of("--frob"), Err(UsageError::Unknown("--frob".into())));
}

#[test]
fn media_and_output_are_paths() {
    let Ok(Command::Import { media, output, .. }) =
        of("import gift q.gift --media=files -o out/b.json")
    else {
        panic!("import")
    };
    assert_eq!(media, Some(PathBuf::from("files")));
    assert_eq!(output, Some(PathBuf::from("out/b.json")));
    let Ok(Command::Import { media, output, .. }) = of("import gift --output b.json q.gift") else {
        panic!("import")
    };
    assert_eq!((media, output), (None, Some(PathBuf::from("b.json"))));
    assert_eq!(
        of("import gift q -o"),
        Err(UsageError::MissingValue("-o".into()))
    );
}

#[test]
fn a_double_dash_ends_the_flags() {
    assert_eq!(
        of("check -- -odd.json"),
        Ok(Command::Check(vec!["-odd.json".into()]))
    );
}

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_are_kept_and_shown_lossily() {
    use std::os::unix::ffi::OsStringExt;
    let odd = || OsString::from_vec(b"caf\xe9.gift".to_vec());
    let args = [OsString::from("check"), odd()];
    assert_eq!(parse(args), Ok(Command::Check(vec![PathBuf::from(odd())])));
    let args = [OsString::from("import"), odd()];
    assert_eq!(
        parse(args),
        Err(UsageError::UnknownFormat("caf\u{fffd}.gift".into()))
    );
    let args = ["import", "gift", "q", "--title"].map(OsString::from);
    let with_value = args.into_iter().chain([odd()]);
    assert_eq!(
        parse(with_value),
        Err(UsageError::NotText {
            flag: "--title".into(),
            value: "caf\u{fffd}.gift".into()
        })
    );
}

#[test]
fn strings_template_takes_nothing_but_help() {
    assert_eq!(of("strings-template"), Ok(Command::StringsTemplate));
    assert_eq!(of("strings-template --help"), Ok(Command::Help));
    assert_eq!(
        of("strings-template nl.json"),
        Err(UsageError::Extra("nl.json".into()))
    );
}

#[test]
fn package_takes_a_bank_its_format_and_the_packaging_flags() {
    let Ok(Command::Package(args)) = of("package") else {
        panic!("package")
    };
    assert_eq!((args.bank, args.format), (None, BankFormat::Json));
    assert_eq!(args.only, Channel::ALL.to_vec());
    assert_eq!((args.quiz, args.out), ("dist".into(), "dist-lms".into()));
    let Ok(Command::Package(args)) = of(
        "package q.txt --format=aiken --only web,cmi5,web --move-on Passed --settings pass=80 -o out",
    ) else {
        panic!("package with flags")
    };
    assert_eq!(args.format, BankFormat::Imported(Format::Aiken));
    assert_eq!(
        args.only,
        vec![Channel::Cmi5, Channel::Web],
        "sorted, once each"
    );
    assert_eq!(
        (args.move_on, args.settings.as_str()),
        (MoveOn::Passed, "pass=80")
    );
    assert_eq!(args.out, PathBuf::from("out"));
    let Ok(Command::Package(args)) = of("package my.gift") else {
        panic!("gift by name")
    };
    assert_eq!(args.format, BankFormat::Imported(Format::Gift));
    assert_eq!(of("package -h"), Ok(Command::Help));
}

#[test]
fn package_names_each_mistake() {
    let said = |line: &str| of(line).unwrap_err().to_string();
    assert!(said("package q.txt").contains("--format json, gift or aiken"));
    assert!(said("package --only scorm3").starts_with("unknown package \"scorm3\""));
    assert!(said("package --move-on passed").starts_with("unknown --move-on \"passed\""));
    assert!(said("package --format csv").starts_with("unknown --format \"csv\""));
    assert_eq!(
        said("package a.json b.json"),
        "unexpected argument \"b.json\""
    );
    assert_eq!(said("package --zip"), "unknown command or flag \"--zip\"");
}
