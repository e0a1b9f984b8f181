//! Fetching a same-origin file, such as a provider's question bank.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Debug, PartialEq, Eq)]
/// Why a file could not be fetched.
pub enum FetchError {
    /// The network or the server failed, or the body was unreadable.
    Unreachable,
    /// The server answered with this HTTP status.
    Status(u16),
    /// The file ended up on another origin, by a redirect say.
    OtherOrigin,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Unreachable => f.write_str("the file could not be fetched"),
            FetchError::Status(code) => write!(f, "the server answered HTTP {code}"),
            FetchError::OtherOrigin => {
                f.write_str("the file is on another origin; banks must be served from this site")
            }
        }
    }
}

impl std::error::Error for FetchError {}

/// Fetches a file relative to the page, refusing anything that ends up on another
/// origin (a redirect, say).
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let response = JsFuture::from(window().fetch_with_str(path))
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Unreachable)?;
    let origin = window().location().origin().unwrap_or_default();
    if !response.url().starts_with(&format!("{origin}/")) {
        return Err(FetchError::OtherOrigin);
    }
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Unreachable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::Unreachable)
}
