//! `quiz-bank`: a native tool for bank authors. It checks a bank with the quiz's own
//! reader, imports Moodle's GIFT and Aiken files, and exports a bank as GIFT.
//! It never enters the wasm: on wasm32 every module is compiled out and `main` is empty,
//! so `cargo clippy --target wasm32-unknown-unknown --all-targets` still builds it.

#[cfg(not(target_arch = "wasm32"))]
mod aiken;
#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod assemble;
#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
mod gift;
#[cfg(not(target_arch = "wasm32"))]
mod import;
#[cfg(not(target_arch = "wasm32"))]
mod json;
#[cfg(not(target_arch = "wasm32"))]
mod run;
#[cfg(not(target_arch = "wasm32"))]
mod text;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::ExitCode::from(run::run(&args))
}

/// The tool is native only; this stub keeps the wasm target's build of all targets whole.
#[cfg(target_arch = "wasm32")]
fn main() {}
