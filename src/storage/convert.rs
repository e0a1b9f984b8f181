//! `From` between the saved form and the domain types, in both directions.

use super::schema::*;
use quiz_core::mastery::QuestionRecord;
use quiz_core::progress::{FinishedAttempt, Progress, Snapshot};
use quiz_core::scoring::Response;
use quiz_core::session::{Attempt, AttemptItem, Phase};

impl From<&FinishedAttempt> for SavedAttempt {
    fn from(a: &FinishedAttempt) -> Self {
        SavedAttempt {
            finished_at: a.finished_at,
            seed: a.seed,
            mode: a.mode.into(),
            score: a.score.into(),
            pass_mark: a.pass_mark,
            topics: a
                .topics
                .iter()
                .map(|(topic, score)| SavedTopic {
                    topic: topic.clone(),
                    score: (*score).into(),
                })
                .collect(),
            duration_ms: a.duration_ms,
        }
    }
}

impl From<SavedAttempt> for FinishedAttempt {
    fn from(a: SavedAttempt) -> Self {
        FinishedAttempt {
            finished_at: a.finished_at,
            seed: a.seed,
            mode: a.mode.into(),
            score: a.score.into(),
            pass_mark: a.pass_mark,
            topics: a
                .topics
                .into_iter()
                .map(|t| (t.topic, t.score.into()))
                .collect(),
            duration_ms: a.duration_ms,
        }
    }
}

impl From<&QuestionRecord> for SavedQuestion {
    fn from(r: &QuestionRecord) -> Self {
        SavedQuestion {
            answered: r.answered,
            right: r.right,
            streak: r.streak,
            missed: r.missed,
            recent: r.recent.clone(),
            leitner_box: r.leitner_box,
            due_day: r.due_day,
            last_answered: r.last_answered,
        }
    }
}

impl From<SavedQuestion> for QuestionRecord {
    fn from(s: SavedQuestion) -> Self {
        QuestionRecord {
            answered: s.answered,
            right: s.right,
            streak: s.streak,
            missed: s.missed,
            recent: s.recent,
            leitner_box: s.leitner_box.clamp(1, quiz_core::mastery::BOXES),
            due_day: s.due_day,
            last_answered: s.last_answered,
        }
    }
}

impl From<&Response> for SavedResponse {
    fn from(r: &Response) -> Self {
        match r {
            Response::Choices(c) => SavedResponse::Choices(c.clone()),
            Response::Buckets(b) => SavedResponse::Buckets(b.clone()),
        }
    }
}

impl From<SavedResponse> for Response {
    fn from(r: SavedResponse) -> Self {
        match r {
            SavedResponse::Choices(c) => Response::Choices(c),
            SavedResponse::Buckets(b) => Response::Buckets(b),
        }
    }
}

impl From<&Attempt> for SavedCurrent {
    fn from(a: &Attempt) -> Self {
        SavedCurrent {
            seed: a.seed,
            mode: a.mode.into(),
            position: a.position,
            phase: if a.phase == Phase::Feedback {
                SavedPhase::Feedback
            } else {
                SavedPhase::Answering
            },
            elapsed_ms: a.elapsed_ms,
            limit_ms: a.limit_ms,
            items: a
                .items
                .iter()
                .map(|i| SavedItem {
                    question: i.question.clone(),
                    order: i.order.clone(),
                    response: i.response.as_ref().map(Into::into),
                })
                .collect(),
        }
    }
}

impl From<SavedCurrent> for Attempt {
    fn from(c: SavedCurrent) -> Self {
        Attempt {
            seed: c.seed,
            mode: c.mode.into(),
            position: c.position,
            phase: match c.phase {
                SavedPhase::Answering => Phase::Answering,
                SavedPhase::Feedback => Phase::Feedback,
            },
            elapsed_ms: c.elapsed_ms,
            limit_ms: c.limit_ms,
            items: c
                .items
                .into_iter()
                .map(|i| AttemptItem {
                    question: i.question,
                    order: i.order,
                    response: i.response.map(Into::into),
                })
                .collect(),
        }
    }
}

impl From<&Snapshot> for SavedV2 {
    fn from(s: &Snapshot) -> Self {
        let p = &s.progress;
        SavedV2 {
            version: VERSION,
            best: p.best.map(Into::into),
            history: p.history.iter().map(Into::into).collect(),
            questions: p
                .questions
                .iter()
                .map(|(id, r)| (id.clone(), r.into()))
                .collect(),
            current: s
                .current
                .as_ref()
                .filter(|a| a.phase != Phase::Finished)
                .map(Into::into),
        }
    }
}

impl From<SavedV2> for Snapshot {
    fn from(s: SavedV2) -> Self {
        Snapshot {
            progress: Progress {
                best: s.best.map(Into::into),
                history: s.history.into_iter().map(Into::into).collect(),
                questions: s
                    .questions
                    .into_iter()
                    .map(|(id, q)| (id, q.into()))
                    .collect(),
            },
            current: s.current.map(Into::into),
        }
    }
}
