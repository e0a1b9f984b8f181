//! The question banks compiled into the binary.

use crate::domain::bank::{parse, Bank, Problem};

pub const BUILT_IN_EN: &str = include_str!("content/bank.en.json");

pub fn built_in() -> Result<Bank, Vec<Problem>> {
    parse(BUILT_IN_EN)
}
