//! The ways an attempt can run, named once for URLs, host events and saved data.

/// How an attempt runs: which questions it draws and whether feedback comes at once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Feedback after each answer; the default.
    #[default]
    Practice,
    /// Marked only at the end, optionally against the clock.
    Exam,
    /// Only the questions in "my mistakes".
    Mistakes,
    /// One topic.
    Focus,
    /// Only the questions due today under the Leitner scheme.
    Spaced,
}

impl Mode {
    /// Each mode's name in URLs and host events, indexed by the variant's position.
    pub const NAMES: &'static [&'static str] = &["practice", "exam", "mistakes", "focus", "spaced"];

    /// The mode's name in URLs and host events, such as `exam`.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// The mode with this name, if any.
    pub fn from_name(name: &str) -> Option<Mode> {
        [
            Mode::Practice,
            Mode::Exam,
            Mode::Mistakes,
            Mode::Focus,
            Mode::Spaced,
        ]
        .into_iter()
        .find(|m| m.name() == name)
    }

    /// Whether each answer is marked and explained at once; only an exam waits for the end.
    pub fn gives_feedback(self) -> bool {
        self != Mode::Exam
    }
}
