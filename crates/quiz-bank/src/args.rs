//! The command line: `check FILE…`, `import gift|aiken FILE [flags]`, `export gift FILE`.

use std::fmt;

/// What was asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Check(Vec<String>),
    Import {
        format: Format,
        file: String,
        flags: Flags,
    },
    Export {
        file: String,
    },
    Help,
}

/// The formats `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Gift,
    Aiken,
}

/// `import`'s optional flags; `None` means the default.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub id: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub description: Option<String>,
    pub topic: Option<String>,
}

/// A command line that does not parse.
#[derive(Debug, PartialEq, Eq)]
pub enum UsageError {
    NoCommand,
    Unknown(String),
    MissingFile,
    UnknownFormat(String),
    MissingValue(String),
    Extra(String),
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoCommand => f.write_str("no command given"),
            Self::Unknown(c) => write!(f, "unknown command or flag \"{c}\""),
            Self::MissingFile => f.write_str("no FILE given"),
            Self::UnknownFormat(x) => write!(
                f,
                "unknown format \"{x}\"; import reads gift or aiken, export writes gift"
            ),
            Self::MissingValue(flag) => write!(f, "{flag} needs a value"),
            Self::Extra(a) => write!(f, "unexpected argument \"{a}\""),
        }
    }
}

/// How to call the tool.
pub const USAGE: &str = "\
usage:
  quiz-bank check FILE...                 check banks with the quiz's own reader
  quiz-bank import gift FILE [flags]      GIFT (Moodle) to bank JSON on stdout
  quiz-bank import aiken FILE [flags]     Aiken (Moodle) to bank JSON on stdout
  quiz-bank export gift FILE              bank JSON to GIFT on stdout
import flags:
  --id ID  --title TEXT  --lang CODE  --description TEXT  --topic NAME
exit status: 0 all well; 1 problems (each printed on stderr); 2 nothing usable";

/// Reads the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        None => Err(UsageError::NoCommand),
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some("check") => {
            let files: Vec<String> = args.cloned().collect();
            if files.is_empty() {
                return Err(UsageError::MissingFile);
            }
            Ok(Command::Check(files))
        }
        Some("export") => {
            format(args.next(), false)?;
            let file = args.next().ok_or(UsageError::MissingFile)?.clone();
            match args.next() {
                Some(extra) => Err(UsageError::Extra(extra.clone())),
                None => Ok(Command::Export { file }),
            }
        }
        Some("import") => {
            let format = format(args.next(), true)?;
            let mut file = None;
            let mut flags = Flags::default();
            while let Some(arg) = args.next() {
                let slot = match arg.as_str() {
                    "--id" => &mut flags.id,
                    "--title" => &mut flags.title,
                    "--lang" => &mut flags.lang,
                    "--description" => &mut flags.description,
                    "--topic" => &mut flags.topic,
                    flag if flag.starts_with("--") => return Err(UsageError::Unknown(flag.into())),
                    _ if file.is_none() => {
                        file = Some(arg.clone());
                        continue;
                    }
                    _ => return Err(UsageError::Extra(arg.clone())),
                };
                *slot = Some(
                    args.next()
                        .ok_or_else(|| UsageError::MissingValue(arg.clone()))?
                        .clone(),
                );
            }
            let file = file.ok_or(UsageError::MissingFile)?;
            Ok(Command::Import {
                format,
                file,
                flags,
            })
        }
        Some(other) => Err(UsageError::Unknown(other.into())),
    }
}

fn format(arg: Option<&String>, aiken_allowed: bool) -> Result<Format, UsageError> {
    match arg.map(String::as_str) {
        Some("gift") => Ok(Format::Gift),
        Some("aiken") if aiken_allowed => Ok(Format::Aiken),
        Some(other) => Err(UsageError::UnknownFormat(other.into())),
        None => Err(UsageError::UnknownFormat(String::new())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(line: &str) -> Result<Command, UsageError> {
        parse(&line.split(' ').map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn flags_may_come_before_or_after_the_file() {
        let Ok(Command::Import {
            format,
            file,
            flags,
        }) = of("import aiken --lang es q.txt --id x")
        else {
            panic!("import")
        };
        assert_eq!((format, file.as_str()), (Format::Aiken, "q.txt"));
        assert_eq!(
            (flags.lang.as_deref(), flags.id.as_deref()),
            (Some("es"), Some("x"))
        );
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(
            of("export aiken b.json"),
            Err(UsageError::UnknownFormat("aiken".into()))
        );
        assert_eq!(
            of("import gift q.gift --title"),
            Err(UsageError::MissingValue("--title".into()))
        );
        assert_eq!(of("import gift a b"), Err(UsageError::Extra("b".into())));
        assert_eq!(of("check"), Err(UsageError::MissingFile));
        assert_eq!(of("fix x"), Err(UsageError::Unknown("fix".into())));
    }
}
