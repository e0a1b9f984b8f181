//! Every string the interface shows, as a compile-time table per language. Templates
//! with slots are typed messages (`message.rs`): the compiler rejects a slot the
//! message does not have, and each call site fills the slots by name.

mod en;
mod es;
mod message;

pub use en::EN;
pub use es::ES;
pub use message::*;

/// The interface languages, in the order they are offered; English is the fallback.
pub const LANGUAGES: [&Texts; 2] = [&EN, &ES];

/// A template in singular and plural; both languages here need only these two forms.
#[cfg_attr(test, derive(Debug))]
pub struct Plural<M> {
    /// The form for exactly one.
    pub one: M,
    /// The form for any other count.
    pub other: M,
}

impl<M> Plural<M> {
    /// The form for `n`.
    pub fn pick(&self, n: usize) -> &M {
        if n == 1 {
            &self.one
        } else {
            &self.other
        }
    }
}

/// Every string the interface shows, in one language.
#[cfg_attr(test, derive(Debug))]
pub struct Texts {
    pub lang: &'static str,
    pub topics_heading: &'static str,
    pub question_count: Plural<CountMark>,
    pub best_score: ScoreLine,
    pub attempts_count: Count,
    pub no_attempts: &'static str,
    pub start: &'static str,
    pub question_of: Position,
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
    pub placed_right: Placed,
    pub belongs_in: Bucket,
    pub why: &'static str,
    pub results_heading: &'static str,
    pub score_line: ScoreLine,
    pub passed: &'static str,
    pub not_passed: &'static str,
    pub pass_mark: Mark,
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
    pub loading_screen: &'static str,
    pub chunk_failed: &'static str,
    pub retry: &'static str,
    pub progress_heading: &'static str,
    pub progress_button: &'static str,
    pub unfinished: &'static str,
    pub resume: Position,
    pub start_new: &'static str,
    pub storage_newer: &'static str,
    pub skipped: Plural<Count>,
    pub download_backup: &'static str,
    pub mastery_heading: &'static str,
    pub level_not_started: &'static str,
    pub level_needs_work: &'static str,
    pub level_getting_there: &'static str,
    pub level_strong: &'static str,
    pub mastery_detail: Mastery,
    pub history_heading: &'static str,
    pub no_history: &'static str,
    pub date: &'static str,
    pub mode: &'static str,
    pub result: &'static str,
    pub mode_practice: &'static str,
    pub mode_exam: &'static str,
    pub your_data_heading: &'static str,
    pub your_data_intro: &'static str,
    pub export: &'static str,
    pub import_label: &'static str,
    pub reset: &'static str,
    pub reset_confirm: &'static str,
    pub reset_yes: &'static str,
    pub cancel: &'static str,
    pub reset_done: &'static str,
    pub imported: Plural<Count>,
    pub import_not_json: &'static str,
    pub import_not_export: &'static str,
    pub import_other_quiz: QuizName,
    pub import_newer: &'static str,
    pub import_damaged: &'static str,
    pub import_unreadable: &'static str,
    pub finish_exam: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub ways_heading: &'static str,
    pub start_exam: &'static str,
    pub start_timed_exam: Minutes,
    pub no_mistakes: &'static str,
    pub focus_label: &'static str,
    pub start_focus: &'static str,
    pub weakest_hint: TopicName,
    pub none_due: &'static str,
    pub mode_mistakes: &'static str,
    pub mode_focus: &'static str,
    pub mode_spaced: &'static str,
    pub change_heading: &'static str,
    pub change_up: Change,
    pub change_down: Change,
    pub change_same: &'static str,
    pub share: &'static str,
    pub share_copied: &'static str,
    pub share_failed: &'static str,
    pub share_text: Share,
    pub print: &'static str,
    pub time_left_label: &'static str,
    pub time_up_result: &'static str,
    pub completed_on: Date,
    pub start_mistakes: Plural<Count>,
    pub start_spaced: Plural<Count>,
    pub minutes_left: Plural<Count>,
}

/// The primary subtag of a language tag, lower-cased: `es` for `es-MX`.
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The catalogue for a language tag such as `es` or `es-MX`; English otherwise.
pub fn for_lang(tag: &str) -> &'static Texts {
    let primary = primary(tag);
    LANGUAGES
        .into_iter()
        .find(|t| t.lang == primary)
        .unwrap_or(&EN)
}

/// Whether a catalogue exists for this language tag.
pub fn supports(tag: &str) -> bool {
    let primary = primary(tag);
    LANGUAGES.iter().any(|t| t.lang == primary)
}

#[cfg(test)]
mod tests;
