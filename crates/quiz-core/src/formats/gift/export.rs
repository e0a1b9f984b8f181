//! Writes a bank as GIFT for Moodle: one `$CATEGORY:` per topic, the question id as its
//! `::title::`, the explanation as general feedback (`####`).

use super::lex::SPECIAL;
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
    let _ = writeln!(out, "::{}::{} {{", escape(&q.id), escape(&q.prompt));
    match &q.kind {
        Kind::Single { choices } => {
            for c in choices {
                answer(out, if c.correct { "=" } else { "~" }, c);
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
                answer(out, &mark, c);
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
                    escape(&item.text),
                    escape(&buckets[item.bucket])
                );
            }
        }
    }
    let _ = writeln!(out, "####{}\n}}", escape(&q.explanation));
}

fn answer(out: &mut String, mark: &str, c: &Choice) {
    let _ = write!(out, "{mark}{}", escape(&c.text));
    if let Some(f) = &c.feedback {
        let _ = write!(out, "#{}", escape(f));
    }
    out.push('\n');
}

/// A weight as Moodle lists them: at most five decimals, no trailing zeros.
fn weight(w: f64) -> String {
    let s = format!("{w:.5}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Text with GIFT's special characters backslash-escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
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
