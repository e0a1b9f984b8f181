//! The language's rules from the browser's `Intl`: which plural category a count falls
//! in, and how numbers, percentages and durations are written.

use js_sys::{Array, Intl, Object, Reflect};
use quiz_core::strings::{self, Category, Number, Texts};
use wasm_bindgen::{JsCast, JsValue};

/// `{ key: value, … }` as a JS options object.
fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}

/// `[lang]`, the locales argument every `Intl` constructor takes.
fn locales(lang: &str) -> Array {
    Array::of1(&lang.into())
}

/// The plural category of `n` in `lang`, by `Intl.PluralRules`.
fn plural(lang: &str, n: usize) -> Category {
    let rules = Intl::PluralRules::new(&locales(lang), &Object::new());
    let name: String = rules.select(n as f64).into();
    Category::from_name(&name).unwrap_or(Category::Other)
}

/// The categories `lang`'s whole numbers use, from `Intl.PluralRules`; CLDR's table in
/// `quiz_core` where the browser cannot say.
pub fn categories(lang: &str) -> Vec<Category> {
    let rules = Intl::PluralRules::new(&locales(lang), &Object::new());
    let listed = Reflect::get(&rules.resolved_options(), &"pluralCategories".into())
        .ok()
        .and_then(|v| v.dyn_into::<Array>().ok());
    match listed {
        Some(list) => list
            .iter()
            .filter_map(|c| Category::from_name(&c.as_string()?))
            .collect(),
        None => strings::categories(lang).to_vec(),
    }
}

/// `number` as `lang` writes it, by `Intl.NumberFormat`.
fn number(lang: &str, number: Number) -> String {
    let (value, options) = match number {
        Number::Count(n) => (n as f64, Object::new()),
        Number::Points(milli) => (
            f64::from(milli / 100) / 10.0,
            options(&[("maximumFractionDigits", 1.into())]),
        ),
        Number::Percent(p) => (
            f64::from(p) / 100.0,
            options(&[("style", "percent".into())]),
        ),
        Number::Minutes(m) => (
            f64::from(m),
            options(&[
                ("style", "unit".into()),
                ("unit", "minute".into()),
                ("unitDisplay", "short".into()),
            ]),
        ),
    };
    let format = Intl::NumberFormat::new(&locales(lang), &options).format();
    format
        .call1(&JsValue::NULL, &value.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| strings::plain(lang, number))
}

/// `texts` with the browser's plural and number rules, kept for the page's life.
pub fn texts_for(texts: Texts) -> &'static Texts {
    // Field by field, not `..texts`: a struct literal this wide copies field by field too.
    let texts = Box::leak(Box::new(texts));
    texts.plural = plural;
    texts.number = number;
    texts
}
