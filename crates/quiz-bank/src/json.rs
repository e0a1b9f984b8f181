//! Writes a bank as JSON in the field order authors read it in (serde_json's own maps
//! are sorted by key, and its `preserve_order` feature would also grow the wasm).

use quiz_core::bank::{Bank, Choice, Kind, Question, FORMAT};
use serde_json::Value;

/// A JSON value whose objects keep the order they were built in.
enum J {
    Str(String),
    Num(u64),
    Bool(bool),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
}

/// The bank as pretty JSON, two-space indented, ending with a newline.
pub fn bank_json(bank: &Bank) -> String {
    let topics = bank
        .topics
        .iter()
        .map(|t| J::Obj(vec![("id", s(&t.id)), ("name", s(&t.name))]))
        .collect();
    let root = J::Obj(vec![
        ("format", J::Num(FORMAT)),
        ("id", s(&bank.id)),
        ("lang", s(&bank.lang)),
        ("title", s(&bank.title)),
        ("description", s(&bank.description)),
        ("topics", J::Arr(topics)),
        (
            "questions",
            J::Arr(bank.questions.iter().map(question).collect()),
        ),
    ]);
    let mut out = String::new();
    write(&mut out, &root, 0);
    out.push('\n');
    out
}

fn question(q: &Question) -> J {
    let mut fields = vec![("id", s(&q.id)), ("topic", s(&q.topic))];
    if let Some(source) = &q.source {
        fields.push(("source", s(source)));
    }
    let (kind, rest): (&str, Vec<(&'static str, J)>) = match &q.kind {
        Kind::Single { choices } => ("single", vec![("choices", self::choices(choices))]),
        Kind::Multiple { choices } => ("multiple", vec![("choices", self::choices(choices))]),
        Kind::TrueFalse { answer } => ("true_false", vec![("answer", J::Bool(*answer))]),
        Kind::Categorise { buckets, items } => (
            "categorise",
            vec![
                ("buckets", J::Arr(buckets.iter().map(|b| s(b)).collect())),
                (
                    "items",
                    J::Arr(
                        items
                            .iter()
                            .map(|i| {
                                J::Obj(vec![
                                    ("text", s(&i.text)),
                                    ("bucket", J::Num(i.bucket as u64)),
                                ])
                            })
                            .collect(),
                    ),
                ),
            ],
        ),
    };
    fields.push(("type", s(kind)));
    fields.push(("prompt", s(&q.prompt)));
    fields.extend(rest);
    fields.push(("explanation", s(&q.explanation)));
    J::Obj(fields)
}

fn choices(choices: &[Choice]) -> J {
    J::Arr(
        choices
            .iter()
            .map(|c| {
                let mut fields = vec![("text", s(&c.text)), ("correct", J::Bool(c.correct))];
                if let Some(f) = &c.feedback {
                    fields.push(("feedback", s(f)));
                }
                J::Obj(fields)
            })
            .collect(),
    )
}

fn s(text: &str) -> J {
    J::Str(text.to_string())
}

fn write(out: &mut String, value: &J, depth: usize) {
    let pad = |n: usize| "  ".repeat(n);
    match value {
        J::Str(text) => out.push_str(&Value::from(text.as_str()).to_string()),
        J::Num(n) => out.push_str(&n.to_string()),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Arr(items) if items.is_empty() => out.push_str("[]"),
        J::Arr(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write(out, item, depth + 1);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        J::Obj(fields) => {
            out.push_str("{\n");
            for (i, (key, item)) in fields.iter().enumerate() {
                out.push_str(&format!("{}\"{key}\": ", pad(depth + 1)));
                write(out, item, depth + 1);
                out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
    }
}
