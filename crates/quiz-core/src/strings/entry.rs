//! How one entry of a strings file becomes a message: text for a plain message, one text
//! per plural category for a counted one, each checked against the English entry's slots.
//! The checks are written once, for every kind of message (`Slot`), so the first download
//! carries them once.

use super::message::{placeholders, slots_within, Message};
use super::plural::{Category, Plural};
use super::problem::Problem;

/// A message as a strings file gives it, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Raw {
    /// A plain text.
    Text(String),
    /// Plural forms by category name, in the file's order.
    Forms(Vec<(String, String)>),
    /// Anything else: a number, a list, null.
    Other,
}

/// Each form of an entry, `None` standing for a plain message's only one.
pub type Forms = Vec<(Option<Category>, &'static str)>;

/// One message of the catalogue, whatever its type, as loading sees it.
pub trait Slot {
    /// The placeholders this message may use.
    fn slots(&self) -> &'static [&'static str];
    /// Whether it has a form per plural category.
    fn counted(&self) -> bool;
    /// Each form, `other` last for a counted message.
    fn forms(&self) -> Forms;
    /// Puts `forms` in place of the message's own; a counted message's `other` is last.
    fn set(&mut self, forms: Forms);
}

impl<M: Message> Slot for M {
    fn slots(&self) -> &'static [&'static str] {
        M::SLOTS
    }
    fn counted(&self) -> bool {
        false
    }
    fn forms(&self) -> Forms {
        vec![(None, self.template())]
    }
    fn set(&mut self, forms: Forms) {
        if let Some((_, text)) = forms.first() {
            *self = M::wrap(text);
        }
    }
}

impl<M: Message> Slot for Plural<M> {
    fn slots(&self) -> &'static [&'static str] {
        M::SLOTS
    }
    fn counted(&self) -> bool {
        true
    }
    fn forms(&self) -> Forms {
        self.each().map(|(c, m)| (Some(c), m.template())).collect()
    }
    fn set(&mut self, forms: Forms) {
        let mut plural = Plural {
            forms: [None; 5],
            other: self.other,
        };
        for (category, text) in forms {
            match Category::ALL.iter().position(|c| Some(*c) == category) {
                Some(i) if i < 5 => plural.forms[i] = Some(M::wrap(text)),
                _ => plural.other = M::wrap(text),
            }
        }
        *self = plural;
    }
}

/// Keeps `text` for the rest of the page's life: a catalogue is loaded once per page.
fn keep(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// Checks one form: every placeholder known, none the English form has left out.
fn check(
    text: &str,
    slots: &[&str],
    english: &str,
    key: &'static str,
    form: Option<Category>,
    problems: &mut Vec<Problem>,
) -> bool {
    if text.trim().is_empty() {
        problems.push(Problem::Empty { key, form });
        return false;
    }
    if !slots_within(text, slots) {
        let name = placeholders(text)
            .into_iter()
            .find(|p| !slots.contains(p))
            .unwrap_or_default();
        problems.push(Problem::UnknownPlaceholder {
            key,
            form,
            name: name.to_string(),
        });
        return false;
    }
    let given = placeholders(text);
    let optional = |p: &str| p == "count" && form.is_some_and(Category::names_its_number);
    if let Some(name) = placeholders(english)
        .into_iter()
        .find(|p| !given.contains(p) && !optional(p))
    {
        problems.push(Problem::MissingPlaceholder {
            key,
            form,
            name: name.to_string(),
        });
        return false;
    }
    true
}

/// Puts `raw` in `slot` if it passes its checks against `english`; otherwise leaves the
/// slot as it is (English) and says why.
pub(super) fn load(
    slot: &mut dyn Slot,
    english: &dyn Slot,
    raw: &Raw,
    key: &'static str,
    categories: &[Category],
    problems: &mut Vec<Problem>,
) {
    let model = english.forms().last().map_or("", |(_, text)| *text);
    let slots = english.slots();
    let forms: Forms = match (raw, english.counted()) {
        (Raw::Text(text), false) => {
            if !check(text, slots, model, key, None, problems) {
                return;
            }
            vec![(None, keep(text))]
        }
        (Raw::Forms(given), true) => {
            let mut forms = Forms::new();
            let mut usable = true;
            for (name, text) in given {
                let Some(category) = Category::from_name(name) else {
                    problems.push(Problem::UnknownForm {
                        key,
                        form: name.clone(),
                    });
                    continue;
                };
                usable &= check(text, slots, model, key, Some(category), problems);
                forms.push((Some(category), keep(text)));
            }
            if !forms.iter().any(|(c, _)| *c == Some(Category::Other)) {
                problems.push(Problem::MissingForm {
                    key,
                    form: Category::Other,
                });
                return;
            }
            for category in categories.iter().filter(|c| **c != Category::Other) {
                if forms.iter().all(|(c, _)| *c != Some(*category)) {
                    problems.push(Problem::MissingForm {
                        key,
                        form: *category,
                    });
                }
            }
            if !usable {
                return;
            }
            forms
        }
        (_, false) => return problems.push(Problem::NotText { key }),
        (_, true) => return problems.push(Problem::NotForms { key }),
    };
    slot.set(forms);
}
