//! The interface's strings: the English catalogue compiled in, and any other language
//! loaded from a strings file (`{"lang", "dir"?, "messages"}`) with each message checked
//! against English. A message that fails its checks, or is missing, shows in English;
//! the problems are listed for the console and `quiz-bank check`.

mod en;
mod entry;
mod file;
mod message;
mod plural;
mod problem;
mod texts;

pub use en::EN;
pub use entry::{Forms, Raw};
pub use file::{check, parse_file, template};
pub use message::*;
pub use plural::{categories, english, Category, Plural};
pub use problem::Problem;
pub use texts::{Number, Texts, KEYS, NOTES};

use crate::scoring::{points_text, Score};

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

/// A strings file before its messages are checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawFile {
    /// The `lang` field.
    pub lang: String,
    /// The `dir` field, if given.
    pub dir: Option<String>,
    /// The messages by key, in the file's order.
    pub messages: Vec<(String, Raw)>,
}

/// A catalogue in `file`'s language: its messages where they pass their checks, English
/// elsewhere, with what was wrong. `categories` are the plural categories the language
/// uses. An unusable `lang` or `dir` fails the whole file.
pub fn load(file: &RawFile, categories: &[Category]) -> Result<(Texts, Vec<Problem>), Problem> {
    let tag = file.lang.trim();
    let well_formed = |c: char| c.is_ascii_alphanumeric() || c == '-';
    if tag.is_empty()
        || tag.len() > 35
        || !tag.chars().all(well_formed)
        || !tag.as_bytes()[0].is_ascii_alphabetic()
    {
        return Err(Problem::Top(format!(
            "\"lang\" must be a language tag such as \"nl\" or \"pt-BR\", not {:?}",
            file.lang
        )));
    }
    let dir = match file.dir.as_deref() {
        None => Dir::of(tag),
        Some("ltr") => Dir::Ltr,
        Some("rtl") => Dir::Rtl,
        Some(other) => {
            return Err(Problem::Top(format!(
                "\"dir\" must be \"ltr\" or \"rtl\", not {other:?}"
            )))
        }
    };
    let mut texts = EN;
    texts.lang = Box::leak(tag.to_owned().into_boxed_str());
    texts.dir = dir;
    let mut english = EN;
    let mut problems = Vec::new();
    for (key, raw) in &file.messages {
        match KEYS.iter().position(|k| k == key) {
            Some(i) => entry::load(
                texts::SLOTS[i](&mut texts),
                texts::SLOTS[i](&mut english),
                raw,
                KEYS[i],
                categories,
                &mut problems,
            ),
            None => problems.push(Problem::Unknown(key.clone())),
        }
    }
    let missing: Vec<&'static str> = KEYS
        .iter()
        .copied()
        .filter(|name| file.messages.iter().all(|(key, _)| key != name))
        .collect();
    if !missing.is_empty() {
        problems.insert(0, Problem::Missing(missing));
    }
    Ok((texts, problems))
}

impl Texts {
    /// Each form of the message under `key`, if there is one.
    pub fn forms(&self, key: &str) -> Option<Forms> {
        let i = KEYS.iter().position(|k| *k == key)?;
        Some(texts::SLOTS[i](&mut { *self }).forms())
    }

    /// A count as the language writes it.
    pub fn count_text(&self, n: usize) -> String {
        (self.number)(self.lang, Number::Count(n))
    }

    /// A percentage as the language writes it, sign included.
    pub fn percent(&self, p: u32) -> String {
        (self.number)(self.lang, Number::Percent(p))
    }

    /// The form of `message` for a count of `n`.
    pub fn form<'a, M: Copy>(&self, message: &'a Plural<M>, n: usize) -> &'a M {
        message.pick((self.plural)(self.lang, n))
    }

    /// A counted message for `n`.
    pub fn count(&self, message: &Plural<Count>, n: usize) -> String {
        self.form(message, n).fill(&self.count_text(n))
    }

    /// A score line for `score`, the one way every screen words a score.
    pub fn score(&self, line: &ScoreLine, score: &Score) -> String {
        line.fill(
            &(self.number)(self.lang, Number::Points(score.earned)),
            &self.count_text(score.possible as usize),
            &self.percent(score.percent()),
        )
    }

    /// Question `index` (from 0) of `total`, counted from 1 for people.
    pub fn at(&self, position: &Position, index: usize, total: usize) -> String {
        position.fill(&self.count_text(index + 1), &self.count_text(total))
    }

    /// Points in thousandths, as the language writes a decimal.
    pub fn points(&self, milli: u32) -> String {
        (self.number)(self.lang, Number::Points(milli))
    }

    /// A duration in minutes.
    pub fn minutes(&self, minutes: u32) -> String {
        (self.number)(self.lang, Number::Minutes(minutes))
    }
}
