//! Typed messages: a template whose `{slot}` names are checked against its type, at
//! compile time for the English catalogue and at load time for a strings file, filled by
//! a method that takes each slot by name.

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

/// Each `{name}` in `template`, in order, repeats included; an unclosed `{` ends the list
/// with what follows it.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .map(|part| part.split_once('}').map_or(part, |(name, _)| name))
        .collect()
}

/// Replaces each `{name}` slot in `template` with its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// What every message type shares: its slots and its template.
pub trait Message: Copy {
    /// The slot names this message may use.
    const SLOTS: &'static [&'static str];
    /// The template as written in the catalogue.
    fn template(&self) -> &'static str;
    /// Wraps a template already checked against `SLOTS`.
    fn wrap(template: &'static str) -> Self;
}

/// Declares a message type with the named slots.
macro_rules! message {
    ($(#[$doc:meta])* $name:ident { $($slot:ident),+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct $name(&'static str);

        impl $name {
            /// Wraps `template`; fails to compile in a `const` if it names another slot.
            pub const fn new(template: &'static str) -> Self {
                assert!(slots_within(template, &[$(stringify!($slot)),+]), "a template names a slot its message does not have");
                Self(template)
            }

            /// The message with every slot filled.
            #[allow(clippy::too_many_arguments)]
            pub fn fill(&self, $($slot: &str),+) -> String {
                fill(self.0, &[$((stringify!($slot), $slot)),+])
            }
        }

        impl Message for $name {
            const SLOTS: &'static [&'static str] = &[$(stringify!($slot)),+];
            fn template(&self) -> &'static str {
                self.0
            }
            fn wrap(template: &'static str) -> Self {
                Self(template)
            }
        }
    };
}

/// A text with no slots is a message too, so every entry loads the same way.
impl Message for &'static str {
    const SLOTS: &'static [&'static str] = &[];
    fn template(&self) -> &'static str {
        self
    }
    fn wrap(template: &'static str) -> Self {
        template
    }
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
    /// The pass mark, as a formatted percentage.
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
    /// An exam's time limit, formatted as a duration.
    Limit { duration }
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
