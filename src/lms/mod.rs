//! Reporting to a learning management system and xAPI statements: the sinks the core
//! installs beside the host page and localStorage (`Services`). With an LMS's SCORM API
//! found, each answer becomes an interaction, each finished attempt a score and status,
//! and an unfinished attempt is kept in `cmi.suspend_data`; with none, nothing changes.
//! Lives only in the core chunk: nothing in the main module refers to it.

mod api;
mod resume;

pub use resume::{end_on_pagehide, load, save};

use crate::browser;
use api::Api;
use leptos::logging::warn;
use quiz_core::events::HostEvent;
use quiz_core::scorm::{self, report, Element, Status, Version};
use quiz_core::xapi::{self, Activity};
use std::cell::RefCell;

/// The LMS session, once initialised.
struct Session {
    api: Api,
    started_ms: u64,
    /// The next interaction's index: the LMS's count at launch, plus this session's.
    interactions: usize,
    /// The status at launch, so a new attempt never undoes an earlier pass.
    status: Status,
    /// What launch found to resume from.
    resume: Option<String>,
    /// The suspend data last written, so an unchanged attempt is not written again.
    written: Option<Option<String>>,
    /// An answer or a result waits for the next commit.
    commit_due: bool,
    ended: bool,
}

#[derive(Default)]
struct Reporter {
    lms: Option<Session>,
    /// Set when `xapi=on`; the title and language arrive with the `ready` event.
    xapi: Option<Activity>,
    /// When the last question was answered or the attempt began, for durations.
    last_mark_ms: u64,
}

thread_local! {
    static REPORTER: RefCell<Reporter> = RefCell::new(Reporter::default());
}

/// The quiz's address without query or fragment: its xAPI activity id.
fn activity_iri() -> String {
    // Read through Reflect, which the main module already imports, not Location::href.
    let location = leptos::prelude::window().location();
    let href = api::property(&location, "href").and_then(|h| h.as_string());
    let mut href = href.unwrap_or_default();
    if let Some(end) = href.bytes().position(|b| b == b'?' || b == b'#') {
        href.truncate(end);
    }
    href
}

fn write(session: &Session, writes: report::Writes) {
    for (element, value) in writes {
        session.api.set(&element, &value);
    }
}

/// Finds the LMS (the `scorm` setting narrows the search to one version) and starts its
/// session, and turns statements on when `xapi` asks. Called once, as the core arrives.
pub fn connect(scorm: Option<Version>, xapi_on: bool) {
    let versions = match scorm {
        Some(version) => vec![version],
        None => vec![Version::Scorm2004, Version::Scorm12],
    };
    let now = browser::now_ms();
    let lms = api::discover(&versions).and_then(|api| {
        if !api.initialize() {
            warn!("LMS did not start a session; the quiz saves on this device only");
            return None;
        }
        let v = api.version;
        let name = |e| v.element(e).unwrap_or_default();
        let entry = api.get(name(Element::Entry));
        let data = api.get(name(Element::SuspendData));
        let resume = (entry != "ab-initio" && !data.is_empty()).then_some(data);
        Some(Session {
            interactions: scorm::count(&api.get("cmi.interactions._count")),
            status: Status::parse(&api.get(name(Element::Status))),
            api,
            started_ms: now,
            resume,
            written: None,
            commit_due: false,
            ended: false,
        })
    });
    REPORTER.with_borrow_mut(|r| {
        r.lms = lms;
        r.xapi = xapi_on.then(|| Activity {
            iri: activity_iri(),
            ..Activity::default()
        });
        r.last_mark_ms = now;
    });
}

/// Tells the host page (with an xAPI statement when `xapi=on`) and the LMS.
pub fn emit(event: &HostEvent, origins: &[String]) {
    let now = browser::now_ms();
    let message = REPORTER.with_borrow_mut(|r| {
        let mut message = event.to_json();
        if let (Some(activity), HostEvent::Ready { title, lang, .. }) = (&mut r.xapi, event) {
            activity.title = title.clone();
            activity.lang = lang.clone();
        }
        if let Some(activity) = &r.xapi {
            let took = now.saturating_sub(r.last_mark_ms);
            if let Some(statement) = xapi::statement(event, activity, took) {
                message["statement"] = statement;
            }
        }
        if matches!(
            event,
            HostEvent::AttemptStarted { .. } | HostEvent::QuestionAnswered { .. }
        ) {
            r.last_mark_ms = now;
        }
        if let Some(session) = r.lms.as_mut().filter(|s| !s.ended) {
            record(session, event, now);
        }
        message
    });
    crate::embed::send_message(&message, event, origins);
}

fn record(session: &mut Session, event: &HostEvent, now: u64) {
    let v = session.api.version;
    match event {
        HostEvent::AttemptStarted { .. } => write(session, report::started(v, session.status)),
        HostEvent::QuestionAnswered { answer, .. } => {
            write(
                session,
                report::answered(v, session.interactions, answer, now),
            );
            session.interactions += 1;
            session.commit_due = true;
        }
        HostEvent::AttemptCompleted {
            score, pass_mark, ..
        } => {
            write(session, report::completed(v, *score, *pass_mark));
            // The status element now says finished, so a later attempt leaves it be.
            session.status = Status::after_attempt(v, score.passes(*pass_mark));
            session.commit_due = true;
        }
        _ => {}
    }
}
