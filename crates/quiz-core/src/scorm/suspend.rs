//! An unfinished attempt as `cmi.suspend_data`: short enough for SCORM 1.2's 4,096
//! characters at the longest attempt (200 questions), so questions are named by their
//! place in the bank and numbers are written in base 36.
//!
//! Form: `1~seed~mode~position~phase~elapsed~limit~items`, items joined by `,`, each
//! `bank-index/order`, then `=choices` or `+placements` once answered; an order or
//! response is one base-36 digit per option (`_` for a statement not yet placed).

use crate::bank::Bank;
use crate::mode::Mode;
use crate::scoring::Response;
use crate::session::{Attempt, AttemptItem, Phase};
use std::fmt;

/// The form's version, its first field.
const FORM: &str = "1";
const FIELD: &str = "~";
const ITEM: &str = ",";
const UNPLACED: u8 = b'_';
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Why saved resume data could not be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SuspendError {
    /// Not this form, or a newer one.
    UnknownForm,
    /// A field is missing or not what it should be.
    Malformed(&'static str),
    /// A question the bank does not have (the package was changed since).
    UnknownQuestion(usize),
}

impl fmt::Display for SuspendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SuspendError::UnknownForm => f.write_str("not resume data this version can read"),
            SuspendError::Malformed(field) => write!(f, "its {field} is unreadable"),
            SuspendError::UnknownQuestion(i) => write!(f, "question {i} is not in the bank"),
        }
    }
}

impl std::error::Error for SuspendError {}

// Everything here works on bytes, with hand-written number parsing: `from_str_radix`,
// char patterns and char pushes are shared with main-module code, and using them here
// made LLVM move copies of them into the main module.

fn base36(mut n: u64, out: &mut Vec<u8>) {
    let start = out.len();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out[start..].reverse();
}

fn digit(i: usize) -> u8 {
    DIGITS[i % 36]
}

fn value(b: u8) -> Option<u64> {
    DIGITS.iter().position(|&d| d == b).map(|v| v as u64)
}

fn number(text: &str, field: &'static str) -> Result<u64, SuspendError> {
    let parsed = text
        .bytes()
        .try_fold(0u64, |n, b| n.checked_mul(36)?.checked_add(value(b)?));
    parsed
        .filter(|_| !text.is_empty())
        .ok_or(SuspendError::Malformed(field))
}

fn digits(text: &str, field: &'static str) -> Result<Vec<Option<usize>>, SuspendError> {
    text.bytes()
        .map(|b| match b {
            UNPLACED => Ok(None),
            b => value(b)
                .map(|d| Some(d as usize))
                .ok_or(SuspendError::Malformed(field)),
        })
        .collect()
}

/// Whether `order` holds each of `0..options` exactly once.
fn permutation(order: &[usize], options: usize) -> bool {
    let mut seen = 0u64;
    for &i in order {
        if i >= options.min(64) || seen & (1 << i) != 0 {
            return false;
        }
        seen |= 1 << i;
    }
    order.len() == options
}

/// The attempt as resume data; `None` when a question is no longer in `bank`.
pub fn encode(attempt: &Attempt, bank: &Bank) -> Option<String> {
    let mut out = Vec::with_capacity(16 + attempt.items.len() * 12);
    out.extend_from_slice(FORM.as_bytes());
    for n in [attempt.seed, attempt.mode as u64, attempt.position as u64] {
        out.extend_from_slice(FIELD.as_bytes());
        base36(n, &mut out);
    }
    out.extend_from_slice(FIELD.as_bytes());
    out.push(if attempt.phase == Phase::Feedback {
        b'f'
    } else {
        b'a'
    });
    out.extend_from_slice(FIELD.as_bytes());
    base36(attempt.elapsed_ms, &mut out);
    out.extend_from_slice(FIELD.as_bytes());
    if let Some(limit) = attempt.limit_ms {
        base36(limit, &mut out);
    }
    out.extend_from_slice(FIELD.as_bytes());
    for (n, item) in attempt.items.iter().enumerate() {
        if n > 0 {
            out.extend_from_slice(ITEM.as_bytes());
        }
        let index = bank.questions.iter().position(|q| q.id == item.question)?;
        base36(index as u64, &mut out);
        out.push(b'/');
        out.extend(item.order.iter().map(|&i| digit(i)));
        match &item.response {
            None => {}
            Some(Response::Choices(picked)) => {
                out.push(b'=');
                out.extend(picked.iter().map(|&i| digit(i)));
            }
            Some(Response::Buckets(placed)) => {
                out.push(b'+');
                out.extend(placed.iter().map(|b| b.map_or(UNPLACED, digit)));
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Reads resume data back against `bank`, checking every index it names.
pub fn decode(data: &str, bank: &Bank) -> Result<Attempt, SuspendError> {
    let fields: Vec<&str> = data.split(FIELD).collect();
    if fields.first() != Some(&FORM) {
        return Err(SuspendError::UnknownForm);
    }
    let [_, seed, mode, position, phase, elapsed, limit, items] = fields[..] else {
        return Err(SuspendError::Malformed("layout"));
    };
    let mode = number(mode, "mode")
        .ok()
        .and_then(|i| Mode::NAMES.get(i as usize))
        .and_then(|name| Mode::from_name(name))
        .ok_or(SuspendError::Malformed("mode"))?;
    let phase = match phase {
        "a" => Phase::Answering,
        "f" => Phase::Feedback,
        _ => return Err(SuspendError::Malformed("phase")),
    };
    let items = items
        .split(ITEM)
        .filter(|i| !i.is_empty())
        .map(|text| item(text, bank))
        .collect::<Result<Vec<_>, _>>()?;
    let position = number(position, "position")? as usize;
    if position >= items.len() {
        return Err(SuspendError::Malformed("position"));
    }
    Ok(Attempt {
        seed: number(seed, "seed")?,
        mode,
        items,
        position,
        phase,
        elapsed_ms: number(elapsed, "elapsed time")?,
        limit_ms: match limit {
            "" => None,
            limit => Some(number(limit, "time limit")?),
        },
    })
}

fn item(text: &str, bank: &Bank) -> Result<AttemptItem, SuspendError> {
    let (index, rest) = text
        .split_once("/")
        .ok_or(SuspendError::Malformed("item"))?;
    let index = number(index, "question")? as usize;
    let question = bank
        .questions
        .get(index)
        .ok_or(SuspendError::UnknownQuestion(index))?;
    let options = question.kind.option_count();
    let (order, response) = match rest.split_once("=") {
        Some((order, picked)) => (order, Some((true, picked))),
        None => match rest.split_once("+") {
            Some((order, placed)) => (order, Some((false, placed))),
            None => (rest, None),
        },
    };
    let order: Vec<usize> = digits(order, "order")?.into_iter().flatten().collect();
    if !permutation(&order, options) {
        return Err(SuspendError::Malformed("order"));
    }
    let response = match response {
        None => None,
        Some((true, picked)) => {
            let picked: Vec<usize> = digits(picked, "response")?.into_iter().flatten().collect();
            if picked.iter().any(|&i| i >= options) {
                return Err(SuspendError::Malformed("response"));
            }
            Some(Response::Choices(picked))
        }
        Some((_, placed)) => {
            let placed = digits(placed, "response")?;
            if placed.len() != options {
                return Err(SuspendError::Malformed("response"));
            }
            Some(Response::Buckets(placed))
        }
    };
    Ok(AttemptItem {
        question: question.id.clone(),
        order,
        response,
    })
}
