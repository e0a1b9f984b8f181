//! The catalogue's shape: every message the interface shows, by key, declared once. The
//! declaration gives the struct the app reads, the key list a strings file is checked
//! against, and the note on where each message shows that the template carries.

use super::entry::Slot;
use super::message::*;
use super::plural::{Category, Plural};
use super::rules::{Dir, Number};

/// Declares `Texts`, its key list, the notes for translators, and a way to each message,
/// from one list of documented fields.
macro_rules! texts {
    ($($(#[doc = $doc:literal])+ $name:ident: $ty:ty,)*) => {
        /// Every string the interface shows, in one language, with the rules for its
        /// numbers and plurals.
        #[derive(Clone, Copy, Debug)]
        pub struct Texts {
            /// The language tag (BCP 47), set on the interface's `lang` attribute.
            pub lang: &'static str,
            /// The direction the language is written in.
            pub dir: Dir,
            /// The plural category of a count, by the language's rules (`Intl.PluralRules` in the browser).
            pub plural: fn(&str, usize) -> Category,
            /// A number as the language writes it (`Intl.NumberFormat` in the browser).
            pub number: fn(&str, Number) -> String,
            $($(#[doc = $doc])+ pub $name: $ty,)*
        }

        /// Every message key, in the order the template writes them.
        pub const KEYS: &[&str] = &[$(stringify!($name),)*];

        /// Where each message shows, in `KEYS` order, for translators (the template's notes).
        pub const NOTES: &[&str] = &[$(concat!($($doc),+),)*];

        /// A way to each message, in `KEYS` order: one small function each, so loading a
        /// file is one loop rather than code per message.
        pub(super) const SLOTS: &[fn(&mut Texts) -> &mut dyn Slot] = &[$({
            fn get(texts: &mut Texts) -> &mut dyn Slot {
                &mut texts.$name
            }
            get
        },)*];
    };
}

texts! {
    /// The start screen's heading over the list of topics.
    topics_heading: &'static str,
    /// The start screen's line giving the number of questions and the pass mark.
    question_count: Plural<CountMark>,
    /// The best score so far, on the start and progress screens.
    best_score: ScoreLine,
    /// The start screen's count of finished attempts.
    attempts_count: Count,
    /// Shown on the start and progress screens in place of a best score before any attempt.
    no_attempts: &'static str,
    /// The start screen's button that begins an attempt when none is unfinished.
    start: &'static str,
    /// The question screen's heading and the page title while answering.
    question_of: Position,
    /// The accessible name of the question screen's progress bar.
    progress_label: &'static str,
    /// The instruction above a single-answer question's options.
    choose_one: &'static str,
    /// The instruction above a select-all-that-apply question's options.
    choose_many: &'static str,
    /// The instruction above a sorting question's statements.
    choose_buckets: &'static str,
    /// The warning when Check is pressed with no option chosen.
    answer_first: &'static str,
    /// The warning when Check is pressed before every statement is placed.
    sort_first: &'static str,
    /// The question screen's button that marks the answer.
    check: &'static str,
    /// The question screen's button that moves on (after checking, or at once in an exam).
    next: &'static str,
    /// The question screen's button once the last question has been checked.
    see_results: &'static str,
    /// The first option of a true/false question.
    true_label: &'static str,
    /// The second option of a true/false question.
    false_label: &'static str,
    /// The badge on a right answer, in feedback and in the review.
    correct: &'static str,
    /// The badge on a wrong answer, in feedback and in the review.
    incorrect: &'static str,
    /// The badge on a partly right sorting question.
    partly: &'static str,
    /// The label before the one right answer, in feedback and in the review.
    correct_answer: &'static str,
    /// The feedback label before the right answers when there are several.
    correct_answers: &'static str,
    /// The label on the learner's own answer, in feedback and in the review.
    your_answer: &'static str,
    /// The review's stand-in for a question or statement left unanswered.
    not_answered: &'static str,
    /// The feedback line giving how many statements of a sorting question were placed right.
    placed_right: Placed,
    /// The note beside a misplaced statement, naming its right group.
    belongs_in: Bucket,
    /// The review's label before a question's explanation.
    why: &'static str,
    /// What goes between a label and what it labels ("Why: …"); French puts a no-break space before the colon.
    label_separator: &'static str,
    /// The results screen's heading, and the page title there.
    results_heading: &'static str,
    /// The results screen's score sentence, also announced when an attempt ends.
    score_line: ScoreLine,
    /// The verdict at or above the pass mark, on the results screen and in the history table.
    passed: &'static str,
    /// The verdict below the pass mark, on the results screen and in the history table.
    not_passed: &'static str,
    /// The results screen's sentence giving the pass mark.
    pass_mark: Mark,
    /// The results screen's heading over the score-by-topic table.
    by_topic: &'static str,
    /// The column heading for topics in the results screen's table.
    topic: &'static str,
    /// The column heading for scores in the results and history tables.
    score: &'static str,
    /// The results screen's heading over the answer review.
    review_heading: &'static str,
    /// The results screen's button that starts the same kind of attempt again.
    try_again: &'static str,
    /// The button that returns to the start screen from results, progress or a failed chunk.
    back_to_start: &'static str,
    /// The notice when the browser refuses storage, so nothing will be saved.
    storage_unavailable: &'static str,
    /// The notice when saved progress could not be read and a fresh start was made.
    storage_corrupt: &'static str,
    /// The notice when a save failed, usually because storage is full.
    storage_write_failed: &'static str,
    /// The button that closes a storage notice.
    dismiss: &'static str,
    /// Follows a picture's description on the button that shows it full size.
    show_full_size: &'static str,
    /// The button that closes a picture shown full size.
    close_picture: &'static str,
    /// The heading of the screen listing an invalid question bank's problems.
    bank_broken_heading: &'static str,
    /// The sentence before the list of an invalid question bank's problems.
    bank_broken_intro: &'static str,
    /// The broken-bank screen's button that falls back to the built-in questions.
    use_built_in: &'static str,
    /// The status line while the question bank downloads.
    loading_bank: &'static str,
    /// The status line while a code chunk for a screen downloads.
    loading_screen: &'static str,
    /// The message when a code chunk could not be downloaded.
    chunk_failed: &'static str,
    /// The button that retries a failed download.
    retry: &'static str,
    /// The progress screen's heading, and the page title there.
    progress_heading: &'static str,
    /// The start screen's link to the progress screen.
    progress_button: &'static str,
    /// The start screen's note that an attempt was left unfinished.
    unfinished: &'static str,
    /// The start screen's button that resumes the unfinished attempt at its question.
    resume: Position,
    /// The start screen's button that drops the unfinished attempt and begins another.
    start_new: &'static str,
    /// The notice when progress was saved by a newer version, so this page saves nothing.
    storage_newer: &'static str,
    /// The notice that questions of a resumed attempt are gone from the bank.
    skipped: Plural<Count>,
    /// The corrupt-storage notice's button that downloads the unreadable copy.
    download_backup: &'static str,
    /// The heading over the per-topic mastery list.
    mastery_heading: &'static str,
    /// The mastery level of a topic with no answers yet.
    level_not_started: &'static str,
    /// The lowest mastery level of a topic that has answers.
    level_needs_work: &'static str,
    /// The middle mastery level.
    level_getting_there: &'static str,
    /// The highest mastery level.
    level_strong: &'static str,
    /// The line under a topic's mastery level: share right and questions tried.
    mastery_detail: Mastery,
    /// The progress screen's heading over the past-attempts table, also its accessible name.
    history_heading: &'static str,
    /// Shown on the progress screen in place of the table before any finished attempt.
    no_history: &'static str,
    /// The date column heading of the history table.
    date: &'static str,
    /// The mode column heading of the history table.
    mode: &'static str,
    /// The pass/fail column heading of the history table.
    result: &'static str,
    /// The history table's name for a practice attempt.
    mode_practice: &'static str,
    /// The history table's name for an exam attempt.
    mode_exam: &'static str,
    /// The progress screen's heading over export, import and reset.
    your_data_heading: &'static str,
    /// The sentence under that heading saying data stays in this browser.
    your_data_intro: &'static str,
    /// The button that downloads the progress as a JSON file.
    export: &'static str,
    /// The label of the file input that imports a progress export.
    import_label: &'static str,
    /// The button that asks to delete all progress.
    reset: &'static str,
    /// The warning shown before deleting all progress.
    reset_confirm: &'static str,
    /// The button that confirms deleting all progress.
    reset_yes: &'static str,
    /// The button that backs out of deleting all progress.
    cancel: &'static str,
    /// The status line after all progress was deleted.
    reset_done: &'static str,
    /// The status line after an import, with how many attempts were new.
    imported: Plural<Count>,
    /// The import error for a file that is not JSON.
    import_not_json: &'static str,
    /// The import error for JSON that is not a progress export.
    import_not_export: &'static str,
    /// The import error for an export of another quiz, naming it.
    import_other_quiz: QuizName,
    /// The import error for an export from a newer version.
    import_newer: &'static str,
    /// The import error for an export whose contents do not parse.
    import_damaged: &'static str,
    /// The import error when the browser could not read the file at all.
    import_unreadable: &'static str,
    /// The question screen's button after the last question of an exam.
    finish_exam: &'static str,
    /// The banner saying a new version has been downloaded.
    update_ready: &'static str,
    /// The banner's button that reloads into the new version.
    update_reload: &'static str,
    /// The start screen's note once the service worker has everything a run needs.
    offline_ready: &'static str,
    /// The start screen's heading over the practice modes.
    ways_heading: &'static str,
    /// The button that starts an untimed exam.
    start_exam: &'static str,
    /// The button that starts an exam with a time limit, in minutes.
    start_timed_exam: Limit,
    /// Shown in place of the mistakes button while there are none to review.
    no_mistakes: &'static str,
    /// The label of the topic picker for a topic-focus run.
    focus_label: &'static str,
    /// The button that starts a run on the picked topic.
    start_focus: &'static str,
    /// The hint under the topic picker naming the weakest topic.
    weakest_hint: TopicName,
    /// Shown in place of the spaced-review button when nothing is due today.
    none_due: &'static str,
    /// The history table's name for a mistakes-review attempt.
    mode_mistakes: &'static str,
    /// The history table's name for a topic-focus attempt.
    mode_focus: &'static str,
    /// The history table's name for a spaced-review attempt.
    mode_spaced: &'static str,
    /// The results screen's heading over the per-topic change since the previous attempt.
    change_heading: &'static str,
    /// A topic whose score rose since the previous attempt.
    change_up: Change,
    /// A topic whose score fell since the previous attempt.
    change_down: Change,
    /// Shown when no topic's score changed since the previous attempt.
    change_same: &'static str,
    /// The results screen's button that shares or copies the result.
    share: &'static str,
    /// The status line after the result was copied to the clipboard.
    share_copied: &'static str,
    /// The status line when the result could be neither shared nor copied.
    share_failed: &'static str,
    /// The text that the share button shares or copies.
    share_text: Share,
    /// The results screen's button that prints a summary.
    print: &'static str,
    /// The label before a timed exam's countdown.
    time_left_label: &'static str,
    /// The results screen's note that a timed exam ran out of time.
    time_up_result: &'static str,
    /// The printed summary's completion date.
    completed_on: Date,
    /// The button that starts a review of the questions got wrong, with their count.
    start_mistakes: Plural<Count>,
    /// The button that starts a spaced review, with how many questions are due.
    start_spaced: Plural<Count>,
    /// Announced to screen readers when 5 and 1 minutes of an exam remain.
    minutes_left: Plural<Count>,
}
