//! The attempt state machine, shuffling, drawing, scoring and progress.

mod common;

use quiz_core::bank::{parse, Bank, BankMeta};
use quiz_core::mode::Mode;
use quiz_core::progress::{FinishedAttempt, Glance, Progress, MAX_HISTORY};
use quiz_core::scoring::{mark, Outcome, Response, Score, FULL};
use quiz_core::session::{Attempt, Phase, Plan, SessionError};

const SMALL: &str = r#"{
  "format": 1, "id": "t", "lang": "en", "title": "T", "description": "D",
  "topics": [{"id": "a", "name": "Topic A"}, {"id": "b", "name": "Topic B"}],
  "questions": [
    {"id": "s1", "topic": "a", "type": "single", "prompt": "Single?", "explanation": "E.",
     "choices": [{"text": "right", "correct": true}, {"text": "wrong"}, {"text": "also wrong"}]},
    {"id": "m1", "topic": "b", "type": "multiple", "prompt": "Multiple?", "explanation": "E.",
     "choices": [{"text": "r1", "correct": true}, {"text": "r2", "correct": true}, {"text": "w"}]},
    {"id": "t1", "topic": "a", "type": "true_false", "prompt": "True?", "explanation": "E.", "answer": false},
    {"id": "c1", "topic": "b", "type": "categorise", "prompt": "Sort?", "explanation": "E.",
     "buckets": ["X", "Y"],
     "items": [{"text": "x1", "bucket": 0}, {"text": "y1", "bucket": 1}, {"text": "x2", "bucket": 0}, {"text": "y2", "bucket": 1}]}
  ]
}"#;

fn all() -> Plan {
    Plan {
        count: None,
        topics: vec![],
        shuffle: true,
        ..Plan::default()
    }
}

fn in_order() -> Plan {
    Plan {
        count: None,
        topics: vec![],
        shuffle: false,
        ..Plan::default()
    }
}

fn small() -> Bank {
    parse(SMALL).expect("the small bank is valid")
}

/// Answers every question in an attempt, right when `right(id)` says so.
fn answer_all(attempt: &mut Attempt, bank: &Bank, right: impl Fn(&str) -> bool) {
    while attempt.phase != Phase::Finished {
        let id = attempt
            .current()
            .expect("a current question")
            .question
            .clone();
        let question = bank.question(&id).expect("known id");
        let response = common::response(&question.kind, right(&id));
        attempt.answer(bank, response).expect("answer");
        if attempt.phase == Phase::Feedback {
            attempt.advance().expect("advance");
        }
    }
}

#[test]
fn same_seed_replays_the_same_attempt() {
    let bank = small();
    assert_eq!(
        Attempt::new(&bank, 42, &all()),
        Attempt::new(&bank, 42, &all())
    );
}

#[test]
fn seeds_change_the_order_and_every_question_appears_once() {
    let bank = small();
    let orders: std::collections::BTreeSet<Vec<String>> = (0..20)
        .map(|seed| {
            Attempt::new(&bank, seed, &all())
                .items
                .into_iter()
                .map(|i| i.question)
                .collect()
        })
        .collect();
    assert!(orders.len() > 1, "20 seeds gave a single order");
    for order in &orders {
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, ["c1", "m1", "s1", "t1"]);
    }
}

#[test]
fn choice_orders_are_permutations_and_true_false_stays_put() {
    let bank = small();
    for seed in 0..20 {
        for item in Attempt::new(&bank, seed, &all()).items {
            let mut sorted = item.order.clone();
            sorted.sort();
            let count = bank.question(&item.question).unwrap().kind.option_count();
            assert_eq!(sorted, (0..count).collect::<Vec<_>>());
            if item.question == "t1" {
                assert_eq!(item.order, [0, 1]);
            }
        }
    }
}

#[test]
fn no_shuffle_keeps_bank_order() {
    let bank = small();
    let attempt = Attempt::new(&bank, 7, &in_order());
    let ids: Vec<_> = attempt.items.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(ids, ["s1", "m1", "t1", "c1"]);
    assert!(attempt
        .items
        .iter()
        .all(|i| i.order.windows(2).all(|w| w[0] < w[1])));
}

