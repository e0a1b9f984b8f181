//! The question banks compiled into the binary, one per interface language.

use crate::domain::bank::{parse, Bank, Problem};

pub const BUILT_IN_EN: &str = include_str!("content/bank.en.json");
pub const BUILT_IN_ES: &str = include_str!("content/bank.es.json");

/// The built-in bank for a language (`en` or `es`).
pub fn built_in(lang: &str) -> Result<Bank, Vec<Problem>> {
    parse(if lang == "es" {
        BUILT_IN_ES
    } else {
        BUILT_IN_EN
    })
}
