//! Typed messages: a template whose `{slot}` names are checked against its type when the
//! catalogue is compiled, filled by a method that takes each slot by name.

use quiz_core::scoring::Score;

/// True when every `{name}` in `template` is one of `slots`. A `const fn`, so a catalogue
/// entry with a misspelt or foreign slot fails to compile.
pub const fn slots_within(template: &str, slots: &[&str]) -> bool {
    let bytes = template.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && bytes[end] != b'}' {
                end += 1;
            }
            if end == bytes.len() || !known(bytes, start, end, slots) {
                return false;
            }
            i = end;
        }
        i += 1;
    }
    true
}

/// Whether `bytes[start..end]` equals one of `slots`.
const fn known(bytes: &[u8], start: usize, end: usize, slots: &[&str]) -> bool {
    let mut s = 0;
    while s < slots.len() {
        let slot = slots[s].as_bytes();
        if slot.len() == end - start {
            let mut k = 0;
            while k < slot.len() && slot[k] == bytes[start + k] {
                k += 1;
            }
            if k == slot.len() {
                return true;
            }
        }
        s += 1;
    }
    false
}

/// Replaces each `{name}` slot in `template` with its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Declares a message type with the named slots.
macro_rules! message {
    ($(#[$doc:meta])* $name:ident { $($slot:ident),+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub struct $name(&'static str);

        impl $name {
            /// The slot names this message may use.
            pub const SLOTS: &'static [&'static str] = &[$(stringify!($slot)),+];

            /// Wraps `template`; fails to compile in a `const` if it names another slot.
            pub const fn new(template: &'static str) -> Self {
                assert!(slots_within(template, Self::SLOTS), "a template names a slot its message does not have");
                Self(template)
            }

            /// The message with every slot filled.
            #[allow(clippy::too_many_arguments)]
            pub fn fill(&self, $($slot: &str),+) -> String {
                fill(self.0, &[$((stringify!($slot), $slot)),+])
            }

            /// The template as written in the catalogue.
            pub fn template(&self) -> &'static str {
                self.0
            }
        }

        #[cfg(test)]
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{:?}", self.0)
            }
        }
    };
}

message!(
    /// A count of things: attempts, questions, minutes.
    Count { count }
);
message!(
    /// How many questions a run asks, and the pass mark.
    CountMark { count, mark }
);
message!(
    /// A score: points (which may be fractional), the total, and the percentage.
    ScoreLine { points, total, percent }
);
message!(
    /// A place in a sequence: question `n` of `total`.
    Position { n, total }
);
message!(
    /// How many statements of a sorting question were placed right.
    Placed { right, total }
);
message!(
    /// The group a statement belongs in.
    Bucket { bucket }
);
message!(
    /// The pass mark, in percent.
    Mark { mark }
);
message!(
    /// A topic's mastery: share right, and questions tried of all.
    Mastery { percent, answered, total }
);
message!(
    /// The id of another quiz.
    QuizName { quiz }
);
message!(
    /// An exam's time limit in minutes.
    Minutes { minutes }
);
message!(
    /// A topic's name.
    TopicName { topic }
);
message!(
    /// A change of score in a topic since the last attempt.
    Change { points, topic }
);
message!(
    /// The text a learner shares about a result.
    Share { points, total, percent, quiz, date, topics }
);
message!(
    /// A date, already formatted for the learner.
    Date { date }
);

impl ScoreLine {
    /// The message for `score`, the one way every screen words a score.
    pub fn score(&self, score: &Score) -> String {
        self.fill(
            &score.points_text(),
            &score.possible.to_string(),
            &score.percent().to_string(),
        )
    }
}

impl Position {
    /// The message for the 0-based `index` of `total`, counted from 1 for people.
    pub fn at(&self, index: usize, total: usize) -> String {
        self.fill(&(index + 1).to_string(), &total.to_string())
    }
}

impl Count {
    /// The message for `count`.
    pub fn count(&self, count: usize) -> String {
        self.fill(&count.to_string())
    }
}
