//! Every string the interface shows, as a compile-time table per language.
//! Templates name their slots in braces; `fill` puts values in.

pub struct Texts {
    pub lang: &'static str,
    pub topics_heading: &'static str,
    pub question_count: &'static str,
    pub best_score: &'static str,
    pub attempts_count: &'static str,
    pub no_attempts: &'static str,
    pub start: &'static str,
    pub question_of: &'static str,
    pub progress_label: &'static str,
    pub choose_one: &'static str,
    pub choose_many: &'static str,
    pub choose_buckets: &'static str,
    pub answer_first: &'static str,
    pub sort_first: &'static str,
    pub check: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub true_label: &'static str,
    pub false_label: &'static str,
    pub correct: &'static str,
    pub incorrect: &'static str,
    pub partly: &'static str,
    pub correct_answer: &'static str,
    pub correct_answers: &'static str,
    pub your_answer: &'static str,
    pub not_answered: &'static str,
    pub placed_right: &'static str,
    pub belongs_in: &'static str,
    pub why: &'static str,
    pub results_heading: &'static str,
    pub score_line: &'static str,
    pub passed: &'static str,
    pub not_passed: &'static str,
    pub pass_mark: &'static str,
    pub by_topic: &'static str,
    pub topic: &'static str,
    pub score: &'static str,
    pub review_heading: &'static str,
    pub try_again: &'static str,
    pub back_to_start: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_corrupt: &'static str,
    pub storage_write_failed: &'static str,
    pub dismiss: &'static str,
    pub bank_broken_heading: &'static str,
    pub bank_broken_intro: &'static str,
    pub use_built_in: &'static str,
    pub loading_bank: &'static str,
}

pub const EN: Texts = Texts {
    lang: "en",
    topics_heading: "What it covers",
    question_count: "{count} questions · pass mark {mark}%",
    best_score: "Your best score: {points} of {total} ({percent}%)",
    attempts_count: "Attempts so far: {count}",
    no_attempts: "No attempts yet. Your scores stay on this device.",
    start: "Start quiz",
    question_of: "Question {n} of {total}",
    progress_label: "Quiz progress",
    choose_one: "Choose one answer.",
    choose_many: "Select all that apply.",
    choose_buckets: "Choose a group for each statement.",
    answer_first: "Choose an answer before checking.",
    sort_first: "Place every statement before checking.",
    check: "Check answer",
    next: "Next question",
    see_results: "See results",
    true_label: "True",
    false_label: "False",
    correct: "Correct",
    incorrect: "Incorrect",
    partly: "Partly correct",
    correct_answer: "Correct answer",
    correct_answers: "Correct answers",
    your_answer: "Your answer",
    not_answered: "Not answered",
    placed_right: "{right} of {total} placed correctly",
    belongs_in: "belongs in {bucket}",
    why: "Why",
    results_heading: "Your results",
    score_line: "You scored {points} of {total} ({percent}%).",
    passed: "Passed",
    not_passed: "Not passed yet",
    pass_mark: "The pass mark is {mark}%.",
    by_topic: "Score by topic",
    topic: "Topic",
    score: "Score",
    review_heading: "Review your answers",
    try_again: "Try again",
    back_to_start: "Back to start",
    storage_unavailable: "This browser is not letting the quiz save, so your progress will be lost when you leave. You can still take the quiz.",
    storage_corrupt: "Your saved progress could not be read, so the quiz is starting fresh. The unreadable copy has been kept.",
    storage_write_failed: "Your latest progress could not be saved (the browser's storage may be full). The quiz will keep going.",
    dismiss: "Dismiss",
    bank_broken_heading: "The question bank has problems",
    bank_broken_intro: "The quiz cannot use this bank until these are fixed:",
    use_built_in: "Use the built-in questions instead",
    loading_bank: "Loading the questions…",
};

/// Replaces each `{name}` slot in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_named_slot() {
        assert_eq!(
            fill(EN.question_of, &[("n", "3"), ("total", "10")]),
            "Question 3 of 10"
        );
    }
}
