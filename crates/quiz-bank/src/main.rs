//! `quiz-bank`: a native tool for bank authors. It checks a bank with the quiz's own
//! reader, imports Moodle's GIFT and Aiken files, exports a bank as GIFT, and packages
//! the quiz with a bank for LMSs (SCORM 1.2 and 2004, cmi5) and the web. The formats
//! live in `quiz_core::formats`; this crate is the thin layer around them: arguments,
//! files, printing and exit codes.

mod args;
mod check;
mod files;
mod package;
mod run;
mod usage;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(run::run(std::env::args_os().skip(1)))
}
