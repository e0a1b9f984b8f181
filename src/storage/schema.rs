//! The saved form (serde), kept apart from the domain types and converted with `From`.
//! Version 2 is written; version 1 is read and migrated.

use quiz_core::mode::Mode;
use quiz_core::progress::Snapshot;
use quiz_core::scoring::Score;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The saved format written today; a higher one found in storage is left untouched.
pub const VERSION: u64 = 2;

/// Why a saved value could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemaError {
    /// The text is not JSON at all.
    NotJson,
    /// JSON, but not saved progress of a version this code reads.
    WrongShape,
    /// Written by a newer version of the quiz than this one.
    Newer(u64),
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SchemaError::NotJson => f.write_str("not JSON"),
            SchemaError::WrongShape => f.write_str("not the shape of saved progress"),
            SchemaError::Newer(v) => write!(f, "format {v}, newer than this quiz reads"),
        }
    }
}

impl std::error::Error for SchemaError {}

/// `Score` as saved.
#[derive(Serialize, Deserialize, Clone, Copy)]
pub struct SavedScore {
    /// Thousandths of a point earned, 1000 for each question fully right.
    pub earned: u32,
    /// How many questions were asked: a count of questions, not thousandths.
    pub possible: u32,
}

/// One topic's score in a saved attempt.
#[derive(Serialize, Deserialize)]
pub struct SavedTopic {
    /// The topic's id.
    pub topic: String,
    /// Its score.
    pub score: SavedScore,
}

/// `Mode` as saved, by its snake_case name.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SavedMode {
    /// `Mode::Practice`.
    Practice,
    /// `Mode::Exam`.
    Exam,
    /// `Mode::Mistakes`.
    Mistakes,
    /// `Mode::Focus`.
    Focus,
    /// `Mode::Spaced`.
    Spaced,
}

/// `FinishedAttempt` as saved.
#[derive(Serialize, Deserialize)]
pub struct SavedAttempt {
    /// When it finished, in milliseconds since the Unix epoch.
    pub finished_at: u64,
    /// Its seed, which also identifies it when histories merge.
    pub seed: u64,
    /// The mode it ran in.
    pub mode: SavedMode,
    /// The overall score.
    pub score: SavedScore,
    /// The pass mark in force then, in percent.
    pub pass_mark: u32,
    /// Each topic's score, in bank order.
    pub topics: Vec<SavedTopic>,
    /// Time spent with the quiz in view, in milliseconds; 0 for attempts migrated from version 1.
    pub duration_ms: u64,
}

/// `QuestionRecord` as saved.
#[derive(Serialize, Deserialize)]
pub struct SavedQuestion {
    /// How many times it has been answered.
    pub answered: u32,
    /// How many of those answers earned a full mark.
    pub right: u32,
    /// Full marks in a row, up to the latest answer.
    pub streak: u32,
    /// Whether it sits in "my mistakes".
    pub missed: bool,
    /// The latest marks in thousandths of a point, oldest first.
    pub recent: Vec<u32>,
    /// Its Leitner box, saved as `box`.
    #[serde(rename = "box")]
    pub leitner_box: u8,
    /// The local day number (days since 1970-01-01) it is next due.
    pub due_day: i64,
    /// When it was last answered, in milliseconds since the Unix epoch.
    pub last_answered: u64,
}

/// `Response` as saved.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavedResponse {
    /// The original indices of the options picked.
    Choices(Vec<usize>),
    /// For each statement by original index, the group placed in.
    Buckets(Vec<Option<usize>>),
}

/// `AttemptItem` as saved.
#[derive(Serialize, Deserialize)]
pub struct SavedItem {
    /// The question's id.
    pub question: String,
    /// Original option indices in the order shown.
    pub order: Vec<usize>,
    /// The learner's answer, once checked.
    pub response: Option<SavedResponse>,
}

/// `Phase` as saved; a finished attempt is not saved as current, so it has no `Finished`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavedPhase {
    /// Waiting for an answer.
    Answering,
    /// Checked, with feedback showing.
    Feedback,
}

/// The attempt under way, as saved so a reload can resume it.
#[derive(Serialize, Deserialize)]
pub struct SavedCurrent {
    /// Its seed.
    pub seed: u64,
    /// The mode it runs in.
    pub mode: SavedMode,
    /// The index of the current question, counted from 0.
    pub position: usize,
    /// Where the current question stands.
    pub phase: SavedPhase,
    /// Time spent with the quiz in view, in milliseconds.
    pub elapsed_ms: u64,
    /// An exam's time limit in milliseconds, if any.
    pub limit_ms: Option<u64>,
    /// The questions drawn, in the order asked.
    pub items: Vec<SavedItem>,
}