#[test]
fn state_machine_refuses_steps_out_of_turn() {
    let bank = small();
    let mut attempt = Attempt::new(&bank, 1, &in_order());
    assert_eq!(attempt.advance(), Err(SessionError::NotInFeedback));
    assert_eq!(
        attempt.answer(&bank, Response::Choices(vec![])),
        Err(SessionError::Incomplete)
    );
    assert_eq!(attempt.answer(&bank, Response::Choices(vec![0])), Ok(FULL));
    assert_eq!(attempt.phase, Phase::Feedback);
    assert_eq!(
        attempt.answer(&bank, Response::Choices(vec![0])),
        Err(SessionError::NotAnswering)
    );
    attempt.advance().unwrap();
    assert_eq!((attempt.position, attempt.phase), (1, Phase::Answering));
}

#[test]
fn single_choice_needs_exactly_one_pick() {
    let bank = small();
    let mut attempt = Attempt::new(&bank, 1, &in_order());
    assert_eq!(
        attempt.answer(&bank, Response::Choices(vec![0, 1])),
        Err(SessionError::Incomplete)
    );
}

#[test]
fn multiple_response_is_all_or_nothing() {
    let bank = small();
    let q = bank.question("m1").unwrap();
    assert_eq!(mark(q, &Response::Choices(vec![1, 0])), FULL);
    assert_eq!(mark(q, &Response::Choices(vec![0])), 0);
    assert_eq!(mark(q, &Response::Choices(vec![0, 1, 2])), 0);
}

#[test]
fn true_false_maps_true_to_option_zero() {
    let bank = small();
    let q = bank.question("t1").unwrap();
    assert_eq!(mark(q, &Response::Choices(vec![1])), FULL);
    assert_eq!(mark(q, &Response::Choices(vec![0])), 0);
}

#[test]
fn categorise_scores_the_share_placed_right() {
    let bank = small();
    let q = bank.question("c1").unwrap();
    let all = Response::Buckets(vec![Some(0), Some(1), Some(0), Some(1)]);
    let three = Response::Buckets(vec![Some(0), Some(1), Some(0), Some(0)]);
    assert_eq!(mark(q, &all), FULL);
    assert_eq!(mark(q, &three), 750);
    assert_eq!(Outcome::of(750), Outcome::Partial);
    assert!(!Response::Buckets(vec![Some(0), None, Some(0), Some(1)]).is_complete(&q.kind));
}

#[test]
fn summary_counts_right_answers_per_topic() {
    let bank = small();
    let mut attempt = Attempt::new(&bank, 9, &all());
    answer_all(&mut attempt, &bank, |id| id == "s1" || id == "m1");
    let summary = attempt.summary(&bank);
    assert_eq!(
        summary.total,
        Score {
            earned: 2 * FULL,
            possible: 4
        }
    );
    assert_eq!(summary.total.percent(), 50);
    assert_eq!(
        summary.topics,
        vec![
            (
                "a".to_string(),
                Score {
                    earned: FULL,
                    possible: 2
                }
            ),
            (
                "b".to_string(),
                Score {
                    earned: FULL,
                    possible: 2
                }
            ),
        ]
    );
}

#[test]
fn pass_mark_is_inclusive_and_percent_rounds_down() {
    let seventy = Score {
        earned: 7 * FULL,
        possible: 10,
    };
    assert!(seventy.passes(70));
    assert!(!Score {
        earned: 6_950,
        possible: 10
    }
    .passes(70));
    assert_eq!(
        Score {
            earned: 6_950,
            possible: 10
        }
        .percent(),
        69
    );
    assert_eq!(
        Score {
            earned: 7_500,
            possible: 10
        }
        .points_text(),
        "7.5"
    );
    assert_eq!(seventy.points_text(), "7");
}

#[test]
fn questions_missing_from_the_bank_are_skipped_in_the_summary() {
    let bank = small();
    let mut attempt = Attempt::new(&bank, 3, &in_order());
    attempt.items[0].question = "gone".into();
    assert_eq!(attempt.summary(&bank).total.possible, 3);
}

fn finished(score: Score, at: u64) -> FinishedAttempt {
    common::finished(at)
        .score(score.earned, score.possible)
        .build()
}

#[test]
fn progress_keeps_the_best_score_and_a_bounded_history() {
    let mut progress = Progress::default();
    progress.record(finished(
        Score {
            earned: 3 * FULL,
            possible: 4,
        },
        1,
    ));
    progress.record(finished(
        Score {
            earned: FULL,
            possible: 4,
        },
        2,
    ));
    assert_eq!(
        progress.best,
        Some(Score {
            earned: 3 * FULL,
            possible: 4
        })
    );
    for at in 3..=(MAX_HISTORY as u64 + 5) {
        progress.record(finished(
            Score {
                earned: 0,
                possible: 4,
            },
            at,
        ));
    }
    assert_eq!(progress.history.len(), MAX_HISTORY);
    assert_eq!(progress.history[0].finished_at, 6);
    assert_eq!(
        progress.best,
        Some(Score {
            earned: 3 * FULL,
            possible: 4
        })
    );
}

