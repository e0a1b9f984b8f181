//! The bank writer: fields in the order authors read them, optional ones left out when
//! empty, and output the reader takes back unchanged.

use super::{EN, ES};
use quiz_core::bank::{parse, Bank, Choice, Item, Kind, Question, Topic};
use quiz_core::formats::write::bank_json;

fn question(id: &str, source: Option<&str>, kind: Kind) -> Question {
    Question {
        id: id.into(),
        topic: "t".into(),
        source: source.map(String::from),
        prompt: format!("{id}?"),
        image: None,
        explanation: "Because \"so\".".into(),
        kind,
    }
}

#[test]
fn fields_come_in_the_order_authors_read_them() {
    let choice = |text: &str, correct, feedback: Option<&str>| Choice {
        text: text.into(),
        correct,
        feedback: feedback.map(String::from),
        image: None,
    };
    let bank = Bank {
        id: "b".into(),
        lang: "en".into(),
        title: "T".into(),
        description: "D".into(),
        topics: vec![Topic {
            id: "t".into(),
            name: "Tópico".into(),
        }],
        questions: vec![
            question(
                "s",
                Some("PMI"),
                Kind::Single {
                    choices: vec![choice("a", true, Some("yes")), choice("b", false, None)],
                },
            ),
            question("tf", None, Kind::TrueFalse { answer: true }),
            question(
                "c",
                None,
                Kind::Categorise {
                    buckets: vec!["X".into()],
                    items: vec![Item {
                        text: "i".into(),
                        bucket: 0,
                    }],
                },
            ),
        ],
    };
    let expected = r#"{
  "format": 1,
  "id": "b",
  "lang": "en",
  "title": "T",
  "description": "D",
  "topics": [
    {
      "id": "t",
      "name": "Tópico"
    }
  ],
  "questions": [
    {
      "id": "s",
      "topic": "t",
      "source": "PMI",
      "type": "single",
      "prompt": "s?",
      "choices": [
        {
          "text": "a",
          "correct": true,
          "feedback": "yes"
        },
        {
          "text": "b",
          "correct": false
        }
      ],
      "explanation": "Because \"so\"."
    },
    {
      "id": "tf",
      "topic": "t",
      "type": "true_false",
      "prompt": "tf?",
      "answer": true,
      "explanation": "Because \"so\"."
    },
    {
      "id": "c",
      "topic": "t",
      "type": "categorise",
      "prompt": "c?",
      "buckets": [
        "X"
      ],
      "items": [
        {
          "text": "i",
          "bucket": 0
        }
      ],
      "explanation": "Because \"so\"."
    }
  ]
}
"#;
    assert_eq!(bank_json(&bank), expected);
}

#[test]
fn an_empty_list_is_written_on_one_line() {
    let bank = Bank {
        id: "b".into(),
        lang: "en".into(),
        title: "T".into(),
        description: "D".into(),
        topics: vec![],
        questions: vec![],
    };
    assert!(bank_json(&bank).contains("\"topics\": [],\n  \"questions\": []\n}"));
}

#[test]
fn each_built_in_bank_is_written_back_as_the_same_bank() {
    for json in [EN, ES] {
        let bank = parse(json).expect("built-in bank is valid");
        let written = bank_json(&bank);
        assert_eq!(parse(&written).expect("written bank is valid"), bank);
        assert_eq!(bank_json(&parse(&written).unwrap()), written);
    }
}
