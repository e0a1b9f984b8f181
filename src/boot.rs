//! What happens before the first screen: read the settings, pick the interface's language
//! and the bank's, fetch the strings the interface needs, and start fetching the bank.
//! Until it is done the static start screen (src/web/pre.js) stays up, so a learner never
//! sees the interface switch language.
//!
//! The interface's language is the `lang` setting's, else the provider bank's, else the
//! browser's first we have, else English; a provider's `strings` file overrides them all.
//! The built-in bank's language follows the same wishes among the banks there are.

use crate::browser::{self, FetchError};
use crate::i18n::{self, Texts, Unread};
use crate::state::{StringsReport, Trouble};
use leptos::prelude::*;
use quiz_core::lang::{self, BANKS, INTERFACE};
use quiz_core::settings::{self, Settings};

/// Everything the app starts from.
pub struct Boot {
    /// The settings, parsed once.
    pub settings: Settings,
    /// The interface's strings.
    pub text: &'static Texts,
    /// The built-in bank's language: its summary is compiled in.
    pub bank_lang: &'static str,
    /// Where the bank in use comes from.
    pub bank_path: String,
    /// The bank's text once fetched, or why it was not.
    pub bank: RwSignal<Option<Result<String, FetchError>>>,
    /// What was wrong with the strings files tried, for the core to log.
    pub reports: Vec<StringsReport>,
}

/// Where the built-in bank in `lang` is, relative to the page.
pub fn built_in_bank(lang: &str) -> String {
    format!("content/bank.{lang}.json")
}

/// The `lang` field of a bank's JSON, read with the browser's parser.
fn bank_lang(json: &str) -> Option<String> {
    let value = js_sys::JSON::parse(json).ok()?;
    js_sys::Reflect::get(&value, &"lang".into())
        .ok()?
        .as_string()
}

/// Settles the languages, fetches the strings file, and starts the bank on its way.
pub async fn prepare() -> Boot {
    let pairs = browser::query_pairs();
    let settings = settings::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let browser_langs = browser::preferred_languages();
    let asked: Vec<&str> = settings.lang.iter().map(String::as_str).collect();
    let built_in_lang = lang::choose(
        asked
            .iter()
            .copied()
            .chain(browser_langs.iter().map(String::as_str)),
        &BANKS,
    )
    .unwrap_or(BANKS[0]);
    let bank_path = settings
        .bank
        .clone()
        .unwrap_or_else(|| built_in_bank(built_in_lang));
    let bank = RwSignal::new(None);
    // Only a provider's bank, with no other say, decides the interface: wait for it then.
    let mut from_bank = None;
    if settings.bank.is_some() && settings.lang.is_none() && settings.strings.is_none() {
        let fetched = browser::fetch_text(&bank_path).await;
        from_bank = fetched.as_ref().ok().and_then(|json| bank_lang(json));
        bank.set(Some(fetched));
    } else {
        let path = bank_path.clone();
        // Before the app mounts, so on wasm-bindgen's executor rather than leptos's.
        wasm_bindgen_futures::spawn_local(async move {
            bank.set(Some(browser::fetch_text(&path).await))
        });
    }
    let wanted: Vec<&str> = asked
        .iter()
        .copied()
        .chain(from_bank.as_deref())
        .chain(browser_langs.iter().map(String::as_str))
        .collect();
    let mut reports = Vec::new();
    let mut text = None;
    if let Some(path) = &settings.strings {
        text = strings(path, &mut reports).await;
    }
    if text.is_none() {
        text = match lang::choose(wanted, &INTERFACE) {
            Some(lang) if lang != INTERFACE[0] => {
                strings(&i18n::built_in_path(lang), &mut reports).await
            }
            _ => None,
        };
    }
    let text = text.unwrap_or_else(|| i18n::texts_for(i18n::EN));
    Boot {
        text,
        settings,
        bank_lang: built_in_lang,
        bank_path,
        bank,
        reports,
    }
}

/// The strings file at `path` as a catalogue, English where it falls short; `None` when
/// it cannot be used at all. What was wrong goes in `reports`.
async fn strings(path: &str, reports: &mut Vec<StringsReport>) -> Option<&'static Texts> {
    // Records the trouble; `None`, so a failed step reads `return report(…)`.
    let mut report = |trouble| -> Option<&'static Texts> {
        reports.push(StringsReport {
            path: path.to_string(),
            trouble,
        });
        None
    };
    let file = match browser::fetch_text(path)
        .await
        .map(|text| i18n::read(&text))
    {
        Ok(Ok(file)) => file,
        Ok(Err(Unread::NotJson(text))) => return report(Trouble::NotJson(text)),
        Ok(Err(Unread::Shape(problem))) => return report(Trouble::Unusable(problem)),
        Err(e) => return report(Trouble::Fetch(e)),
    };
    match i18n::load(&file, &i18n::categories(&file.lang)) {
        Ok((texts, problems)) => {
            if !problems.is_empty() {
                report(Trouble::Partial(problems));
            }
            Some(i18n::texts_for(texts))
        }
        Err(problem) => report(Trouble::Unusable(problem)),
    }
}
