//! The packager's zip writer read back by an independent reader (the `zip` crate):
//! deflated and stored entries, an empty file, a UTF-8 name, name order, one fixed
//! time; two files of one name refused. And a package asked of files that are no build.
#![cfg(feature = "package")]

use quiz_core::package::{package, zip, Channel, File, Inputs, PackageError, ZipError};
use std::io::{Cursor, Read};

#[test]
fn entries_read_back_sorted_with_their_bytes_and_one_time() {
    let text = "PMO ".repeat(500);
    let mut rng = fastrand::Rng::with_seed(7);
    let noise: Vec<u8> = (0..2000).map(|_| rng.u8(..)).collect();
    let files = [
        File::new("z/last.txt", text.clone()),
        File::new("a-empty", Vec::new()),
        File::new("bank/imágenes/ruido.bin", noise.clone()),
    ];
    let bytes = zip(&files).unwrap();
    assert_eq!(bytes, zip(&files).unwrap(), "the same bytes each time");
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut seen = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        let time = entry.last_modified().unwrap();
        assert_eq!((time.year(), time.month(), time.day()), (2024, 1, 1));
        seen.push((entry.name().to_string(), entry.compression(), data));
    }
    let names: Vec<&str> = seen.iter().map(|(n, ..)| n.as_str()).collect();
    assert_eq!(names, ["a-empty", "bank/imágenes/ruido.bin", "z/last.txt"]);
    assert_eq!(seen[1].2, noise);
    assert_eq!(
        seen[1].1,
        zip::CompressionMethod::Stored,
        "noise does not deflate"
    );
    assert_eq!(seen[2].2, text.as_bytes());
    assert_eq!(seen[2].1, zip::CompressionMethod::Deflated);
}

#[test]
fn two_files_of_one_name_are_refused() {
    let files = [File::new("a", "1"), File::new("a", "2")];
    assert_eq!(zip(&files), Err(ZipError::Duplicate("a".into())));
}

#[test]
fn files_that_are_no_build_make_no_package() {
    let inputs = Inputs {
        quiz: vec![File::new("index.html", "<html><head></head></html>")],
        ..Inputs::default()
    };
    assert_eq!(
        package(&inputs, Channel::Web),
        Err(PackageError::NotABuild("sw.js"))
    );
}
