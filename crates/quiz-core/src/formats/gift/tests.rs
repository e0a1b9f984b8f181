//! Unit tests of the GIFT reader's text handling: HTML onto the subset, plain text escaped,
//! and the category path.

use super::html::to_subset;
use super::*;
use crate::markup::Field;

#[test]
fn category_names_are_the_last_step_of_the_path() {
    assert_eq!(category_name("$course$/top/PMO/Roles"), "Roles");
    assert_eq!(category_name(" Roles "), "Roles");
    assert_eq!(category_name("Input//output"), "Input/output");
    assert_eq!(category_name(""), "General");
}

fn prompt(html: &str) -> String {
    to_subset(html, Field::Prompt).text
}

fn choice(html: &str) -> String {
    to_subset(html, Field::Choice).text
}

#[test]
fn inline_tags_map_onto_the_subset() {
    assert_eq!(prompt("<p>Who <b>owns</b> it?</p>"), "Who **owns** it?");
    assert_eq!(
        prompt("<strong>a</strong>, <i>b</i>, <em>c</em>"),
        "**a**, *b*, *c*"
    );
    assert_eq!(prompt("Type <code> x = 1 </code>."), "Type `x = 1` .");
    assert_eq!(
        prompt("<B>loud</B> <EM CLASS=x>soft</EM>"),
        "**loud** *soft*"
    );
    assert_eq!(prompt("un<b>believ</b>able"), "un**believ**able");
    // A style's spaces go outside its markers; one that holds nothing leaves none.
    assert_eq!(prompt("a<b> b </b>c<i> </i>d"), "a **b** c d");
    // The same style twice in a row is one run; nested repeats count once.
    assert_eq!(
        prompt("<b>a</b><b>b</b> <b><strong>c</strong></b>"),
        "**ab** **c**"
    );
    assert_eq!(prompt("<i>a</i><b>b</b>"), "*a***b**");
    assert_eq!(
        prompt("<code>a`b</code> <code><b>c</b></code>"),
        "a\\`b `c`"
    );
}

#[test]
fn breaks_paragraphs_and_lists_follow_the_field() {
    assert_eq!(prompt("a<br>b<br/><br />c"), "a\nb\n\nc");
    assert_eq!(choice("a<br>b<br><br>c"), "a\nb\nc");
    assert_eq!(prompt("<p>One</p>\n<p>Two</p>"), "One\n\nTwo");
    assert_eq!(choice("<p>One</p><p>Two</p>"), "One\nTwo");
    let list = "<p>Pick:</p><ul><li>a</li><li><b>b</b></li></ul><p>Then</p>";
    assert_eq!(prompt(list), "Pick:\n\n- a\n- **b**\n\nThen");
    assert_eq!(choice(list), "Pick:\na\n**b**\nThen");
    assert_eq!(
        prompt("<ol start=\"3\"><li>x</li><li>y</li></ol>"),
        "3. x\n4. y"
    );
    assert_eq!(
        prompt("<ul><li><p>a</p></li><li><p>b</p></li><li></li></ul>"),
        "- a\n- b"
    );
    assert_eq!(
        prompt("<ul><li>a<ol><li>b</li></ol></li><li>c</li></ul>"),
        "- a\n1. b\n- c"
    );
    // A style open across a break closes before it and opens again after.
    assert_eq!(prompt("<b>a<br>b</b>"), "**a**\n**b**");
}

#[test]
fn literal_characters_stay_literal() {
    assert_eq!(
        prompt("5 * 3, `x`, [a](b), \\"),
        "5 \\* 3, \\`x\\`, [a](b), \\\\"
    );
    let explanation = to_subset("see [a](https://x.org)", Field::Explanation).text;
    assert_eq!(explanation, "see \\[a](https://x.org)");
    assert_eq!(
        prompt("&lt;b&gt; &amp; &#42; caf&eacute;"),
        "<b> & \\* café"
    );
    assert_eq!(prompt("a < b, c <3, d<!-- gone -->e"), "a < b, c <3, de");
    assert_eq!(
        prompt("<p>1. Not a list</p><p>- nor this</p>"),
        "\\1. Not a list\n\n\\- nor this"
    );
    assert_eq!(choice("<p>1. Fine</p>"), "1. Fine");
}

#[test]
fn other_tags_become_their_text_and_are_named_once() {
    let html =
        "<span style=\"x\">a</span> <u>b</u><div>c</div><script>alert(1)</script>d<span>e</span>";
    let read = to_subset(html, Field::Prompt);
    assert_eq!(read.text, "a b\n\nc\n\nde");
    let names: Vec<&str> = read.others.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["span", "u", "div", "script"]);
    assert_eq!(read.others[1].0, html.find("<u>").unwrap());
    assert_eq!(
        choice("<table><tr><td>a</td><td>b</td></tr></table>"),
        "a b"
    );
}

#[test]
fn images_are_taken_out_with_their_attributes() {
    let html = "<p>Look <img src=\"@@PLUGINFILE@@/a%20b.png\" alt=\"A &amp; B\" width=\"640\" height=\"50%\"> here</p><img src=x.svg>";
    let read = to_subset(html, Field::Prompt);
    assert_eq!(read.text, "Look here");
    assert_eq!(read.images.len(), 2);
    let first = &read.images[0];
    assert_eq!(first.at, html.find("<img").unwrap());
    assert_eq!(first.src, "@@PLUGINFILE@@/a%20b.png");
    assert_eq!(first.alt.as_deref(), Some("A & B"));
    assert_eq!((first.width, first.height), (Some(640), None));
    assert_eq!(
        (read.images[1].src.as_str(), read.images[1].alt.as_deref()),
        ("x.svg", None)
    );
}
