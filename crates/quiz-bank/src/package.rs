//! `quiz-bank package`: reads the built quiz and the bank from disk, checks the bank as
//! `check` does (an import first for GIFT and Aiken), and writes each zip that
//! `quiz_core::package` makes. Any problem stops it before a zip is written.

use crate::args::{BankFormat, PackageArgs};
use crate::files::Files;
use quiz_core::bank::parse;
use quiz_core::formats::import::{import_with, Options, Report};
use quiz_core::package::{package, Channel, File, Inputs, PackageError, ProviderBank};
use std::path::{Path, PathBuf};

/// Why nothing was packaged; everything to say has been printed.
pub enum Failed {
    /// The bank or the settings have problems.
    Problems,
    /// A file could not be read or written, or the build is missing.
    Unusable,
}

/// Runs `package`: the zips in `args.out`, one line each on stdout.
pub fn run(args: &PackageArgs) -> Result<(), Failed> {
    let quiz = read_quiz(&args.quiz)?;
    let bank = match &args.bank {
        Some(file) => Some(read_bank(file, args)?),
        None => None,
    };
    let shown_bank = args.bank.as_ref().map(|b| b.display().to_string());
    let inputs = Inputs {
        quiz,
        bank,
        settings: args.settings.clone(),
        title: args.title.clone(),
        move_on: args.move_on,
    };
    // Every package first, so a problem leaves no zip behind.
    let mut zips = Vec::new();
    for &channel in &args.only {
        match package(&inputs, channel) {
            Ok(bytes) => zips.push((channel, bytes)),
            Err(e) => {
                report(&e, shown_bank.as_deref().unwrap_or("the built-in bank"));
                return Err(match e {
                    PackageError::NotABuild(_) | PackageError::BuildShape(_) => Failed::Unusable,
                    _ => Failed::Problems,
                });
            }
        }
    }
    std::fs::create_dir_all(&args.out).map_err(|e| {
        eprintln!("{}: cannot make the folder: {e}", args.out.display());
        Failed::Unusable
    })?;
    for (channel, bytes) in zips {
        let path = args.out.join(channel.file_name());
        std::fs::write(&path, &bytes).map_err(|e| {
            eprintln!("{}: cannot write: {e}", path.display());
            Failed::Unusable
        })?;
        println!(
            "{}: {} ({} KB)",
            path.display(),
            what(channel),
            bytes.len().div_ceil(1024)
        );
    }
    Ok(())
}

/// What a package is for, as the summary says it.
fn what(channel: Channel) -> &'static str {
    match channel {
        Channel::Scorm12 => "SCORM 1.2",
        Channel::Scorm2004 => "SCORM 2004 4th edition",
        Channel::Cmi5 => "cmi5",
        Channel::Web => "web bundle",
    }
}

fn report(e: &PackageError, bank: &str) {
    match e {
        PackageError::Settings(errors) => {
            for error in errors {
                eprintln!("--settings: {error}");
            }
        }
        PackageError::Bank(problems) => {
            for problem in problems {
                eprintln!("{bank}: {problem}");
            }
        }
        PackageError::NotABuild(_) | PackageError::BuildShape(_) => {
            eprintln!("{e} (tools/quiz.sh build makes one)");
        }
        other => eprintln!("{bank}: {other}"),
    }
    eprintln!("no package was made");
}

/// Every file of the built quiz in `dir`, with `/`-separated paths, sorted.
fn read_quiz(dir: &Path) -> Result<Vec<File>, Failed> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out).map_err(|e| {
        eprintln!(
            "{}: cannot read the built quiz: {e} (tools/quiz.sh build makes it)",
            dir.display()
        );
        Failed::Unusable
    })?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<File>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(File::new(parts.join("/"), std::fs::read(&path)?));
        }
    }
    Ok(())
}

/// The bank and its pictures, once it passes `check` (or imports without a problem).
fn read_bank(file: &Path, args: &PackageArgs) -> Result<ProviderBank, Failed> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        eprintln!("{}: cannot read: {e}", file.display());
        Failed::Unusable
    })?;
    let json = match args.format {
        BankFormat::Json => {
            let checked = crate::check::check_file(file, &text);
            for line in &checked.lines {
                eprintln!("{line}");
            }
            if checked.errors > 0 {
                eprintln!("{}\nno package was made", checked.summary);
                return Err(Failed::Problems);
            }
            text
        }
        BankFormat::Imported(format) => imported(file, &text, format, args)?,
    };
    let folder = file.parent().map(Path::to_path_buf).unwrap_or_default();
    let pictures = pictures(&json, &folder)?;
    Ok(ProviderBank { json, pictures })
}

/// The bank JSON a GIFT or Aiken file imports to; any question left out is a problem.
fn imported(
    file: &Path,
    text: &str,
    format: quiz_core::formats::import::Format,
    args: &PackageArgs,
) -> Result<String, Failed> {
    let shown = file.display().to_string();
    if let Some(media) = args.media.as_ref().filter(|m| !m.is_dir()) {
        eprintln!("{}: --media names no folder", media.display());
        return Err(Failed::Unusable);
    }
    // The bank is read as if written beside the file, so picture paths start there.
    let files = Files::new(file, args.media.as_deref(), Some(file));
    let name = file
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let options = Options {
        title: args.title.clone(),
        ..Options::default()
    };
    let Report {
        imported,
        assembled,
    } = import_with(format, text, &name, &options, &files);
    for (line, issue) in &imported.issues {
        eprintln!("{shown}:{line}: {issue}");
    }
    for problem in &assembled.bank_problems {
        eprintln!("{shown}: the bank's {problem}");
    }
    match assembled.json {
        Some(json) if imported.issues.is_empty() => Ok(json),
        _ => {
            eprintln!("{shown}: no package was made");
            Err(Failed::Problems)
        }
    }
}

/// The picture files `json` names, read from `folder`; a missing one is a problem.
fn pictures(json: &str, folder: &Path) -> Result<Vec<File>, Failed> {
    let Ok(bank) = parse(json) else {
        return Ok(Vec::new()); // the packager reports the bank's problems
    };
    let mut out: Vec<File> = Vec::new();
    for image in bank.questions.iter().flat_map(|q| q.images()) {
        if out.iter().any(|f| f.path == image.src) {
            continue;
        }
        let path: PathBuf = folder.join(&image.src);
        let data = std::fs::read(&path).map_err(|e| {
            eprintln!(
                "{}: cannot read the picture: {e}\nno package was made",
                path.display()
            );
            Failed::Problems
        })?;
        out.push(File::new(image.src.clone(), data));
    }
    Ok(out)
}
