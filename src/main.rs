//! The wasm entry point: mounts the widget on the page's body.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(pmo_leader_quiz::App);
}
