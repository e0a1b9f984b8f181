//! xAPI statements held to the xAPI 1.0.3 rules that apply to a statement without an
//! actor: verb and object ids are absolute IRIs, language maps, interaction types and
//! patterns, a scaled score within [-1, 1] and raw within [min, max], ISO 8601 durations.

use quiz_core::answer::Answer;
use quiz_core::bank::{Choice, Item, Kind, Question};
use quiz_core::events::HostEvent;
use quiz_core::scoring::{Response, Score};
use quiz_core::xapi::{self, statement, Activity};
use serde_json::Value;

const TYPES: [&str; 10] = [
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
];

fn absolute_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    !rest.is_empty()
        && scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !text.contains(' ')
}

fn iso_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("PT") else {
        return false;
    };
    let mut number = String::new();
    let mut units = Vec::new();
    for c in rest.chars() {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
        } else if number.parse::<f64>().is_ok() && "HMS".contains(c) {
            units.push(c);
            number.clear();
        } else {
            return false;
        }
    }
    number.is_empty() && !units.is_empty() && units.windows(2).all(|w| w[0] < w[1] || (w[0] == 'H'))
}

fn language_map(value: &Value) -> bool {
    value.as_object().is_some_and(|m| {
        !m.is_empty()
            && m.iter()
                .all(|(k, v)| !k.is_empty() && !k.contains(' ') && v.is_string())
    })
}

/// Every rule that applies, as a list of what breaks them.
fn problems(s: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut need = |ok: bool, what: &str| {
        if !ok {
            out.push(what.to_string())
        }
    };
    need(s.get("actor").is_none(), "no actor is invented");
    need(
        s["verb"]["id"].as_str().is_some_and(absolute_iri),
        "verb.id is an absolute IRI",
    );
    need(
        language_map(&s["verb"]["display"]),
        "verb.display is a language map",
    );
    need(
        s["object"]["objectType"] == "Activity",
        "object is an Activity",
    );
    need(
        s["object"]["id"].as_str().is_some_and(absolute_iri),
        "object.id is an absolute IRI",
    );
    let def = &s["object"]["definition"];
    need(
        language_map(&def["name"]),
        "definition.name is a language map",
    );
    need(
        def["type"].as_str().is_some_and(absolute_iri),
        "definition.type is an IRI",
    );
    if let Some(kind) = def.get("interactionType") {
        need(
            kind.as_str().is_some_and(|k| TYPES.contains(&k)),
            "a known interactionType",
        );
        need(
            def["correctResponsesPattern"]
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string)),
            "correctResponsesPattern is an array of strings",
        );
        for list in ["choices", "source", "target"] {
            if let Some(items) = def.get(list) {
                need(
                    items.as_array().is_some_and(|a| {
                        a.iter()
                            .all(|c| c["id"].is_string() && language_map(&c["description"]))
                    }),
                    "interaction components have an id and a description",
                );
            }
        }
    }
    let score = &s["result"]["score"];
    let (min, max, raw, scaled) = (
        score["min"].as_f64(),
        score["max"].as_f64(),
        score["raw"].as_f64(),
        score["scaled"].as_f64(),
    );
    need(
        scaled.is_some_and(|x| (-1.0..=1.0).contains(&x)),
        "scaled is within [-1, 1]",
    );
    need(
        matches!((min, max, raw), (Some(a), Some(b), Some(r)) if a <= r && r <= b),
        "raw is within [min, max]",
    );
    need(s["result"]["success"].is_boolean(), "success is a boolean");
    need(
        s["result"]["completion"].is_boolean(),
        "completion is a boolean",
    );
    need(
        s["result"]["duration"].as_str().is_some_and(iso_duration),
        "duration is ISO 8601",
    );
    if let Some(parent) = s["context"]["contextActivities"]["parent"].as_array() {
        need(
            parent
                .iter()
                .all(|a| a["id"].as_str().is_some_and(absolute_iri)),
            "parent ids are IRIs",
        );
    }
    out
}

fn activity() -> Activity {
    Activity {
        iri: "https://lms.example.org/quiz/index.html".into(),
        title: "PMO Leader Quiz".into(),
        lang: "en".into(),
    }
}

fn answered(kind: Kind, response: Response, milli: u32) -> HostEvent {
    HostEvent::QuestionAnswered {
        question: "q 1/é".into(),
        topic: "t".into(),
        correct: milli == 1000,
        position: 1,
        total: 2,
        answer: Box::new(Answer {
            question: Question {
                id: "q 1/é".into(),
                topic: "t".into(),
                source: None,
                prompt: "Which?".into(),
                image: None,
                explanation: "Because.".into(),
                kind,
            },
            response,
            milli,
        }),
    }
}

