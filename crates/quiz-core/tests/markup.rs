//! The Markdown subset: each element in each field where it applies, literal where it does
//! not, and unmatched or hostile input shown as written.

use quiz_core::markup::{parse, plain, unclosed, visible_len, Block, Field, Inline, Unclosed};
use Inline::{Break, Code, Emphasis, Strong, Text};

fn t(s: &str) -> Inline {
    Text(s.into())
}

fn para(text: &str, field: Field) -> Vec<Inline> {
    match parse(text, field).as_slice() {
        [Block::Paragraph(p)] => p.clone(),
        other => panic!("expected one paragraph from {text:?}, got {other:?}"),
    }
}

const ALL: [Field; 4] = [
    Field::Prompt,
    Field::Choice,
    Field::Feedback,
    Field::Explanation,
];

#[test]
fn emphasis_strong_code_and_breaks_apply_in_every_field() {
    for field in ALL {
        assert_eq!(
            para("a *b* **c** `d*e*` f\ng", field),
            vec![
                t("a "),
                Emphasis(vec![t("b")]),
                t(" "),
                Strong(vec![t("c")]),
                t(" "),
                Code("d*e*".into()),
                t(" f"),
                Break,
                t("g")
            ],
            "{field:?}"
        );
    }
}

#[test]
fn markers_nest_and_triple_stars_make_both() {
    let field = Field::Choice;
    assert_eq!(
        para("**a *b* c**", field),
        vec![Strong(vec![t("a "), Emphasis(vec![t("b")]), t(" c")])]
    );
    assert_eq!(
        para("***x***", field),
        vec![Strong(vec![Emphasis(vec![t("x")])])]
    );
}

#[test]
fn markers_that_do_not_close_show_as_written_and_are_reported() {
    let field = Field::Prompt;
    assert_eq!(para("*a", field), vec![t("*a")]);
    assert_eq!(para("**a *b", field), vec![t("**a *b")]);
    assert_eq!(para("`a", field), vec![t("`a")]);
    assert_eq!(para("3 * 4 = 12", field), vec![t("3 * 4 = 12")]);
    assert_eq!(
        unclosed("*a **b `c", field),
        vec![Unclosed::Code, Unclosed::Emphasis, Unclosed::Strong]
    );
    assert_eq!(unclosed("3 * 4 and *fine*", field), vec![]);
    // Crossed markers: the inner pair wins, the leftover shows as written.
    assert_eq!(
        para("*a **b* c**", field),
        vec![Emphasis(vec![t("a **b")]), t(" c**")]
    );
}

#[test]
fn a_backslash_makes_a_marker_literal() {
    assert_eq!(
        para(r"\*not\* \`code\` C:\Users", Field::Choice),
        vec![t(r"*not* `code` C:\Users")]
    );
    assert_eq!(
        parse(r"\- not a list", Field::Prompt),
        vec![Block::Paragraph(vec![t("- not a list")])]
    );
}

#[test]
fn lists_and_paragraphs_only_in_prompts_and_explanations() {
    let text = "Intro:\n- one\n* **two**\n\n3. three\n4) four\n\nEnd";
    for field in [Field::Prompt, Field::Explanation] {
        assert_eq!(
            parse(text, field),
            vec![
                Block::Paragraph(vec![t("Intro:")]),
                Block::Bullets(vec![vec![t("one")], vec![Strong(vec![t("two")])]]),
                Block::Numbered {
                    start: 3,
                    items: vec![vec![t("three")], vec![t("four")]]
                },
                Block::Paragraph(vec![t("End")]),
            ]
        );
    }
    for field in [Field::Choice, Field::Feedback] {
        assert_eq!(
            para(text, field),
            vec![
                t("Intro:"),
                Break,
                t("- one"),
                Break,
                t("* "),
                Strong(vec![t("two")]),
                Break,
                t("3. three"),
                Break,
                t("4) four"),
                Break,
                t("End")
            ]
        );
    }
}

#[test]
fn links_only_in_explanations_and_only_to_the_web() {
    let link = "See [the **standard**](https://www.pmi.org/standards).";
    assert_eq!(
        para(link, Field::Explanation),
        vec![
            t("See "),
            Inline::Link {
                href: "https://www.pmi.org/standards".into(),
                children: vec![t("the "), Strong(vec![t("standard")])]
            },
            t(".")
        ]
    );
    for field in [Field::Prompt, Field::Choice, Field::Feedback] {
        assert_eq!(
            para(link, field),
            vec![
                t("See [the "),
                Strong(vec![t("standard")]),
                t("](https://www.pmi.org/standards).")
            ]
        );
    }
    for bad in [
        "[x](javascript:alert(1))",
        "[x](data:text/html,hi)",
        "[x](/local)",
        "[x](https://a b)",
    ] {
        assert_eq!(plain(bad, Field::Explanation), bad, "{bad}");
    }
}

#[test]
fn html_is_never_interpreted() {
    for field in ALL {
        let html = "<script>alert(1)</script><img src=x onerror=alert(1)><b>b</b>";
        assert_eq!(para(html, field), vec![t(html)]);
    }
}

#[test]
fn plain_text_and_visible_length_leave_the_markup_out() {
    assert_eq!(
        plain("**Strong** and *em*, `code`", Field::Choice),
        "Strong and em, code"
    );
    assert_eq!(plain("A:\n- one\n- two", Field::Prompt), "A: one two");
    assert_eq!(
        plain("[PMI](https://www.pmi.org)", Field::Explanation),
        "PMI"
    );
    assert_eq!(visible_len("**abc**", Field::Choice), 3);
    assert_eq!(
        visible_len("[PMI](https://www.pmi.org)", Field::Explanation),
        3
    );
    assert_eq!(visible_len("[PMI](https://www.pmi.org)", Field::Prompt), 26);
}

#[test]
fn long_runs_of_markers_stay_fast_and_literal() {
    let many = "*a ".repeat(2000);
    let start = std::time::Instant::now();
    assert_eq!(plain(&many, Field::Explanation), many.trim_end());
    assert!(start.elapsed().as_secs() < 2, "quadratic blow-up");
    assert_eq!(plain("****x****", Field::Choice), "****x****");
}

#[test]
fn a_triple_star_closes_whichever_marker_opened_last() {
    let field = Field::Choice;
    assert_eq!(
        para("**a***b*", field),
        vec![Strong(vec![t("a")]), Emphasis(vec![t("b")])]
    );
    assert_eq!(
        para("*a***b**", field),
        vec![Emphasis(vec![t("a")]), Strong(vec![t("b")])]
    );
    assert_eq!(
        para("***x***", field),
        vec![Strong(vec![Emphasis(vec![t("x")])])]
    );
}
