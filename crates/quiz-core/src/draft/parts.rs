//! Changes inside a question (its choices, statements and groups) and to the bank's
//! topics. Every method is total: an index out of range, or a question without that
//! part, changes nothing.

use super::edit::move_within;
use super::starter::fresh_id;
use super::{Draft, DraftChoice, DraftItem, DraftQuestion, DraftTopic, NewKind};

impl Draft {
    /// Adds an empty choice at the end of question `q`'s choices (made when a single- or
    /// multiple-answer question has none), right when no other is; returns its index.
    pub fn add_choice(&mut self, q: usize) -> Option<usize> {
        let question = self.questions.get_mut(q)?;
        let takes_choices = matches!(
            question.new_kind(),
            Some(NewKind::Single | NewKind::Multiple)
        );
        if question.choices.is_none() && !takes_choices {
            return None;
        }
        let choices = question.choices.get_or_insert_with(Vec::new);
        choices.push(DraftChoice {
            correct: !choices.iter().any(|c| c.correct),
            ..DraftChoice::default()
        });
        Some(choices.len() - 1)
    }

    /// Removes choice `c` of question `q`.
    pub fn remove_choice(&mut self, q: usize, c: usize) {
        if let Some(choices) = self.part(q, |q| q.choices.as_mut()) {
            if c < choices.len() {
                choices.remove(c);
            }
        }
    }

    /// Moves choice `from` of question `q` so that it ends up at index `to`.
    pub fn move_choice(&mut self, q: usize, from: usize, to: usize) {
        if let Some(choices) = self.part(q, |q| q.choices.as_mut()) {
            move_within(choices, from, to);
        }
    }

    /// Adds an empty statement in the first group at the end of sorting question `q`'s
    /// statements (made when a sorting question has none); returns its index.
    pub fn add_item(&mut self, q: usize) -> Option<usize> {
        let items = self.sorting_part(q, |q| &mut q.items)?;
        items.push(DraftItem::default());
        Some(items.len() - 1)
    }

    /// Removes statement `i` of question `q`.
    pub fn remove_item(&mut self, q: usize, i: usize) {
        if let Some(items) = self.part(q, |q| q.items.as_mut()) {
            if i < items.len() {
                items.remove(i);
            }
        }
    }

    /// Adds an empty group at the end of sorting question `q`'s groups (made when a
    /// sorting question has none); returns its index.
    pub fn add_bucket(&mut self, q: usize) -> Option<usize> {
        let buckets = self.sorting_part(q, |q| &mut q.buckets)?;
        buckets.push(String::new());
        Some(buckets.len() - 1)
    }

    /// Removes group `b` of question `q`: its statements move to the group before it (the
    /// new first group when it was first), and later groups' statements follow their group.
    pub fn remove_bucket(&mut self, q: usize, b: usize) {
        let Some(question) = self.questions.get_mut(q) else {
            return;
        };
        match question.buckets.as_mut() {
            Some(buckets) if b < buckets.len() => buckets.remove(b),
            _ => return,
        };
        for item in question.items.iter_mut().flatten() {
            if item.bucket == b {
                item.bucket = b.saturating_sub(1);
            } else if item.bucket > b {
                item.bucket -= 1;
            }
        }
    }

    /// Adds a topic with a fresh id `topic-n` and an empty name; returns its index.
    pub fn add_topic(&mut self) -> usize {
        let id = fresh_id("topic", self.topics.iter().map(|t| t.id.as_str()));
        self.topics.push(DraftTopic {
            id,
            ..DraftTopic::default()
        });
        self.topics.len() - 1
    }

    /// Removes topic `index`; its questions move to the first topic left, if any.
    pub fn remove_topic(&mut self, index: usize) {
        if index >= self.topics.len() {
            return;
        }
        let gone = self.topics.remove(index).id;
        if let Some(first) = self.topics.first() {
            for q in self.questions.iter_mut().filter(|q| q.topic == gone) {
                q.topic = first.id.clone();
            }
        }
    }

    /// Gives topic `index` the id `id`; its questions follow unless another topic has the
    /// old or the new id (then which questions are its own is unclear, so none move).
    pub fn set_topic_id(&mut self, index: usize, id: &str) {
        let Some(old) = self.topics.get(index).map(|t| t.id.clone()) else {
            return;
        };
        let shared = self
            .topics
            .iter()
            .enumerate()
            .any(|(i, t)| i != index && (t.id == old || t.id == id));
        self.topics[index].id = id.to_string();
        if !shared {
            for q in self.questions.iter_mut().filter(|q| q.topic == old) {
                q.topic = id.to_string();
            }
        }
    }

    /// The part `get` picks of question `q`, when it has one.
    fn part<T>(
        &mut self,
        q: usize,
        get: impl FnOnce(&mut DraftQuestion) -> Option<&mut T>,
    ) -> Option<&mut T> {
        self.questions.get_mut(q).and_then(get)
    }

    /// The list `get` picks of question `q`, made empty when a sorting question lacks it.
    fn sorting_part<T>(
        &mut self,
        q: usize,
        get: impl FnOnce(&mut DraftQuestion) -> &mut Option<Vec<T>>,
    ) -> Option<&mut Vec<T>> {
        let question = self.questions.get_mut(q)?;
        let sorting = question.new_kind() == Some(NewKind::Categorise);
        let list = get(question);
        if list.is_none() && !sorting {
            return None;
        }
        Some(list.get_or_insert_with(Vec::new))
    }
}
