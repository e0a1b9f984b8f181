//! Pictures named in imported text: where `src` points, how a named picture becomes the
//! bank's image (its size from the text or the file), and where GIFT keeps or drops them.

use super::{general, issues};
use quiz_core::bank::{Image, Kind, MAX_SIDE};
use quiz_core::formats::gift::import_with;
use quiz_core::formats::imported::Note;
use quiz_core::formats::pictures::{
    resolve, source, Loaded, MediaError, MediaFiles, Named, PictureIssue, Source,
};

/// An SVG of 400×100, a PNG of 3×2 and text that only claims to be a PNG, by name; a
/// `@@PLUGINFILE@@` file `x` is served as `media/x`.
struct Files;

const PNG: &[u8] = include_bytes!("media/red-3x2.png");

impl MediaFiles for Files {
    fn load(&self, source: &Source) -> Result<Loaded, MediaError> {
        let src = match source {
            Source::Plugin(name) => format!("media/{name}"),
            Source::Path(path) => path.clone(),
        };
        let bytes = match src.rsplit('/').next().unwrap_or_default() {
            "wide.svg" => br#"<svg width="400" height="100"/>"#.to_vec(),
            "red.png" | "red.gif" => PNG.to_vec(),
            "text.png" => b"not a picture".to_vec(),
            _ => return Err(MediaError::Missing(src)),
        };
        Ok(Loaded { src, bytes })
    }
}

fn named(src: &str, alt: Option<&str>, width: Option<u32>, height: Option<u32>) -> Named {
    Named {
        line: 1,
        src: src.into(),
        alt: alt.map(Into::into),
        width,
        height,
    }
}

#[test]
fn a_src_is_a_moodle_file_a_path_or_left_out() {
    let plugin = source("@@PLUGINFILE@@/org%20chart%C3%A9.png?time=123");
    assert_eq!(plugin, Ok(Source::Plugin("org charté.png".into())));
    assert_eq!(
        source(" images/a%2Bb.svg "),
        Ok(Source::Path("images/a+b.svg".into()))
    );
    for remote in [
        "https://x.org/a.png",
        "data:image/png;base64,AA",
        "//x.org/a.png",
        "file:a.png",
    ] {
        assert_eq!(source(remote), Err(PictureIssue::Remote), "{remote}");
    }
    assert_eq!(source(""), Err(PictureIssue::NoSrc));
    assert_eq!(source("@@PLUGINFILE@@/"), Err(PictureIssue::NoSrc));
}

#[test]
fn the_size_comes_from_the_text_else_the_file_keeping_its_ratio() {
    let size = |w, h| {
        let image = resolve(&named("wide.svg", Some("A"), w, h), &Files).unwrap();
        (image.width, image.height)
    };
    assert_eq!(size(None, None), (400, 100));
    assert_eq!(size(Some(200), None), (200, 50));
    assert_eq!(size(None, Some(50)), (200, 50));
    assert_eq!(size(Some(30), Some(30)), (30, 30));
    assert_eq!(size(Some(10_000), None), (MAX_SIDE, MAX_SIDE / 4));
}

#[test]
fn alt_text_is_plain_and_none_means_decorative() {
    let image = resolve(
        &named("@@PLUGINFILE@@/red.png", Some(" A  red\nbox "), None, None),
        &Files,
    );
    let want = Image {
        src: "media/red.png".into(),
        alt: "A red box".into(),
        width: 3,
        height: 2,
        decorative: false,
    };
    assert_eq!(image, Ok(want));
    let bare = resolve(&named("red.png", None, None, None), &Files).unwrap();
    assert!(bare.decorative && bare.alt.is_empty());
}

#[test]
fn each_reason_to_leave_a_picture_out_is_its_own() {
    let why = |src: &str| resolve(&named(src, Some("x"), None, None), &Files).unwrap_err();
    assert_eq!(
        why("gone.png"),
        PictureIssue::Media(MediaError::Missing("gone.png".into()))
    );
    assert_eq!(why("red.gif"), PictureIssue::Type);
    assert!(matches!(why("text.png"), PictureIssue::NotImage(_)));
    assert!(matches!(why("../red.png"), PictureIssue::BadSrc(_)));
    assert!(why("https://x.org/red.png")
        .to_string()
        .contains("only files are read"));
}

#[test]
fn gift_keeps_one_picture_per_question_and_choice_and_notes_what_it_loses() {
    let gift = "::q::[html]<p>Pick <img src\\=\"wide.svg\"> <img src\\=\"red.png\" alt\\=\"b\">\n<span>x</span></p>{\n\
        =<img src\\=\"red.png\" alt\\=\"Red\">#<img src\\=\"red.png\" alt\\=\"no\">fine\n\
        ~[markdown]**other**\n\
        ####<b>Why</b> <img src\\=\"wide.svg\" alt\\=\"w\">\n}";
    let out = import_with(gift, "en", &general(), &Files);
    let q = &out.questions[0].question;
    assert_eq!(q.prompt, "Pick x");
    assert_eq!(q.image.as_ref().map(|i| i.src.as_str()), Some("wide.svg"));
    assert_eq!(q.explanation, "**Why**");
    let Kind::Single { choices } = &q.kind else {
        panic!("single")
    };
    assert_eq!((choices[0].text.as_str(), choices[0].label()), ("", "Red"));
    assert_eq!(choices[0].feedback.as_deref(), Some("fine"));
    assert_eq!(choices[1].text, "**other**");
    assert_eq!(
        issues(&out),
        [
            "1: question kept, but the picture \"red.png\" was left out: a question, and each choice, holds one picture",
            "3: question kept, but the picture \"red.png\" was left out: pictures have no place in a choice's feedback",
            "5: question kept, but the picture \"wide.svg\" was left out: pictures have no place in the general feedback",
        ]
    );
    let notes: Vec<(Option<usize>, String)> = out
        .notes
        .iter()
        .map(|(_, n)| (n.line(), n.to_string()))
        .collect();
    assert_eq!(notes[0].0, Some(2));
    assert!(notes[0].1.starts_with("HTML <span> has no counterpart"));
    assert_eq!(
        out.notes[1].1,
        Note::NoAlt {
            src: "wide.svg".into(),
            line: 1
        }
    );
}
