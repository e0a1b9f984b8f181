//! Files the learner takes away or brings: downloads, a chosen file, readable JSON.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
