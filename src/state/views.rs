//! Narrow views of the one `Quiz` context, one per concern, so each component sees only
//! what its screen needs: the page frame and start screen (`Shell`), the attempt under
//! way (`Attempting`), and the learner's own data (`LearnerData`). Each is a `Copy`
//! handle that forwards to `Quiz`, whose own methods are private to `state` apart from
//! the boot wiring; forwarding is inlined, so a view costs no bytes.

use super::{Action, BankState, Core, Notice, Quiz, Read, Screen};
use crate::i18n::Texts;
use crate::storage::ImportError;
use leptos::prelude::*;
use quiz_core::bank::{Bank, BankMeta};
use quiz_core::mode::Mode;
use quiz_core::progress::{Glance, Progress};
use quiz_core::scoring::Response;
use quiz_core::session::{Attempt, Plan, SessionError};
use quiz_core::settings::Settings;
use std::sync::Arc;

/// Forwards each listed method of a view to the `Quiz` it wraps.
macro_rules! forward {
    ($view:ident { $($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)?;)* }) => {
        impl $view {
            $(
                $(#[$doc])*
                #[inline]
                pub fn $name(&self $(, $arg: $ty)*) $(-> $ret)? {
                    self.0.$name($($arg),*)
                }
            )*
            /// Every string the interface shows, in the learner's language.
            #[inline]
            pub fn text(&self) -> &'static Texts {
                self.0.text
            }

            /// Reads the settings the quiz was opened with.
            #[inline]
            pub fn with_settings<R>(&self, read: impl FnOnce(&Settings) -> R) -> R {
                self.0.with_settings(read)
            }
        }
    };
}

/// The page frame and the start screen: which screen shows, the bank's summary, the
/// deferred code, and the taps that lead away from the start screen.
#[derive(Clone, Copy)]
pub struct Shell(Quiz);

/// The attempt under way or just finished, and the actions a learner takes in it.
#[derive(Clone, Copy)]
pub struct Attempting(Quiz);

/// The learner's own saved data: history, records, notices and the data controls.
#[derive(Clone, Copy)]
pub struct LearnerData(Quiz);

forward!(Shell {
    /// The screen to show, from the bank's state, the page asked for and the attempt.
    fn screen() -> Screen;
    /// The bank's title, description and topics, known before the bank itself.
    fn meta() -> Read<BankMeta>;
    /// The best score, attempt count and resumable attempt, for the start screen.
    fn glance() -> Read<Glance>;
    /// What the polite live region reads out.
    fn announcement() -> Read<String>;
    /// The core's entry points, once its chunk is in.
    fn core() -> Read<Option<Core>>;
    /// True when the core could not be fetched.
    fn core_failed() -> Read<bool>;
    /// True until the code a whole run needs is in, unless fetching it failed.
    fn loading_core() -> bool;
    /// Does a start-screen action now, or once the core is in.
    fn request(action: Action);
    /// Fetches the core again after it failed.
    fn boot();
    /// Whether the bank is ready, loading or broken.
    fn bank_state() -> Read<BankState>;
    /// Replaces a provider's broken bank with the built-in one, or fetches it again.
    fn use_built_in();
    /// Whether the bank at `path` is the built-in one.
    fn is_built_in(path: &str) -> bool;
    /// Whether a new version of the app waits to be switched to.
    fn update_ready() -> Read<bool>;
    /// The percentage an attempt needs to pass.
    fn pass_mark() -> u32;
    /// Opens the learner's progress.
    fn open_progress();
    /// Back to the start screen.
    fn go_home();
    /// The learner's history, for the start screen's extras.
    fn progress() -> Read<Progress>;
    /// The attempt under way, for the page title's "Question n of m".
    fn attempt() -> Read<Option<Attempt>>;
});

impl Shell {
    /// How many questions Start would ask, counted by the core once it is in (tracked).
    #[inline]
    pub fn core_run_length(&self) -> Option<usize> {
        self.0.core().get().map(|core| (core.run_length)(self.0))
    }

    /// One of the core's views, once it is in.
    #[inline]
    pub fn core_view(
        &self,
        part: fn(&Core) -> fn() -> leptos::prelude::AnyView,
    ) -> impl Fn() -> Option<AnyView> {
        self.0.core_view(part)
    }
}

forward!(Attempting {
    /// The attempt under way or just finished.
    fn attempt() -> Read<Option<Attempt>>;
    /// The bank in use.
    fn bank() -> Read<Arc<Bank>>;
    /// Begins an attempt on `plan`.
    fn start(plan: Plan);
    /// Marks the current question's response.
    fn check(response: Response) -> Result<u32, SessionError>;
    /// Moves to the next question, or to the results after the last.
    fn advance();
    /// The plan a mode (and, for Focus, a topic) would start.
    fn plan_for(mode: Mode, topic: Option<String>) -> Plan;
    /// The percentage an attempt needs to pass.
    fn pass_mark() -> u32;
    /// Says a line through the polite live region.
    fn announce(line: String);
    /// Back to the start screen.
    fn go_home();
    /// The learner's history, which the review modes draw from.
    fn progress() -> Read<Progress>;
    /// The address of a picture the bank in use names, beside the bank file.
    fn picture_url(src: &str) -> String;
});

forward!(LearnerData {
    /// The learner's history and per-question records.
    fn progress() -> Read<Progress>;
    /// The bank in use, for topic names and mastery.
    fn bank() -> Read<Arc<Bank>>;
    /// The notice the learner has not dismissed yet.
    fn notice() -> Read<Option<Notice>>;
    /// Dismisses the notice.
    fn dismiss_notice();
    /// The unreadable saved data, kept so the learner can take a copy.
    fn unreadable_backup() -> Option<String>;
    /// The learner's progress as a file name and JSON text.
    fn export_progress() -> (String, String);
    /// Replaces progress with an exported file's; the number of attempts it holds.
    fn import_progress(text: &str) -> Result<usize, ImportError>;
    /// Deletes the learner's progress.
    fn reset_progress();
    /// Back to the start screen.
    fn go_home();
});

impl Quiz {
    /// The page frame's and start screen's view.
    pub fn shell(self) -> Shell {
        Shell(self)
    }

    /// The attempt's view.
    pub fn attempting(self) -> Attempting {
        Attempting(self)
    }

    /// The learner's data's view.
    pub fn learner_data(self) -> LearnerData {
        LearnerData(self)
    }
}

/// The shell's view of the quiz context.
pub fn use_shell() -> Shell {
    expect_context::<Quiz>().shell()
}

/// The attempt's view of the quiz context.
pub fn use_attempting() -> Attempting {
    expect_context::<Quiz>().attempting()
}

/// The learner's data's view of the quiz context.
pub fn use_learner_data() -> LearnerData {
    expect_context::<Quiz>().learner_data()
}

/// Every string the interface shows, in the learner's language.
pub fn use_text() -> &'static Texts {
    expect_context::<Quiz>().text
}
