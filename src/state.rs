//! The shared reactive state, provided once as a `Copy` context, and the actions on it.

use crate::browser::{self, FetchError};
use crate::domain::bank::{parse, Bank, Problem};
use crate::domain::events::HostEvent;
use crate::domain::mastery;
use crate::domain::progress::{FinishedAttempt, Progress, Snapshot};
use crate::domain::scoring::Response;
use crate::domain::scoring::FULL;
use crate::domain::session::{Attempt, Phase, Plan, SessionError, DEFAULT_COUNT};
use crate::domain::settings::{Mode, Settings};
use crate::i18n::Texts;
use crate::storage::{self, Keys, StorageError};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Loading,
    BankBroken,
    Start,
    Question,
    Results,
    Progress,
}

/// Where the learner asked to be; the screen also depends on the bank and attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Quiz,
    Progress,
}

/// Why a provider's bank could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    Fetch(FetchError),
    Invalid(Vec<Problem>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankState {
    Ready,
    Loading,
    Broken { path: String, error: BankError },
}

/// Something the learner should know that does not stop the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Storage(StorageError),
    /// Questions in a resumed attempt that the bank no longer has.
    Skipped(usize),
}

#[derive(Clone, Copy)]
pub struct Quiz {
    pub bank: RwSignal<Arc<Bank>>,
    pub bank_state: RwSignal<BankState>,
    pub page: RwSignal<Page>,
    pub attempt: RwSignal<Option<Attempt>>,
    pub progress: RwSignal<Progress>,
    pub notice: RwSignal<Option<Notice>>,
    /// False while saving would fail or destroy data (blocked, or a newer version's data).
    pub writable: RwSignal<bool>,
    pub keys: StoredValue<Keys>,
    pub settings: StoredValue<Settings>,
    /// Ticks once a second while an attempt is on screen, for clocks.
    pub clock: RwSignal<u64>,
    /// A new version of the app is downloaded and waiting.
    pub update_ready: RwSignal<bool>,
    /// Read out by the page's polite live region: scores, time running out.
    pub announcement: RwSignal<String>,
    pub text: &'static Texts,
}

impl Quiz {
    /// Builds the state from a checked bank and the embed settings, then loads what
    /// storage holds for that bank.
    pub fn new(bank: Bank, settings: Settings, text: &'static Texts) -> Self {
        let keys = Keys::new(&bank.id, settings.namespace.as_deref());
        let quiz = Quiz {
            bank: RwSignal::new(Arc::new(bank)),
            bank_state: RwSignal::new(BankState::Ready),
            page: RwSignal::new(Page::Home),
            attempt: RwSignal::new(None),
            progress: RwSignal::new(Progress::default()),
            notice: RwSignal::new(None),
            writable: RwSignal::new(true),
            keys: StoredValue::new(keys),
            settings: StoredValue::new(settings),
            clock: RwSignal::new(0),
            update_ready: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            text,
        };
        quiz.open_storage();
        quiz
    }

    /// Loads saved progress for the current bank; a saved attempt waits to be resumed.
    fn open_storage(&self) {
        let bank = self.bank.get_untracked();
        let keys = Keys::new(
            &bank.id,
            self.settings.with_value(|s| s.namespace.clone()).as_deref(),
        );
        let loaded = storage::load(&keys);
        self.keys.set_value(keys);
        let mut current = loaded.snapshot.current;
        let skipped = current.as_mut().map_or(0, |a| a.fit_to(&bank).len());
        let current = current.filter(|a| a.phase != Phase::Finished);
        self.progress.set(loaded.snapshot.progress);
        self.attempt.set(current);
        self.writable.set(loaded.writable);
        self.page.set(Page::Home);
        self.notice.set(match (loaded.problem, skipped) {
            (Some(e), _) => Some(Notice::Storage(e)),
            (None, 0) => None,
            (None, n) => Some(Notice::Skipped(n)),
        });
    }

    /// Saves now; called from the one save effect and when the page is hidden.
    pub fn save(&self) {
        if !self.writable.get_untracked() {
            return;
        }
        let snapshot = Snapshot {
            progress: self.progress.get_untracked(),
            current: self.attempt.get_untracked(),
        };
        match self.keys.with_value(|k| storage::save(k, &snapshot)) {
            Ok(Some(merged)) => self.progress.set(merged),
            Ok(None) => {}
            Err(e) => {
                if e != StorageError::WriteFailed {
                    self.writable.set(false);
                }
                self.notice.set(Some(Notice::Storage(e)));
            }
        }
    }

