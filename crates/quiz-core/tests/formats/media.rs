//! Image sniffing over tiny real files (in `formats/media/`, made with ImageMagick, cwebp
//! and avifenc): each type and variant gives its type and its size as a browser shows it.

use quiz_core::formats::media::{kind, sniff, ImageKind, SniffError, Sniffed};

fn file(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/formats/media/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn sized(kind: ImageKind, width: u32, height: u32) -> Result<Sniffed, SniffError> {
    Ok(Sniffed {
        kind,
        width,
        height,
    })
}

#[test]
fn each_raster_type_gives_its_size() {
    for (name, want) in [
        ("red-3x2.png", sized(ImageKind::Png, 3, 2)),
        ("red-3x2.jpg", sized(ImageKind::Jpeg, 3, 2)),
        ("red-3x2-progressive.jpg", sized(ImageKind::Jpeg, 3, 2)),
        ("red-3x2-lossy.webp", sized(ImageKind::WebP, 3, 2)),
        ("red-3x2-lossless.webp", sized(ImageKind::WebP, 3, 2)),
        ("red-3x2-alpha.webp", sized(ImageKind::WebP, 3, 2)),
        ("red-3x2.avif", sized(ImageKind::Avif, 3, 2)),
    ] {
        assert_eq!(sniff(&file(name)), want, "{name}");
    }
}

#[test]
fn a_turned_picture_is_measured_as_shown() {
    // EXIF orientation 6: stored 3×2, shown 2×3.
    assert_eq!(
        sniff(&file("red-3x2-exif6.jpg")),
        sized(ImageKind::Jpeg, 2, 3)
    );
    // irot 1 (a quarter turn): stored 4×3, shown 3×4.
    assert_eq!(
        sniff(&file("blue-4x3-irot1.avif")),
        sized(ImageKind::Avif, 3, 4)
    );
}

#[test]
fn an_svg_is_measured_by_its_size_or_view_box() {
    assert_eq!(sniff(&file("drawing.svg")), sized(ImageKind::Svg, 320, 180));
    // width 64 (px), height 48mm (181.4 px): the given sides win over the viewBox.
    assert_eq!(sniff(&file("sized.svg")), sized(ImageKind::Svg, 64, 181));
}

#[test]
fn the_first_bytes_are_enough_and_a_cut_file_says_so() {
    let png = file("red-3x2.png");
    assert_eq!(sniff(&png[..24]), sized(ImageKind::Png, 3, 2));
    assert_eq!(sniff(&png[..20]), Err(SniffError::NoSize(ImageKind::Png)));
    let jpeg = file("red-3x2.jpg");
    assert_eq!(kind(&jpeg[..3]), Some(ImageKind::Jpeg));
    assert_eq!(sniff(&jpeg[..30]), Err(SniffError::NoSize(ImageKind::Jpeg)));
    assert_eq!(
        sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
        Err(SniffError::NoSize(ImageKind::Svg))
    );
    assert_eq!(sniff(b"GIF89a"), Err(SniffError::Unknown));
    assert!(SniffError::NoSize(ImageKind::Svg)
        .to_string()
        .contains("viewBox"));
}
