//! The bank formats on the host: GIFT import and export (`gift`), Aiken import (`aiken`),
//! the bank writer (`write`), one whole import with its report (`import`), image
//! sniffing over real files (`media`) and the pictures imported text names (`pictures`).

#[path = "formats/aiken.rs"]
mod aiken;
#[path = "formats/gift.rs"]
mod gift;
#[path = "formats/import.rs"]
mod import;
#[path = "formats/media.rs"]
mod media;
#[path = "formats/pictures.rs"]
mod pictures;
#[path = "formats/write.rs"]
mod write;

use quiz_core::bank::{Bank, Topic};
use quiz_core::formats::imported::{Imported, Issue};

const EN: &str = include_str!("../../../src/content/bank.en.json");
const ES: &str = include_str!("../../../src/content/bank.es.json");

/// The topic questions outside any category go to.
fn general() -> Topic {
    Topic {
        id: "general".into(),
        name: "General".into(),
    }
}

/// Each issue as `line: message`, for assertions that read like the tool's output.
fn issues(imported: &Imported) -> Vec<String> {
    let mut lines: Vec<(usize, &Issue)> = imported.issues.iter().map(|(l, i)| (*l, i)).collect();
    lines.sort_by_key(|(line, _)| *line);
    lines.iter().map(|(l, i)| format!("{l}: {i}")).collect()
}

/// A bank holding what was imported, under `like`'s own fields.
fn bank_of(imported: &Imported, like: &Bank) -> Bank {
    Bank {
        id: like.id.clone(),
        lang: like.lang.clone(),
        title: like.title.clone(),
        description: like.description.clone(),
        topics: imported.topics.clone(),
        questions: imported
            .questions
            .iter()
            .map(|l| l.question.clone())
            .collect(),
    }
}
