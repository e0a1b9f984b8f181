//! A strings file read with the browser's `JSON.parse`, so the first download needs no
//! JSON decoder of its own; the core chunk's decoder finds the line of a syntax error.

use js_sys::{Object, Reflect, JSON};
use quiz_core::strings::{Problem, Raw, RawFile};
use wasm_bindgen::{JsCast, JsValue};

/// Why a strings file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// Not JSON: the text is kept so the core can say where (`strings::parse_file`).
    NotJson(String),
    /// JSON, but not shaped like a strings file.
    Shape(Problem),
}

/// A field of a JS object, if it is there.
fn field(value: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(value, &name.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// A JS object's own entries, in their order.
fn entries(value: &JsValue) -> Vec<(String, JsValue)> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Vec::new();
    }
    Object::entries(value.unchecked_ref())
        .iter()
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.into();
            Some((pair.get(0).as_string()?, pair.get(1)))
        })
        .collect()
}

/// One message's value as a `Raw`.
fn raw(value: &JsValue) -> Raw {
    if let Some(text) = value.as_string() {
        return Raw::Text(text);
    }
    let forms = entries(value);
    if forms.is_empty() {
        return Raw::Other;
    }
    let texts: Option<Vec<(String, String)>> = forms
        .into_iter()
        .map(|(k, v)| Some((k, v.as_string()?)))
        .collect();
    texts.map_or(Raw::Other, Raw::Forms)
}

/// Reads the strings file `text`, as `quiz_core::strings::parse_file` does on the host.
pub fn read(text: &str) -> Result<RawFile, Unread> {
    let value = JSON::parse(text).map_err(|_| Unread::NotJson(text.to_string()))?;
    let top = |what: &str| Unread::Shape(Problem::Top(what.to_string()));
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(top(
            "the file must be a JSON object with \"lang\" and \"messages\"",
        ));
    }
    let lang = field(&value, "lang")
        .and_then(|l| l.as_string())
        .ok_or_else(|| top("\"lang\" is missing: give the language tag, such as \"nl\""))?;
    let dir = field(&value, "dir").map(|d| d.as_string().unwrap_or_else(|| "?".into()));
    let messages =
        field(&value, "messages").filter(|m| m.is_object() && !js_sys::Array::is_array(m));
    let messages =
        messages.ok_or_else(|| top("\"messages\" is missing or not an object of key: text"))?;
    Ok(RawFile {
        lang,
        dir,
        messages: entries(&messages)
            .iter()
            .map(|(k, v)| (k.clone(), raw(v)))
            .collect(),
    })
}
