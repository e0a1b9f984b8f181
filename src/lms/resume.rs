//! The LMS side of saving: resume data kept with the LMS and read back at launch, the
//! commit after each answer, and the session's end when the page goes away.

use super::{write, REPORTER};
use crate::browser;
use crate::storage::{self, Keys, Loaded, StorageError};
use leptos::logging::warn;
use quiz_core::bank::Bank;
use quiz_core::progress::{Progress, Snapshot};
use quiz_core::scorm::{report, suspend};
use quiz_core::session::{Attempt, Phase};

/// Reads saved progress; an attempt the LMS kept for this learner takes the place of
/// the device's, so the learner resumes even where localStorage is empty.
pub fn load(keys: &Keys, bank: &Bank) -> Loaded {
    let mut loaded = storage::load(keys);
    let kept = REPORTER.with_borrow_mut(|r| r.lms.as_mut().and_then(|s| s.resume.take()));
    if let Some(data) = kept {
        match suspend::decode(&data, bank) {
            Ok(attempt) => {
                let local_ahead = loaded.snapshot.current.as_ref().is_some_and(|local| {
                    local.seed == attempt.seed && answered(local) > answered(&attempt)
                });
                if !local_ahead {
                    loaded.snapshot.current = Some(attempt);
                }
            }
            Err(e) => warn!("LMS resume data ignored: {e}; the quiz starts afresh"),
        }
    }
    loaded
}

fn answered(attempt: &Attempt) -> usize {
    attempt
        .items
        .iter()
        .filter(|i| i.response.is_some())
        .count()
}

/// Saves on the device, then keeps the unfinished attempt (or none) with the LMS and
/// commits when an answer or result is waiting.
pub fn save(
    keys: &Keys,
    snapshot: &Snapshot,
    bank: &Bank,
) -> Result<Option<Progress>, StorageError> {
    let saved = storage::save(keys, snapshot);
    REPORTER.with_borrow_mut(|r| {
        let Some(session) = r.lms.as_mut().filter(|s| !s.ended) else {
            return;
        };
        let v = session.api.version;
        let data = snapshot
            .current
            .as_ref()
            .filter(|a| a.phase != Phase::Finished)
            .and_then(|a| suspend::encode(a, bank));
        if data.as_ref().is_some_and(|d| d.len() > v.suspend_limit()) {
            warn!("LMS resume data too long to keep; the attempt is kept on this device");
        } else if session.written.as_ref() != Some(&data) {
            write(session, report::suspended(v, data.as_deref()));
            session.written = Some(data);
        }
        if std::mem::take(&mut session.commit_due) {
            session.api.commit();
        }
    });
    saved
}

/// Ends the LMS session when the page goes away: session time, a last commit, and the
/// one Terminate. Registered after the quiz's own save on `pagehide`, so that runs first.
pub fn end_on_pagehide() {
    let _ = leptos::prelude::window_event_listener(leptos::ev::pagehide, |_| {
        REPORTER.with_borrow_mut(|r| {
            let Some(session) = r.lms.as_mut().filter(|s| !s.ended) else {
                return;
            };
            session.ended = true;
            let v = session.api.version;
            let took = browser::now_ms().saturating_sub(session.started_ms);
            write(session, report::leaving(v, took));
            session.api.commit();
            session.api.terminate();
        });
    });
}
