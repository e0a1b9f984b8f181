//! The quiz rules as plain Rust: no leptos, no web-sys, tested on the host.

pub mod answer;
pub mod bank;
pub mod colour;
pub mod events;
pub mod mastery;
pub mod progress;
pub mod scoring;
pub mod scorm;
pub mod session;
pub mod settings;
pub mod xapi;
