//! Small edges to the browser that the rest of the app should not touch directly:
//! the clock, randomness, the query string and fetching a same-origin file.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's number in the learner's time zone: days since 1970-01-01 local time.
pub fn today() -> i64 {
    let offset_ms = js_sys::Date::new_0().get_timezone_offset() * 60_000.0;
    ((js_sys::Date::now() - offset_ms) / 86_400_000.0).floor() as i64
}

/// A seed for a new attempt; it is kept with the attempt so the run can be replayed.
pub fn fresh_seed() -> u64 {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ now_ms().rotate_left(32)
}

/// The page's query parameters, decoded. Undecodable ones are skipped.
pub fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    let decode = |s: &str| {
        js_sys::decode_uri_component(&s.replace('+', " "))
            .ok()
            .and_then(|v| v.as_string())
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(name)?, decode(value)?))
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    Unreachable,
    Status(u16),
    OtherOrigin,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Unreachable => f.write_str("the file could not be fetched"),
            FetchError::Status(code) => write!(f, "the server answered HTTP {code}"),
            FetchError::OtherOrigin => {
                f.write_str("the file is on another origin; banks must be served from this site")
            }
        }
    }
}

/// Fetches a file relative to the page, refusing anything that ends up on another
/// origin (a redirect, say).
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let response = JsFuture::from(window().fetch_with_str(path))
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Unreachable)?;
    let origin = window().location().origin().unwrap_or_default();
    if !response.url().starts_with(&format!("{origin}/")) {
        return Err(FetchError::OtherOrigin);
    }
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Unreachable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::Unreachable)
}

/// JSON laid out for people to read; the browser's printer costs no wasm bytes.
pub fn pretty_json(compact: &str) -> String {
    js_sys::JSON::parse(compact)
        .and_then(|value| {
            js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &wasm_bindgen::JsValue::NULL,
                &2.into(),
            )
        })
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| compact.to_owned())
}

/// Offers `text` to the learner as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = leptos::prelude::document()
        .create_element("a")?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The text of the first file chosen in a file input.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// True while the page is visible, so clocks pause in background tabs.
/// Resolves in a later task, so the browser can paint and take input between. A message
/// to itself, not a zero timeout: timers are clamped, throttled in the background, and
/// stopped by test clocks.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::MessageChannel::new() {
        Ok(channel) => {
            // The port stays alive while it has a listener and a message on its way.
            channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        }
        Err(_) => {
            let _ = window().set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

pub fn page_visible() -> bool {
    leptos::prelude::document().visibility_state() == web_sys::VisibilityState::Visible
}

/// Whether sw-register.js has already seen a new version waiting.
pub fn update_waiting() -> bool {
    js_sys::Reflect::get(&leptos::prelude::window(), &"__pmoQuizUpdateReady".into())
        .is_ok_and(|v| v.is_truthy())
}

/// Asks sw-register.js to switch to the waiting version; the page then reloads.
pub fn apply_update() {
    if let Ok(event) = web_sys::Event::new("pmo-quiz:apply-update") {
        let _ = leptos::prelude::window().dispatch_event(&event);
    }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the system share sheet.
    Shared,
    /// Copied to the clipboard instead.
    Copied,
    Failed,
}

/// Shares `text` with the Web Share API where there is one, else copies it.
pub async fn share_or_copy(title: &str, text: &str) -> Shared {
    let navigator = leptos::prelude::window().navigator();
    let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    if can_share {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        return match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => Shared::Shared,
            // The learner closed the share sheet: not a failure worth a message.
            Err(e)
                if js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .as_deref()
                    == Some("AbortError") =>
            {
                Shared::Shared
            }
            Err(_) => copy(&navigator, text).await,
        };
    }
    copy(&navigator, text).await
}

async fn copy(navigator: &web_sys::Navigator, text: &str) -> Shared {
    match JsFuture::from(navigator.clipboard().write_text(text)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

pub fn print() {
    let _ = leptos::prelude::window().print();
}
