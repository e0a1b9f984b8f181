//! The saved form (serde), kept apart from the domain types and converted with `From`.
//! Version 2 is written; version 1 is read and migrated.

use crate::domain::progress::Snapshot;
use crate::domain::scoring::Score;
use crate::domain::settings::Mode;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const VERSION: u64 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemaError {
    NotJson,
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

#[derive(Serialize, Deserialize, Clone, Copy)]
pub struct SavedScore {
    pub earned: u32,
    pub possible: u32,
}

#[derive(Serialize, Deserialize)]
pub struct SavedTopic {
    pub topic: String,
    pub score: SavedScore,
}

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SavedMode {
    Practice,
    Exam,
    Mistakes,
    Focus,
    Spaced,
}

#[derive(Serialize, Deserialize)]
pub struct SavedAttempt {
    pub finished_at: u64,
    pub seed: u64,
    pub mode: SavedMode,
    pub score: SavedScore,
    pub pass_mark: u32,
    pub topics: Vec<SavedTopic>,
    pub duration_ms: u64,
}

#[derive(Serialize, Deserialize)]
pub struct SavedQuestion {
    pub answered: u32,
    pub right: u32,
    pub streak: u32,
    pub missed: bool,
    pub recent: Vec<u32>,
    #[serde(rename = "box")]
    pub leitner_box: u8,
    pub due_day: i64,
    pub last_answered: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavedResponse {
    Choices(Vec<usize>),
    Buckets(Vec<Option<usize>>),
}

#[derive(Serialize, Deserialize)]
pub struct SavedItem {
    pub question: String,
    pub order: Vec<usize>,
    pub response: Option<SavedResponse>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavedPhase {
    Answering,
    Feedback,
}

#[derive(Serialize, Deserialize)]
pub struct SavedCurrent {
    pub seed: u64,
    pub mode: SavedMode,
    pub position: usize,
    pub phase: SavedPhase,
    pub elapsed_ms: u64,
    pub limit_ms: Option<u64>,
    pub items: Vec<SavedItem>,
}

/// Version 2: the form written today.
#[derive(Serialize, Deserialize)]
pub struct SavedV2 {
    pub version: u64,
    pub best: Option<SavedScore>,
    pub history: Vec<SavedAttempt>,
    pub questions: BTreeMap<String, SavedQuestion>,
    pub current: Option<SavedCurrent>,
}

/// Version 1, as the first release wrote it under `pmo-leader-quiz/progress`.
#[derive(Deserialize)]
pub struct SavedV1 {
    pub best: Option<SavedScore>,
    pub history: Vec<SavedAttemptV1>,
}

#[derive(Deserialize)]
pub struct SavedAttemptV1 {
    pub finished_at: u64,
    pub seed: u64,
    pub score: SavedScore,
    pub pass_mark: u32,
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
