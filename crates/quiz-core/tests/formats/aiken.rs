//! Aiken in: questions become single-choice ones with the answer stated, and each broken
//! question is one issue at its line that keeps the parser's own error.

use super::{general, issues};
use quiz_core::bank::Kind;
use quiz_core::formats::aiken::{import, AikenError};
use quiz_core::formats::imported::{Issue, Note};

#[test]
fn questions_become_single_choice_with_the_answer_stated() {
    let aiken = "\u{feff}Who leads?\nA. The PMO leader\nB) A sponsor\nANSWER: A\nSecond\nquestion?\nA. x\nB. y\nANSWER: B";
    let out = import(aiken, "es", &general());
    assert_eq!(issues(&out), Vec::<String>::new());
    assert_eq!(out.topics, [general()]);
    let q = &out.questions[1];
    assert_eq!((q.line, q.question.id.as_str()), (5, "q-2"));
    assert_eq!(q.question.prompt, "Second question?");
    assert!(
        matches!(&q.question.kind, Kind::Single { choices } if choices[1].correct && !choices[0].correct)
    );
    assert_eq!(q.question.explanation, "La respuesta correcta es: y.");
    assert_eq!(
        out.notes,
        [(1, Note::StatedAnswer), (5, Note::StatedAnswer)]
    );
}

#[test]
fn each_broken_question_is_reported_once_at_its_line() {
    let aiken = "A. early\nANSWER: A\n\nQ?\nA. a\nANSWER: Z\n\nQ?\nANSWER: A\n\nQ?\nA. a\nC. c\nANSWER: A\n\nQ?\nA. a\n\nOk?\nA. y\nB. n\nANSWER: A\n\nANSWER: B";
    let out = import(aiken, "en", &general());
    let found: Vec<(usize, AikenError)> = out
        .issues
        .iter()
        .map(|(line, issue)| match issue {
            Issue::Malformed(e) => (
                *line,
                e.downcast_ref::<AikenError>()
                    .expect("an Aiken error")
                    .clone(),
            ),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        found,
        [
            (1, AikenError::ChoiceBeforeQuestion),
            (4, AikenError::AnswerNotAChoice("Z".into())),
            (8, AikenError::NoChoices),
            (
                13,
                AikenError::OutOfOrder {
                    expected: 'B',
                    found: 'C'
                }
            ),
            (16, AikenError::NoAnswerLine),
            (24, AikenError::AnswerBeforeQuestion),
        ]
    );
    assert_eq!(
        out.issues[1].1.to_string(),
        "question skipped: ANSWER: Z names no choice of this question"
    );
    assert_eq!(out.questions.len(), 1);
    assert_eq!(
        out.questions[0].question.explanation,
        "The right answer is: y."
    );
}

#[test]
fn nothing_read_means_no_topic() {
    let out = import("just a line", "en", &general());
    assert!(out.topics.is_empty() && out.questions.is_empty());
    assert_eq!(
        issues(&out),
        ["1: question skipped: the question has no ANSWER: line"]
    );
}

#[test]
fn plain_text_stays_literal_in_the_bank_markup() {
    let out = import(
        "Is 2*3*4 = `24`?\nA. *yes*\nB. no\nANSWER: A",
        "en",
        &general(),
    );
    let q = &out.questions[0].question;
    assert_eq!(q.prompt, "Is 2\\*3\\*4 = \\`24\\`?");
    let Kind::Single { choices } = &q.kind else {
        panic!("single")
    };
    assert_eq!(choices[0].text, "\\*yes\\*");
    assert_eq!(q.explanation, "The right answer is: \\*yes\\*.");
}
