//! The editing methods: what each makes, and that an index out of range changes nothing.

use super::EN;
use crate::draft::{empty, Draft, DraftChoice, NewKind};

fn ids(draft: &Draft) -> Vec<&str> {
    draft.questions.iter().map(|q| q.id.as_str()).collect()
}

fn choice(text: &str, correct: bool) -> DraftChoice {
    DraftChoice {
        text: text.into(),
        correct,
        ..DraftChoice::default()
    }
}

#[test]
fn new_questions_get_a_free_id_the_first_topic_and_typed_fields() {
    let mut draft = empty("en");
    draft.questions[0].id = "q-2".into();
    assert_eq!(draft.add_question(NewKind::Multiple, None), 1);
    assert_eq!(draft.add_question(NewKind::TrueFalse, Some(0)), 1);
    assert_eq!(draft.add_question(NewKind::Categorise, Some(99)), 3);
    assert_eq!(ids(&draft), ["q-2", "q-4", "q-3", "q-5"]);
    let [_, tf, multiple, sorting] = &draft.questions[..] else {
        panic!("four questions");
    };
    assert!(draft.questions.iter().all(|q| q.topic == "topic-1"));
    assert_eq!((tf.kind.as_str(), tf.answer), ("true_false", Some(true)));
    let choices = multiple.choices.as_ref().unwrap();
    assert_eq!(
        choices.iter().map(|c| c.correct).collect::<Vec<_>>(),
        [true, false]
    );
    assert_eq!(
        sorting.buckets.as_deref(),
        Some(&[String::new(), String::new()][..])
    );
    let items = sorting.items.as_ref().unwrap();
    assert_eq!(items.iter().map(|i| i.bucket).collect::<Vec<_>>(), [0, 1]);
    assert_eq!((sorting.choices.as_ref(), sorting.answer), (None, None));
    assert_eq!(Draft::from_text(&draft.to_text()).unwrap(), draft);
}

#[test]
fn a_copy_follows_its_question_with_a_free_id() {
    let mut draft = empty("en");
    assert_eq!(draft.duplicate(0), Some(1));
    assert_eq!(draft.duplicate(0), Some(1));
    assert_eq!(draft.duplicate(2), Some(3));
    assert_eq!(
        ids(&draft),
        ["q-1", "q-1-copy-2", "q-1-copy", "q-1-copy-copy"]
    );
    assert_eq!(draft.questions[1].prompt, draft.questions[0].prompt);
    assert_eq!(draft.duplicate(4), None);
}

#[test]
fn questions_are_removed_and_moved() {
    let mut draft = Draft::from_text(EN).unwrap();
    let first: Vec<String> = draft.questions.iter().map(|q| q.id.clone()).collect();
    draft.move_question(0, 2);
    assert_eq!(ids(&draft)[..3], [&first[1], &first[2], &first[0]]);
    draft.move_question(2, 0);
    draft.remove(1);
    assert_eq!(ids(&draft)[..2], [&first[0], &first[2]]);
    assert_eq!(draft.questions.len(), first.len() - 1);
}

#[test]
fn changing_type_keeps_what_fits() {
    let mut draft = empty("en");
    draft.questions[0].choices = Some(vec![
        choice("a", false),
        choice("b", true),
        choice("c", true),
    ]);
    draft.set_kind(0, NewKind::Multiple);
    let q = &draft.questions[0];
    assert_eq!(
        (q.kind.as_str(), q.prompt.as_str()),
        ("multiple", "Your question")
    );
    assert_eq!(q.choices.as_ref().unwrap().len(), 3);
    draft.set_kind(0, NewKind::Single);
    let flags: Vec<bool> = draft.questions[0]
        .choices
        .iter()
        .flatten()
        .map(|c| c.correct)
        .collect();
    assert_eq!(flags, [false, true, false]);
    draft.set_kind(0, NewKind::TrueFalse);
    let q = &draft.questions[0];
    assert_eq!((q.answer, q.choices.as_ref()), (Some(true), None));
    assert_eq!(q.explanation, "Why the right answer is right");
    draft.set_kind(0, NewKind::Categorise);
    let q = &draft.questions[0];
    assert_eq!(
        (q.answer, q.buckets.as_ref().map(Vec::len)),
        (None, Some(2))
    );
    draft.set_kind(0, NewKind::Single);
    let q = &draft.questions[0];
    assert_eq!((q.buckets.as_ref(), q.items.as_ref()), (None, None));
    assert_eq!(q.choices.as_ref().map(Vec::len), Some(2));
}

