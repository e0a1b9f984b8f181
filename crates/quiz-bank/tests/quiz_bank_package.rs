//! `quiz-bank package` on a small stand-in for the quiz's build
//! (`tests/fixtures/package/quiz/`): the four zips, read back by the `zip` crate, the
//! same bytes from the same inputs, what each channel adds, the provider's bank and
//! pictures (JSON and GIFT), the manifests against the official schemas with xmllint, and
//! no zip at all when the bank, a picture or the settings are wrong.

mod cli;
use cli::quiz_bank;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

const QUIZ: &str = "tests/fixtures/package/quiz";
const PROVIDER: &str = "tests/fixtures/package/provider";
const ZIPS: [&str; 4] = ["scorm12.zip", "scorm2004.zip", "cmi5.zip", "web.zip"];

/// A fresh, empty output folder for one test.
fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quiz-bank-package-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Runs `package` into `out` with `args` after the quiz and output flags; asserts success.
fn package(out: &Path, args: &[&str]) -> String {
    let mut all = vec!["package", "--quiz", QUIZ, "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let run = quiz_bank(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// A zip's entries, name to bytes, in the zip's own order; the reader checks each CRC.
fn entries(zip: &Path) -> Vec<(String, Vec<u8>)> {
    let file = std::fs::File::open(zip).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            (entry.name().to_string(), data)
        })
        .collect()
}

fn text(entries: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    let data = entries.get(name).unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(data.clone()).unwrap()
}

fn map(zip: &Path) -> BTreeMap<String, Vec<u8>> {
    entries(zip).into_iter().collect()
}

#[test]
fn four_zips_the_same_bytes_each_time_with_sorted_entries() {
    let (a, b) = (out_dir("same-a"), out_dir("same-b"));
    let said = package(
        &a,
        &[
            "--settings",
            "mode=exam&pass=80",
            "--title",
            "Module 3 check",
        ],
    );
    package(
        &b,
        &[
            "--settings",
            "mode=exam&pass=80",
            "--title",
            "Module 3 check",
        ],
    );
    for zip in ZIPS {
        assert!(said.contains(zip), "{said}");
        let (x, y) = (
            std::fs::read(a.join(zip)).unwrap(),
            std::fs::read(b.join(zip)).unwrap(),
        );
        assert!(x == y, "{zip} differs between two runs");
        let names: Vec<String> = entries(&a.join(zip)).into_iter().map(|(n, _)| n).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "{zip}: entries in name order");
        assert!(
            !names.iter().any(|n| n.ends_with(".br")),
            "{zip}: no precompressed copies"
        );
    }
}

