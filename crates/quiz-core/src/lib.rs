//! The quiz rules, the bank model and the LMS encodings as plain Rust: no leptos, no
//! web-sys, no wasm-bindgen. It builds for the host and for wasm32; the app, the
//! `quiz-bank` tool and (later) the studio depend on it, never the reverse.

#![warn(missing_docs)]

pub mod answer;
pub mod bank;
pub mod check;
pub mod colour;
pub mod draft;
pub mod events;
pub mod formats;
pub mod lang;
pub mod markup;
pub mod mastery;
pub mod mode;
#[cfg(feature = "package")]
pub mod package;
pub mod progress;
pub mod scoring;
pub mod scorm;
pub mod session;
pub mod settings;
pub mod strings;
pub mod xapi;
