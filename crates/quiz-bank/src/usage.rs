//! What the tool says when its command line does not parse, and the usage it prints.

use std::fmt;

/// How to call the tool.
pub const USAGE: &str = "\
usage:
  quiz-bank check FILE...                 check banks and interface strings files
  quiz-bank strings-template              every interface string in English, with notes, on stdout
  quiz-bank import gift FILE [flags]      GIFT (Moodle) to bank JSON on stdout (or -o FILE)
  quiz-bank import aiken FILE [flags]     Aiken (Moodle) to bank JSON on stdout (or -o FILE)
  quiz-bank export gift FILE              bank JSON to GIFT on stdout
  quiz-bank package [BANK] [flags]        SCORM 1.2, SCORM 2004, cmi5 and web zips of the quiz
  quiz-bank --help | --version            this text (also -h), or the version (also -V)
import flags (as --flag VALUE or --flag=VALUE):
  --id ID  --title TEXT  --lang CODE  --description TEXT  --topic NAME
  --media DIR   the folder of Moodle's files, for pictures named @@PLUGINFILE@@/name
  -o FILE       write the bank to FILE; picture paths are relative to its folder
package flags (BANK: a bank .json, or .gift/Aiken imported first; none: the built-in bank):
  --settings QUERY  quiz settings fixed in the packages, e.g. \"mode=exam&count=20&pass=80\"
  --title TEXT      the title the LMS shows (the bank's by default)
  --move-on VALUE   cmi5's moveOn: CompletedOrPassed (default), Passed, Completed,
                    CompletedAndPassed or NotApplicable
  --only LIST       some of scorm12,scorm2004,cmi5,web (all by default)
  --quiz DIR        the built quiz (dist)      --out DIR (also -o)  where the zips go (dist-lms)
  --format F        json, gift or aiken, when BANK's name does not say
  --media DIR       Moodle's files, for a GIFT bank's pictures
check also reads each picture a bank names, and warns (FILE:LINE: warning: ...) of large
  pictures, a size that distorts one, and Markdown markers that do not close
exit status: 0 all well (warnings allowed); 1 problems (each printed on stderr); 2 nothing usable";

/// A command line that does not parse; each argument is held as text, lossily.
#[derive(Debug, PartialEq, Eq)]
pub enum UsageError {
    /// Nothing after the program name.
    NoCommand,
    /// A command or flag the tool does not have.
    Unknown(String),
    /// No FILE where one is needed.
    MissingFile,
    /// No format after `import` or `export`.
    MissingFormat,
    /// A format the command does not read or write.
    UnknownFormat(String),
    /// A flag at the end of the line, with no value after it.
    MissingValue(String),
    /// A flag given a value it does not take (`--help=x`).
    UnexpectedValue(String),
    /// A flag whose value is not UTF-8 text.
    NotText {
        /// The flag.
        flag: String,
        /// Its value, with the bytes that are not UTF-8 shown as `�`.
        value: String,
    },
    /// An argument beyond those the command takes.
    Extra(String),
    /// `--only` names no package, or one there is not.
    UnknownChannel(String),
    /// `--move-on` is not one of cmi5's values.
    UnknownMoveOn(String),
    /// `--format` is not json, gift or aiken.
    UnknownBankFormat(String),
    /// The bank file's name does not say its format.
    BankFormatNeeded(String),
    /// Any other mistake lexopt finds, in its words.
    Other(String),
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoCommand => f.write_str("no command given"),
            Self::Unknown(c) => write!(f, "unknown command or flag \"{c}\""),
            Self::MissingFile => f.write_str("no FILE given"),
            Self::MissingFormat => {
                f.write_str("no format given; import reads gift or aiken, export writes gift")
            }
            Self::UnknownFormat(x) => write!(
                f,
                "unknown format \"{x}\"; import reads gift or aiken, export writes gift"
            ),
            Self::MissingValue(flag) => write!(f, "{flag} needs a value"),
            Self::UnexpectedValue(flag) => write!(f, "{flag} takes no value"),
            Self::NotText { flag, value } => {
                write!(f, "{flag} needs UTF-8 text; \"{value}\" is not")
            }
            Self::Extra(a) => write!(f, "unexpected argument \"{a}\""),
            Self::UnknownChannel(x) => write!(
                f,
                "unknown package \"{x}\"; --only takes scorm12, scorm2004, cmi5 and web, comma-separated"
            ),
            Self::UnknownMoveOn(x) => write!(
                f,
                "unknown --move-on \"{x}\"; cmi5 takes Passed, Completed, CompletedAndPassed, CompletedOrPassed or NotApplicable"
            ),
            Self::UnknownBankFormat(x) => {
                write!(f, "unknown --format \"{x}\"; a bank is json, gift or aiken")
            }
            Self::BankFormatNeeded(file) => write!(
                f,
                "{file}: say its format with --format json, gift or aiken (only .json and .gift names say it)"
            ),
            Self::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for UsageError {}

impl From<lexopt::Error> for UsageError {
    fn from(e: lexopt::Error) -> Self {
        match e {
            lexopt::Error::MissingValue { option } => {
                Self::MissingValue(option.unwrap_or_default())
            }
            lexopt::Error::UnexpectedOption(flag) => Self::Unknown(flag),
            lexopt::Error::UnexpectedValue { option, .. } => Self::UnexpectedValue(option),
            lexopt::Error::UnexpectedArgument(arg) => Self::Extra(arg.to_string_lossy().into()),
            // The tool asks lexopt for no parsing or conversion, so these do not come up.
            other => Self::Other(other.to_string()),
        }
    }
}
