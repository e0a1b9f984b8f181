//! The built-in banks against issue 19's item-writing rules: questions that stand on
//! their own, and no answer given away by a pattern (catch-alls, how many are correct,
//! which choice is longest).

use super::{built_in, choices, has_phrase, none_of};
use quiz_core::bank::{Choice, Kind, Question};
use std::collections::BTreeMap;

/// Phrases that make a prompt or choice lean on the source article, as whole words.
/// Attribution belongs in the explanation, which the learner reads after answering.
/// "The post" and "la entrada" alone also mean a job and an entrance, so only the
/// blog senses ("blog post", "this post", "esta entrada") are listed.
const LEANS_ON_SOURCE: [&str; 19] = [
    "article",
    "the source",
    "the author",
    "the blog",
    "blog post",
    "this post",
    "the passage",
    "the text",
    "the reading",
    "artículo",
    "la fuente",
    "el autor",
    "la autora",
    "el blog",
    "esta entrada",
    "esta publicación",
    "la publicación",
    "el texto",
    "la lectura",
];
/// Choices that test-wise learners know how to play.
const CATCH_ALLS: [&str; 6] = [
    "all of the above",
    "none of the above",
    "both of the above",
    "todas las anteriores",
    "ninguna de las anteriores",
    "ambas anteriores",
];

#[test]
fn questions_stand_on_their_own_without_the_article() {
    for (name, bank) in built_in() {
        let mut leaning = Vec::new();
        for q in &bank.questions {
            let mut texts = vec![q.prompt.as_str()];
            texts.extend(choices(q).iter().map(|c| c.text.as_str()));
            if let Kind::Categorise { items, .. } = &q.kind {
                texts.extend(items.iter().map(|i| i.text.as_str()));
            }
            for phrase in LEANS_ON_SOURCE {
                if texts.iter().any(|t| has_phrase(t, phrase)) {
                    leaning.push(format!("{}: \"{phrase}\"", q.id));
                }
            }
        }
        none_of(
            &format!("{name}: prompts or choices that lean on the source"),
            leaning,
        );
    }
}

#[test]
fn no_choice_is_a_catch_all() {
    for (name, bank) in built_in() {
        let found = bank
            .questions
            .iter()
            .flat_map(|q| {
                choices(q)
                    .iter()
                    .filter(|c| CATCH_ALLS.iter().any(|p| has_phrase(&c.text, p)))
                    .map(move |c| format!("{}: {}", q.id, c.text))
            })
            .collect();
        none_of(&format!("{name}: \"all/none of the above\" choices"), found);
    }
}

#[test]
fn multiple_response_never_marks_every_choice_correct() {
    for (name, bank) in built_in() {
        let all = bank
            .questions
            .iter()
            .filter(|q| {
                matches!(q.kind, Kind::Multiple { .. }) && choices(q).iter().all(|c| c.correct)
            })
            .map(|q| q.id.clone())
            .collect();
        none_of(&format!("{name}: every choice correct"), all);
    }
}

/// How many choices are correct must not be guessable. Over a bank's multiple-response
/// questions: some have 1 correct and some all but one; at least 3 different counts occur;
/// and no count covers more than 40% of them, so "always pick N" fails at least 60% of the time.
#[test]
fn multiple_response_correct_counts_vary() {
    for (name, bank) in built_in() {
        let multiple: Vec<(&str, usize, usize)> = bank
            .questions
            .iter()
            .filter(|q| matches!(q.kind, Kind::Multiple { .. }))
            .map(|q| {
                (
                    q.id.as_str(),
                    choices(q).iter().filter(|c| c.correct).count(),
                    choices(q).len(),
                )
            })
            .collect();
        let mut counts: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for (id, right, _) in &multiple {
            counts.entry(*right).or_default().push(id);
        }
        let summary = format!("{name}: correct count -> questions {counts:?}");
        assert!(
            counts.contains_key(&1),
            "no question with exactly 1 correct; {summary}"
        );
        assert!(
            multiple.iter().any(|(_, r, n)| r + 1 == *n),
            "no question with all but one correct; {summary}"
        );
        assert!(
            counts.len() >= 3,
            "fewer than 3 different counts; {summary}"
        );
        let most = counts.values().map(Vec::len).max().unwrap_or(0);
        assert!(
            most * 10 <= multiple.len() * 4,
            "one count covers {most} of {} (over 40%); {summary}",
            multiple.len()
        );
    }
}

/// In single-choice questions the key may be strictly the longest choice in at most 35% of
/// them. If length told nothing, that would happen about once per number of choices (25% with
/// four, 33% with three); 35% allows that plus a little noise, and anything well above it
/// means "pick the longest" pays.
#[test]
fn the_key_is_not_usually_the_longest_choice() {
    for (name, bank) in built_in() {
        let single: Vec<&Question> = bank
            .questions
            .iter()
            .filter(|q| matches!(q.kind, Kind::Single { .. }))
            .collect();
        let longest: Vec<String> = single
            .iter()
            .filter(|q| {
                let len = |c: &Choice| c.text.chars().count();
                let key = choices(q).iter().find(|c| c.correct).map_or(0, len);
                choices(q)
                    .iter()
                    .filter(|c| !c.correct)
                    .all(|c| len(c) < key)
            })
            .map(|q| q.id.clone())
            .collect();
        assert!(
            longest.len() * 100 <= single.len() * 35,
            "{name}: the key is the longest choice in {} of {} single-choice questions (over 35%): {longest:?}",
            longest.len(),
            single.len()
        );
    }
}
