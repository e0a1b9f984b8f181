//! Leitner scheduling, "my mistakes", topic mastery and merging progress, with a fixed clock.

mod common;

use common::finished;
use quiz_core::bank::parse;
use quiz_core::mastery::{by_topic, due, interval, mistakes, weakest, Level, QuestionRecord};
use quiz_core::mode::Mode;
use quiz_core::progress::{topic_changes, FinishedAttempt, Progress};
use quiz_core::scoring::{Score, FULL};

const DAY: i64 = 20_000;
const NOW: u64 = 1_764_000_000_000;

#[test]
fn boxes_double_the_wait_and_a_miss_goes_back_to_box_one() {
    assert_eq!((1..=5).map(interval).collect::<Vec<_>>(), [1, 2, 4, 8, 16]);
    let mut r = QuestionRecord::new();
    r.record(FULL, DAY, NOW);
    assert_eq!((r.leitner_box, r.due_day), (1, DAY + 1));
    r.record(FULL, DAY + 1, NOW);
    assert_eq!((r.leitner_box, r.due_day), (2, DAY + 3));
    for day in [DAY + 3, DAY + 7, DAY + 15, DAY + 31] {
        r.record(FULL, day, NOW);
    }
    assert_eq!(
        (r.leitner_box, r.due_day),
        (5, DAY + 31 + 16),
        "box 5 is the top"
    );
    r.record(0, DAY + 50, NOW);
    assert_eq!((r.leitner_box, r.due_day), (1, DAY + 51));
}

#[test]
fn a_question_is_due_on_its_day_and_after_not_before() {
    let mut r = QuestionRecord::new();
    assert!(!r.is_due(DAY), "never answered is not scheduled");
    r.record(FULL, DAY, NOW);
    assert!(!r.is_due(DAY));
    assert!(r.is_due(DAY + 1));
    assert!(r.is_due(DAY + 9));
}

#[test]
fn a_mistake_leaves_the_set_only_after_two_right_in_a_row() {
    let mut r = QuestionRecord::new();
    r.record(0, DAY, NOW);
    assert!(r.missed);
    r.record(FULL, DAY + 1, NOW);
    assert!(r.missed, "one right answer is not enough");
    r.record(500, DAY + 2, NOW);
    r.record(FULL, DAY + 3, NOW);
    assert!(r.missed, "partial credit broke the streak");
    r.record(FULL, DAY + 4, NOW);
    assert!(!r.missed);
}

const BANK: &str = r#"{
  "format": 1, "id": "m", "lang": "en", "title": "T", "description": "D",
  "topics": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
  "questions": [
    {"id": "a1", "topic": "a", "type": "true_false", "prompt": "a1?", "explanation": "E.", "answer": true},
    {"id": "a2", "topic": "a", "type": "true_false", "prompt": "a2?", "explanation": "E.", "answer": true},
    {"id": "b1", "topic": "b", "type": "true_false", "prompt": "b1?", "explanation": "E.", "answer": true},
    {"id": "b2", "topic": "b", "type": "true_false", "prompt": "b2?", "explanation": "E.", "answer": true},
    {"id": "b3", "topic": "b", "type": "true_false", "prompt": "b3?", "explanation": "E.", "answer": true},
    {"id": "c1", "topic": "c", "type": "true_false", "prompt": "c1?", "explanation": "E.", "answer": true}
  ]
}"#;

#[test]
fn topic_mastery_follows_recent_answers_not_the_first_ones() {
    let bank = parse(BANK).unwrap();
    let mut p = Progress::default();
    for _ in 0..3 {
        p.answered("a1", 0, DAY, NOW);
    }
    for _ in 0..3 {
        p.answered("a1", FULL, DAY + 1, NOW + 1);
    }
    p.answered("b1", FULL, DAY, NOW);
    p.answered("b2", 0, DAY, NOW);
    let m = by_topic(&bank, &p.questions);
    assert_eq!(
        (m[0].percent, m[0].answered, m[0].level),
        (100, 1, Level::Strong),
        "a: old misses forgotten; half the topic tried"
    );
    assert_eq!((m[1].percent, m[1].level), (50, Level::GettingThere));
    assert_eq!(m[2].level, Level::NotStarted);
    assert_eq!(weakest(&m).unwrap().topic, "b");
    p.answered("b3", 0, DAY, NOW);
    assert_eq!(by_topic(&bank, &p.questions)[1].level, Level::NeedsWork);
}

