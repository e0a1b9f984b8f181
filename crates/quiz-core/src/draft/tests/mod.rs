//! The draft on the host: text read and written back unchanged (`text`), the editing
//! methods (`edit`), and the starter bank.

mod edit;
mod text;

const EN: &str = include_str!("../../../../../src/content/bank.en.json");
const ES: &str = include_str!("../../../../../src/content/bank.es.json");
