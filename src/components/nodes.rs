//! Views whose content is made as DOM nodes when the view is: bank text in the Markdown
//! subset and pictures. A view type per element would cost the first question several KB
//! of wasm for content that never changes once shown; one `<span>` type with one
//! directive serves them all.

use super::rich::{append_blocks, append_inlines};
use crate::state::{use_attempting, use_text};
use leptos::prelude::*;
use quiz_core::bank::Image;
use quiz_core::markup::{parse, Block, Field, Inline};
use web_sys::Element;

/// What a `<span>` made by `filled` holds, built as DOM nodes when the span is made.
/// One type for every use, so the view code for it exists once.
#[derive(Clone)]
pub enum Fill {
    /// Bank text as inline nodes; lists, where a field has them, run on as lines.
    Inline(Vec<Block>),
    /// Bank text as paragraphs and lists.
    Blocks(Vec<Block>),
    /// An `<img>`, and maybe hidden words with it (see `Shown`).
    Picture(Shown),
    /// A symbol on a button named otherwise (its `aria-label`).
    Icon(&'static str),
}

fn fill(span: Element, what: Fill) {
    // A view rebuilt for the next question keeps its span and runs this again.
    span.set_text_content(None);
    match what {
        Fill::Inline(blocks) => {
            for (i, block) in blocks.iter().enumerate() {
                let items = match block {
                    Block::Paragraph(p) => std::slice::from_ref(p),
                    Block::Bullets(items) | Block::Numbered { items, .. } => items.as_slice(),
                };
                for (j, item) in items.iter().enumerate() {
                    if i + j > 0 {
                        append_inlines(&span, &[Inline::Break]);
                    }
                    append_inlines(&span, item);
                }
            }
        }
        Fill::Blocks(blocks) => append_blocks(&span, &blocks),
        Fill::Picture(shown) => shown.append_to(&span),
        Fill::Icon(symbol) => span.set_text_content(Some(symbol)),
    }
}

/// A `<span>` of `class` holding `what`.
pub fn filled(class: &'static str, what: Fill) -> impl IntoView {
    view! { <span class=class use:fill=what></span> }
}

/// `text` as inline nodes: for choices, notes, and one-paragraph prompts.
pub fn rich_inline(text: &str, field: Field) -> impl IntoView {
    filled("rich", Fill::Inline(parse(text, field)))
}

/// `text` as paragraphs and lists: for prompts and explanations.
pub fn rich_blocks(text: &str, field: Field) -> impl IntoView {
    filled("rich blocks", Fill::Blocks(parse(text, field)))
}

/// A picture to show as an `<img>`, built as a DOM node (`Fill::Picture`).
#[derive(Clone)]
pub struct Shown {
    pub(super) url: String,
    pub(super) image: Image,
    pub(super) lang: std::sync::Arc<str>,
    pub(super) class: &'static str,
    pub(super) lazy: bool,
    /// The id of a hidden element to hold the alt, which then describes the choice.
    pub(super) described_by: Option<String>,
    /// Hidden words after the picture, in the interface's language: what a tap on it does.
    pub(super) hint: Option<&'static str>,
    /// The interface's language, for `hint`.
    ui_lang: &'static str,
}

impl Shown {
    /// `image` as the bank in use places it, with `class` on its `<img>`.
    pub fn new(image: &Image, class: &'static str) -> Self {
        Shown {
            ui_lang: use_text().lang,
            url: use_attempting().picture_url(&image.src),
            image: image.clone(),
            lang: super::bank_lang(),
            class,
            lazy: false,
            described_by: None,
            hint: None,
        }
    }

    /// Adds the `<img>` (and the hidden description) to `parent`.
    pub fn append_to(&self, parent: &Element) {
        let doc = document();
        let Ok(img) = doc.create_element("img") else {
            return;
        };
        let alt = if self.described_by.is_some() {
            ""
        } else {
            &self.image.alt
        };
        let width = self.image.width.to_string();
        let height = self.image.height.to_string();
        let loading = if self.lazy { "lazy" } else { "eager" };
        for (name, value) in [
            ("class", self.class),
            ("src", &self.url),
            ("alt", alt),
            ("lang", &self.lang),
            ("width", &width),
            ("height", &height),
            ("decoding", "async"),
            ("loading", loading),
        ] {
            let _ = img.set_attribute(name, value);
        }
        let _ = parent.append_child(&img);
        let hidden = match (&self.described_by, self.hint) {
            (Some(id), _) => Some((Some(id), self.image.alt.as_str(), &*self.lang)),
            (None, Some(hint)) => Some((None, hint, self.ui_lang)),
            (None, None) => None,
        };
        if let (Some((id, words, lang)), Ok(span)) = (hidden, doc.create_element("span")) {
            span.set_class_name("visually-hidden");
            if let Some(id) = id {
                span.set_id(id);
                // Out of the choice's name (its label holds this span); still its
                // description, which reads hidden text by id.
                let _ = span.set_attribute("aria-hidden", "true");
            }
            let _ = span.set_attribute("lang", lang);
            span.set_text_content(Some(words));
            let _ = parent.append_child(&span);
        }
    }
}
