//! The status element's values (1.2's `cmi.core.lesson_status`, 2004's
//! `cmi.completion_status`), as a type rather than strings compared by hand.

use super::Version;

/// What the LMS records of the lesson in its status element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// 1.2: the learner passed.
    Passed,
    /// 1.2: the learner failed.
    Failed,
    /// Finished; 2004 says passed or failed in `cmi.success_status`.
    Completed,
    /// Begun and not finished.
    Incomplete,
    /// Anything else the LMS reports: `not attempted`, `browsed`, `unknown`, or nothing.
    Other,
}

impl Status {
    /// The status as the LMS gave it.
    pub fn parse(text: &str) -> Status {
        match text {
            "passed" => Status::Passed,
            "failed" => Status::Failed,
            "completed" => Status::Completed,
            "incomplete" => Status::Incomplete,
            _ => Status::Other,
        }
    }

    /// The value written to the LMS; `Other` is never written.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Failed => "failed",
            Status::Completed => "completed",
            Status::Incomplete => "incomplete",
            Status::Other => "unknown",
        }
    }

    /// Whether it records a finished attempt, which starting another must leave be.
    pub fn finished(self) -> bool {
        matches!(self, Status::Passed | Status::Failed | Status::Completed)
    }

    /// The status a finished attempt leaves: 1.2 records the verdict in it, 2004 only
    /// that the lesson was completed.
    pub fn after_attempt(version: Version, passed: bool) -> Status {
        match (version, passed) {
            (Version::Scorm12, true) => Status::Passed,
            (Version::Scorm12, false) => Status::Failed,
            (Version::Scorm2004, _) => Status::Completed,
        }
    }
}
