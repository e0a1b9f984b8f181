//! Export and import of a learner's progress as a JSON file they own.

use super::schema::{decode, SavedV2, SchemaError};
use quiz_core::progress::{Progress, Snapshot};
use serde::{Deserialize, Serialize};

const APP: &str = "pmo-leader-quiz";

#[derive(Serialize)]
struct ExportOut<'a> {
    app: &'a str,
    quiz: &'a str,
    exported_at: u64,
    data: SavedV2,
}

#[derive(Deserialize)]
struct ExportIn<'a> {
    app: String,
    quiz: String,
    #[serde(borrow)]
    data: &'a serde_json::value::RawValue,
}

/// Why an export file could not be imported; each has its own message for the learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is not JSON.
    NotJson,
    /// JSON, but not a progress export from this app.
    NotAnExport,
    /// An export for the quiz with this id, not this one.
    OtherQuiz(String),
    /// An export from a newer version, which this code cannot read.
    Newer,
    /// An export whose progress data does not decode.
    Damaged,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NotJson => f.write_str("the file is not JSON"),
            ImportError::NotAnExport => f.write_str("the file is not a progress export"),
            ImportError::OtherQuiz(quiz) => write!(f, "the file is for another quiz ({quiz})"),
            ImportError::Newer => f.write_str("the file comes from a newer version of the quiz"),
            ImportError::Damaged => f.write_str("the file's progress data is damaged"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Everything kept for `quiz`, as a file the learner can keep or move.
pub fn export_json(quiz: &str, progress: &Progress, now: u64) -> String {
    let snapshot = Snapshot {
        progress: progress.clone(),
        current: None,
    };
    let out = ExportOut {
        app: APP,
        quiz,
        exported_at: now,
        data: SavedV2::from(&snapshot),
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads an exported file for `quiz`; older export versions are migrated.
pub fn import_json(quiz: &str, text: &str) -> Result<Progress, ImportError> {
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| ImportError::NotJson)?;
    let export: ExportIn = serde_json::from_str(text).map_err(|_| ImportError::NotAnExport)?;
    if export.app != APP {
        return Err(ImportError::NotAnExport);
    }
    if export.quiz != quiz {
        return Err(ImportError::OtherQuiz(export.quiz));
    }
    match decode(export.data.get()) {
        Ok((snapshot, _)) => Ok(snapshot.progress),
        Err(SchemaError::Newer(_)) => Err(ImportError::Newer),
        Err(_) => Err(ImportError::Damaged),
    }
}
