//! Changes to the list of questions: add, copy, remove, move, and change a question's type.
//! Every method is total: an index out of range changes nothing.

use super::starter::{copy_id, fresh_id, question, two_choices, two_items};
use super::{Draft, NewKind};

impl Draft {
    /// Adds an empty question of `kind` after question `after` (at the end when `None` or
    /// out of range), with a fresh id `q-n` and the first topic; returns its index.
    pub fn add_question(&mut self, kind: NewKind, after: Option<usize>) -> usize {
        let id = fresh_id("q", self.question_ids());
        let topic = self
            .topics
            .first()
            .map(|t| t.id.clone())
            .unwrap_or_default();
        let at = after
            .filter(|&i| i < self.questions.len())
            .map_or(self.questions.len(), |i| i + 1);
        self.questions.insert(at, question(kind, &id, &topic));
        at
    }

    /// Puts a copy of question `index` right after it, with the id `<id>-copy` (or
    /// `-copy-2`, … when taken); returns the copy's index, or `None` when out of range.
    pub fn duplicate(&mut self, index: usize) -> Option<usize> {
        let mut copy = self.questions.get(index)?.clone();
        copy.id = if copy.id.is_empty() {
            fresh_id("q", self.question_ids())
        } else {
            copy_id(&copy.id, self.question_ids())
        };
        self.questions.insert(index + 1, copy);
        Some(index + 1)
    }

    /// Removes question `index`.
    pub fn remove(&mut self, index: usize) {
        if index < self.questions.len() {
            self.questions.remove(index);
        }
    }

    /// Moves question `from` so that it ends up at index `to`.
    pub fn move_question(&mut self, from: usize, to: usize) {
        move_within(&mut self.questions, from, to);
    }

    /// Changes question `index` to `kind`, keeping its prompt, picture, explanation and
    /// any choices (a single-answer question keeps only the first right one); what only
    /// the old type had is dropped, and what the new type needs is added empty.
    pub fn set_kind(&mut self, index: usize, kind: NewKind) {
        let Some(q) = self.questions.get_mut(index) else {
            return;
        };
        q.kind = kind.type_name().into();
        let (choices, answer) = (q.choices.take(), q.answer.take());
        let (buckets, items) = (q.buckets.take(), q.items.take());
        match kind {
            NewKind::Single | NewKind::Multiple => {
                let mut choices = choices.unwrap_or_else(two_choices);
                if kind == NewKind::Single {
                    let mut seen = false;
                    for choice in choices.iter_mut().filter(|c| c.correct) {
                        choice.correct = !seen;
                        seen = true;
                    }
                }
                q.choices = Some(choices);
            }
            NewKind::TrueFalse => q.answer = Some(answer.unwrap_or(true)),
            NewKind::Categorise => {
                q.buckets = Some(buckets.unwrap_or_else(|| vec![String::new(); 2]));
                q.items = Some(items.unwrap_or_else(two_items));
            }
        }
    }

    /// Every question's id, for finding one not taken.
    fn question_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.questions.iter().map(|q| q.id.as_str())
    }
}

/// Moves `list[from]` to index `to`; does nothing when either is out of range.
pub(super) fn move_within<T>(list: &mut Vec<T>, from: usize, to: usize) {
    if from < list.len() && to < list.len() {
        let entry = list.remove(from);
        list.insert(to, entry);
    }
}