    /// Takes in what another tab saved under our key.
    pub fn absorb_external(&self, raw: Option<String>) {
        match storage::decode_external(raw.as_deref()) {
            Some(Some(theirs)) => {
                let mut merged = self.progress.get_untracked();
                merged.merge(&theirs);
                if merged != self.progress.get_untracked() {
                    self.progress.set(merged);
                }
            }
            Some(None) => self.progress.set(Progress::default()),
            None => {}
        }
    }

    /// Tells the host page, if embedded and allowed.
    pub fn emit(&self, event: HostEvent) {
        self.settings
            .with_value(|s| crate::embed::send(&event, &s.origins));
    }

    /// Says the quiz is ready, once its bank is.
    pub fn announce_ready(&self) {
        let bank = self.bank.get_untracked();
        self.settings.with_value(|s| {
            let unknown: Vec<&str> = s
                .topics
                .iter()
                .filter(|t| bank.topics.iter().all(|b| &b.id != *t))
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                leptos::logging::warn!(
                    "setting topics: {} not in this bank, ignored",
                    unknown.join(", ")
                );
            }
        });
        let plan = self.plan();
        self.emit(HostEvent::Ready {
            quiz: bank.id.clone(),
            questions: plan.run_length(&bank),
            mode: plan.mode,
        });
    }

    pub fn pass_mark(&self) -> u32 {
        self.settings.with_value(|s| s.pass_mark)
    }

    /// The draw for a new attempt in the embed's own mode.
    pub fn plan(&self) -> Plan {
        let (mode, topic) = self
            .settings
            .with_value(|s| (s.mode, s.topics.first().cloned()));
        self.plan_for(mode, topic)
    }

    /// The draw for a new attempt in `mode`: the settings, narrowed by the learner's own
    /// history for mistakes and spaced review, or to `topic` for a focus run. Topics the
    /// bank does not know are dropped.
    pub fn plan_for(&self, mode: Mode, topic: Option<String>) -> Plan {
        let bank = self.bank.get_untracked();
        let known = |t: &String| bank.topics.iter().any(|b| &b.id == t);
        let (count, topics, shuffle, minutes) = self.settings.with_value(|s| {
            (
                s.count.unwrap_or(DEFAULT_COUNT),
                s.topics.iter().filter(|t| known(t)).cloned().collect(),
                s.shuffle,
                s.minutes,
            )
        });
        let records = |f: fn(&Bank, &_) -> Vec<String>| {
            self.progress.with_untracked(|p| f(&bank, &p.questions))
        };
        let base = Plan {
            count: Some(count),
            topics,
            only: None,
            shuffle,
            mode,
            limit_ms: None,
        };
        match mode {
            Mode::Practice => base,
            Mode::Exam => Plan {
                limit_ms: minutes.map(|m| u64::from(m) * 60_000),
                ..base
            },
            Mode::Mistakes => Plan {
                count: None,
                topics: Vec::new(),
                only: Some(records(mastery::mistakes)),
                ..base
            },
            Mode::Spaced => {
                let today = browser::today();
                let due = self
                    .progress
                    .with_untracked(|p| mastery::due(&bank, &p.questions, today));
                Plan {
                    count: None,
                    topics: Vec::new(),
                    only: Some(due),
                    ..base
                }
            }
            Mode::Focus => {
                let topic = topic.filter(known).or_else(|| {
                    self.progress.with_untracked(|p| {
                        mastery::weakest(&mastery::by_topic(&bank, &p.questions))
                            .map(|m| m.topic.clone())
                    })
                });
                Plan {
                    topics: topic.into_iter().collect(),
                    ..base
                }
            }
        }
    }

    /// Replaces the built-in bank with the provider's, fetched from a same-origin path.
    pub fn load_bank(&self, path: String) {
        let quiz = *self;
        quiz.bank_state.set(BankState::Loading);
        leptos::task::spawn_local(async move {
            let loaded = match browser::fetch_text(&path).await {
                Ok(json) => parse(&json).map_err(BankError::Invalid),
                Err(e) => Err(BankError::Fetch(e)),
            };
            match loaded {
                Ok(bank) => quiz.use_bank(bank),
                Err(error) => {
                    for line in describe(&error) {
                        leptos::logging::warn!("question bank {path}: {line}");
                    }
                    quiz.bank_state.set(BankState::Broken { path, error });
                }
            }
        });
    }

    pub fn use_bank(&self, bank: Bank) {
        self.bank.set(Arc::new(bank));
        self.bank_state.set(BankState::Ready);
        self.open_storage();
        self.announce_ready();
    }

    pub fn screen(&self) -> Screen {
        let waiting = self.bank_state.with(|s| match s {
            BankState::Ready => None,
            BankState::Loading => Some(Screen::Loading),
            BankState::Broken { .. } => Some(Screen::BankBroken),
        });
        if let Some(screen) = waiting {
            return screen;
        }
        match self.page.get() {
            Page::Home => Screen::Start,
            Page::Progress => Screen::Progress,
            Page::Quiz => self.attempt.with(|a| match a {
                Some(a) if a.phase == Phase::Finished => Screen::Results,
                Some(_) => Screen::Question,
                None => Screen::Start,
            }),
        }
    }

    pub fn start(&self, plan: Plan) {
        let attempt = Attempt::new(&self.bank.get_untracked(), browser::fresh_seed(), &plan);
        let started = HostEvent::AttemptStarted {
            mode: attempt.mode,
            questions: attempt.items.len(),
        };
        self.attempt.set(Some(attempt));
        self.page.set(Page::Quiz);
        self.emit(started);
    }

    pub fn start_new(&self) {
        self.start(self.plan());
    }

    pub fn resume(&self) {
        self.page.set(Page::Quiz);
    }

    /// Leaves the results (or the progress screen) for the start screen.
    pub fn go_home(&self) {
        if self
            .attempt
            .with_untracked(|a| a.as_ref().is_some_and(|a| a.phase == Phase::Finished))
        {
            self.attempt.set(None);
        }
        self.page.set(Page::Home);
    }

    /// Records an answer: marks it, updates what the learner knows, and, after the
    /// last question of an exam, finishes the attempt.
    pub fn check(&self, response: Response) -> Result<u32, SessionError> {
        let bank = self.bank.get_untracked();
        let result = self
            .attempt
            .try_update(|a| {
                let a = a.as_mut().ok_or(SessionError::NotAnswering)?;
                let id = a.current().map(|i| i.question.clone()).unwrap_or_default();
                let (position, total) = (a.position + 1, a.items.len());
                a.answer(&bank, response)
                    .map(|milli| (id, milli, position, total))
            })
            .unwrap_or(Err(SessionError::NotAnswering));
        let (id, milli, position, total) = result?;
        self.progress
            .update(|p| p.answered(&id, milli, browser::today(), browser::now_ms()));
        let topic = bank
            .question(&id)
            .map(|q| q.topic.clone())
            .unwrap_or_default();
        self.emit(HostEvent::QuestionAnswered {
            question: id,
            topic,
            correct: milli >= FULL,
            position,
            total,
        });
        self.record_if_finished();
        Ok(milli)
    }

    pub fn advance(&self) {
        self.attempt.update(|a| {
            if let Some(a) = a {
                let _ = a.advance();
            }
        });
        self.record_if_finished();
    }

    /// Counts a second of attention; ends an exam whose time is up.
    pub fn tick(&self) {
        let mut timed_out = false;
        self.attempt.update_untracked(|a| {
            if let Some(a) = a {
                timed_out = a.tick(1000);
            }
        });
        self.clock.update(|c| *c += 1);
        if timed_out {
            self.attempt.notify();
            self.record_if_finished();
        }
    }

    fn record_if_finished(&self) {
        let bank = self.bank.get_untracked();
        let pass_mark = self.pass_mark();
        let record = self.attempt.with_untracked(|a| {
            let a = a.as_ref().filter(|a| a.phase == Phase::Finished)?;
            let summary = a.summary(&bank);
            Some(FinishedAttempt {
                finished_at: browser::now_ms(),
                seed: a.seed,
                mode: a.mode,
                score: summary.total,
                pass_mark,
                topics: summary.topics,
                duration_ms: a.elapsed_ms,
            })
        });
        if let Some(record) = record {
            let t = self.text;
            let score = record.score;
            let verdict = if record.passed() {
                t.passed
            } else {
                t.not_passed
            };
            let line = crate::i18n::fill(
                t.score_line,
                &[
                    ("points", &score.points_text()),
                    ("total", &score.possible.to_string()),
                    ("percent", &score.percent().to_string()),
                ],
            );
            self.announcement.set(format!("{line} {verdict}."));
            self.emit(HostEvent::AttemptCompleted {
                score: record.score,
                pass_mark: record.pass_mark,
                topics: record.topics.clone(),
                duration_ms: record.duration_ms,
            });
            self.progress.update(|p| p.record(record));
        }
    }
}

/// One line per problem, for the console and the error screen.
pub fn describe(error: &BankError) -> Vec<String> {
    match error {
        BankError::Fetch(FetchError::Unreachable) => vec!["the file could not be fetched".into()],
        BankError::Fetch(FetchError::Status(code)) => {
            vec![format!("the server answered HTTP {code}")]
        }
        BankError::Fetch(FetchError::OtherOrigin) => {
            vec!["the file is on another origin; banks must be served from this site".into()]
        }
        BankError::Invalid(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}
