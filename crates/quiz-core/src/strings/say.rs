//! Filling messages with numbers as the language writes them, and picking a counted
//! message's form: the one way every screen words a count, a score or a position.

use super::entry::Forms;
use super::message::{Count, Position, ScoreLine};
use super::plural::Plural;
use super::rules::Number;
use super::texts::{Texts, KEYS, SLOTS};
use crate::scoring::Score;

impl Texts {
    /// Each form of the message under `key`, if there is one.
    pub fn forms(&self, key: &str) -> Option<Forms> {
        let i = KEYS.iter().position(|k| *k == key)?;
        Some(SLOTS[i](&mut { *self }).forms())
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
            &self.points(score.earned),
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
