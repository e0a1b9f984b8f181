//! Runs one command: reads the file, prints the result on stdout and every problem on
//! stderr as `FILE:LINE: message`, and picks the exit status (0 well, 1 problems, 2 nothing usable).

use crate::args::{self, Command, Flags, Format};
use crate::assemble::{assemble, BankInfo};
use crate::import::Imported;
use crate::text::slug;
use quiz_core::bank::{parse, Topic, MAX_DESCRIPTION, MAX_TITLE};
use std::path::Path;

/// All went well.
const OK: u8 = 0;
/// Problems were found and printed; for import, the bank holds everything else.
const PROBLEMS: u8 = 1;
/// Bad usage, an unreadable file, or nothing to write.
const UNUSABLE: u8 = 2;

/// Runs the command in `args` (the arguments after the program name); returns the exit status.
pub fn run(args: &[String]) -> u8 {
    let command = match args::parse(args) {
        Ok(command) => command,
        Err(e) => {
            eprintln!("quiz-bank: {e}\n{}", args::USAGE);
            return UNUSABLE;
        }
    };
    match command {
        Command::Help => {
            println!("{}", args::USAGE);
            OK
        }
        Command::Check(files) => files.iter().map(|f| check(f)).max().unwrap_or(OK),
        Command::Export { file } => export(&file),
        Command::Import {
            format,
            file,
            flags,
        } => import(format, &file, &flags),
    }
}

fn read(file: &str) -> Option<String> {
    std::fs::read_to_string(file)
        .map_err(|e| eprintln!("{file}: cannot read: {e}"))
        .ok()
}

fn check(file: &str) -> u8 {
    let Some(json) = read(file) else {
        return UNUSABLE;
    };
    match crate::check::check(file, &json) {
        Ok(summary) => {
            println!("{summary}");
            OK
        }
        Err(lines) => {
            for line in &lines {
                eprintln!("{line}");
            }
            eprintln!("{file}: {} problem(s)", lines.len());
            PROBLEMS
        }
    }
}

fn export(file: &str) -> u8 {
    let Some(json) = read(file) else {
        return UNUSABLE;
    };
    match parse(&json) {
        Ok(bank) => {
            print!("{}", crate::gift::export(&bank));
            OK
        }
        Err(_) => {
            eprintln!("{file}: not a valid bank; run quiz-bank check {file} for the problems");
            PROBLEMS
        }
    }
}

fn import(format: Format, file: &str, flags: &Flags) -> u8 {
    let Some(text) = read(file) else {
        return UNUSABLE;
    };
    let info = bank_info(file, flags);
    let topic_name = flags.topic.clone().unwrap_or_else(|| "General".into());
    let topic = Topic {
        id: Some(slug(&topic_name).to_lowercase())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "general".into()),
        name: topic_name,
    };
    let mut imported: Imported = match format {
        Format::Gift => crate::gift::import(&text, &info.lang, &topic),
        Format::Aiken => crate::aiken::import(&text, &info.lang, &topic),
    };
    let assembled = assemble(&info, &mut imported);
    imported.issues.sort_by_key(|(line, _)| *line);
    for (line, issue) in &imported.issues {
        eprintln!("{file}:{line}: {issue}");
    }
    let kept = |line: &usize| imported.questions.iter().any(|l| l.line == *line);
    for (line, note) in imported.notes.iter().filter(|(line, _)| kept(line)) {
        eprintln!("{file}:{line}: note: {note}");
    }
    for problem in &assembled.bank_problems {
        eprintln!("{file}: the bank's {problem} (set it with a flag)");
    }
    let Some(json) = assembled.json else {
        if assembled.bank_problems.is_empty() {
            eprintln!("{file}: no question could be imported, so no bank was written");
        }
        return UNUSABLE;
    };
    print!("{json}");
    let skipped = imported.issues.len();
    eprintln!(
        "{file}: {} question(s) imported, {skipped} problem(s)",
        imported.questions.len()
    );
    if skipped == 0 {
        OK
    } else {
        PROBLEMS
    }
}

/// The bank's own fields: from the flags, else from the file name.
fn bank_info(file: &str, flags: &Flags) -> BankInfo {
    let path = Path::new(file);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("imported");
    let name = path.file_name().and_then(|s| s.to_str()).unwrap_or(file);
    let cut = |text: String, max: usize| text.chars().take(max).collect::<String>();
    BankInfo {
        id: flags.id.clone().unwrap_or_else(|| {
            Some(slug(stem))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "imported".into())
        }),
        lang: flags.lang.clone().unwrap_or_else(|| "en".into()),
        title: flags
            .title
            .clone()
            .unwrap_or_else(|| cut(stem.to_string(), MAX_TITLE)),
        description: flags
            .description
            .clone()
            .unwrap_or_else(|| cut(format!("Questions imported from {name}."), MAX_DESCRIPTION)),
    }
}
