//! The settings a provider fixes in a package, read strictly: where the quiz itself
//! ignores a bad value and goes on, a package with one is not made, so the mistake shows
//! when packaging and not in front of learners.

use crate::settings::{self, Warning, PARAMETERS};
use std::fmt;

/// The settings the packager sets itself, per channel and bank.
const PACKAGER_SETS: [&str; 2] = ["scorm", "bank"];

/// One thing wrong with the settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// A parameter the quiz does not have.
    Unknown(String),
    /// A parameter given twice.
    Repeated(String),
    /// A parameter the packager sets (`scorm`, `bank`).
    Reserved(String),
    /// `strings`: a provider strings file is not packaged.
    StringsFile,
    /// A value the quiz would ignore, and why.
    Value(Warning),
    /// A topic the bank does not have.
    NoSuchTopic(String),
    /// A `%` not followed by two hex digits, or bytes that are not UTF-8.
    BadEncoding(String),
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(name) => write!(
                f,
                "\"{name}\" is not a setting; the settings are {}",
                PARAMETERS.join(", ")
            ),
            Self::Repeated(name) => write!(f, "\"{name}\" is given twice"),
            Self::Reserved(name) if name == "bank" => {
                f.write_str("\"bank\" is not a setting here: give the bank file to package instead")
            }
            Self::Reserved(name) => {
                write!(
                    f,
                    "\"{name}\" is set by the package, for each kind of package"
                )
            }
            Self::StringsFile => {
                f.write_str("\"strings\": a provider's strings file cannot be packaged yet")
            }
            Self::Value(w) => write!(f, "{}=\"{}\": {}", w.parameter, w.value, w.reason),
            Self::NoSuchTopic(id) => write!(f, "topics: the bank has no topic \"{id}\""),
            Self::BadEncoding(text) => write!(f, "\"{text}\" is not URL-encoded text"),
        }
    }
}

impl std::error::Error for SettingsError {}

/// Settings that parsed: the pairs in the order given, and what the packager needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chosen {
    /// Each setting, decoded.
    pub pairs: Vec<(String, String)>,
    /// The percent to pass (`pass`, 70 unless given).
    pub pass_mark: u32,
}

impl Chosen {
    /// Reads `query` (`mode=exam&pass=80`, with or without a leading `?`); `topics` are the
    /// bank's topic ids, which a `topics` setting must be among.
    pub fn parse(query: &str, topics: &[String]) -> Result<Self, Vec<SettingsError>> {
        let mut errors = Vec::new();
        let mut pairs: Vec<(String, String)> = Vec::new();
        for part in query.trim().trim_start_matches('?').split('&') {
            if part.is_empty() {
                continue;
            }
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            let (Some(name), Some(value)) = (decode(name), decode(value)) else {
                errors.push(SettingsError::BadEncoding(part.to_string()));
                continue;
            };
            if PACKAGER_SETS.contains(&name.as_str()) {
                errors.push(SettingsError::Reserved(name));
            } else if name == "strings" {
                errors.push(SettingsError::StringsFile);
            } else if !PARAMETERS.contains(&name.as_str()) {
                errors.push(SettingsError::Unknown(name));
            } else if pairs.iter().any(|(n, _)| *n == name) {
                errors.push(SettingsError::Repeated(name));
            } else {
                pairs.push((name, value));
            }
        }
        let read = settings::parse(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        errors.extend(read.ignored.iter().cloned().map(SettingsError::Value));
        errors.extend(
            read.topics
                .iter()
                .filter(|t| !topics.contains(t))
                .map(|t| SettingsError::NoSuchTopic(t.clone())),
        );
        if errors.is_empty() {
            Ok(Self {
                pairs,
                pass_mark: read.pass_mark,
            })
        } else {
            Err(errors)
        }
    }

    /// The settings with `extra` after them, as a query a URL and a script can both hold:
    /// every byte outside `A–Z a–z 0–9 - . _ ~` percent-encoded.
    pub fn query(&self, extra: &[(&str, &str)]) -> String {
        let own = self.pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
        let all: Vec<String> = own
            .chain(extra.iter().copied())
            .map(|(n, v)| format!("{}={}", encode(n), encode(v)))
            .collect();
        all.join("&")
    }
}

/// Form-decoded text: `+` is a space, `%XX` a byte; `None` when not UTF-8 or malformed.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encoded text, safe in a URL query and inside a quoted script string.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_encodes_what_scripts_fear() {
        let chosen = Chosen::parse("?mode=exam&accent=%23aa3300&pass=80", &[]).unwrap();
        assert_eq!(chosen.pass_mark, 80);
        assert_eq!(chosen.pairs[1], ("accent".into(), "#aa3300".into()));
        assert_eq!(
            chosen.query(&[("scorm", "1.2")]),
            "mode=exam&accent=%23aa3300&pass=80&scorm=1.2"
        );
    }

    #[test]
    fn every_mistake_is_named() {
        let topics = vec!["roles".to_string()];
        let errors = Chosen::parse(
            "pass=120&mode=exam&mode=practice&colour=red&scorm=2004&topics=roles,nope&x=%zz",
            &topics,
        )
        .unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 6, "{shown:#?}");
        assert!(shown.iter().any(|e| e.starts_with("pass")), "{shown:#?}");
        assert!(shown.contains(&"\"mode\" is given twice".to_string()));
        assert!(shown
            .iter()
            .any(|e| e.starts_with("\"colour\" is not a setting")));
        assert!(shown.iter().any(|e| e.contains("set by the package")));
        assert!(shown.contains(&"topics: the bank has no topic \"nope\"".to_string()));
        assert!(shown.contains(&"\"x=%zz\" is not URL-encoded text".to_string()));
    }
}
