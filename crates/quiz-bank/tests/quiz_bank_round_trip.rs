//! Export then import gives back the same bank, and import then export then import gives
//! back the same JSON, byte for byte.

mod cli;
use cli::quiz_bank;
use quiz_core::bank::{parse, Bank, Kind};
use std::path::PathBuf;

/// A file in the system's temp dir, unique to this test process.
fn temp(name: &str, body: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("quiz-bank-{}-{name}", std::process::id()));
    std::fs::write(&path, body).expect("temp dir is writable");
    path
}

/// GIFT's matching form has no list of buckets, so import orders them by first use;
/// the same question with its buckets in another order is the same question.
fn canonical(mut bank: Bank) -> Bank {
    for q in &mut bank.questions {
        if let Kind::Categorise { buckets, items } = &mut q.kind {
            let mut order: Vec<usize> = Vec::new();
            for item in items.iter() {
                if !order.contains(&item.bucket) {
                    order.push(item.bucket);
                }
            }
            *buckets = order.iter().map(|&b| buckets[b].clone()).collect();
            for item in items.iter_mut() {
                item.bucket = order
                    .iter()
                    .position(|&b| b == item.bucket)
                    .unwrap_or_default();
            }
        }
    }
    bank
}

#[test]
fn each_built_in_bank_survives_export_and_import() {
    for lang in ["en", "es"] {
        let path = format!("../../src/content/bank.{lang}.json");
        let original =
            parse(&std::fs::read_to_string(&path).unwrap()).expect("built-in bank is valid");
        let export = quiz_bank(&["export", "gift", &path]);
        assert_eq!(export.code, 0, "{}", export.stderr);
        let gift = temp(&format!("{lang}.gift"), &export.stdout);
        let back = quiz_bank(&[
            "import",
            "gift",
            gift.to_str().unwrap(),
            "--id",
            &original.id,
            "--lang",
            &original.lang,
            "--title",
            &original.title,
            "--description",
            &original.description,
        ]);
        assert_eq!(back.code, 0, "{lang}: {}", back.stderr);
        assert_eq!(canonical(back.bank()), canonical(original), "{lang}");
    }
}

#[test]
fn an_imported_gift_file_exports_and_imports_to_the_same_json() {
    for name in ["all-types", "escapes", "moodle-export"] {
        let flags = [
            "--id",
            name,
            "--title",
            name,
            "--description",
            "Round trip.",
        ];
        let mut args = vec!["import", "gift"];
        let source = format!("tests/fixtures/gift/{name}.gift");
        args.push(&source);
        args.extend(flags);
        let first = quiz_bank(&args);
        assert_eq!(first.code, 0, "{name}: {}", first.stderr);
        let json = temp(&format!("{name}.json"), &first.stdout);
        let export = quiz_bank(&["export", "gift", json.to_str().unwrap()]);
        let gift = temp(&format!("{name}.gift"), &export.stdout);
        let mut again = vec!["import", "gift", gift.to_str().unwrap()];
        again.extend(flags);
        let second = quiz_bank(&again);
        assert_eq!(second.code, 0, "{name}: {}", second.stderr);
        assert_eq!(second.stdout, first.stdout, "{name}");
    }
}
