//! The browser side of embedding: posting events to the host page, answering its
//! `measure` command, and reporting the content height whenever it changes.

use leptos::prelude::*;
use quiz_core::events::{HostEvent, MESSAGE_TYPE, PROTOCOL};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The host window, when this page is framed.
fn host() -> Option<web_sys::Window> {
    let me = window();
    let parent = me.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &me)).then_some(parent)
}

/// Posts an event to the host page, if framed, at each origin it may go to.
pub fn send(event: &HostEvent, allowed: &[String]) {
    send_message(&event.to_json(), event, allowed);
}

/// Posts `message`, the event as JSON with anything added to it (an xAPI statement),
/// where `event` may go.
pub fn send_message(message: &serde_json::Value, event: &HostEvent, allowed: &[String]) {
    let Some(parent) = host() else { return };
    let Ok(message) = js_sys::JSON::parse(&message.to_string()) else {
        return;
    };
    post(&parent, &message, event, allowed);
}

/// The resize event, built as `HostEvent::to_json` builds it but without serde_json: the
/// start screen sends it before the core (where the other events are made) is in.
fn send_resize(height: u32, allowed: &[String]) {
    let Some(parent) = host() else { return };
    // Resize owns nothing to free. Not dropping it keeps HostEvent's drop code, which
    // knows answers and questions, out of the main module.
    let event = std::mem::ManuallyDrop::new(HostEvent::Resize { height });
    let message = js_sys::Object::new();
    for (key, value) in [
        ("type", JsValue::from_str(MESSAGE_TYPE)),
        ("version", PROTOCOL.into()),
        ("event", event.name().into()),
        ("height", height.into()),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    post(&parent, &message, &event, allowed);
}

fn post(parent: &web_sys::Window, message: &JsValue, event: &HostEvent, allowed: &[String]) {
    for target in event.targets(allowed) {
        if parent.post_message(message, &target).is_err() {
            leptos::logging::warn!("could not post {} to {target}", event.name());
        }
    }
}

fn content_height() -> u32 {
    document().document_element().map_or(0, |root| {
        root.get_bounding_client_rect().height().ceil() as u32
    })
}

/// Keeps the host told of the content height, and answers `measure` from allowed origins.
pub fn connect(allowed: Vec<String>) {
    if host().is_none() {
        return;
    }
    let allowed = Rc::new(allowed);
    let last = Rc::new(Cell::new(0));
    let report = {
        let allowed = allowed.clone();
        move |force: bool| {
            let height = content_height();
            if force || height != last.get() {
                last.set(height);
                send_resize(height, &allowed);
            }
        }
    };
    let observe = report.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || observe(false));
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    on_resize.forget();
    let _ = window_event_listener(leptos::ev::message, move |e| {
        let from_host = host()
            .zip(e.source())
            .is_some_and(|(h, s)| js_sys::Object::is(&h, &s));
        let data = e.data();
        let field = |name: &str| {
            js_sys::Reflect::get(&data, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let is_measure = field("type").as_deref() == Some(MESSAGE_TYPE)
            && field("command").as_deref() == Some("measure");
        if from_host && is_measure && allowed.iter().any(|o| *o == e.origin()) {
            report(true);
        }
    });
}
