//! PMO Leader Quiz: an offline-first quiz widget. The rules live in the `quiz_core` crate,
//! the browser edges in `storage` and `browser`, the shared state in `state`, the view
//! in `components`; see docs/ARCHITECTURE.md.

#![warn(missing_docs)]

pub mod app;
pub mod boot;
pub mod browser;
pub mod components;
pub mod content;
pub mod core_chunk;
pub mod embed;
pub mod i18n;
pub mod lms;
pub mod state;
pub mod storage;
pub mod theme;

pub use app::App;
