//! `package [BANK] [flags]`: which bank, settings and title, from which build, into
//! which zips.

use super::values::{lossy, text};
use crate::usage::UsageError;
use lexopt::prelude::*;
use lexopt::Parser;
use quiz_core::formats::import::Format;
use quiz_core::package::{Channel, MoveOn};
use std::path::{Path, PathBuf};

/// The formats a bank to package may be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BankFormat {
    /// The quiz's own bank JSON.
    Json,
    /// GIFT or Aiken, imported first.
    Imported(Format),
}

/// What `package` was asked for.
#[derive(Debug, PartialEq, Eq)]
pub struct PackageArgs {
    /// The bank file; `None` packages the built-in bank.
    pub bank: Option<PathBuf>,
    /// Its format: from `--format`, else from its extension.
    pub format: BankFormat,
    /// `--media DIR`: Moodle's files, for a GIFT bank's `@@PLUGINFILE@@` pictures.
    pub media: Option<PathBuf>,
    /// `--settings QUERY`: the quiz settings fixed in the packages.
    pub settings: String,
    /// `--title TEXT`: the title the LMS shows.
    pub title: Option<String>,
    /// `--move-on VALUE`: when a cmi5 LMS counts the unit done.
    pub move_on: MoveOn,
    /// `--quiz DIR`: the built quiz (`dist` by default).
    pub quiz: PathBuf,
    /// `--out DIR`: where the zips go (`dist-lms` by default).
    pub out: PathBuf,
    /// `--only LIST`: the packages to make, comma-separated; all four by default.
    pub only: Vec<Channel>,
}

/// What `package`'s flags asked for: packages, or help or the version instead.
pub enum Read {
    /// The packages, as described.
    Args(PackageArgs),
    /// `-h` or `--help`.
    Help,
    /// `-V` or `--version`.
    Version,
}

/// Reads `package`'s arguments.
pub fn package(parser: &mut Parser) -> Result<Read, UsageError> {
    let mut args = PackageArgs {
        bank: None,
        format: BankFormat::Json,
        media: None,
        settings: String::new(),
        title: None,
        move_on: MoveOn::default(),
        quiz: PathBuf::from("dist"),
        out: PathBuf::from("dist-lms"),
        only: Channel::ALL.to_vec(),
    };
    let mut format = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("media") => args.media = Some(PathBuf::from(parser.value()?)),
            Long("quiz") => args.quiz = PathBuf::from(parser.value()?),
            Long("out") | Short('o') => args.out = PathBuf::from(parser.value()?),
            Long("settings") => args.settings = text(parser, "--settings")?,
            Long("title") => args.title = Some(text(parser, "--title")?),
            Long("format") => format = Some(bank_format(&text(parser, "--format")?)?),
            Long("move-on") => {
                let value = text(parser, "--move-on")?;
                args.move_on = MoveOn::from_name(&value).ok_or(UsageError::UnknownMoveOn(value))?;
            }
            Long("only") => args.only = channels(&text(parser, "--only")?)?,
            Value(value) if args.bank.is_none() => args.bank = Some(PathBuf::from(value)),
            Value(extra) => return Err(UsageError::Extra(lossy(&extra))),
            Short('h') | Long("help") => return Ok(Read::Help),
            Short('V') | Long("version") => return Ok(Read::Version),
            Short(c) => return Err(UsageError::Unknown(format!("-{c}"))),
            Long(name) => return Err(UsageError::Unknown(format!("--{name}"))),
        }
    }
    args.format = match (format, &args.bank) {
        (Some(format), _) => format,
        (None, Some(bank)) => by_extension(bank)?,
        (None, None) => BankFormat::Json,
    };
    Ok(Read::Args(args))
}

fn bank_format(value: &str) -> Result<BankFormat, UsageError> {
    match value {
        "json" => Ok(BankFormat::Json),
        "gift" => Ok(BankFormat::Imported(Format::Gift)),
        "aiken" => Ok(BankFormat::Imported(Format::Aiken)),
        _ => Err(UsageError::UnknownBankFormat(value.into())),
    }
}

/// `.json` and `.gift` say their format; any other name needs `--format`.
fn by_extension(bank: &Path) -> Result<BankFormat, UsageError> {
    match bank.extension().and_then(|e| e.to_str()) {
        Some("json") => Ok(BankFormat::Json),
        Some("gift") => Ok(BankFormat::Imported(Format::Gift)),
        _ => Err(UsageError::BankFormatNeeded(lossy(bank.as_os_str()))),
    }
}

fn channels(list: &str) -> Result<Vec<Channel>, UsageError> {
    let mut out = Vec::new();
    for slug in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let channel =
            Channel::from_slug(slug).ok_or_else(|| UsageError::UnknownChannel(slug.into()))?;
        if !out.contains(&channel) {
            out.push(channel);
        }
    }
    if out.is_empty() {
        return Err(UsageError::UnknownChannel(list.into()));
    }
    out.sort();
    Ok(out)
}
