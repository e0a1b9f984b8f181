//! Export then import gives back the same bank, and import then export then import gives
//! back the same JSON, byte for byte: markup and pictures (paths and sizes) included.

mod cli;
use cli::{copied_fixtures, quiz_bank};
use quiz_core::bank::{parse, Bank, Kind};
use std::path::{Path, PathBuf};

/// A file in the system's temp dir, unique to this test process.
fn temp(name: &str, body: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("quiz-bank-{}-{name}", std::process::id()));
    std::fs::write(&path, body).expect("temp dir is writable");
    path
}

/// A fresh folder in the system's temp dir holding a copy of the built-in banks' pictures,
/// so a bank written there names them as the built-in bank does.
fn folder_with_images(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quiz-bank-{}-{name}", std::process::id()));
    let images = dir.join("images");
    std::fs::create_dir_all(&images).expect("temp dir is writable");
    for entry in std::fs::read_dir("../../src/content/images").expect("built-in images") {
        let entry = entry.expect("a directory entry");
        std::fs::copy(entry.path(), images.join(entry.file_name())).expect("copied");
    }
    dir
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
        // The export names pictures by their paths in the bank, relative to where the
        // GIFT file is read from; the bank written beside them names them the same way.
        let dir = folder_with_images(lang);
        let gift = dir.join("bank.gift");
        std::fs::write(&gift, &export.stdout).unwrap();
        let out = dir.join("bank.json");
        let back = quiz_bank(&[
            "import",
            "gift",
            gift.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
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
        assert_eq!(back.stdout, "", "the bank goes to the -o file");
        let json = std::fs::read_to_string(&out).unwrap();
        assert_eq!(
            canonical(parse(&json).unwrap()),
            canonical(original),
            "{lang}"
        );
        assert!(export
            .stderr
            .contains("upload each one to its question in Moodle"));
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

#[test]
fn export_writes_markdown_and_picture_references_that_import_back_the_same() {
    let dir = copied_fixtures("export");
    let media = dir.join("media");
    let fields = [
        "--id",
        "md",
        "--title",
        "Pictures",
        "--description",
        "Round trip.",
    ];
    let import = |gift: &Path, out: &Path| {
        let args = [
            "import",
            "gift",
            gift.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ];
        let media = ["--media", media.to_str().unwrap()];
        quiz_bank(&[&args[..], &media[..], &fields[..]].concat())
    };
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    for name in ["markdown-images", "html-images"] {
        let (first, second) = (dir.join(format!("{name}.json")), dir.join("again.json"));
        let run = import(&dir.join(format!("{name}.gift")), &first);
        assert!(run.code < 2, "{}", run.stderr);
        let export = quiz_bank(&["export", "gift", first.to_str().unwrap()]);
        assert_eq!(export.code, 0, "{}", export.stderr);
        let again = dir.join("again.gift");
        std::fs::write(&again, &export.stdout).unwrap();
        let back = import(&again, &second);
        assert_eq!(back.code, 0, "{name}: {}", back.stderr);
        assert_eq!(read(&second), read(&first), "{name}");
        if name == "markdown-images" {
            let gift = &export.stdout;
            assert!(gift.contains(
                "::md-image::[markdown]![Three boxes\\: the board, the PMO, the projects](media/diagram.svg) Which box is the **PMO**?\\n- the top one\\n- the middle one {"
            ), "{gift}");
            assert!(
                gift.contains("=![The chart](<media/org chart.png>)\n"),
                "{gift}"
            );
            assert!(
                gift.contains("::plain-stars::[markdown]What is 2 \\\\* 3"),
                "{gift}"
            );
            assert!(
                export
                    .stderr
                    .contains("3 picture(s) are written as Markdown images"),
                "{}",
                export.stderr
            );
        }
    }
}