#[test]
fn answered_statements_follow_the_rules_for_every_question_type() {
    let choices = (0..3)
        .map(|i| Choice {
            text: format!("c{i}"),
            correct: i == 1,
            feedback: None,
            image: None,
        })
        .collect();
    let items = (0..4)
        .map(|i| Item {
            text: format!("s{i}"),
            bucket: i % 2,
        })
        .collect();
    let events = [
        answered(Kind::Single { choices }, Response::Choices(vec![1]), 1000),
        answered(
            Kind::TrueFalse { answer: true },
            Response::Choices(vec![1]),
            0,
        ),
        answered(
            Kind::Categorise {
                buckets: vec!["A".into(), "B".into()],
                items,
            },
            Response::Buckets(vec![Some(0), Some(1), Some(1), Some(1)]),
            750,
        ),
    ];
    for event in &events {
        let s = statement(event, &activity(), 4_250).expect("answers get statements");
        assert_eq!(problems(&s), Vec::<String>::new(), "{s:#}");
        assert_eq!(s["verb"]["id"], xapi::ANSWERED);
        assert_eq!(s["result"]["duration"], "PT0H0M4.25S");
        assert_eq!(
            s["object"]["id"],
            "https://lms.example.org/quiz/index.html?question=q%201%2F%C3%A9"
        );
    }
    let single = statement(&events[0], &activity(), 0).unwrap();
    assert_eq!(single["object"]["definition"]["interactionType"], "choice");
    assert_eq!(
        single["object"]["definition"]["correctResponsesPattern"][0],
        "b"
    );
    assert_eq!(single["result"]["response"], "b");
    assert_eq!(single["result"]["success"], true);
    let tf = statement(&events[1], &activity(), 0).unwrap();
    assert_eq!(
        tf["object"]["definition"]["correctResponsesPattern"][0],
        "true"
    );
    assert_eq!(tf["result"]["response"], "false");
    let sort = statement(&events[2], &activity(), 0).unwrap();
    assert_eq!(sort["object"]["definition"]["interactionType"], "matching");
    assert_eq!(sort["result"]["response"], "a[.]1[,]b[.]2[,]c[.]2[,]d[.]2");
    assert_eq!(sort["result"]["score"]["scaled"], 0.75);
    assert_eq!(sort["result"]["success"], false);
}

#[test]
fn the_completed_statement_scores_the_attempt() {
    let event = HostEvent::AttemptCompleted {
        score: Score {
            earned: 7_500,
            possible: 10,
        },
        pass_mark: 80,
        topics: Vec::new(),
        duration_ms: 61_000,
    };
    let s = statement(&event, &activity(), 0).unwrap();
    assert_eq!(problems(&s), Vec::<String>::new(), "{s:#}");
    assert_eq!(s["verb"]["id"], xapi::COMPLETED);
    assert_eq!(s["object"]["id"], "https://lms.example.org/quiz/index.html");
    assert_eq!(s["result"]["score"]["raw"], 7.5);
    assert_eq!(s["result"]["score"]["max"], 10);
    assert_eq!(s["result"]["score"]["scaled"], 0.75);
    assert_eq!(s["result"]["success"], false);
    assert_eq!(s["result"]["duration"], "PT0H1M1.00S");
    assert!(statement(&HostEvent::Resize { height: 1 }, &activity(), 0).is_none());
}

#[test]
fn the_checker_catches_what_it_should() {
    let mut s = statement(
        &answered(
            Kind::TrueFalse { answer: true },
            Response::Choices(vec![0]),
            1000,
        ),
        &activity(),
        0,
    )
    .unwrap();
    s["result"]["score"]["scaled"] = 1.5.into();
    s["object"]["id"] = "quiz?question=1".into();
    s["result"]["duration"] = "3 seconds".into();
    s["actor"] = serde_json::json!({ "mbox": "mailto:someone@example.org" });
    assert_eq!(problems(&s).len(), 4, "{:?}", problems(&s));
}

#[test]
fn the_setting_reads_on_and_off() {
    use quiz_core::settings::parse;
    assert!(parse([("xapi", "on")]).xapi);
    assert!(!parse([("xapi", " off ")]).xapi);
    let ignored = parse([("xapi", "yes please")]);
    assert!(!ignored.xapi);
    assert_eq!(ignored.ignored[0].parameter, "xapi");
}

#[test]
fn statements_carry_plain_text_with_pictures_named_by_their_alt() {
    let picture = |alt: &str| quiz_core::bank::Image {
        src: "a.svg".into(),
        alt: alt.into(),
        width: 1,
        height: 1,
        decorative: false,
    };
    let choices = vec![
        Choice {
            text: "**Bold** and `code`".into(),
            correct: true,
            feedback: None,
            image: None,
        },
        Choice {
            text: String::new(),
            correct: false,
            feedback: None,
            image: Some(picture("A chart with *stars*")),
        },
    ];
    let mut event = answered(Kind::Single { choices }, Response::Choices(vec![0]), 1000);
    if let HostEvent::QuestionAnswered { answer, .. } = &mut event {
        answer.question.prompt = "Which is *right*?\n- one\n- two".into();
    }
    let s = statement(&event, &activity(), 0).unwrap();
    let definition = &s["object"]["definition"];
    assert_eq!(definition["name"]["en"], "Which is right? one two");
    assert_eq!(
        definition["choices"][0]["description"]["en"],
        "Bold and code"
    );
    // The alt is plain text already: its stars are characters, not markup.
    assert_eq!(
        definition["choices"][1]["description"]["en"],
        "A chart with *stars*"
    );
}
