//! What the widget tells its host page, and to whom. Events carry scores and question
//! ids only, never anything about the learner.

use super::answer::Answer;
use super::mode::Mode;
use super::scoring::Score;
use serde_json::{json, Value};

/// The `type` of every message between the widget and its host; embed.js spells it too.
pub const MESSAGE_TYPE: &str = "pmo-quiz";
/// The version of the event messages, sent as `version` so hosts can tell formats apart.
pub const PROTOCOL: u32 = 1;

/// One message to the host page, posted to its window as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// The quiz has loaded its bank and can be used.
    Ready {
        /// The bank's id.
        quiz: String,
        /// How many questions an attempt under the embed's settings will ask.
        questions: usize,
        /// The mode the embed's settings start attempts in.
        mode: Mode,
        /// The bank's title; for xAPI statements, not posted itself.
        title: String,
        /// The bank's language tag; for xAPI statements, not posted itself.
        lang: String,
    },
    /// The widget's content changed height, so the host can size its iframe.
    Resize {
        /// The height the content needs, in CSS pixels.
        height: u32,
    },
    /// The learner began an attempt.
    AttemptStarted {
        /// The attempt's mode.
        mode: Mode,
        /// How many questions the attempt asks.
        questions: usize,
    },
    /// The learner's answer to a question was marked.
    QuestionAnswered {
        /// The question's id.
        question: String,
        /// The id of the question's topic.
        topic: String,
        /// True only for a full mark; a partly right sorting question is false.
        correct: bool,
        /// The question's place in the attempt, counted from 1.
        position: usize,
        /// How many questions the attempt asks.
        total: usize,
        /// The question and response, for LMS interactions and xAPI; not posted itself.
        answer: Box<Answer>,
    },
    /// The learner finished an attempt, or an exam's time ran out.
    AttemptCompleted {
        /// The overall score; sent as points, possible and percent.
        score: Score,
        /// The pass mark the attempt was judged against, in percent.
        pass_mark: u32,
        /// Each topic's id and score, in bank order.
        topics: Vec<(String, Score)>,
        /// Time spent with the quiz in view, in milliseconds.
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
    /// The `event` field's value, such as `attempt-completed`.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready { .. } => "ready",
            HostEvent::Resize { .. } => "resize",
            HostEvent::AttemptStarted { .. } => "attempt-started",
            HostEvent::QuestionAnswered { .. } => "question-answered",
            HostEvent::AttemptCompleted { .. } => "attempt-completed",
        }
    }

    /// The message as posted: its fields plus `type`, `version` and `event`.
    pub fn to_json(&self) -> Value {
        let mut message = match self {
            HostEvent::Ready {
                quiz,
                questions,
                mode,
                ..
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
                ..
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
        message["type"] = json!(MESSAGE_TYPE);
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
