//! The interface's strings: the English catalogue compiled in, and any other language
//! loaded from a strings file (`{"lang", "dir"?, "messages"}`) with each message checked
//! against English. A message that fails its checks, or is missing, shows in English;
//! the problems are listed for the console and `quiz-bank check`.

mod en;
mod entry;
mod file;
mod load;
mod message;
mod plural;
mod problem;
mod rules;
mod say;
mod texts;

pub use en::EN;
pub use entry::{Forms, Raw};
pub use file::{check, parse_file, template};
pub use load::{load, RawFile};
pub use message::*;
pub use plural::{categories, english, Category, Plural};
pub use problem::Problem;
pub use rules::{plain, Dir, Number};
pub use texts::{Texts, KEYS, NOTES};
