//! The saved form: migration from each older version (real fixtures), round trips,
//! newer and damaged data, and export/import.

use pmo_leader_quiz::storage::schema::{decode, encode, SchemaError};
use pmo_leader_quiz::storage::{export_json, import_json, ImportError, Keys};
use quiz_core::mode::Mode;
use quiz_core::progress::Snapshot;
use quiz_core::scoring::{Response, Score};
use quiz_core::session::Phase;

const V1: &str = include_str!("fixtures/storage/v1.json");
const V2: &str = include_str!("fixtures/storage/v2.json");
const V3: &str = include_str!("fixtures/storage/v3-newer.json");

#[test]
fn version_one_migrates_with_every_attempt_kept() {
    let (snapshot, migrated) = decode(V1).expect("v1 reads");
    assert!(migrated);
    let p = &snapshot.progress;
    assert_eq!(
        p.best,
        Some(Score {
            earned: 11_000,
            possible: 12
        })
    );
    assert_eq!(p.history.len(), 2);
    assert_eq!(p.history[0].seed, 4_821_998_712_399);
    assert_eq!(p.history[0].mode, Mode::Practice);
    assert_eq!(
        p.history[1].topics[3],
        (
            "certifications".to_string(),
            Score {
                earned: 3_000,
                possible: 3
            }
        )
    );
    assert!(p.questions.is_empty());
    assert_eq!(snapshot.current, None);
    let (again, migrated_again) = decode(&encode(&snapshot)).unwrap();
    assert_eq!((again, migrated_again), (snapshot, false));
}

#[test]
fn version_two_reads_an_attempt_in_feedback_and_writes_it_back_unchanged() {
    let (snapshot, migrated) = decode(V2).expect("v2 reads");
    assert!(!migrated);
    let current = snapshot.current.as_ref().unwrap();
    assert_eq!(
        (current.position, current.phase, current.elapsed_ms),
        (1, Phase::Feedback, 41_000)
    );
    assert_eq!(
        current.items[1].response,
        Some(Response::Buckets(vec![Some(0), Some(1), Some(0), Some(0)]))
    );
    assert_eq!(snapshot.progress.history[0].mode, Mode::Exam);
    assert_eq!(
        snapshot.progress.questions["ex-practice-2"].recent,
        [750, 1000]
    );
    assert_eq!(encode(&snapshot), V2.trim());
}

#[test]
fn newer_data_is_recognised_so_it_is_never_overwritten() {
    assert_eq!(decode(V3), Err(SchemaError::Newer(3)));
}

#[test]
fn damaged_data_is_told_apart() {
    assert_eq!(decode("{not json"), Err(SchemaError::NotJson));
    assert_eq!(
        decode(&V2[..V2.len() / 2]),
        Err(SchemaError::NotJson),
        "truncated"
    );
    assert_eq!(
        decode(r#"{"version":2,"best":"lots"}"#),
        Err(SchemaError::WrongShape)
    );
    assert_eq!(decode(r#"[1,2,3]"#), Err(SchemaError::WrongShape));
    assert_eq!(decode(r#"{"version":0}"#), Err(SchemaError::WrongShape));
}

#[test]
fn a_finished_attempt_is_not_saved_as_current() {
    let (mut snapshot, _) = decode(V2).unwrap();
    snapshot.current.as_mut().unwrap().phase = Phase::Finished;
    let (back, _) = decode(&encode(&snapshot)).unwrap();
    assert_eq!(back.current, None);
}

#[test]
fn export_then_import_round_trips_the_progress() {
    let (snapshot, _) = decode(V2).unwrap();
    let file = export_json("example-onboarding", &snapshot.progress, 1_764_100_000_000);
    assert!(file.starts_with(
        r#"{"app":"pmo-leader-quiz","quiz":"example-onboarding","exported_at":1764100000000,"#
    ));
    assert_eq!(
        import_json("example-onboarding", &file),
        Ok(snapshot.progress)
    );
}

#[test]
fn imports_that_do_not_fit_say_why() {
    let file = export_json("example-onboarding", &Snapshot::default().progress, 0);
    assert_eq!(
        import_json("pmo-leader", &file),
        Err(ImportError::OtherQuiz("example-onboarding".into()))
    );
    assert_eq!(
        import_json("pmo-leader", "hello"),
        Err(ImportError::NotJson)
    );
    assert_eq!(import_json("pmo-leader", V1), Err(ImportError::NotAnExport));
    let newer =
        format!(r#"{{"app":"pmo-leader-quiz","quiz":"pmo-leader","exported_at":0,"data":{V3}}}"#);
    assert_eq!(import_json("pmo-leader", &newer), Err(ImportError::Newer));
    let damaged =
        r#"{"app":"pmo-leader-quiz","quiz":"pmo-leader","exported_at":0,"data":{"version":2}}"#;
    assert_eq!(
        import_json("pmo-leader", damaged),
        Err(ImportError::Damaged)
    );
}

#[test]
fn an_old_export_is_migrated_on_import() {
    let file =
        format!(r#"{{"app":"pmo-leader-quiz","quiz":"pmo-leader","exported_at":0,"data":{V1}}}"#);
    assert_eq!(import_json("pmo-leader", &file).unwrap().history.len(), 2);
}

#[test]
fn keys_separate_quizzes_and_namespaces() {
    assert_eq!(
        Keys::new("pmo-leader", None).data,
        "pmo-leader-quiz:default:pmo-leader"
    );
    assert_eq!(
        Keys::new("pmo-leader", Some("acme")).data,
        "pmo-leader-quiz:acme:pmo-leader"
    );
    assert_eq!(
        Keys::new("other", None).backup,
        "pmo-leader-quiz:default:other:backup"
    );
}
