//! From a named picture to the bank's image: where its `src` points, the file read through
//! [`MediaFiles`], its type and size checked, its size fitted within the bank's limits.

use super::{MediaFiles, Named, PictureIssue, Source};
use crate::bank::{src_problem, Image, MAX_SIDE};
use crate::formats::media::{sniff, ImageKind};

/// Where `src` points: a Moodle file, a local path, or an issue (a web address, nothing).
/// A query or fragment (`?time=…`, as Moodle adds) is left out.
pub fn source(src: &str) -> Result<Source, PictureIssue> {
    let path = src.trim().split(['?', '#']).next().unwrap_or_default();
    let found = match path.strip_prefix("@@PLUGINFILE@@/") {
        Some(name) => Source::Plugin(url_decode(name)),
        None => {
            let head = path.split_once(':').map(|(head, _)| head);
            let scheme = head.is_some_and(|h| {
                h.starts_with(|c: char| c.is_ascii_alphabetic())
                    && h.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            });
            if scheme || path.starts_with("//") || path.starts_with("@@") {
                return Err(PictureIssue::Remote);
            }
            Source::Path(url_decode(path))
        }
    };
    match &found {
        Source::Plugin(s) | Source::Path(s) if s.is_empty() => Err(PictureIssue::NoSrc),
        _ => Ok(found),
    }
}

/// `%XX` escapes decoded; bytes that are not UTF-8 become `�`.
fn url_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(b) if bytes[i] == b'%' => (out.push(b), i += 3),
            _ => (out.push(bytes[i]), i += 1),
        };
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The bank's picture for `named`: the file found through `files`, its size from the
/// text where given (a missing side keeps the file's ratio) and else from the file, fitted
/// within the bank's largest side; a missing or empty `alt` makes it decorative.
pub fn resolve(named: &Named, files: &dyn MediaFiles) -> Result<Image, PictureIssue> {
    let loaded = files
        .load(&source(&named.src)?)
        .map_err(PictureIssue::Media)?;
    if let Some(why) = src_problem(&loaded.src) {
        return Err(PictureIssue::BadSrc(why));
    }
    ImageKind::from_name(&loaded.src).ok_or(PictureIssue::Type)?;
    let natural = sniff(&loaded.bytes).map_err(PictureIssue::NotImage)?;
    let ratio =
        |a: u32, b: u32, side: u32| (u64::from(side) * u64::from(b) / u64::from(a).max(1)) as u32;
    let (w, h) = match (named.width, named.height) {
        (Some(w), Some(h)) => (w, h),
        (Some(w), None) => (w, ratio(natural.width, natural.height, w)),
        (None, Some(h)) => (ratio(natural.height, natural.width, h), h),
        (None, None) => (natural.width, natural.height),
    };
    let (w, h) = fit(w.max(1), h.max(1));
    let alt = named.alt.as_deref().unwrap_or_default();
    let alt = alt.split_whitespace().collect::<Vec<_>>().join(" ");
    Ok(Image {
        src: loaded.src,
        decorative: alt.is_empty(),
        alt,
        width: w,
        height: h,
    })
}

/// A size scaled down, ratio kept, so neither side passes the bank's largest.
fn fit(w: u32, h: u32) -> (u32, u32) {
    let long = w.max(h);
    if long <= MAX_SIDE {
        return (w, h);
    }
    let scale =
        |side: u32| ((u64::from(side) * u64::from(MAX_SIDE) / u64::from(long)) as u32).max(1);
    (scale(w), scale(h))
}
