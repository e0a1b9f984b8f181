//! One import from start to end: the bank's own fields from the options and the file's
//! name, the questions from GIFT or Aiken, and a bank JSON that the reader accepts.

use super::assemble::{assemble, Assembled, BankInfo};
use super::imported::Imported;
use super::pictures::{MediaFiles, NoFiles};
use super::text::slug;
use super::{aiken, gift};
use crate::bank::{Topic, MAX_DESCRIPTION, MAX_TITLE};

/// The formats [`import`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Moodle's GIFT.
    Gift,
    /// Moodle's Aiken.
    Aiken,
}

/// What the author says about the bank; each `None` takes its default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The bank's id; by default made from the file's name.
    pub id: Option<String>,
    /// The bank's title; by default the file's name without its extension.
    pub title: Option<String>,
    /// The bank's language code; `en` by default.
    pub lang: Option<String>,
    /// The bank's description; by default names the file.
    pub description: Option<String>,
    /// The topic of questions outside any GIFT category; `General` by default.
    pub topic: Option<String>,
}

/// What one import gives: the questions and what to tell the author, and the bank.
#[derive(Debug)]
pub struct Report {
    /// The questions kept, the topics they use, every issue sorted by line, and the notes
    /// of the questions kept.
    pub imported: Imported,
    /// The bank as JSON, or the bank-level problems that kept it from being written.
    pub assembled: Assembled,
}

/// Imports `text`, read from a file called `file_name` (such as `roles.gift`), reading
/// no picture files: each picture is reported and left out (see [`import_with`]).
pub fn import(format: Format, text: &str, file_name: &str, options: &Options) -> Report {
    import_with(format, text, file_name, options, &NoFiles)
}

/// Imports `text`, read from a file called `file_name`, with the pictures it names read
/// through `files`.
pub fn import_with(
    format: Format,
    text: &str,
    file_name: &str,
    options: &Options,
    files: &dyn MediaFiles,
) -> Report {
    let info = bank_info(file_name, options);
    let topic = default_topic(options);
    let mut imported = match format {
        Format::Gift => gift::import_with(text, &info.lang, &topic, files),
        Format::Aiken => aiken::import(text, &info.lang, &topic),
    };
    let assembled = assemble(&info, &mut imported);
    imported.issues.sort_by_key(|(line, _)| *line);
    let questions = &imported.questions;
    imported
        .notes
        .retain(|(line, _)| questions.iter().any(|l| l.line == *line));
    Report {
        imported,
        assembled,
    }
}

/// The bank's own fields: from the options, else from the file's name.
pub fn bank_info(file_name: &str, options: &Options) -> BankInfo {
    let stem = stem(file_name);
    let cut = |text: String, max: usize| text.chars().take(max).collect::<String>();
    BankInfo {
        id: options.id.clone().unwrap_or_else(|| {
            Some(slug(stem))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "imported".into())
        }),
        lang: options.lang.clone().unwrap_or_else(|| "en".into()),
        title: options
            .title
            .clone()
            .unwrap_or_else(|| cut(stem.to_string(), MAX_TITLE)),
        description: options.description.clone().unwrap_or_else(|| {
            cut(
                format!("Questions imported from {file_name}."),
                MAX_DESCRIPTION,
            )
        }),
    }
}

/// The topic for questions outside any category: the `topic` option, else `General`.
pub fn default_topic(options: &Options) -> Topic {
    let name = options.topic.clone().unwrap_or_else(|| "General".into());
    Topic {
        id: Some(slug(&name).to_lowercase())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "general".into()),
        name,
    }
}

/// A file name without its extension, as `Path::file_stem` cuts it (`a.b.gift` → `a.b`,
/// `.hidden` → `.hidden`).
fn stem(file_name: &str) -> &str {
    match file_name.rsplit_once('.') {
        Some((before, _)) if !before.is_empty() => before,
        _ => file_name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_stem_is_cut_as_path_cuts_it() {
        for name in ["roles.gift", "a.b.gift", ".hidden", "plain", "end.", "..x"] {
            let path = Path::new(name).file_stem().and_then(|s| s.to_str());
            assert_eq!(Some(stem(name)), path, "{name}");
        }
    }

    #[test]
    fn fields_default_to_the_file_name() {
        let info = bank_info("Gestión ágil.gift", &Options::default());
        assert_eq!(
            (info.id.as_str(), info.lang.as_str()),
            ("Gestion-agil", "en")
        );
        assert_eq!(info.title, "Gestión ágil");
        assert_eq!(
            info.description,
            "Questions imported from Gestión ágil.gift."
        );
        let named = Options {
            topic: Some("Básico".into()),
            ..Options::default()
        };
        assert_eq!(default_topic(&named).id, "basico");
        assert_eq!(default_topic(&Options::default()).id, "general");
    }
}
