//! What the widget tells its host page, and to whom. Events carry scores and question
//! ids only, never anything about the learner.

use super::scoring::Score;
use super::settings::Mode;
use serde_json::{json, Value};

pub const PROTOCOL: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    Ready {
        quiz: String,
        questions: usize,
        mode: Mode,
    },
    Resize {
        height: u32,
    },
    AttemptStarted {
        mode: Mode,
        questions: usize,
    },
    QuestionAnswered {
        question: String,
        topic: String,
        correct: bool,
        position: usize,
        total: usize,
    },
    AttemptCompleted {
        score: Score,
        pass_mark: u32,
        topics: Vec<(String, Score)>,
        duration_ms: u64,
    },
}

fn mode_name(mode: Mode) -> &'static str {
    mode.name()
}

/// Points as a number, e.g. 7.5; milli-points stay integers until here.
fn points(score: Score) -> f64 {
    f64::from(score.earned) / 1000.0
}

impl HostEvent {
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready { .. } => "ready",
            HostEvent::Resize { .. } => "resize",
            HostEvent::AttemptStarted { .. } => "attempt-started",
            HostEvent::QuestionAnswered { .. } => "question-answered",
            HostEvent::AttemptCompleted { .. } => "attempt-completed",
        }
    }

    pub fn to_json(&self) -> Value {
        let mut message = match self {
            HostEvent::Ready {
                quiz,
                questions,
                mode,
            } => {
                json!({ "quiz": quiz, "questions": questions, "mode": mode_name(*mode) })
            }
            HostEvent::Resize { height } => json!({ "height": height }),
            HostEvent::AttemptStarted { mode, questions } => {
                json!({ "mode": mode_name(*mode), "questions": questions })
            }
            HostEvent::QuestionAnswered {
                question,
                topic,
                correct,
                position,
                total,
            } => json!({
                "question": question, "topic": topic, "correct": correct,
                "position": position, "total": total,
            }),
            HostEvent::AttemptCompleted {
                score,
                pass_mark,
                topics,
                duration_ms,
            } => json!({
                "score": points(*score),
                "possible": score.possible,
                "percent": score.percent(),
                "passed": score.passes(*pass_mark),
                "passMark": pass_mark,
                "topics": topics.iter().map(|(topic, s)| json!({
                    "topic": topic, "score": points(*s), "possible": s.possible, "percent": s.percent(),
                })).collect::<Vec<_>>(),
                "durationMs": duration_ms,
            }),
        };
        message["type"] = json!("pmo-quiz");
        message["version"] = json!(PROTOCOL);
        message["event"] = json!(self.name());
        message
    }

    /// The `targetOrigin`s to post to: every allowed origin, never `*` when any is
    /// configured. With no allow-list only `resize` goes out, since it says nothing.
    pub fn targets(&self, allowed: &[String]) -> Vec<String> {
        match (allowed.is_empty(), self) {
            (false, _) => allowed.to_vec(),
            (true, HostEvent::Resize { .. }) => vec!["*".to_string()],
            (true, _) => Vec::new(),
        }
    }
}