/// Version 2: the form written today.
#[derive(Serialize, Deserialize)]
pub struct SavedV2 {
    /// Always `VERSION`; read first to pick the shape to decode.
    pub version: u64,
    /// The best overall score so far.
    pub best: Option<SavedScore>,
    /// Finished attempts, oldest first.
    pub history: Vec<SavedAttempt>,
    /// Each answered question's record, by question id.
    pub questions: BTreeMap<String, SavedQuestion>,
    /// The attempt under way, if any.
    pub current: Option<SavedCurrent>,
}

/// Version 1, as the first release wrote it under `pmo-leader-quiz/progress`.
#[derive(Deserialize)]
pub struct SavedV1 {
    /// The best overall score.
    pub best: Option<SavedScore>,
    /// Finished attempts, oldest first.
    pub history: Vec<SavedAttemptV1>,
}

/// A finished attempt as version 1 saved it: practice only, no duration.
#[derive(Deserialize)]
pub struct SavedAttemptV1 {
    /// When it finished, in milliseconds since the Unix epoch.
    pub finished_at: u64,
    /// Its seed.
    pub seed: u64,
    /// The overall score.
    pub score: SavedScore,
    /// The pass mark in force then, in percent.
    pub pass_mark: u32,
    /// Each topic's score, in bank order.
    pub topics: Vec<SavedTopic>,
}

/// Reads any version this code knows, migrating older ones. Returns whether it migrated.
pub fn decode(raw: &str) -> Result<(Snapshot, bool), SchemaError> {
    #[derive(Deserialize)]
    struct Version {
        version: Option<u64>,
    }
    // One pass to learn the version, then the right shape straight from the text:
    // cheaper in code size than going through serde_json::Value.
    serde_json::from_str::<serde::de::IgnoredAny>(raw).map_err(|_| SchemaError::NotJson)?;
    let Version { version } = serde_json::from_str(raw).map_err(|_| SchemaError::WrongShape)?;
    match version {
        Some(VERSION) => serde_json::from_str::<SavedV2>(raw)
            .map(|saved| (saved.into(), false))
            .map_err(|_| SchemaError::WrongShape),
        Some(1) => serde_json::from_str::<SavedV1>(raw)
            .map(|saved| (migrate_v1(saved), true))
            .map_err(|_| SchemaError::WrongShape),
        Some(newer) if newer > VERSION => Err(SchemaError::Newer(newer)),
        _ => Err(SchemaError::WrongShape),
    }
}

/// `snapshot` as the JSON text saved today (version 2).
pub fn encode(snapshot: &Snapshot) -> String {
    serde_json::to_string(&SavedV2::from(snapshot)).unwrap_or_default()
}

/// Version 1 knew only practice runs and no per-question records or attempt in progress.
pub fn migrate_v1(v1: SavedV1) -> Snapshot {
    let history = v1
        .history
        .into_iter()
        .map(|a| SavedAttempt {
            finished_at: a.finished_at,
            seed: a.seed,
            mode: SavedMode::Practice,
            score: a.score,
            pass_mark: a.pass_mark,
            topics: a.topics,
            duration_ms: 0,
        })
        .collect();
    SavedV2 {
        version: VERSION,
        best: v1.best,
        history,
        questions: BTreeMap::new(),
        current: None,
    }
    .into()
}

impl From<Score> for SavedScore {
    fn from(s: Score) -> Self {
        SavedScore {
            earned: s.earned,
            possible: s.possible,
        }
    }
}

impl From<SavedScore> for Score {
    fn from(s: SavedScore) -> Self {
        Score {
            earned: s.earned,
            possible: s.possible,
        }
    }
}

impl From<Mode> for SavedMode {
    fn from(m: Mode) -> Self {
        match m {
            Mode::Practice => SavedMode::Practice,
            Mode::Exam => SavedMode::Exam,
            Mode::Mistakes => SavedMode::Mistakes,
            Mode::Focus => SavedMode::Focus,
            Mode::Spaced => SavedMode::Spaced,
        }
    }
}

impl From<SavedMode> for Mode {
    fn from(m: SavedMode) -> Self {
        match m {
            SavedMode::Practice => Mode::Practice,
            SavedMode::Exam => Mode::Exam,
            SavedMode::Mistakes => Mode::Mistakes,
            SavedMode::Focus => Mode::Focus,
            SavedMode::Spaced => Mode::Spaced,
        }
    }
}
