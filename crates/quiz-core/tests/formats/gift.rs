//! GIFT in and out: each form becomes its type or an issue at its line, and a bank's
//! export reads back as the same questions.

use super::{bank_of, general, issues, EN, ES};
use quiz_core::bank::{parse, Item, Kind};
use quiz_core::formats::gift::{export, import, import_with, SyntaxError};
use quiz_core::formats::imported::{Dropped, Issue, Note, Unsupported};
use quiz_core::formats::pictures::{Loaded, MediaError, MediaFiles, Source};

/// The built-in banks' pictures, read from `src/content/` beside the banks.
struct Content;

impl MediaFiles for Content {
    fn load(&self, source: &Source) -> Result<Loaded, MediaError> {
        let Source::Path(src) = source else {
            return Err(MediaError::NoFiles);
        };
        let path = format!("{}/../../src/content/{src}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).map_err(|_| MediaError::Missing(path))?;
        Ok(Loaded {
            src: src.clone(),
            bytes,
        })
    }
}

const FORMS: &str = "\
// topic-id: roles
$CATEGORY: $course$/top/PMO//PPM/Roles

// source: PMI
// [id:who]
::ignored title::[html]Who <b>sets</b> direction? {
=The PMO leader#Right\\: it is their job.
~A project manager
####Direction is the PMO's.
}

::tf::The PMO runs one project.{F}

::multi::Which help? {~%50%A ~%50%B ~%-100%C}

::sort::Sort them. {=a -> X =b -> Y =c -> X =d -> Y}
";

#[test]
fn each_supported_form_maps_onto_its_type() {
    let out = import(FORMS, "en", &general());
    assert_eq!(issues(&out), Vec::<String>::new());
    let topic = &out.topics[0];
    assert_eq!((topic.id.as_str(), topic.name.as_str()), ("roles", "Roles"));
    let q: Vec<_> = out
        .questions
        .iter()
        .map(|l| (l.line, &l.question))
        .collect();
    assert_eq!((q[0].0, q[0].1.id.as_str()), (6, "who"));
    assert_eq!(q[0].1.source.as_deref(), Some("PMI"));
    assert_eq!(q[0].1.prompt, "Who **sets** direction?");
    let Kind::Single { choices } = &q[0].1.kind else {
        panic!("single")
    };
    assert_eq!(
        choices[0].feedback.as_deref(),
        Some("Right: it is their job.")
    );
    assert_eq!(q[1].1.kind, Kind::TrueFalse { answer: false });
    assert_eq!(q[1].1.explanation, "The statement is false.");
    assert!(matches!(&q[2].1.kind, Kind::Multiple { choices } if choices[1].correct));
    let Kind::Categorise { buckets, items } = &q[3].1.kind else {
        panic!("categorise")
    };
    assert_eq!(
        (buckets.as_slice(), &items[3]),
        (
            &["X".to_string(), "Y".into()][..],
            &Item {
                text: "d".into(),
                bucket: 1
            }
        )
    );
    let stated: Vec<usize> = out
        .notes
        .iter()
        .filter(|(_, n)| *n == Note::StatedAnswer)
        .map(|(l, _)| *l)
        .collect();
    assert_eq!(stated, [12, 14, 16]);
}

#[test]
fn a_syntax_error_is_an_issue_that_keeps_the_parsers_own_error() {
    let out = import("Q {=a\n{~b}\n\nFine? {T}", "en", &general());
    assert_eq!(out.questions.len(), 1);
    let (line, issue) = &out.issues[0];
    assert_eq!(*line, 2);
    let Issue::Syntax(error) = issue else {
        panic!("syntax: {issue:?}")
    };
    assert_eq!(
        error.downcast_ref::<SyntaxError>(),
        Some(&SyntaxError::NestedBrace)
    );
    assert_eq!(
        issue.to_string(),
        "question skipped: syntax error: a { inside an answer block (write \\{ for a brace)"
    );
}

#[test]
fn forms_without_a_counterpart_are_skipped_or_trimmed() {
    let gift = "N {#3}\n\nS {=a =b}\n\nE {}\n\nP {=a ~%50%b ~c}\n\nT {T#why}";
    let out = import(gift, "en", &general());
    let kinds: Vec<String> = out
        .issues
        .iter()
        .map(|(l, i)| format!("{l} {i:?}"))
        .collect();
    assert_eq!(
        kinds,
        [
            format!("1 {:?}", Issue::Unsupported(Unsupported::Numeric)),
            format!("3 {:?}", Issue::Unsupported(Unsupported::ShortAnswer)),
            format!("5 {:?}", Issue::Unsupported(Unsupported::Essay)),
            format!("7 {:?}", Issue::Dropped(Dropped::PartialCredit("b".into()))),
            format!("9 {:?}", Issue::Dropped(Dropped::TrueFalseFeedback)),
        ]
    );
    assert_eq!(out.questions.len(), 2);
}

#[test]
fn a_repeated_id_is_renamed_with_a_note() {
    let out = import("::a::X {T}\n\n::a::Y {F}", "en", &general());
    assert_eq!(out.questions[1].question.id, "a-2");
    assert_eq!(
        out.notes[1],
        (
            3,
            Note::Renamed {
                from: "a".into(),
                to: "a-2".into()
            }
        )
    );
}

#[test]
fn each_built_in_bank_exports_to_gift_that_reads_back_the_same() {
    for json in [EN, ES] {
        let bank = parse(json).expect("built-in bank is valid");
        let gift = export(&bank);
        assert!(gift.starts_with(&format!(
            "// {} ({}, {}): exported",
            bank.title, bank.id, bank.lang
        )));
        let back = import_with(&gift, &bank.lang, &general(), &Content);
        assert_eq!(issues(&back), Vec::<String>::new(), "{}", bank.lang);
        assert_eq!(back.questions.len(), bank.questions.len());
        assert_eq!(export(&bank_of(&back, &bank)), gift, "{}", bank.lang);
    }
}
