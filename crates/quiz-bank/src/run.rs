//! Runs one command: reads the file, prints the result on stdout and every problem on
//! stderr as `FILE:LINE: message`, and picks the exit status (0 well, 1 problems, 2 nothing usable).
//! File names are printed lossily: bytes that are not UTF-8 show as `�`.

use crate::args::{self, Command};
use crate::files::Files;
use crate::usage::USAGE;
use quiz_core::bank::parse;
use quiz_core::formats::gift;
use quiz_core::formats::import::{import_with, Format, Options, Report};
use std::ffi::OsString;
use std::path::Path;

/// All went well.
const OK: u8 = 0;
/// Problems were found and printed; for import, the bank holds everything else.
const PROBLEMS: u8 = 1;
/// Bad usage, an unreadable file, or nothing to write.
const UNUSABLE: u8 = 2;

/// Runs the command in `args` (the arguments after the program name); returns the exit status.
pub fn run(args: impl IntoIterator<Item = OsString>) -> u8 {
    let command = match args::parse(args) {
        Ok(command) => command,
        Err(e) => {
            eprintln!("quiz-bank: {e}\n{USAGE}");
            return UNUSABLE;
        }
    };
    match command {
        Command::Help => {
            println!("{USAGE}");
            OK
        }
        Command::Version => {
            println!("quiz-bank {}", env!("CARGO_PKG_VERSION"));
            OK
        }
        Command::StringsTemplate => {
            print!("{}", quiz_core::strings::template());
            OK
        }
        Command::Check(files) => files.iter().map(|f| check(f)).max().unwrap_or(OK),
        Command::Export { file } => export(&file),
        Command::Package(args) => match crate::package::run(&args) {
            Ok(()) => OK,
            Err(crate::package::Failed::Problems) => PROBLEMS,
            Err(crate::package::Failed::Unusable) => UNUSABLE,
        },
        Command::Import {
            format,
            file,
            options,
            media,
            output,
        } => {
            let files = Files::new(&file, media.as_deref(), output.as_deref());
            import_file(format, &file, &options, &files, output.as_deref())
        }
    }
}

/// The file's text, or `None` once the reason it cannot be read is printed.
fn read(file: &Path) -> Option<String> {
    std::fs::read_to_string(file)
        .map_err(|e| eprintln!("{}: cannot read: {e}", file.display()))
        .ok()
}

fn check(file: &Path) -> u8 {
    let Some(json) = read(file) else {
        return UNUSABLE;
    };
    let checked = crate::check::check_file(file, &json);
    for line in &checked.lines {
        eprintln!("{line}");
    }
    if checked.errors == 0 {
        println!("{}", checked.summary);
        OK
    } else {
        eprintln!("{}", checked.summary);
        PROBLEMS
    }
}

fn export(file: &Path) -> u8 {
    let Some(json) = read(file) else {
        return UNUSABLE;
    };
    match parse(&json) {
        Ok(bank) => {
            print!("{}", gift::export(&bank));
            let pictures = bank.questions.iter().flat_map(|q| q.images()).count();
            if pictures > 0 {
                eprintln!(
                    "{}: note: {pictures} picture(s) are written as Markdown images (![alt](path)); \
                     GIFT carries no files, so upload each one to its question in Moodle",
                    file.display()
                );
            }
            OK
        }
        Err(_) => {
            let name = file.display();
            eprintln!("{name}: not a valid bank; run quiz-bank check {name} for the problems");
            PROBLEMS
        }
    }
}

fn import_file(
    format: Format,
    file: &Path,
    options: &Options,
    files: &Files,
    output: Option<&Path>,
) -> u8 {
    let Some(text) = read(file) else {
        return UNUSABLE;
    };
    if !files.bank.is_dir() {
        let folder = files.bank.display();
        eprintln!("{folder}: cannot write the bank there: no such folder");
        return UNUSABLE;
    }
    if let Some(media) = files.media.as_ref().filter(|m| !m.is_dir()) {
        eprintln!("{}: --media names no folder", media.display());
        return UNUSABLE;
    }
    let shown = file.display().to_string();
    let file_name = file
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let Report {
        imported,
        assembled,
    } = import_with(format, &text, &file_name, options, files);
    for (line, issue) in &imported.issues {
        eprintln!("{shown}:{line}: {issue}");
    }
    for (line, note) in &imported.notes {
        let line = note.line().unwrap_or(*line);
        eprintln!("{shown}:{line}: note: {note}");
    }
    for problem in &assembled.bank_problems {
        eprintln!("{shown}: the bank's {problem} (set it with a flag)");
    }
    let Some(json) = assembled.json else {
        if assembled.bank_problems.is_empty() {
            eprintln!("{shown}: no question could be imported, so no bank was written");
        }
        return UNUSABLE;
    };
    match output {
        None => print!("{json}"),
        Some(path) => {
            if let Err(e) = std::fs::write(path, &json) {
                eprintln!("{}: cannot write: {e}", path.display());
                return UNUSABLE;
            }
        }
    }
    let skipped = imported.issues.len();
    eprintln!(
        "{shown}: {} question(s) imported, {skipped} problem(s)",
        imported.questions.len()
    );
    if skipped == 0 {
        OK
    } else {
        PROBLEMS
    }
}
