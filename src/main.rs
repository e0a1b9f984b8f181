//! The wasm entry point: mounts the widget on the page's body.

fn main() {
    console_error_panic_hook::set_once();
    // The static start screen (src/web/pre.js) stays up until the interface's strings are in.
    // wasm-bindgen's own executor: leptos's is set up by mounting, which comes after.
    wasm_bindgen_futures::spawn_local(async {
        let boot = pmo_leader_quiz::boot::prepare().await;
        leptos::mount::mount_to_body(move || leptos::view! { <pmo_leader_quiz::App boot /> });
    });
    // Test builds only (the `test-panic` feature): with `?test-panic=1` in the URL, the
    // first click anywhere panics, after the app has drawn, as a bug in an event handler
    // would. tests/e2e/crash.spec.mjs uses it to show the crash screen (src/web/crash.js).
    #[cfg(feature = "test-panic")]
    if leptos::prelude::window()
        .location()
        .search()
        .is_ok_and(|s| s.contains("test-panic=1"))
    {
        let _ = leptos::prelude::window_event_listener(leptos::ev::click, |_| {
            panic!("test-panic: the crash screen's test trigger")
        });
    }
}
