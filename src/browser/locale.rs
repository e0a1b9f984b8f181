//! What the page was asked for: its query parameters and the learner's languages, and dates in their locale.

use leptos::prelude::window;
use wasm_bindgen::JsCast;

/// The page's query parameters, decoded by the browser's own `URLSearchParams`.
pub fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let Ok(Some(entries)) = js_sys::try_iter(&params) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.unchecked_into();
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let navigator = leptos::prelude::window().navigator();
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// A date, and optionally the time, in the learner's language and time zone.
pub fn format_date(ms: u64, lang: &str, with_time: bool) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    if with_time {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    }
    date.to_locale_string(lang, &options).into()
}