fn topic_counts(bank: &Bank, attempt: &Attempt) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for item in &attempt.items {
        *counts
            .entry(bank.question(&item.question).unwrap().topic.clone())
            .or_default() += 1;
    }
    counts
}

#[test]
fn a_count_draws_evenly_across_topics() {
    let bank = small();
    for seed in 0..20 {
        let attempt = Attempt::new(
            &bank,
            seed,
            &Plan {
                count: Some(2),
                topics: vec![],
                shuffle: true,
                ..Plan::default()
            },
        );
        let counts = topic_counts(&bank, &attempt);
        assert_eq!(
            counts.values().copied().collect::<Vec<_>>(),
            [1, 1],
            "seed {seed}"
        );
    }
}

#[test]
fn a_count_larger_than_the_pool_takes_everything_once() {
    let bank = small();
    let attempt = Attempt::new(
        &bank,
        5,
        &Plan {
            count: Some(99),
            topics: vec![],
            shuffle: true,
            ..Plan::default()
        },
    );
    assert_eq!(attempt.items.len(), 4);
}

#[test]
fn topics_limit_the_draw() {
    let bank = small();
    let attempt = Attempt::new(
        &bank,
        5,
        &Plan {
            count: None,
            topics: vec!["b".into()],
            shuffle: true,
            ..Plan::default()
        },
    );
    let counts = topic_counts(&bank, &attempt);
    assert_eq!(
        counts.into_iter().collect::<Vec<_>>(),
        [("b".to_string(), 2)]
    );
}

#[test]
fn without_shuffle_a_count_keeps_bank_order() {
    let bank = small();
    let attempt = Attempt::new(
        &bank,
        5,
        &Plan {
            count: Some(2),
            topics: vec![],
            shuffle: false,
            ..Plan::default()
        },
    );
    let ids: Vec<_> = attempt.items.iter().map(|i| i.question.as_str()).collect();
    assert_eq!(ids, ["s1", "m1"]);
}

#[test]
fn the_built_in_bank_gives_three_questions_per_topic_by_default() {
    let bank = parse(include_str!("../../../src/content/bank.en.json")).expect("built-in bank");
    let attempt = Attempt::new(&bank, 11, &Plan::default());
    let counts = topic_counts(&bank, &attempt);
    assert_eq!(counts.len(), 4);
    assert!(counts.values().all(|&n| n == 3), "{counts:?}");
}

#[test]
fn an_exam_moves_straight_on_without_feedback() {
    let bank = small();
    let mut attempt = Attempt::new(
        &bank,
        2,
        &Plan {
            count: None,
            shuffle: false,
            mode: Mode::Exam,
            ..Plan::default()
        },
    );
    assert_eq!(attempt.answer(&bank, Response::Choices(vec![1])), Ok(0));
    assert_eq!((attempt.position, attempt.phase), (1, Phase::Answering));
    answer_all(&mut attempt, &bank, |_| true);
    assert_eq!(attempt.phase, Phase::Finished);
    assert_eq!(
        attempt.summary(&bank).total,
        Score {
            earned: 3 * FULL,
            possible: 4
        }
    );
}

#[test]
fn running_out_of_time_finishes_with_unanswered_questions_at_zero() {
    let bank = small();
    let plan = Plan {
        count: None,
        shuffle: false,
        mode: Mode::Exam,
        limit_ms: Some(3_000),
        ..Plan::default()
    };
    let mut attempt = Attempt::new(&bank, 2, &plan);
    attempt.answer(&bank, Response::Choices(vec![0])).unwrap();
    assert!(!attempt.tick(1_000));
    assert!(!attempt.tick(1_000));
    assert_eq!(attempt.remaining_ms(), Some(1_000));
    assert!(attempt.tick(1_000));
    assert_eq!(attempt.phase, Phase::Finished);
    assert!(!attempt.tick(1_000), "a finished attempt's clock stops");
    assert_eq!(attempt.elapsed_ms, 3_000);
    assert_eq!(
        attempt.summary(&bank).total,
        Score {
            earned: FULL,
            possible: 4
        }
    );
    assert_eq!(
        attempt
            .items
            .iter()
            .filter(|i| i.response.is_none())
            .count(),
        3
    );
}

