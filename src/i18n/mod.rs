//! The interface's strings in the browser: English compiled in (`quiz_core::strings`),
//! any other language read from a strings file with the browser's own JSON parser, and
//! plurals and numbers by the browser's `Intl` for the language in use.

mod intl;
mod js;

pub use intl::{categories, texts_for};
pub use js::{read, Unread};
pub use quiz_core::strings::*;

/// Where a built-in interface language's strings file is, relative to the page.
pub fn built_in_path(lang: &str) -> String {
    format!("strings/{lang}.json")
}
