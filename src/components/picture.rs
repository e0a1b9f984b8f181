//! Pictures from the bank: scaled to the card with their ratio kept, and shown full size
//! in a native modal dialog that Escape or its button closes.

use super::nodes::{filled, Fill, Shown};
use crate::state::{use_attempting, use_text};
use leptos::either::Either;
use leptos::prelude::*;
use quiz_core::bank::Image;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, HtmlDialogElement, HtmlElement};

thread_local! {
    /// The button that opened the full-size view, to take focus back when it closes.
    static OPENER: std::cell::RefCell<Option<HtmlElement>> = const { std::cell::RefCell::new(None) };
}

/// The page's one full-size dialog, made on first use. It is built from DOM calls rather
/// than a view: most banks have no pictures, and a view would cost every learner its code.
fn dialog(close_label: &str) -> Option<HtmlDialogElement> {
    let doc = document();
    if let Some(found) = doc.query_selector("body > dialog.full-size").ok().flatten() {
        return found.dyn_into().ok();
    }
    let dialog: HtmlDialogElement = doc.create_element("dialog").ok()?.dyn_into().ok()?;
    dialog.set_class_name("full-size");
    let img = doc.create_element("img").ok()?;
    let form = doc.create_element("form").ok()?;
    let _ = form.set_attribute("method", "dialog");
    let button = doc.create_element("button").ok()?;
    button.set_class_name("secondary");
    button.set_text_content(Some(close_label));
    let _ = form.append_child(&button);
    let _ = dialog.append_child(&img);
    let _ = dialog.append_child(&form);
    let back = Closure::<dyn Fn()>::new(|| {
        OPENER.with(|o| o.borrow_mut().take().map(|el| el.focus()));
    });
    dialog.set_onclose(Some(back.as_ref().unchecked_ref()));
    back.forget();
    doc.body()?.append_child(&dialog).ok()?;
    Some(dialog)
}

/// Shows `image` (at `url`) full size; Escape or Close returns focus to `opener`.
fn show(opener: Element, url: &str, image: &Image, lang: &str) {
    let t = use_text();
    let Some(dialog) = dialog(t.close_picture) else {
        return;
    };
    let set = |el: &Element, name: &str, value: &str| {
        let _ = el.set_attribute(name, value);
    };
    set(&dialog, "aria-label", &image.alt);
    set(&dialog, "lang", lang);
    if let Some(img) = dialog.first_element_child() {
        set(&img, "src", url);
        set(&img, "alt", &image.alt);
        set(&img, "width", &image.width.to_string());
        set(&img, "height", &image.height.to_string());
    }
    if let Some(button) = dialog.query_selector("button").ok().flatten() {
        button.set_text_content(Some(t.close_picture));
        set(&button, "lang", t.lang);
    }
    OPENER.with(|o| *o.borrow_mut() = opener.dyn_into().ok());
    let _ = dialog.show_modal();
}

/// A button that shows `image` full size, holding `inside`.
fn opener(image: &Image, class: &'static str, name: Option<String>, inside: Fill) -> impl IntoView {
    let url = use_attempting().picture_url(&image.src);
    let lang = super::bank_lang();
    let image = image.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
        {
            show(el, &url, &image, &lang);
        }
    };
    view! {
        <button type="button" class=class aria-haspopup="dialog" aria-label=name on:click=on_click>{filled("", inside)}</button>
    }
}

/// A question's picture: a tap or Enter shows it full size. A decorative one is only shown.
pub fn picture(image: &Image, lazy: bool) -> impl IntoView {
    let mut shown = Shown::new(image, "picture-image");
    shown.lazy = lazy;
    if image.decorative {
        return Either::Left(filled("picture", Fill::Picture(shown)));
    }
    // Named by the alt, then what a tap does.
    shown.hint = Some(use_text().show_full_size);
    Either::Right(opener(image, "picture", None, Fill::Picture(shown)))
}

/// A choice's picture, inside its label so a tap picks the choice; `zoom_button` beside
/// the label shows it full size. With `described_by`, the alt goes to a hidden element of
/// that id (the choice's description) instead of into the choice's name.
pub fn choice_picture(image: &Image, described_by: Option<String>) -> impl IntoView {
    let mut shown = Shown::new(image, "choice-picture");
    shown.described_by = described_by;
    filled("", Fill::Picture(shown))
}

/// The corner button that shows a choice's picture full size.
pub fn zoom_button(image: &Image) -> impl IntoView {
    let t = use_text();
    let name = format!("{}{}{}", t.show_full_size, t.label_separator, image.alt);
    opener(image, "zoom", Some(name), Fill::Icon("⤢"))
}
