//! Where each value sits in a bank's JSON text: the line of every key and list item, by
//! its path as the reader names fields (`questions[3].choices[1].image.src`), so that a
//! problem can point at the line of its own field.

use std::collections::HashMap;

/// The line (counted from 1) of each path in one JSON text. The root is the empty path.
pub struct Lines {
    at: HashMap<String, usize>,
}

impl Lines {
    /// Scans `json`, which serde_json has already read without error.
    pub fn new(json: &str) -> Self {
        let mut scan = Scan {
            bytes: json.as_bytes(),
            pos: 0,
            line: 1,
            at: HashMap::new(),
        };
        scan.value("");
        Self { at: scan.at }
    }

    /// The line of `path`, or of the nearest enclosing value that is there (a missing
    /// field points at the object that lacks it). `None` only for a text with no root value.
    pub fn near(&self, path: &str) -> Option<usize> {
        let mut path = path;
        loop {
            if let Some(line) = self.at.get(path) {
                return Some(*line);
            }
            if path.is_empty() {
                return None;
            }
            path = parent(path);
        }
    }

    /// The line of `field` inside the object at `base`, or of the nearest enclosing value
    /// inside it; at `base` itself, the line of its `id` when it has one.
    pub fn field(&self, base: &str, field: &str) -> Option<usize> {
        let mut path = join(base, field);
        while path.len() > base.len() {
            if let Some(line) = self.at.get(&path) {
                return Some(*line);
            }
            path = parent(&path).to_string();
        }
        self.at
            .get(&join(base, "id"))
            .copied()
            .or_else(|| self.near(base))
    }
}

/// `base.key`, or `key` at the root.
pub fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_string()
    } else {
        format!("{base}.{key}")
    }
}

/// The path that holds `path`: `a.b[2]` gives `a.b`, `a.b` gives `a`, `a` gives the root.
fn parent(path: &str) -> &str {
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    &path[..cut]
}

struct Scan<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    at: HashMap<String, usize>,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
        }
        self.pos += 1;
    }

    fn space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.bump();
        }
    }

    /// Records the value at `path` and everything inside it.
    fn value(&mut self, path: &str) {
        self.space();
        if self.peek().is_some() {
            self.at.insert(path.to_string(), self.line);
        }
        match self.peek() {
            Some(b'{') => self.members(path),
            Some(b'[') => self.items(path),
            Some(b'"') => drop(self.string()),
            _ => {
                // A number, true, false or null: its first byte, then up to what ends it.
                self.bump();
                while self
                    .peek()
                    .is_some_and(|b| !b.is_ascii_whitespace() && !b",]}".contains(&b))
                {
                    self.bump();
                }
            }
        }
    }

    fn members(&mut self, path: &str) {
        self.bump();
        loop {
            self.space();
            match self.peek() {
                Some(b'"') => {}
                Some(b',') => {
                    self.bump();
                    continue;
                }
                Some(_) => return self.bump(),
                None => return,
            }
            let line = self.line;
            let key = self.string();
            self.space();
            if self.peek() == Some(b':') {
                self.bump();
            }
            let key = join(path, &key);
            self.value(&key);
            // The key's line, not its value's, names the field.
            self.at.insert(key, line);
        }
    }

    fn items(&mut self, path: &str) {
        self.bump();
        let mut index = 0;
        loop {
            self.space();
            match self.peek() {
                Some(b']') | None => return self.bump(),
                Some(b',') => self.bump(),
                Some(_) => {
                    self.value(&format!("{path}[{index}]"));
                    index += 1;
                }
            }
        }
    }

    /// Skips a string, giving its text (escapes decoded when they can be).
    fn string(&mut self) -> String {
        let start = self.pos;
        self.bump();
        while let Some(b) = self.peek() {
            self.bump();
            match b {
                b'\\' => self.bump(),
                b'"' => break,
                _ => {}
            }
        }
        let raw = String::from_utf8_lossy(&self.bytes[start..self.pos]);
        serde_json::from_str(&raw).unwrap_or_else(|_| raw.trim_matches('"').to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = "{\n \"title\": \"a\",\n \"questions\": [\n  {\"id\": \"q\",\n   \"choices\": [\n    {\"text\": \"x\"},\n    {\"text\": \"y\\\"\",\n     \"image\": {\"src\": \"p.png\"}}\n   ]}\n ]\n}";

    #[test]
    fn each_key_and_item_has_its_line_and_a_missing_one_its_holders() {
        let lines = Lines::new(JSON);
        assert_eq!(lines.near(""), Some(1));
        assert_eq!(lines.near("title"), Some(2));
        assert_eq!(lines.near("questions[0]"), Some(4));
        assert_eq!(lines.near("questions[0].choices[1].text"), Some(7));
        assert_eq!(lines.near("questions[0].choices[1].image.src"), Some(8));
        // A field that is not there: what holds it, or the question's id.
        let q = "questions[0]";
        assert_eq!(lines.field(q, "choices[1].image.alt"), Some(8));
        assert_eq!(lines.field(q, "choices[0].feedback"), Some(6));
        assert_eq!(lines.field(q, "prompt"), Some(4));
        assert_eq!(lines.field(q, "(question)"), Some(4));
        assert_eq!(lines.near("description"), Some(1));
        assert_eq!(Lines::new("").near("title"), None);
    }
}
