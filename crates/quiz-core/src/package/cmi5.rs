//! `cmi5.xml`, the course structure at a cmi5 zip's root: one course holding one
//! assignable unit, launched at `cmi5.html`, with the pass mark as its mastery score.
//! It follows the specification's `CourseStructure.xsd`, which the tests check it against.

use super::escape_xml;
use std::fmt;

/// The namespace of the cmi5 course structure, from the specification.
const NAMESPACE: &str = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/// When the LMS counts the unit done for the course: the AU's `moveOn`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MoveOn {
    /// Once the learner has passed.
    Passed,
    /// Once the learner has finished, passed or not.
    Completed,
    /// Once finished and passed.
    CompletedAndPassed,
    /// Once finished or passed: the default, as most courses want.
    #[default]
    CompletedOrPassed,
    /// The unit does not count.
    NotApplicable,
}

impl MoveOn {
    /// Every value, in the specification's spelling.
    pub const ALL: [MoveOn; 5] = [
        Self::Passed,
        Self::Completed,
        Self::CompletedAndPassed,
        Self::CompletedOrPassed,
        Self::NotApplicable,
    ];

    /// The specification's name for it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Passed => "Passed",
            Self::Completed => "Completed",
            Self::CompletedAndPassed => "CompletedAndPassed",
            Self::CompletedOrPassed => "CompletedOrPassed",
            Self::NotApplicable => "NotApplicable",
        }
    }

    /// The value a name spells.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.name() == name)
    }
}

impl fmt::Display for MoveOn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What the course structure says.
pub struct Course<'a> {
    /// The bank's id, from which the course's and the unit's IRIs are made.
    pub bank_id: &'a str,
    /// The title the LMS shows.
    pub title: &'a str,
    /// The description the LMS shows.
    pub description: &'a str,
    /// The language of the title and description.
    pub lang: &'a str,
    /// The page the LMS launches, relative to the zip's root.
    pub url: &'a str,
    /// The percent to pass, written as the mastery score (0 to 1).
    pub pass_mark: u32,
    /// When the LMS counts the unit done.
    pub move_on: MoveOn,
}

impl Course<'_> {
    /// The course structure as XML.
    pub fn xml(&self) -> String {
        let course_id = format!("urn:pmo-leader-quiz:{}", self.bank_id);
        let text = |value: &str| {
            format!(
                "<langstring lang=\"{}\">{}</langstring>",
                escape_xml(self.lang),
                escape_xml(value)
            )
        };
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="{NAMESPACE}">
  <course id="{course}">
    <title>{title}</title>
    <description>{description}</description>
  </course>
  <au id="{course}:quiz" moveOn="{move_on}" masteryScore="{mastery}" launchMethod="AnyWindow">
    <title>{title}</title>
    <description>{description}</description>
    <url>{url}</url>
  </au>
</courseStructure>
"#,
            course = escape_xml(&course_id),
            title = text(self.title),
            description = text(self.description),
            move_on = self.move_on,
            mastery = mastery(self.pass_mark),
            url = escape_xml(self.url),
        )
    }
}

/// A percent as cmi5's mastery score, a decimal from 0 to 1: 80 is `0.8`, 100 is `1`.
fn mastery(percent: u32) -> String {
    match percent.min(100) {
        100 => "1".into(),
        p if p % 10 == 0 => format!("0.{}", p / 10),
        p => format!("0.{p:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mastery_scores_are_decimals_from_0_to_1() {
        let shown: Vec<String> = [0, 5, 70, 85, 100].map(mastery).into();
        assert_eq!(shown, ["0.0", "0.05", "0.7", "0.85", "1"]);
    }

    #[test]
    fn move_on_names_round_trip() {
        for m in MoveOn::ALL {
            assert_eq!(MoveOn::from_name(m.name()), Some(m));
        }
        assert_eq!(MoveOn::from_name("passed"), None);
    }
}
