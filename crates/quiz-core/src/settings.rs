//! Embed settings from URL parameters. A bad value never breaks the quiz: it falls
//! back to the default and leaves a warning naming the parameter and the reason.

use crate::colour::Rgb;
use crate::mode::Mode;
use crate::scorm::Version;
use std::fmt;

/// The most questions the `count` setting may ask for.
pub const MAX_COUNT: usize = 200;
/// The longest time limit the `minutes` setting may give, in minutes.
pub const MAX_MINUTES: u32 = 600;

/// Every URL parameter the quiz reads, in the order the docs list them. The host script
/// (`embed/embed.js`) maps a `data-*` attribute to each; a test holds the two together.
pub const PARAMETERS: [&str; 14] = [
    "mode", "topics", "count", "pass", "shuffle", "lang", "accent", "ns", "origins", "bank",
    "minutes", "scorm", "xapi", "strings",
];

/// How the embedding page set the quiz up; every field falls back to a safe default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The mode Start begins (`mode`).
    pub mode: Mode,
    /// Topic ids to draw from; empty means all (`topics`).
    pub topics: Vec<String>,
    /// Questions per attempt; `None` means the default of 12 (`count`).
    pub count: Option<usize>,
    /// The percent needed to pass, 0 to 100 (`pass`).
    pub pass_mark: u32,
    /// Whether questions and choices are shuffled (`shuffle`).
    pub shuffle: bool,
    /// The learner's language as a tag, before the bank's and the browser's (`lang`).
    pub lang: Option<String>,
    /// A path to the provider's interface strings file on the quiz's site (`strings`).
    pub strings: Option<String>,
    /// The provider's accent colour; `None` keeps the built-in blue (`accent`).
    pub accent: Option<Rgb>,
    /// Keeps this widget's saved progress apart from others on the site (`ns`).
    pub namespace: Option<String>,
    /// The origins allowed to receive host events (`origins`).
    pub origins: Vec<String>,
    /// A path to the provider's own bank on the quiz's site; `None` uses the built-in one (`bank`).
    pub bank: Option<String>,
    /// An exam's time limit in minutes; `None` for no clock (`minutes`).
    pub minutes: Option<u32>,
    /// The SCORM version to look for; `None` looks for 2004, then 1.2 (`scorm`).
    pub scorm: Option<Version>,
    /// Whether answers and results also go to the host as xAPI statements (`xapi`).
    pub xapi: bool,
    /// The settings that were ignored, with why, for the console.
    pub ignored: Vec<Warning>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            mode: Mode::Practice,
            topics: Vec::new(),
            count: None,
            pass_mark: 70,
            shuffle: true,
            lang: None,
            strings: None,
            accent: None,
            namespace: None,
            origins: Vec::new(),
            bank: None,
            minutes: None,
            scorm: None,
            xapi: false,
            ignored: Vec::new(),
        }
    }
}

/// Why a setting's value was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Not a whole number.
    NotANumber,
    /// A number outside the range the setting allows.
    OutOfRange {
        /// The smallest value allowed.
        min: u64,
        /// The largest value allowed.
        max: u64,
    },
    /// Not one of these words.
    NotOneOf(&'static [&'static str]),
    /// Not a colour in a form `Rgb::parse` reads.
    NotAColour,
    /// Not letters, digits, `-` and `_` (at most 40), as ids and namespaces must be.
    BadIdentifier,
    /// Not an `http` or `https` origin.
    NotAnOrigin,
    /// A bank path that leaves the quiz's own origin.
    NotRelative,
    /// Not a language tag such as `fr` or `pt-BR`.
    NotALanguage,
}

/// A setting that was ignored, logged to the console so the provider can fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The URL parameter's name, such as `count`.
    pub parameter: String,
    /// The value as given, trimmed.
    pub value: String,
    /// Why it was ignored.
    pub reason: Reason,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "setting {}=\"{}\" ignored: {}",
            self.parameter, self.value, self.reason
        )
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::NotANumber => f.write_str("not a whole number"),
            Reason::OutOfRange { min, max } => write!(f, "must be from {min} to {max}"),
            Reason::NotOneOf(options) => write!(f, "must be one of {}", options.join(", ")),
            Reason::NotAColour => f.write_str("not a colour; use #rgb, #rrggbb or rgb(r, g, b)"),
            Reason::BadIdentifier => f.write_str("use letters, digits, - and _ only (at most 40)"),
            Reason::NotAnOrigin => f.write_str("not an origin such as https://example.org"),
            Reason::NotRelative => f.write_str("must be a path on this site, not another origin"),
            Reason::NotALanguage => f.write_str("not a language tag such as fr or pt-BR"),
        }
    }
}

