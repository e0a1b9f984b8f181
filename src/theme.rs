//! Applies a provider's accent colour as CSS custom properties, with shades derived
//! for light and dark schemes so text keeps its contrast whatever colour was chosen.

use leptos::prelude::document;
use quiz_core::colour::{
    palette, Palette, Rgb, DARK_PAGE, DARK_SURFACE, LIGHT_PAGE, LIGHT_SURFACE,
};
use wasm_bindgen::JsCast;

/// Sets the `--brand-*` properties on `<html>` for `accent`, light and dark.
pub fn apply_accent(accent: Rgb) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    let schemes: [(&str, Palette); 2] = [
        ("", palette(accent, LIGHT_PAGE, LIGHT_SURFACE)),
        ("-dark", palette(accent, DARK_PAGE, DARK_SURFACE)),
    ];
    for (suffix, p) in schemes {
        for (name, colour) in [
            ("accent", p.accent),
            ("strong", p.strong),
            ("on", p.on_accent),
            ("soft", p.soft),
        ] {
            // CSSOM, not a style attribute: allowed under a strict style-src policy.
            let _ = style.set_property(&format!("--brand-{name}{suffix}"), &colour.hex());
        }
    }
}