#[test]
fn a_resumed_attempt_drops_questions_the_bank_lost_and_keeps_its_place() {
    let bank = small();
    let mut attempt = Attempt::new(&bank, 4, &in_order());
    attempt.answer(&bank, Response::Choices(vec![0])).unwrap();
    attempt.advance().unwrap();
    attempt
        .answer(&bank, Response::Choices(vec![0, 1]))
        .unwrap();
    attempt.advance().unwrap();
    attempt.items[0].question = "removed-1".into();
    attempt.items[3].question = "removed-2".into();
    assert_eq!(attempt.fit_to(&bank), ["removed-1", "removed-2"]);
    assert_eq!(attempt.items.len(), 2);
    assert_eq!(attempt.current().unwrap().question, "t1");
    assert_eq!(attempt.phase, Phase::Answering);
}

#[test]
fn a_resumed_attempt_whose_current_question_vanished_moves_to_the_next() {
    let bank = small();
    let mut attempt = Attempt::new(&bank, 4, &in_order());
    attempt.answer(&bank, Response::Choices(vec![0])).unwrap();
    assert_eq!(attempt.phase, Phase::Feedback);
    attempt.items[0].question = "gone".into();
    attempt.fit_to(&bank);
    assert_eq!((attempt.position, attempt.phase), (0, Phase::Answering));
    assert_eq!(attempt.current().unwrap().question, "m1");
}

#[test]
fn a_question_whose_options_changed_is_asked_again() {
    let bank = small();
    let mut attempt = Attempt::new(&bank, 4, &in_order());
    attempt.answer(&bank, Response::Choices(vec![0])).unwrap();
    attempt.items[0].order = vec![0, 1, 2, 3, 4];
    assert!(attempt.fit_to(&bank).is_empty());
    assert_eq!(attempt.items[0].order, [0, 1, 2]);
    assert_eq!(
        (attempt.items[0].response.clone(), attempt.phase),
        (None, Phase::Answering)
    );
}

#[test]
fn only_limits_a_run_to_chosen_questions() {
    let bank = small();
    let plan = Plan {
        count: None,
        only: Some(vec!["t1".into(), "c1".into()]),
        ..Plan::default()
    };
    let attempt = Attempt::new(&bank, 8, &plan);
    let mut ids: Vec<_> = attempt.items.iter().map(|i| i.question.clone()).collect();
    ids.sort();
    assert_eq!(ids, ["c1", "t1"]);
    assert_eq!(plan.run_length(&bank), 2);
}

#[test]
fn an_empty_draw_is_finished_at_once() {
    let bank = small();
    let attempt = Attempt::new(
        &bank,
        8,
        &Plan {
            only: Some(vec![]),
            ..Plan::default()
        },
    );
    assert_eq!(attempt.phase, Phase::Finished);
}

#[test]
fn the_start_screen_counts_a_run_as_the_plan_does() {
    let bank = parse(SMALL).unwrap();
    let meta = BankMeta::from(&bank);
    let choices: [&[&str]; 5] = [&[], &["a"], &["b", "a"], &["zzz"], &["zzz", "b"]];
    for count in 0..6 {
        for topics in choices {
            let topics: Vec<String> = topics.iter().map(|t| t.to_string()).collect();
            let known = topics
                .iter()
                .filter(|t| bank.topics.iter().any(|b| &b.id == *t))
                .cloned()
                .collect();
            let plan = Plan {
                count: Some(count),
                topics: known,
                ..Plan::default()
            };
            assert_eq!(
                meta.run_length(count, &topics),
                plan.run_length(&bank),
                "{count} from {topics:?}"
            );
        }
    }
}

#[test]
fn the_glance_shows_the_record_and_an_unfinished_attempt_only() {
    let bank = parse(SMALL).unwrap();
    let mut progress = Progress::default();
    assert_eq!(Glance::of(&progress, None), Glance::default());
    let mut attempt = Attempt::new(&bank, 7, &in_order());
    attempt.position = 1;
    progress.best = Some(Score {
        earned: 3_000,
        possible: 4,
    });
    let seen = Glance::of(&progress, Some(&attempt));
    assert_eq!(seen.best, progress.best);
    assert_eq!(seen.resume, Some((2, 4)));
    attempt.phase = Phase::Finished;
    assert_eq!(Glance::of(&progress, Some(&attempt)).resume, None);
}
