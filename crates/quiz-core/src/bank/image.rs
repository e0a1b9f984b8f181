//! Pictures on questions and choices: where the file is, what it shows, and its size, so
//! the page keeps its place while it loads.

use super::reader::Reader;
use super::ProblemKind;
use serde_json::{Map, Value};

/// The longest `alt` text allowed, in characters.
pub const MAX_ALT: usize = 250;
/// The largest `width` or `height` allowed, in CSS pixels.
pub const MAX_SIDE: u32 = 4096;
/// The file types a picture may be, by extension, lower case.
pub const IMAGE_TYPES: [&str; 6] = ["svg", "png", "jpg", "jpeg", "webp", "avif"];

/// A picture on a question or a choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The file, relative to the bank file and inside its folder.
    pub src: String,
    /// What it shows, for those who cannot see it; empty only when `decorative`.
    pub alt: String,
    /// The natural width, in CSS pixels.
    pub width: u32,
    /// The natural height, in CSS pixels.
    pub height: u32,
    /// Whether it adds nothing a reader needs, so screen readers skip it.
    pub decorative: bool,
}

/// Why `src` is not a path inside the bank's folder, or `None` when it is one.
pub fn src_problem(src: &str) -> Option<&'static str> {
    let scheme = src.find(':').is_some_and(|at| {
        let head = &src[..at];
        !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if scheme {
        Some("is a full address; give a path relative to the bank file")
    } else if src.starts_with('/') {
        Some("starts with /; give a path relative to the bank file")
    } else if src.contains('\\') {
        Some("has a backslash; use / between folders")
    } else if src.contains(['?', '#']) {
        Some("has ? or #; give the file's path alone")
    } else if src.split('/').any(|part| part == ".." || part.is_empty()) {
        Some("leaves the bank's folder or has an empty part")
    } else {
        None
    }
}

/// The address of picture `src` for the bank at `bank_path`: beside the bank file, as
/// `src` is written relative to it. The bank's query string or fragment, if any, is left out.
pub fn beside(bank_path: &str, src: &str) -> String {
    let path = bank_path.split(['?', '#']).next().unwrap_or_default();
    match path.rfind('/') {
        Some(at) => format!("{}{src}", &path[..=at]),
        None => src.to_string(),
    }
}

impl Reader {
    /// Reads the optional `image` of `obj`, reporting problems under `path`.
    pub(super) fn image(&mut self, obj: &Map<String, Value>, path: &str) -> Option<Image> {
        let value = obj.get("image").filter(|v| !v.is_null())?;
        let img = self.object(value, path)?;
        let src = self.text_at(img, "src", &format!("{path}.src"), 300, true);
        if let Some(src) = &src {
            let ext = src.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
            if let Some(why) = src_problem(src) {
                self.report(&format!("{path}.src"), ProblemKind::ImagePath(why));
            } else if !ext.as_deref().is_some_and(|e| IMAGE_TYPES.contains(&e)) {
                self.report(
                    &format!("{path}.src"),
                    ProblemKind::ImageType(ext.unwrap_or_default()),
                );
            }
        }
        let decorative = match img.get("decorative") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.report(
                    &format!("{path}.decorative"),
                    ProblemKind::WrongType("true or false"),
                );
                false
            }
        };
        let alt = match img.get("alt") {
            Some(Value::String(s)) if s.trim().is_empty() && decorative => Some(String::new()),
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.report(&format!("{path}.alt"), ProblemKind::EmptyAlt);
                None
            }
            _ => self.text_at(img, "alt", &format!("{path}.alt"), MAX_ALT, true),
        };
        let width = self.side(img, "width", path);
        let height = self.side(img, "height", path);
        let src = src.filter(|s| src_problem(s).is_none())?;
        Some(Image {
            src,
            alt: alt?,
            width: width?,
            height: height?,
            decorative,
        })
    }

    fn side(&mut self, img: &Map<String, Value>, key: &str, path: &str) -> Option<u32> {
        let field = format!("{path}.{key}");
        match img.get(key) {
            None | Some(Value::Null) => {
                self.report(&field, ProblemKind::Missing);
                None
            }
            Some(v) => match v.as_u64().filter(|n| (1..=u64::from(MAX_SIDE)).contains(n)) {
                Some(n) => Some(n as u32),
                None => {
                    self.report(&field, ProblemKind::BadSide(v.to_string()));
                    None
                }
            },
        }
    }
}
