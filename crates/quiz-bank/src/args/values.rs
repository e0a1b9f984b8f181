//! Flag values and arguments as text: a value that must be UTF-8, and any argument shown
//! lossily in a message.

use crate::usage::UsageError;
use lexopt::Parser;

/// The value of `flag`, just read, which must be text: it goes into the bank's JSON.
pub fn text(parser: &mut Parser, flag: &str) -> Result<String, UsageError> {
    parser
        .value()?
        .into_string()
        .map_err(|value| UsageError::NotText {
            flag: flag.into(),
            value: lossy(&value),
        })
}

/// An argument as text for a message: any bytes that are not UTF-8 become `�`.
pub fn lossy(arg: &std::ffi::OsStr) -> String {
    arg.to_string_lossy().into_owned()
}
