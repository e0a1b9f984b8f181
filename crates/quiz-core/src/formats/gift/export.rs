//! Writes a bank as GIFT for Moodle: one `$CATEGORY:` per topic, the question id as its
//! `::title::`, the explanation as general feedback (`####`); a question with markup or
//! pictures as `[markdown]` (see `export_text`).

use super::export_text::{bucket, escape, gift_text, needs_markdown, picture};
use super::sizes;
use crate::bank::{Bank, Choice, Kind, Question};
use std::fmt::Write;

/// The bank as GIFT text.
pub fn export(bank: &Bank) -> String {
    let mut out = format!(
        "// {} ({}, {}): exported by quiz-bank\n",
        bank.title, bank.id, bank.lang
    );
    for topic in &bank.topics {
        let questions: Vec<&Question> = bank
            .questions
            .iter()
            .filter(|q| q.topic == topic.id)
            .collect();
        if questions.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n// topic-id: {}\n$CATEGORY: {}\n",
            topic.id,
            topic.name.replace('/', "//")
        );
        for q in questions {
            out.push('\n');
            question(&mut out, q);
        }
    }
    out
}

fn question(out: &mut String, q: &Question) {
    if let Some(source) = &q.source {
        let _ = writeln!(out, "// source: {source}");
    }
    if let Some(sizes) = sizes::comment(q) {
        let _ = writeln!(out, "// {sizes}");
    }
    let md = needs_markdown(q);
    let _ = writeln!(
        out,
        "::{}::{}{}{} {{",
        escape(&q.id),
        if md { "[markdown]" } else { "" },
        picture(q.image.as_ref(), !q.prompt.is_empty()),
        gift_text(&q.prompt, md)
    );
    match &q.kind {
        Kind::Single { choices } => {
            for c in choices {
                answer(out, if c.correct { "=" } else { "~" }, c, md);
            }
        }
        Kind::Multiple { choices } => {
            // Moodle wants the positive weights to sum to 100; a wrong pick costs everything.
            let right = choices.iter().filter(|c| c.correct).count().max(1);
            let share = weight(100.0 / right as f64);
            for c in choices {
                let mark = if c.correct {
                    format!("~%{share}%")
                } else {
                    "~%-100%".into()
                };
                answer(out, &mark, c, md);
            }
        }
        Kind::TrueFalse { answer } => {
            let _ = writeln!(out, "{}", if *answer { "TRUE" } else { "FALSE" });
        }
        Kind::Categorise { buckets, items } => {
            for item in items {
                let _ = writeln!(
                    out,
                    "={} -> {}",
                    gift_text(&item.text, md),
                    bucket(&buckets[item.bucket], md)
                );
            }
        }
    }
    let _ = writeln!(out, "####{}\n}}", gift_text(&q.explanation, md));
}

fn answer(out: &mut String, mark: &str, c: &Choice, md: bool) {
    let image = picture(c.image.as_ref(), !c.text.is_empty());
    let _ = write!(out, "{mark}{image}{}", gift_text(&c.text, md));
    if let Some(f) = &c.feedback {
        let _ = write!(out, "#{}", gift_text(f, md));
    }
    out.push('\n');
}

/// A weight as Moodle lists them: at most five decimals, no trailing zeros.
fn weight(w: f64) -> String {
    let s = format!("{w:.5}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_and_escapes_are_what_moodle_reads() {
        assert_eq!(weight(100.0 / 3.0), "33.33333");
        assert_eq!(weight(50.0), "50");
        assert_eq!(
            escape("a=b {c} ~d #e: f\\"),
            "a\\=b \\{c\\} \\~d \\#e\\: f\\\\"
        );
    }
}