impl std::error::Error for Warning {}

fn identifier(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 40
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn number(value: &str, min: u64, max: u64) -> Result<u64, Reason> {
    let n: u64 = value.trim().parse().map_err(|_| Reason::NotANumber)?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(Reason::OutOfRange { min, max })
    }
}

fn origin(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    rest.is_some_and(|host| {
        !host.is_empty()
            && !host.contains(['/', '?', '#', '@', ' '])
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    })
}

/// A bank or strings path must stay on the widget's own origin: no scheme (`https:`, `data:`),
/// no `//host`.
fn same_origin_path(value: &str) -> bool {
    !value.is_empty() && !value.contains(':') && !value.starts_with("//") && !value.contains('\\')
}

/// An on/off switch as URLs spell it.
fn switch(value: &str) -> Result<bool, Reason> {
    match value {
        "on" | "true" | "1" => Ok(true),
        "off" | "false" | "0" => Ok(false),
        _ => Err(Reason::NotOneOf(&["on", "off"])),
    }
}

/// Reads settings from decoded query pairs, once, at start-up; what was ignored is in
/// `Settings::ignored`. Unknown parameters are left alone so a host page can add its own.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Settings {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    for (name, value) in pairs {
        let value = value.trim();
        let result: Result<(), Reason> = match name {
            "mode" => match Mode::from_name(value) {
                Some(mode) => {
                    settings.mode = mode;
                    Ok(())
                }
                None => Err(Reason::NotOneOf(Mode::NAMES)),
            },
            "topics" => {
                let topics: Vec<String> = value
                    .split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(String::from)
                    .collect();
                if topics.iter().all(|t| identifier(t)) && !topics.is_empty() {
                    settings.topics = topics;
                    Ok(())
                } else {
                    Err(Reason::BadIdentifier)
                }
            }
            "count" => number(value, 1, MAX_COUNT as u64).map(|n| {
                settings.count = Some(n as usize);
            }),
            "pass" => number(value, 0, 100).map(|n| {
                settings.pass_mark = n as u32;
            }),
            "shuffle" => switch(value).map(|on| settings.shuffle = on),
            "xapi" => switch(value).map(|on| settings.xapi = on),
            "scorm" => match Version::from_parameter(value) {
                Some(version) => {
                    settings.scorm = Some(version);
                    Ok(())
                }
                None => Err(Reason::NotOneOf(&["1.2", "2004"])),
            },
            "lang" => {
                if crate::lang::well_formed(value) {
                    settings.lang = Some(value.to_string());
                    Ok(())
                } else {
                    Err(Reason::NotALanguage)
                }
            }
            "accent" => Rgb::parse(value)
                .map(|c| {
                    settings.accent = Some(c);
                })
                .ok_or(Reason::NotAColour),
            "ns" => {
                if identifier(value) {
                    settings.namespace = Some(value.to_string());
                    Ok(())
                } else {
                    Err(Reason::BadIdentifier)
                }
            }
            "origins" => {
                let origins: Vec<&str> =
                    value.split([',', ' ']).filter(|o| !o.is_empty()).collect();
                if !origins.is_empty() && origins.iter().all(|o| origin(o)) {
                    settings.origins = origins.into_iter().map(String::from).collect();
                    Ok(())
                } else {
                    Err(Reason::NotAnOrigin)
                }
            }
            "bank" | "strings" => {
                if same_origin_path(value) {
                    let slot = if name == "bank" {
                        &mut settings.bank
                    } else {
                        &mut settings.strings
                    };
                    *slot = Some(value.to_string());
                    Ok(())
                } else {
                    Err(Reason::NotRelative)
                }
            }
            "minutes" => number(value, 1, u64::from(MAX_MINUTES)).map(|n| {
                settings.minutes = Some(n as u32);
            }),
            _ => Ok(()),
        };
        if let Err(reason) = result {
            warnings.push(Warning {
                parameter: name.to_string(),
                value: value.to_string(),
                reason,
            });
        }
    }
    settings.ignored = warnings;
    settings
}
