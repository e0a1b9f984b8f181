//! The page's life: yielding to the browser, visibility, printing, and the service worker's word of a new version.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The window flag sw-register.js sets once a new version is waiting.
pub const UPDATE_READY_FLAG: &str = "__pmoQuizUpdateReady";
/// The window event sw-register.js fires when a new version is waiting.
pub const UPDATE_READY_EVENT: &str = "pmo-quiz:update-ready";
/// The window flag sw-register.js sets once the service worker holds every file.
pub const OFFLINE_READY_FLAG: &str = "__pmoQuizOfflineReady";
/// The window event sw-register.js fires once the service worker holds every file.
pub const OFFLINE_READY_EVENT: &str = "pmo-quiz:offline-ready";
/// The window event the app fires to ask sw-register.js to switch versions.
pub const APPLY_UPDATE_EVENT: &str = "pmo-quiz:apply-update";

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

/// Runs `f` once the next frame has been painted, or at once in a hidden page, which
/// paints no frames.
pub fn after_paint(f: impl FnOnce() + 'static) {
    if !page_visible() {
        f();
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        leptos::task::spawn_local(async move {
            next_task().await;
            f();
        })
    });
}

/// True while the page is visible, so clocks pause in background tabs.
pub fn page_visible() -> bool {
    leptos::prelude::document().visibility_state() == web_sys::VisibilityState::Visible
}

/// Whether sw-register.js has already seen a new version waiting.
pub fn update_waiting() -> bool {
    js_sys::Reflect::get(&leptos::prelude::window(), &UPDATE_READY_FLAG.into())
        .is_ok_and(|v| v.is_truthy())
}

/// Whether sw-register.js has already seen the service worker hold every file.
pub fn offline_ready() -> bool {
    js_sys::Reflect::get(&leptos::prelude::window(), &OFFLINE_READY_FLAG.into())
        .is_ok_and(|v| v.is_truthy())
}

/// Asks sw-register.js to switch to the waiting version; the page then reloads.
pub fn apply_update() {
    if let Ok(event) = web_sys::Event::new(APPLY_UPDATE_EVENT) {
        let _ = leptos::prelude::window().dispatch_event(&event);
    }
}

/// Opens the browser's print dialog, for a paper copy of the results.
pub fn print() {
    let _ = leptos::prelude::window().print();
}
