//! Bank formats other than the quiz's own JSON: GIFT and Aiken in, GIFT out, and the
//! writer that turns imported questions into a bank JSON the reader accepts.
//!
//! The modules form a one-way graph: `imported` (what an import reports) and `text` name
//! no parser; `defaults` builds on them; `gift` and `aiken` read files into `Imported`
//! (`aiken` escapes its plain text with `gift`'s `literal`); `write` and `assemble` make
//! the bank; `import` runs the whole path for one file. `media` (an image's type and size
//! from its bytes) stands alone; `pictures` finds the files an imported text names,
//! through a reader the caller gives, and `imported` names its reasons.

pub mod aiken;
pub mod assemble;
pub mod defaults;
pub mod gift;
pub mod import;
pub mod imported;
pub mod media;
pub mod pictures;
pub mod text;
pub mod write;
