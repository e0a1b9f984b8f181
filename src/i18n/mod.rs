//! Every string the interface shows, as a compile-time table per language. Templates
//! with slots are typed messages (`message.rs`): the compiler rejects a slot the
//! message does not have, and each call site fills the slots by name.

mod en;
mod es;
mod message;

pub use en::EN;
pub use es::ES;
pub use message::*;

use quiz_core::lang::primary;

/// A catalogue for each interface language, in `quiz_core::lang::LANGUAGES` order (a
/// test holds them together); English is the fallback.
pub const CATALOGUES: [&Texts; 2] = [&EN, &ES];

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
    /// The primary language subtag (`en`), set on `<html lang>` and used to format dates.
    pub lang: &'static str,
    /// The start screen's heading over the list of topics.
    pub topics_heading: &'static str,
    /// The start screen's line giving the number of questions and the pass mark.
    pub question_count: Plural<CountMark>,
    /// The best score so far, on the start and progress screens.
    pub best_score: ScoreLine,
    /// The start screen's count of finished attempts.
    pub attempts_count: Count,
    /// Shown on the start and progress screens in place of a best score before any attempt.
    pub no_attempts: &'static str,
    /// The start screen's button that begins an attempt when none is unfinished.
    pub start: &'static str,
    /// The question screen's heading and the page title while answering.
    pub question_of: Position,
    /// The accessible name of the question screen's progress bar.
    pub progress_label: &'static str,
    /// The instruction above a single-answer question's options.
    pub choose_one: &'static str,
    /// The instruction above a select-all-that-apply question's options.
    pub choose_many: &'static str,
    /// The instruction above a sorting question's statements.
    pub choose_buckets: &'static str,
    /// The warning when Check is pressed with no option chosen.
    pub answer_first: &'static str,
    /// The warning when Check is pressed before every statement is placed.
    pub sort_first: &'static str,
    /// The question screen's button that marks the answer.
    pub check: &'static str,
    /// The question screen's button that moves on (after checking, or at once in an exam).
    pub next: &'static str,
    /// The question screen's button once the last question has been checked.
    pub see_results: &'static str,
    /// The first option of a true/false question.
    pub true_label: &'static str,
    /// The second option of a true/false question.
    pub false_label: &'static str,
    /// The badge on a right answer, in feedback and in the review.
    pub correct: &'static str,
    /// The badge on a wrong answer, in feedback and in the review.
    pub incorrect: &'static str,
    /// The badge on a partly right sorting question.
    pub partly: &'static str,
    /// The label before the one right answer, in feedback and in the review.
    pub correct_answer: &'static str,
    /// The feedback label before the right answers when there are several.
    pub correct_answers: &'static str,
    /// The label on the learner's own answer, in feedback and in the review.
    pub your_answer: &'static str,
    /// The review's stand-in for a question or statement left unanswered.
    pub not_answered: &'static str,
    /// The feedback line giving how many statements of a sorting question were placed right.
    pub placed_right: Placed,
    /// The note beside a misplaced statement, naming its right group.
    pub belongs_in: Bucket,
    /// The review's label before a question's explanation.
    pub why: &'static str,
    /// The results screen's heading, and the page title there.
    pub results_heading: &'static str,
    /// The results screen's score sentence, also announced when an attempt ends.
    pub score_line: ScoreLine,
    /// The verdict at or above the pass mark, on the results screen and in the history table.
    pub passed: &'static str,
    /// The verdict below the pass mark, on the results screen and in the history table.
    pub not_passed: &'static str,
    /// The results screen's sentence giving the pass mark.
    pub pass_mark: Mark,
    /// The results screen's heading over the score-by-topic table.
    pub by_topic: &'static str,
    /// The column heading for topics in the results screen's table.
    pub topic: &'static str,
    /// The column heading for scores in the results and history tables.
    pub score: &'static str,
    /// The results screen's heading over the answer review.
    pub review_heading: &'static str,
    /// The results screen's button that starts the same kind of attempt again.
    pub try_again: &'static str,
    /// The button that returns to the start screen from results, progress or a failed chunk.
    pub back_to_start: &'static str,
    /// The notice when the browser refuses storage, so nothing will be saved.
    pub storage_unavailable: &'static str,
    /// The notice when saved progress could not be read and a fresh start was made.
    pub storage_corrupt: &'static str,
    /// The notice when a save failed, usually because storage is full.
    pub storage_write_failed: &'static str,
    /// The button that closes a storage notice.
    pub dismiss: &'static str,
    /// The heading of the screen listing an invalid question bank's problems.
    pub bank_broken_heading: &'static str,
    /// The sentence before the list of an invalid question bank's problems.
    pub bank_broken_intro: &'static str,
    /// The broken-bank screen's button that falls back to the built-in questions.
    pub use_built_in: &'static str,
    /// The status line while the question bank downloads.
    pub loading_bank: &'static str,
    /// The status line while a code chunk for a screen downloads.
    pub loading_screen: &'static str,
    /// The message when a code chunk could not be downloaded.
    pub chunk_failed: &'static str,
    /// The button that retries a failed download.
    pub retry: &'static str,
    /// The progress screen's heading, and the page title there.
    pub progress_heading: &'static str,
    /// The start screen's link to the progress screen.
    pub progress_button: &'static str,
    /// The start screen's note that an attempt was left unfinished.
    pub unfinished: &'static str,
    /// The start screen's button that resumes the unfinished attempt at its question.
    pub resume: Position,
    /// The start screen's button that drops the unfinished attempt and begins another.
    pub start_new: &'static str,
    /// The notice when progress was saved by a newer version, so this page saves nothing.
    pub storage_newer: &'static str,
    /// The notice that questions of a resumed attempt are gone from the bank.
    pub skipped: Plural<Count>,
    /// The corrupt-storage notice's button that downloads the unreadable copy.
    pub download_backup: &'static str,
    /// The heading over the per-topic mastery list.
    pub mastery_heading: &'static str,
    /// The mastery level of a topic with no answers yet.
    pub level_not_started: &'static str,
    /// The lowest mastery level of a topic that has answers.
    pub level_needs_work: &'static str,
    /// The middle mastery level.
    pub level_getting_there: &'static str,
    /// The highest mastery level.
    pub level_strong: &'static str,
    /// The line under a topic's mastery level: share right and questions tried.
    pub mastery_detail: Mastery,
    /// The progress screen's heading over the past-attempts table, also its accessible name.
    pub history_heading: &'static str,
    /// Shown on the progress screen in place of the table before any finished attempt.
    pub no_history: &'static str,
    /// The date column heading of the history table.
    pub date: &'static str,
    /// The mode column heading of the history table.
    pub mode: &'static str,
    /// The pass/fail column heading of the history table.
    pub result: &'static str,
    /// The history table's name for a practice attempt.
    pub mode_practice: &'static str,
    /// The history table's name for an exam attempt.
    pub mode_exam: &'static str,
    /// The progress screen's heading over export, import and reset.
    pub your_data_heading: &'static str,
    /// The sentence under that heading saying data stays in this browser.
    pub your_data_intro: &'static str,
    /// The button that downloads the progress as a JSON file.
    pub export: &'static str,
    /// The label of the file input that imports a progress export.
    pub import_label: &'static str,
    /// The button that asks to delete all progress.
    pub reset: &'static str,
    /// The warning shown before deleting all progress.
    pub reset_confirm: &'static str,
    /// The button that confirms deleting all progress.
    pub reset_yes: &'static str,
    /// The button that backs out of deleting all progress.
    pub cancel: &'static str,
    /// The status line after all progress was deleted.
    pub reset_done: &'static str,
    /// The status line after an import, with how many attempts were new.
    pub imported: Plural<Count>,
    /// The import error for a file that is not JSON.
    pub import_not_json: &'static str,
    /// The import error for JSON that is not a progress export.
    pub import_not_export: &'static str,
    /// The import error for an export of another quiz, naming it.
    pub import_other_quiz: QuizName,
    /// The import error for an export from a newer version.
    pub import_newer: &'static str,
    /// The import error for an export whose contents do not parse.
    pub import_damaged: &'static str,
    /// The import error when the browser could not read the file at all.
    pub import_unreadable: &'static str,
    /// The question screen's button after the last question of an exam.
    pub finish_exam: &'static str,
    /// The banner saying a new version has been downloaded.
    pub update_ready: &'static str,
    /// The banner's button that reloads into the new version.
    pub update_reload: &'static str,
    /// The start screen's note once the service worker has everything a run needs.
    pub offline_ready: &'static str,
    /// The start screen's heading over the practice modes.
    pub ways_heading: &'static str,
    /// The button that starts an untimed exam.
    pub start_exam: &'static str,
    /// The button that starts an exam with a time limit, in minutes.
    pub start_timed_exam: Minutes,
    /// Shown in place of the mistakes button while there are none to review.
    pub no_mistakes: &'static str,
    /// The label of the topic picker for a topic-focus run.
    pub focus_label: &'static str,
    /// The button that starts a run on the picked topic.
    pub start_focus: &'static str,
    /// The hint under the topic picker naming the weakest topic.
    pub weakest_hint: TopicName,
    /// Shown in place of the spaced-review button when nothing is due today.
    pub none_due: &'static str,
    /// The history table's name for a mistakes-review attempt.
    pub mode_mistakes: &'static str,
    /// The history table's name for a topic-focus attempt.
    pub mode_focus: &'static str,
    /// The history table's name for a spaced-review attempt.
    pub mode_spaced: &'static str,
    /// The results screen's heading over the per-topic change since the previous attempt.
    pub change_heading: &'static str,
    /// A topic whose score rose since the previous attempt.
    pub change_up: Change,
    /// A topic whose score fell since the previous attempt.
    pub change_down: Change,
    /// Shown when no topic's score changed since the previous attempt.
    pub change_same: &'static str,
    /// The results screen's button that shares or copies the result.
    pub share: &'static str,
    /// The status line after the result was copied to the clipboard.
    pub share_copied: &'static str,
    /// The status line when the result could be neither shared nor copied.
    pub share_failed: &'static str,
    /// The text that the share button shares or copies.
    pub share_text: Share,
    /// The results screen's button that prints a summary.
    pub print: &'static str,
    /// The label before a timed exam's countdown.
    pub time_left_label: &'static str,
    /// The results screen's note that a timed exam ran out of time.
    pub time_up_result: &'static str,
    /// The printed summary's completion date.
    pub completed_on: Date,
    /// The button that starts a review of the questions got wrong, with their count.
    pub start_mistakes: Plural<Count>,
    /// The button that starts a spaced review, with how many questions are due.
    pub start_spaced: Plural<Count>,
    /// Announced to screen readers when 5 and 1 minutes of an exam remain.
    pub minutes_left: Plural<Count>,
}

/// The catalogue for a language tag such as `es` or `es-MX`; English otherwise.
pub fn for_lang(tag: &str) -> &'static Texts {
    let primary = primary(tag);
    CATALOGUES
        .into_iter()
        .find(|t| t.lang == primary)
        .unwrap_or(&EN)
}

/// Whether a catalogue exists for this language tag.
pub fn supports(tag: &str) -> bool {
    let primary = primary(tag);
    CATALOGUES.iter().any(|t| t.lang == primary)
}

#[cfg(test)]
mod tests;
