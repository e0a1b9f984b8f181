//! The command line, read with lexopt: `check FILE…`, `import gift|aiken FILE [flags]`
//! (`--media DIR` and `-o FILE` among them),
//! `export gift FILE`, `package [BANK] [flags]`, `strings-template`, `--help` and `--version`. Files stay `PathBuf`s, so a name that is
//! not UTF-8 reaches the file system as it is; flags take `--flag VALUE` or `--flag=VALUE`.

use crate::usage::UsageError;
use lexopt::prelude::*;
use lexopt::Parser;
use quiz_core::formats::import::{Format, Options};
use std::ffi::OsString;
use std::path::PathBuf;

mod package;
mod values;
pub use package::{BankFormat, PackageArgs};
use values::{lossy, text};

/// What was asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Check each bank file.
    Check(Vec<PathBuf>),
    /// Import a GIFT or Aiken file as bank JSON.
    Import {
        /// The file's format.
        format: Format,
        /// The file to read.
        file: PathBuf,
        /// The bank's fields given as flags.
        options: Options,
        /// `--media DIR`: the folder of Moodle's files, where `@@PLUGINFILE@@/name` is.
        media: Option<PathBuf>,
        /// `-o FILE`: where to write the bank, instead of stdout.
        output: Option<PathBuf>,
    },
    /// Export a bank file as GIFT.
    Export {
        /// The bank file to read.
        file: PathBuf,
    },
    /// Package the quiz and a bank for LMSs and the web.
    Package(PackageArgs),
    /// Write the interface strings template on stdout.
    StringsTemplate,
    /// Print the usage.
    Help,
    /// Print the version.
    Version,
}

/// Reads the arguments after the program name.
pub fn parse<I>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let mut parser = Parser::from_args(args);
    let command = match parser.next()? {
        None => return Err(UsageError::NoCommand),
        Some(Value(command)) => command,
        Some(arg) => return help_or_version(arg),
    };
    match command.to_str() {
        Some("help") => Ok(Command::Help),
        Some("check") => check(&mut parser),
        Some("import") => import(&mut parser),
        Some("export") => export(&mut parser),
        Some("package") => Ok(match package::package(&mut parser)? {
            package::Read::Args(args) => Command::Package(args),
            package::Read::Help => Command::Help,
            package::Read::Version => Command::Version,
        }),
        Some("strings-template") => match parser.next()? {
            None => Ok(Command::StringsTemplate),
            Some(other) => help_or_version(other),
        },
        _ => Err(UsageError::Unknown(lossy(&command))),
    }
}

fn check(parser: &mut Parser) -> Result<Command, UsageError> {
    let mut files = Vec::new();
    while let Some(arg) = parser.next()? {
        match arg {
            Value(file) => files.push(PathBuf::from(file)),
            other => return help_or_version(other),
        }
    }
    if files.is_empty() {
        return Err(UsageError::MissingFile);
    }
    Ok(Command::Check(files))
}

fn export(parser: &mut Parser) -> Result<Command, UsageError> {
    let (mut format, mut file) = (None, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Value(value) if format.is_none() => format = Some(self::format(&value, false)?),
            Value(value) if file.is_none() => file = Some(PathBuf::from(value)),
            Value(extra) => return Err(UsageError::Extra(lossy(&extra))),
            other => return help_or_version(other),
        }
    }
    format.ok_or(UsageError::MissingFormat)?;
    Ok(Command::Export {
        file: file.ok_or(UsageError::MissingFile)?,
    })
}

fn import(parser: &mut Parser) -> Result<Command, UsageError> {
    let (mut format, mut file, mut options) = (None, None, Options::default());
    let (mut media, mut output) = (None, None);
    while let Some(arg) = parser.next()? {
        let (slot, flag) = match arg {
            Long("media") => {
                media = Some(PathBuf::from(parser.value()?));
                continue;
            }
            Short('o') | Long("output") => {
                output = Some(PathBuf::from(parser.value()?));
                continue;
            }
            Long("id") => (&mut options.id, "--id"),
            Long("title") => (&mut options.title, "--title"),
            Long("lang") => (&mut options.lang, "--lang"),
            Long("description") => (&mut options.description, "--description"),
            Long("topic") => (&mut options.topic, "--topic"),
            Value(value) if format.is_none() => {
                format = Some(self::format(&value, true)?);
                continue;
            }
            Value(value) if file.is_none() => {
                file = Some(PathBuf::from(value));
                continue;
            }
            Value(extra) => return Err(UsageError::Extra(lossy(&extra))),
            other => return help_or_version(other),
        };
        *slot = Some(text(parser, flag)?);
    }
    Ok(Command::Import {
        format: format.ok_or(UsageError::MissingFormat)?,
        file: file.ok_or(UsageError::MissingFile)?,
        options,
        media,
        output,
    })
}

/// `-h`/`--help` and `-V`/`--version` wherever they stand; any other flag is unknown.
fn help_or_version(arg: lexopt::Arg<'_>) -> Result<Command, UsageError> {
    match arg {
        Short('h') | Long("help") => Ok(Command::Help),
        Short('V') | Long("version") => Ok(Command::Version),
        Short(c) => Err(UsageError::Unknown(format!("-{c}"))),
        Long(name) => Err(UsageError::Unknown(format!("--{name}"))),
        Value(value) => Err(UsageError::Extra(lossy(&value))),
    }
}

fn format(arg: &std::ffi::OsStr, aiken_allowed: bool) -> Result<Format, UsageError> {
    match arg.to_str() {
        Some("gift") => Ok(Format::Gift),
        Some("aiken") if aiken_allowed => Ok(Format::Aiken),
        _ => Err(UsageError::UnknownFormat(lossy(arg))),
    }
}

#[cfg(test)]
mod tests;
