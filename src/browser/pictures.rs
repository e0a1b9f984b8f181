//! Pictures ahead of need: the next question's fetched while the learner reads, and a
//! provider bank's all kept by the service worker, so a run works offline after one visit.

use wasm_bindgen::JsValue;

/// The window property that holds the addresses the app asks sw-register.js to keep.
pub const KEEP_LIST: &str = "__pmoQuizKeep";
/// The window event that tells sw-register.js to read `KEEP_LIST`.
pub const KEEP_EVENT: &str = "pmo-quiz:keep";

/// Starts fetching the picture at `url` into the browser's cache, decoded off the main thread.
pub fn prefetch_image(url: &str) {
    if let Ok(img) = web_sys::HtmlImageElement::new() {
        img.set_decoding("async");
        img.set_src(url);
    }
}

/// Asks the service worker to fetch and keep `urls` (relative to the page) for offline use.
pub fn keep_offline(urls: Vec<String>) {
    if urls.is_empty() {
        return;
    }
    let window = leptos::prelude::window();
    let list: js_sys::Array = urls.into_iter().map(JsValue::from).collect();
    let _ = js_sys::Reflect::set(&window, &KEEP_LIST.into(), &list);
    if let Ok(event) = web_sys::Event::new(KEEP_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}