#[test]
fn choices_are_added_removed_and_moved() {
    let mut draft = empty("en");
    assert_eq!(draft.add_choice(0), Some(2));
    assert!(!draft.questions[0].choices.as_ref().unwrap()[2].correct);
    draft.move_choice(0, 0, 2);
    draft.remove_choice(0, 0);
    let texts: Vec<&str> = draft.questions[0]
        .choices
        .iter()
        .flatten()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["", "A right answer"]);
    draft.questions[0].choices = None;
    assert_eq!(draft.add_choice(0), Some(0));
    assert!(draft.questions[0].choices.as_ref().unwrap()[0].correct);
    draft.set_kind(0, NewKind::TrueFalse);
    assert_eq!(draft.add_choice(0), None);
    assert_eq!(draft.questions[0].choices, None);
}

#[test]
fn removing_a_group_moves_its_statements_to_a_neighbour() {
    let mut draft = empty("en");
    draft.set_kind(0, NewKind::Categorise);
    assert_eq!(draft.add_bucket(0), Some(2));
    assert_eq!(draft.add_item(0), Some(2));
    draft.questions[0].items.as_mut().unwrap()[2].bucket = 2;
    draft.remove_bucket(0, 1);
    let buckets = |d: &Draft| {
        d.questions[0]
            .items
            .iter()
            .flatten()
            .map(|i| i.bucket)
            .collect::<Vec<_>>()
    };
    assert_eq!(buckets(&draft), [0, 0, 1]);
    draft.remove_bucket(0, 0);
    assert_eq!(buckets(&draft), [0, 0, 0]);
    draft.remove_item(0, 1);
    assert_eq!(draft.questions[0].items.as_ref().map(Vec::len), Some(2));
    assert_eq!(draft.questions[0].buckets.as_ref().map(Vec::len), Some(1));
    draft.set_kind(0, NewKind::Multiple);
    assert_eq!((draft.add_item(0), draft.add_bucket(0)), (None, None));
}

#[test]
fn topics_are_added_renamed_and_removed() {
    let mut draft = empty("en");
    assert_eq!(draft.add_topic(), 1);
    assert_eq!(draft.topics[1].id, "topic-2");
    draft.set_topic_id(0, "basics");
    assert_eq!(draft.questions[0].topic, "basics");
    draft.set_topic_id(1, "basics");
    draft.set_topic_id(1, "more");
    assert_eq!(
        draft.questions[0].topic, "basics",
        "a shared id moves no question"
    );
    draft.remove_topic(0);
    assert_eq!(draft.questions[0].topic, "more");
    draft.remove_topic(0);
    assert!(draft.topics.is_empty());
    assert_eq!(draft.questions[0].topic, "more");
    assert_eq!(draft.add_question(NewKind::Single, None), 1);
    assert_eq!(draft.questions[1].topic, "");
}

#[test]
fn an_index_out_of_range_changes_nothing() {
    for mut draft in [Draft::default(), empty("en")] {
        let before = draft.clone();
        draft.remove(9);
        draft.move_question(0, 9);
        draft.move_question(9, 0);
        draft.set_kind(9, NewKind::Categorise);
        assert_eq!((draft.duplicate(9), draft.add_choice(9)), (None, None));
        assert_eq!((draft.add_item(9), draft.add_bucket(9)), (None, None));
        draft.remove_choice(0, 9);
        draft.remove_choice(9, 0);
        draft.move_choice(0, 0, 9);
        draft.remove_item(0, 0);
        draft.remove_bucket(0, 0);
        draft.remove_topic(9);
        draft.set_topic_id(9, "x");
        assert_eq!(draft, before);
    }
}
