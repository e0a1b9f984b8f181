//! `quiz-bank`: a native tool for bank authors. It checks a bank with the quiz's own
//! reader, imports Moodle's GIFT and Aiken files, and exports a bank as GIFT. The formats
//! live in `quiz_core::formats`; this crate is the thin layer around them: arguments,
//! files, printing and exit codes.

mod args;
mod check;
mod files;
mod run;
mod usage;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(run::run(std::env::args_os().skip(1)))
}
