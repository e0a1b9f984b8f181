//! What an importer fills in when a file leaves it out: a unique id for each question and
//! an explanation that states the answer.

use super::imported::{Located, Note};
use super::text::slug;
use crate::bank::{Choice, Kind};

/// How an explanation states the answer, in one built-in language.
struct Phrases {
    lang: &'static str,
    one: &'static str,
    many: &'static str,
    is_true: &'static str,
    is_false: &'static str,
}

/// One entry per language in `lang::BANKS`, in its order (a test holds them together);
/// the first serves any other language.
const PHRASES: [Phrases; 2] = [
    Phrases {
        lang: "en",
        one: "The right answer is",
        many: "The right answers are",
        is_true: "The statement is true.",
        is_false: "The statement is false.",
    },
    Phrases {
        lang: "es",
        one: "La respuesta correcta es",
        many: "Las respuestas correctas son",
        is_true: "La afirmación es verdadera.",
        is_false: "La afirmación es falsa.",
    },
];

/// An explanation for a question that came without one: the answer, in the bank's language.
pub fn stated_answer(kind: &Kind, lang: &str) -> String {
    let primary = crate::lang::primary(lang);
    let words = PHRASES
        .iter()
        .find(|p| p.lang == primary)
        .unwrap_or(&PHRASES[0]);
    let right = |choices: &[Choice]| {
        choices
            .iter()
            .filter(|c| c.correct)
            .map(Choice::label)
            .collect::<Vec<_>>()
            .join("; ")
    };
    match kind {
        Kind::Single { choices } => format!("{}: {}.", words.one, right(choices)),
        Kind::Multiple { choices } => format!("{}: {}.", words.many, right(choices)),
        Kind::TrueFalse { answer: true } => words.is_true.into(),
        Kind::TrueFalse { answer: false } => words.is_false.into(),
        Kind::Categorise { buckets, items } => buckets
            .iter()
            .enumerate()
            .map(|(b, name)| {
                let members: Vec<&str> = items
                    .iter()
                    .filter(|i| i.bucket == b)
                    .map(|i| i.text.as_str())
                    .collect();
                format!("{name}: {}.", members.join("; "))
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A unique id for a question: `wanted` made an id, else `q-N`; a taken id gets `-2`, `-3`…
pub fn unique_id(wanted: Option<&str>, index: usize, taken: &[Located]) -> (String, Option<Note>) {
    let base = wanted
        .map(slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("q-{index}"));
    let used = |id: &str| taken.iter().any(|l| l.question.id == id);
    if !used(&base) {
        return (base, None);
    }
    let id = (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !used(id))
        .unwrap_or_default();
    let note = Note::Renamed {
        from: base,
        to: id.clone(),
    };
    (id, Some(note))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Question;

    fn at(id: &str) -> Located {
        let kind = Kind::TrueFalse { answer: true };
        let question = Question {
            id: id.into(),
            topic: "t".into(),
            source: None,
            prompt: "p".into(),
            image: None,
            explanation: "e".into(),
            kind,
        };
        Located { line: 1, question }
    }

    #[test]
    fn a_taken_id_gets_the_next_free_number_and_a_note() {
        assert_eq!(
            unique_id(Some("Capital?"), 1, &[]),
            ("Capital".into(), None)
        );
        assert_eq!(unique_id(Some("???"), 4, &[]), ("q-4".into(), None));
        let taken = [at("a"), at("a-2")];
        let (id, note) = unique_id(Some("a"), 3, &taken);
        assert_eq!(id, "a-3");
        assert_eq!(
            note,
            Some(Note::Renamed {
                from: "a".into(),
                to: "a-3".into()
            })
        );
    }

    #[test]
    fn there_are_phrases_for_every_built_in_language() {
        let langs: Vec<&str> = PHRASES.iter().map(|p| p.lang).collect();
        assert_eq!(langs, crate::lang::BANKS);
    }

    #[test]
    fn the_stated_answer_speaks_the_banks_language() {
        let tf = Kind::TrueFalse { answer: false };
        assert_eq!(stated_answer(&tf, "es-MX"), "La afirmación es falsa.");
        assert_eq!(stated_answer(&tf, "en"), "The statement is false.");
    }
}
