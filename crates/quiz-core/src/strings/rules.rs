//! The language's rules apart from its words: its direction, and how numbers are written
//! where no browser can say (the host's stand-in for `Intl`).

use crate::scoring::points_text;

/// A number for a message slot, formatted by the language's rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    /// A whole count.
    Count(usize),
    /// Points in thousandths (a score may be fractional).
    Points(u32),
    /// A percentage, 0 to 100.
    Percent(u32),
    /// A duration in minutes.
    Minutes(u32),
}

/// The direction a language is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left: Arabic, Hebrew, Persian, Urdu…
    Rtl,
}

impl Dir {
    /// The languages written right to left, by primary subtag.
    const RTL: [&'static str; 8] = ["ar", "he", "fa", "ur", "ps", "sd", "ckb", "yi"];

    /// The direction a language tag implies.
    pub fn of(tag: &str) -> Dir {
        if Dir::RTL.contains(&crate::lang::primary(tag).as_str()) {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }

    /// The value of an HTML `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Numbers as English writes them, the host's stand-in for `Intl.NumberFormat`.
pub fn plain(_lang: &str, number: Number) -> String {
    match number {
        Number::Count(n) => n.to_string(),
        Number::Points(milli) => points_text(milli),
        Number::Percent(p) => format!("{p}%"),
        Number::Minutes(m) => format!("{m} min"),
    }
}
