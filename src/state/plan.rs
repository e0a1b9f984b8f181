//! What a new attempt draws, by mode.

use super::Quiz;
use leptos::prelude::*;
use quiz_core::bank::Bank;
use quiz_core::mastery;
use quiz_core::mode::Mode;
use quiz_core::session::{Plan, DEFAULT_COUNT};

impl Quiz {
    /// The draw for a new attempt in the embed's own mode.
    pub(in crate::state) fn plan(&self) -> Plan {
        let (mode, topic) = self
            .settings
            .with_value(|s| (s.mode, s.topics.first().cloned()));
        self.plan_for(mode, topic)
    }

    /// The draw for a new attempt in `mode`: the settings, narrowed by the learner's own
    /// history for mistakes and spaced review, or to `topic` for a focus run. Topics the
    /// bank does not know are dropped.
    pub(in crate::state) fn plan_for(&self, mode: Mode, topic: Option<String>) -> Plan {
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
                let today = (self.services().today)();
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

    /// How many questions Start would ask, with the learner's history taken into account.
    pub(crate) fn run_length(&self) -> usize {
        self.plan().run_length(&self.bank.get_untracked())
    }
}
