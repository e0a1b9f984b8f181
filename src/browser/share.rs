//! Sharing a result: the system share sheet where there is one, else the clipboard.

use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// How sharing a result went.
pub enum Shared {
    /// Handed to the system share sheet.
    Shared,
    /// Copied to the clipboard instead.
    Copied,
    /// Neither worked; the learner is told.
    Failed,
}

/// Shares `text` with the Web Share API where there is one, else copies it.
pub async fn share_or_copy(title: &str, text: &str) -> Shared {
    let navigator = leptos::prelude::window().navigator();
    let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    if can_share {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        return match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => Shared::Shared,
            // The learner closed the share sheet: not a failure worth a message.
            Err(e)
                if js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .as_deref()
                    == Some("AbortError") =>
            {
                Shared::Shared
            }
            Err(_) => copy(&navigator, text).await,
        };
    }
    copy(&navigator, text).await
}

async fn copy(navigator: &web_sys::Navigator, text: &str) -> Shared {
    match JsFuture::from(navigator.clipboard().write_text(text)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}