#[test]
fn strong_needs_half_the_topic_tried() {
    let bank = parse(BANK).unwrap();
    let mut p = Progress::default();
    p.answered("b1", FULL, DAY, NOW);
    assert_eq!(by_topic(&bank, &p.questions)[1].level, Level::GettingThere);
}

#[test]
fn mistakes_and_due_lists_follow_bank_order() {
    let bank = parse(BANK).unwrap();
    let mut p = Progress::default();
    p.answered("b2", 0, DAY, NOW);
    p.answered("a2", 0, DAY, NOW);
    p.answered("c1", FULL, DAY, NOW);
    assert_eq!(mistakes(&bank, &p.questions), ["a2", "b2"]);
    assert_eq!(due(&bank, &p.questions, DAY), Vec::<String>::new());
    assert_eq!(due(&bank, &p.questions, DAY + 1), ["a2", "b2", "c1"]);
}

fn attempt(seed: u64, earned: u32) -> FinishedAttempt {
    finished(seed).score(earned, 4).build()
}

#[test]
fn merging_joins_histories_without_duplicates_and_keeps_the_newest_record() {
    let mut ours = Progress::default();
    ours.record(attempt(1, FULL));
    ours.record(attempt(3, 2 * FULL));
    ours.answered("a1", 0, DAY, NOW);
    let mut theirs = Progress::default();
    theirs.record(attempt(3, 2 * FULL));
    theirs.record(attempt(2, 4 * FULL));
    theirs.answered("a1", FULL, DAY, NOW + 5);
    theirs.answered("b1", FULL, DAY, NOW);
    ours.merge(&theirs);
    assert_eq!(
        ours.history.iter().map(|a| a.seed).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(
        ours.best,
        Some(Score {
            earned: 4 * FULL,
            possible: 4
        })
    );
    assert_eq!(ours.questions["a1"].recent, [FULL]);
    assert!(ours.questions.contains_key("b1"));
    let again = ours.clone();
    ours.merge(&again);
    assert_eq!(ours, again, "merging is idempotent");
}

fn with_topics(seed: u64, mode: Mode, topics: &[(&str, u32, u32)]) -> FinishedAttempt {
    topics
        .iter()
        .fold(finished(seed).mode(mode), |f, (t, e, p)| f.topic(t, *e, *p))
        .build()
}

#[test]
fn results_compare_each_topic_with_the_last_attempt_in_the_same_mode() {
    let mut p = Progress::default();
    p.record(with_topics(
        1,
        Mode::Practice,
        &[("a", 1_000, 3), ("b", 3_000, 3), ("c", 0, 3)],
    ));
    p.record(with_topics(2, Mode::Exam, &[("a", 0, 3)]));
    let latest = with_topics(
        3,
        Mode::Practice,
        &[("a", 3_000, 3), ("b", 2_500, 3), ("c", 0, 3)],
    );
    p.record(latest.clone());
    let previous = p.previous_like(&latest).expect("an earlier practice run");
    assert_eq!(previous.seed, 1, "the exam in between is skipped");
    assert_eq!(
        topic_changes(&latest, previous),
        [("a".to_string(), 2_000), ("b".to_string(), -500)]
    );
}

#[test]
fn topics_asked_a_different_number_of_times_are_not_compared() {
    let before = with_topics(1, Mode::Focus, &[("a", 1_000, 3)]);
    let after = with_topics(2, Mode::Focus, &[("a", 5_000, 12)]);
    assert!(topic_changes(&after, &before).is_empty());
}
