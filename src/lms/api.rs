//! Finding the LMS's SCORM API object and calling it. A failed call is logged with the
//! LMS's error code and text and otherwise ignored: the quiz never waits on the LMS.

use js_sys::{Function, Object, Reflect};
use leptos::logging::warn;
use quiz_core::scorm::{Method, Version};
use wasm_bindgen::{JsCast, JsValue};

/// How many windows up each chain the search looks: ADL's sample code looks 7 up for
/// 1.2 and 500 for 2004; LMS players nest a few frames at most.
pub const MAX_DEPTH: usize = 20;

/// SCORM 2004's "data model element value not initialized": reading an element the LMS
/// has no value for yet, which is expected on a first launch and not worth a warning.
const NOT_INITIALIZED: &str = "403";

/// An LMS's API object, of one version.
pub struct Api {
    object: JsValue,
    /// Which version's names it answers to.
    pub version: Version,
}

/// A property of a JS object, if it has one; never throws.
pub(super) fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    // A cross-origin window throws on most properties: that window has no API for us.
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Looks in `window` and up its parents for an API of one of `versions`, in that order.
fn up_from(window: JsValue, versions: &[Version]) -> Option<Api> {
    let mut current = window;
    for _ in 0..MAX_DEPTH {
        for &version in versions {
            if let Some(object) = property(&current, version.api_name()) {
                return Some(Api { object, version });
            }
        }
        let parent = property(&current, "parent")?;
        if Object::is(&parent, &current) {
            return None;
        }
        current = parent;
    }
    None
}

/// The standard discovery: this window and its parents, then the opener's chain (an LMS
/// that launches the SCO in a new window), then the top window's opener's.
pub fn discover(versions: &[Version]) -> Option<Api> {
    let me: JsValue = leptos::prelude::window().into();
    if let Some(api) = up_from(me.clone(), versions) {
        return Some(api);
    }
    let top = property(&me, "top");
    [Some(me), top]
        .into_iter()
        .flatten()
        .filter_map(|w| property(&w, "opener"))
        .find_map(|opener| up_from(opener, versions))
}

/// Whether a call's result means success: `true` or the string `"true"`.
fn succeeded(result: &JsValue) -> bool {
    *result == JsValue::TRUE || result.as_string().as_deref() == Some("true")
}

/// A result as text. SCORM's results are strings; anything else reads as empty.
fn text(value: &JsValue) -> String {
    value.as_string().unwrap_or_default()
}

/// The arguments as the log shows them.
fn shown(args: &[&str]) -> String {
    match args {
        [one] => one.to_string(),
        [one, two] => format!("{one}, {two}"),
        _ => String::new(),
    }
}

// No `dyn_into`, `as_f64` or `as_bool` here: each pulled a helper into the main module
// (all JS imports live there).
impl Api {
    fn call(&self, method: Method, args: &[&str]) -> JsValue {
        let name = self.version.method(method);
        let Some(function) = property(&self.object, name).filter(JsValue::is_function) else {
            warn!("LMS API has no {name}()");
            return JsValue::FALSE;
        };
        let function: &Function = function.unchecked_ref();
        // call1 and call2 rather than apply and an array: the main module already has
        // call1. A method without arguments gets `undefined`, which JS reads the same.
        let arg = |i: usize| {
            args.get(i)
                .map_or(JsValue::UNDEFINED, |a| JsValue::from_str(a))
        };
        let result = match args.len() {
            0 | 1 => function.call1(&self.object, &arg(0)),
            _ => function.call2(&self.object, &arg(0), &arg(1)),
        };
        result.unwrap_or_else(|e| {
            warn!("LMS {name}() threw: {e:?}");
            JsValue::FALSE
        })
    }

    /// The LMS's last error as its code and text, e.g. `("405", "Incorrect data type")`.
    fn last_error(&self) -> (String, String) {
        let code = text(&self.call(Method::GetLastError, &[]));
        let words = text(&self.call(Method::GetErrorString, &[&code]));
        (code, words)
    }

    /// Calls a method that answers true or false; a false is logged with its error code.
    fn check(&self, method: Method, args: &[&str]) -> bool {
        let ok = succeeded(&self.call(method, args));
        if !ok {
            let (code, words) = self.last_error();
            let name = self.version.method(method);
            warn!("LMS {name}({}) failed: error {code} {words}", shown(args));
        }
        ok
    }

    /// Starts the session.
    pub fn initialize(&self) -> bool {
        self.check(Method::Initialize, &[""])
    }

    /// Ends the session.
    pub fn terminate(&self) -> bool {
        self.check(Method::Terminate, &[""])
    }

    /// Asks the LMS to store what has been set.
    pub fn commit(&self) -> bool {
        self.check(Method::Commit, &[""])
    }

    /// Writes one element.
    pub fn set(&self, element: &str, value: &str) -> bool {
        self.check(Method::SetValue, &[element, value])
    }

    /// Reads one element; empty when the LMS has no value (an error is logged, bar 403).
    pub fn get(&self, element: &str) -> String {
        let value = text(&self.call(Method::GetValue, &[element]));
        if value.is_empty() {
            let (code, words) = self.last_error();
            if !code.is_empty() && code != "0" && code != NOT_INITIALIZED {
                let name = self.version.method(Method::GetValue);
                warn!("LMS {name}({element}) failed: error {code} {words}");
            }
        }
        value
    }
}
