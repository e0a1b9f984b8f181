//! What the quiz writes to the LMS at each step, as (element, value) pairs in the order
//! they must be set: an interaction's id and type come before its responses.

use super::{time, Element, Status, Version, MAX_INTERACTIONS};
use crate::answer::{pattern, Answer};
use crate::scoring::{Score, FULL};

/// Element names and values, to be written in order.
pub type Writes = Vec<(String, String)>;

fn put(version: Version, element: Element, value: &str, out: &mut Writes) {
    if let Some(name) = version.element(element) {
        out.push((name.to_string(), value.to_string()));
    }
}

/// An attempt began: the status becomes `incomplete` unless an earlier one finished.
pub fn started(version: Version, status_now: Status) -> Writes {
    let mut out = Writes::new();
    if !status_now.finished() {
        put(
            version,
            Element::Status,
            Status::Incomplete.as_str(),
            &mut out,
        );
    }
    out
}

/// The question id as an identifier both versions accept: no spaces, at most 255 long.
pub fn interaction_id(version: Version, id: &str) -> String {
    let bytes = id.bytes().take(version.id_limit()).map(|b| {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            b
        } else {
            b'_'
        }
    });
    String::from_utf8(bytes.collect()).unwrap_or_default()
}

/// The `n`th interaction (from 0) of the session: nothing past `MAX_INTERACTIONS`.
pub fn answered(version: Version, n: usize, answer: &Answer, epoch_ms: u64) -> Writes {
    if n >= MAX_INTERACTIONS {
        return Writes::new();
    }
    let (truth, pair, list, response, wrong, when) = match version {
        Version::Scorm12 => (["t", "f"], ".", ",", "student_response", "wrong", "time"),
        Version::Scorm2004 => (
            ["true", "false"],
            "[.]",
            "[,]",
            "learner_response",
            "incorrect",
            "timestamp",
        ),
    };
    let result = if answer.correct() { "correct" } else { wrong };
    let prefix = format!("cmi.interactions.{n}.");
    [
        ("id", interaction_id(version, &answer.question.id)),
        ("type", answer.interaction_type().name().to_string()),
        (
            "correct_responses.0.pattern",
            pattern(&answer.expected(), truth, pair, list),
        ),
        (response, pattern(&answer.learner(), truth, pair, list)),
        ("result", result.to_string()),
        (when, time::moment(version, epoch_ms)),
    ]
    .into_iter()
    .map(|(field, value)| (format!("{prefix}{field}"), value))
    .collect()
}

/// The percent in hundredths, rounded down (`8333` for 83.33 %), in integers so that
/// no float noise reaches the LMS.
pub fn hundredths(score: Score) -> u64 {
    if score.possible == 0 {
        return 0;
    }
    u64::from(score.earned) * 10_000 / (u64::from(score.possible) * u64::from(FULL))
}

/// `n` divided by `10^places`, written without trailing zeros: `8333, 2` → `83.33`.
fn decimal(n: u64, places: u32) -> String {
    let unit = 10u64.pow(places);
    let fraction = format!("{:0width$}", n % unit, width = places as usize);
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        (n / unit).to_string()
    } else {
        format!("{}.{fraction}", n / unit)
    }
}

/// An attempt finished: its score as a percent of 0 to 100, and passed or failed.
pub fn completed(version: Version, score: Score, pass_mark: u32) -> Writes {
    let mut out = Writes::new();
    let raw = hundredths(score);
    let passed = score.passes(pass_mark);
    let verdict = if passed { "passed" } else { "failed" };
    put(version, Element::ScoreMin, "0", &mut out);
    put(version, Element::ScoreMax, "100", &mut out);
    put(version, Element::ScoreRaw, &decimal(raw, 2), &mut out);
    put(version, Element::ScoreScaled, &decimal(raw, 4), &mut out);
    let status = Status::after_attempt(version, passed);
    put(version, Element::Status, status.as_str(), &mut out);
    // 2004 says passed or failed in an element of its own; 1.2 has none.
    put(version, Element::Success, verdict, &mut out);
    out
}

/// Where the attempt stands: `data` kept with `exit` set to `suspend`, or, with none
/// left unfinished, both cleared so the next launch starts afresh.
pub fn suspended(version: Version, data: Option<&str>) -> Writes {
    let mut out = Writes::new();
    let normal = match version {
        Version::Scorm12 => "",
        Version::Scorm2004 => "normal",
    };
    put(version, Element::SuspendData, data.unwrap_or(""), &mut out);
    let exit = if data.is_some() { "suspend" } else { normal };
    put(version, Element::Exit, exit, &mut out);
    out
}

/// The session's length, written just before the session ends.
pub fn leaving(version: Version, session_ms: u64) -> Writes {
    let mut out = Writes::new();
    let value = time::session_time(version, session_ms);
    put(version, Element::SessionTime, &value, &mut out);
    out
}