#[test]
fn scorm_packages_list_every_file_and_fix_the_settings() {
    let out = out_dir("scorm");
    package(
        &out,
        &[
            "--settings",
            "mode=exam&accent=%23aa3300&pass=80",
            "--title",
            "A & B",
        ],
    );
    for (zip, version, schemas) in [("scorm12.zip", "1.2", 4), ("scorm2004.zip", "2004", 15)] {
        let files = map(&out.join(zip));
        let manifest = text(&files, "imsmanifest.xml");
        assert!(manifest.contains("<title>A &amp; B</title>"), "{manifest}");
        let listed: Vec<&str> = manifest
            .split("<file href=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
            .collect();
        let xsd = files.keys().filter(|n| n.ends_with(".xsd")).count();
        assert_eq!(xsd, schemas, "{zip}: the version's schemas at the root");
        for name in files
            .keys()
            .filter(|n| !n.ends_with(".xsd") && *n != "imsmanifest.xml")
        {
            assert!(
                listed.contains(&name.as_str()),
                "{zip}: {name} not in the manifest"
            );
        }
        assert_eq!(
            listed.len() + xsd + 1,
            files.len(),
            "{zip}: nothing listed that is missing"
        );
        let settings = text(&files, "settings.js");
        let query = format!("'mode=exam&accent=%23aa3300&pass=80&scorm={version}'");
        assert!(settings.contains(&query), "{settings}");
        let page = text(&files, "index.html");
        assert!(
            page.contains("<script src=\"settings.js\"></script>\n</head>"),
            "{page}"
        );
        let sw = text(&files, "sw.js");
        assert!(sw.contains("\"./settings.js\""), "{sw}");
        assert!(
            !sw.contains("'0123456789abcdef'"),
            "a new worker version: {sw}"
        );
    }
    let mastery = text(&map(&out.join("scorm12.zip")), "imsmanifest.xml");
    assert!(mastery.contains("<adlcp:masteryscore>80</adlcp:masteryscore>"));
}

#[test]
fn cmi5_and_web_packages() {
    let out = out_dir("cmi5-web");
    package(
        &out,
        &["--settings", "pass=75&count=2", "--move-on", "Passed"],
    );
    let cmi5 = map(&out.join("cmi5.zip"));
    let course = text(&cmi5, "cmi5.xml");
    assert!(
        course.contains("moveOn=\"Passed\" masteryScore=\"0.75\""),
        "{course}"
    );
    assert!(course.contains("<url>cmi5.html</url>"), "{course}");
    assert!(
        course.contains("The built-in bank"),
        "the bank's title by default: {course}"
    );
    assert!(text(&cmi5, "cmi5.js").contains("pass=75&count=2"));
    assert!(
        !cmi5.contains_key("settings.js"),
        "the launcher passes the settings"
    );
    assert!(!text(&cmi5, "index.html").contains("settings.js"));
    assert!(text(&cmi5, "sw.js").contains("\"./cmi5.html\""));
    let web = map(&out.join("web.zip"));
    let readme = text(&web, "README.txt");
    assert!(readme.contains("  pass = 75\n  count = 2\n"), "{readme}");
    assert!(readme.contains("embed.js"), "{readme}");
    assert!(text(&web, "settings.js").contains("'pass=75&count=2'"));
    assert!(!web.contains_key("imsmanifest.xml") && !web.contains_key("cmi5.xml"));
}

#[test]
fn a_provider_bank_travels_with_its_pictures_and_is_kept_offline() {
    let bank = format!("{PROVIDER}/bank.json");
    for (name, args) in [
        ("json", vec![bank.as_str()]),
        (
            "gift",
            vec![
                "tests/fixtures/package/provider/questions.gift",
                "--title",
                "Acme PMO check",
            ],
        ),
    ] {
        let out = out_dir(name);
        package(&out, &args);
        for zip in ZIPS {
            let files = map(&out.join(zip));
            let packaged = text(&files, "bank/bank.json");
            let read = quiz_core::bank::parse(&packaged).expect("the packaged bank reads");
            assert_eq!(read.questions.len(), 2, "{zip}");
            let chart = std::fs::read(format!("{PROVIDER}/images/chart.svg")).unwrap();
            assert_eq!(
                files.get("bank/images/chart.svg"),
                Some(&chart),
                "{name} {zip}"
            );
            let sw = text(&files, "sw.js");
            assert!(
                sw.contains("\"./bank/bank.json\",\"./bank/images/chart.svg\""),
                "{sw}"
            );
            let script = if zip == "cmi5.zip" {
                "cmi5.js"
            } else {
                "settings.js"
            };
            assert!(
                text(&files, script).contains("bank=bank%2Fbank.json"),
                "{zip}"
            );
        }
        let course = text(&map(&out.join("cmi5.zip")), "cmi5.xml");
        assert!(course.contains("Acme PMO check"), "{course}");
    }
}

#[test]
fn problems_stop_every_zip_and_are_each_named() {
    let cases: [(&str, Vec<&str>, &[&str]); 4] = [
        (
            "bad-bank",
            vec!["tests/fixtures/bank/bad-fields.json"],
            &["tests/fixtures/bank/bad-fields.json:"],
        ),
        (
            "missing-picture",
            vec!["tests/fixtures/pictures/files.json"],
            &["images/nowhere.png", "is missing"],
        ),
        (
            "settings",
            vec![
                "--settings",
                "pass=120&colour=red&bank=x.json&topics=roles,nope",
            ],
            &[
                "--settings: pass=\"120\": must be from 0 to 100",
                "--settings: \"colour\" is not a setting",
                "--settings: \"bank\" is not a setting here",
                "--settings: topics: the bank has no topic \"nope\"",
            ],
        ),
        (
            "gift",
            vec!["tests/fixtures/gift/syntax.gift"],
            &["tests/fixtures/gift/syntax.gift:"],
        ),
    ];
    for (name, args, said) in cases {
        let out = out_dir(name);
        let mut all = vec!["package", "--quiz", QUIZ, "--out", out.to_str().unwrap()];
        all.extend(args);
        let run = quiz_bank(&all);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        for needle in said {
            assert!(
                run.stderr.contains(needle),
                "{name}: no \"{needle}\" in\n{}",
                run.stderr
            );
        }
        assert!(
            run.stderr.contains("no package was made"),
            "{name}: {}",
            run.stderr
        );
        assert!(!out.exists(), "{name}: no zip, not even a folder");
    }
    let run = quiz_bank(&["package", "--quiz", "tests/fixtures/no-such-build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("tools/quiz.sh build"), "{}", run.stderr);
}

/// xmllint is installed by `make test` (libxml2-utils), which sets QUIZ_REQUIRE_XMLLINT;
/// elsewhere (make check on a bare machine) the schema check says it was skipped.
#[test]
fn manifests_are_valid_against_the_official_schemas() {
    if std::process::Command::new("xmllint")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("QUIZ_REQUIRE_XMLLINT").is_none(),
            "xmllint is missing: tools/quiz.sh setup installs libxml2-utils"
        );
        eprintln!("skipped: no xmllint on this machine");
        return;
    }
    let out = out_dir("schemas");
    package(
        &out,
        &[
            &format!("{PROVIDER}/bank.json"),
            "--settings",
            "pass=90",
            "--title",
            "<Acme> & \"co\"",
        ],
    );
    let lms = Path::new("../quiz-core/lms");
    for (zip, member, schema) in [
        (
            "scorm12.zip",
            "imsmanifest.xml",
            lms.join("schemas/scorm12/validate.xsd"),
        ),
        (
            "scorm2004.zip",
            "imsmanifest.xml",
            lms.join("schemas/scorm2004/validate.xsd"),
        ),
        ("cmi5.zip", "cmi5.xml", lms.join("cmi5/CourseStructure.xsd")),
    ] {
        let xml = out.join(format!("{zip}.{member}"));
        std::fs::write(&xml, map(&out.join(zip)).remove(member).unwrap()).unwrap();
        let run = std::process::Command::new("xmllint")
            .args(["--noout", "--schema"])
            .arg(&schema)
            .arg(&xml)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(
            run.status.success(),
            "{zip}: {member} is not valid:\n{said}"
        );
        assert!(said.contains("validates"), "{said}");
    }
}
