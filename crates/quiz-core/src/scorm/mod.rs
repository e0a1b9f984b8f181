//! SCORM 1.2 and SCORM 2004 as plain data: the API's names, the CMI elements the quiz
//! writes, their value formats and limits, and the compact resume data. The browser side
//! (finding the API, calling it) is the `lms` module's.

pub mod report;
mod status;
pub mod suspend;
pub mod time;

pub use status::Status;

/// The two run-times an LMS may offer a package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// SCORM 1.2: `window.API`, `LMS`-prefixed methods, `cmi.core.*`.
    Scorm12,
    /// SCORM 2004 (3rd and 4th edition): `window.API_1484_11`.
    Scorm2004,
}

/// The most interactions the quiz records in one session: SCORM 2004's smallest
/// permitted maximum (250); SCORM 1.2 sets none, so the same bound serves both.
pub const MAX_INTERACTIONS: usize = 250;

/// A count the LMS gives as text, such as `cmi.interactions._count`; 0 when unreadable.
pub fn count(text: &str) -> usize {
    // Hand-written: `str::parse` here made LLVM share its parser with the main module.
    text.bytes()
        .try_fold(0usize, |n, b| {
            let digit = (b as char).to_digit(10)? as usize;
            n.checked_mul(10)?.checked_add(digit)
        })
        .unwrap_or(0)
}

/// The API's methods the quiz calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Starts the session; called once.
    Initialize,
    /// Ends the session; called once.
    Terminate,
    /// Reads an element.
    GetValue,
    /// Writes an element.
    SetValue,
    /// Asks the LMS to store what was written.
    Commit,
    /// The code of the last call's error, `0` for none.
    GetLastError,
    /// The text of an error code.
    GetErrorString,
}

/// The CMI elements the quiz reads or writes, apart from interactions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// `resume` when the learner comes back to a suspended attempt.
    Entry,
    /// Where the quiz keeps an unfinished attempt.
    SuspendData,
    /// How the learner left: `suspend` keeps the attempt for the next launch.
    Exit,
    /// The score as a percent.
    ScoreRaw,
    /// The lowest score possible, 0.
    ScoreMin,
    /// The highest score possible, 100.
    ScoreMax,
    /// The score from 0 to 1; SCORM 2004 only.
    ScoreScaled,
    /// 1.2: the lesson status; 2004: the completion status.
    Status,
    /// Passed or failed; SCORM 2004 only (1.2 says it in the lesson status).
    Success,
    /// How long this session lasted.
    SessionTime,
}

impl Version {
    /// The version a launch URL's `scorm` parameter names, if any.
    pub fn from_parameter(value: &str) -> Option<Version> {
        match value {
            "1.2" | "12" => Some(Version::Scorm12),
            "2004" => Some(Version::Scorm2004),
            _ => None,
        }
    }

    /// The name of the API object an LMS puts on one of the SCO's ancestor windows.
    pub fn api_name(self) -> &'static str {
        match self {
            Version::Scorm12 => "API",
            Version::Scorm2004 => "API_1484_11",
        }
    }

    /// A method's name on this version's API object.
    pub fn method(self, method: Method) -> &'static str {
        let (v12, v2004) = match method {
            Method::Initialize => ("LMSInitialize", "Initialize"),
            Method::Terminate => ("LMSFinish", "Terminate"),
            Method::GetValue => ("LMSGetValue", "GetValue"),
            Method::SetValue => ("LMSSetValue", "SetValue"),
            Method::Commit => ("LMSCommit", "Commit"),
            Method::GetLastError => ("LMSGetLastError", "GetLastError"),
            Method::GetErrorString => ("LMSGetErrorString", "GetErrorString"),
        };
        self.pick(v12, v2004)
    }

    /// An element's name in this version, or `None` where the version has no such element.
    pub fn element(self, element: Element) -> Option<&'static str> {
        let (v12, v2004) = match element {
            Element::Entry => ("cmi.core.entry", "cmi.entry"),
            Element::SuspendData => ("cmi.suspend_data", "cmi.suspend_data"),
            Element::Exit => ("cmi.core.exit", "cmi.exit"),
            Element::ScoreRaw => ("cmi.core.score.raw", "cmi.score.raw"),
            Element::ScoreMin => ("cmi.core.score.min", "cmi.score.min"),
            Element::ScoreMax => ("cmi.core.score.max", "cmi.score.max"),
            Element::ScoreScaled => ("", "cmi.score.scaled"),
            Element::Status => ("cmi.core.lesson_status", "cmi.completion_status"),
            Element::Success => ("", "cmi.success_status"),
            Element::SessionTime => ("cmi.core.session_time", "cmi.session_time"),
        };
        Some(self.pick(v12, v2004)).filter(|name| !name.is_empty())
    }

    /// The longest `cmi.suspend_data` every LMS of this version must keep: 4,096
    /// characters in 1.2; 4,000 in 2004 3rd edition (64,000 in 4th).
    pub fn suspend_limit(self) -> usize {
        self.pick(4096, 4000)
    }

    /// The longest interaction id: 1.2's CMIIdentifier (255); 2004's long identifier
    /// allows 4,000, but the same 255 keeps ids alike in both.
    pub fn id_limit(self) -> usize {
        255
    }

    fn pick<T>(self, v12: T, v2004: T) -> T {
        match self {
            Version::Scorm12 => v12,
            Version::Scorm2004 => v2004,
        }
    }
}
