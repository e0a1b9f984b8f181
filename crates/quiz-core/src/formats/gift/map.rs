//! Maps a GIFT question's parts onto one of our question types, or says why it cannot.

use super::answers::answers;
use super::block::{Format, Parts};
use super::content::{bucket, content, Content};
use super::lex::Ch;
use super::shape::{Answer, Shape};
use crate::bank::{Choice, Item, Kind};
use crate::formats::imported::{Dropped, Issue, Note, Unsupported};
use crate::formats::pictures::{Named, PictureIssue};
use crate::markup::Field;

/// A question's content as our bank holds it; `explanation` is GIFT's general feedback.
#[derive(Debug)]
pub struct Mapped {
    /// The question text, in the Markdown subset.
    pub prompt: String,
    /// The picture the question text named, not yet found.
    pub image: Option<Named>,
    /// The question type and its answers.
    pub kind: Kind,
    /// The picture each choice named, in the order of the choices (empty for other types).
    pub choice_images: Vec<Option<Named>>,
    /// GIFT's general feedback, when given.
    pub explanation: Option<String>,
    /// Parts GIFT had that our format has no place for; the question is kept without them.
    pub dropped: Vec<(usize, Dropped)>,
    /// What the question's text lost on the way in: HTML tags kept only as their text.
    pub notes: Vec<Note>,
}

/// Texts read for one question: the issues and notes they raise, gathered.
struct Reader {
    format: Format,
    dropped: Vec<(usize, Dropped)>,
    notes: Vec<Note>,
}

impl Reader {
    /// The text of `chars` for `field`; its pictures are dropped unless `keeps` one: the
    /// first is then returned, any other dropped. `part` names where a dropped one was.
    fn read(
        &mut self,
        chars: &[Ch],
        field: Field,
        keeps: bool,
        part: &'static str,
    ) -> (String, Option<Named>) {
        let read = content(chars, self.format, field);
        self.take(read, keeps, part)
    }

    fn take(&mut self, read: Content, keeps: bool, part: &'static str) -> (String, Option<Named>) {
        for note in read.notes {
            let seen = |n: &Note| matches!((n, &note), (Note::OtherTag { tag: a, .. }, Note::OtherTag { tag: b, .. }) if a == b);
            if !self.notes.iter().any(seen) {
                self.notes.push(note);
            }
        }
        let mut images = read.images.into_iter();
        let kept = if keeps { images.next() } else { None };
        for image in images {
            let why = if keeps {
                PictureIssue::Extra
            } else {
                PictureIssue::NoPlace(part)
            };
            self.dropped
                .push((image.line, Dropped::Picture(image.src, why)));
        }
        (read.text, kept)
    }
}

/// Maps a question block, or returns the line and reason it is left out.
pub fn map(parts: &Parts) -> Result<Mapped, (usize, Issue)> {
    let skip = |why| Err((parts.line, Issue::Unsupported(why)));
    let Some(block) = &parts.answers else {
        return skip(Unsupported::Description);
    };
    if parts.tail {
        return skip(Unsupported::MissingWord);
    }
    let read = answers(block).map_err(|(line, e)| (line, e.into()))?;
    let mut r = Reader {
        format: parts.format,
        dropped: Vec::new(),
        notes: Vec::new(),
    };
    let (prompt, image) = r.read(&parts.stem, Field::Prompt, true, "the question text");
    let mut choice_images = Vec::new();
    let kind = match read.shape {
        Shape::Essay => return skip(Unsupported::Essay),
        Shape::Numeric => return skip(Unsupported::Numeric),
        Shape::TrueFalse { answer, feedback } => {
            if !feedback.is_empty() {
                r.dropped
                    .push((feedback[0][0].line, Dropped::TrueFalseFeedback));
            }
            Kind::TrueFalse { answer }
        }
        Shape::Matching(pairs) => {
            let mut buckets: Vec<String> = Vec::new();
            let mut items = Vec::new();
            for (left, right) in &pairs {
                let (bucket_text, _) = r.take(bucket(right, r.format), false, "a matching answer");
                if left.is_empty() {
                    return Err((
                        right[0].line,
                        Issue::Unsupported(Unsupported::MatchDistractor),
                    ));
                }
                let bucket = match buckets.iter().position(|b| *b == bucket_text) {
                    Some(i) => i,
                    None => {
                        buckets.push(bucket_text);
                        buckets.len() - 1
                    }
                };
                let (text, _) = r.read(left, Field::Choice, false, "a matching statement");
                items.push(Item { text, bucket });
            }
            Kind::Categorise { buckets, items }
        }
        Shape::Choices(list) => {
            let (kind, images) = choices(parts.line, &list, &mut r)?;
            choice_images = images;
            kind
        }
    };
    let explanation = read.general.map(|g| {
        r.read(&g, Field::Explanation, false, "the general feedback")
            .0
    });
    Ok(Mapped {
        prompt,
        image,
        kind,
        choice_images,
        explanation: explanation.filter(|g| !g.is_empty()),
        dropped: r.dropped,
        notes: r.notes,
    })
}

/// A choice question and the picture each of its choices named.
type ChoiceKind = (Kind, Vec<Option<Named>>);

/// `=` answers make a single-choice question; with none, positive `%` weights make a
/// multiple-response one (each positive weight is a correct choice). Each choice's
/// picture comes back beside it.
fn choices(line: usize, list: &[Answer], r: &mut Reader) -> Result<ChoiceKind, (usize, Issue)> {
    let marked = list
        .iter()
        .filter(|a| a.right && a.weight.is_none())
        .count();
    if list.iter().all(|a| a.right) {
        return Err((line, Issue::Unsupported(Unsupported::ShortAnswer)));
    }
    let single = marked > 0;
    if marked > 1 {
        return Err((line, Issue::Unsupported(Unsupported::SeveralRight(marked))));
    }
    let mut images = Vec::new();
    let mut choices = Vec::new();
    for a in list {
        // `=` alone is full credit; a `%weight%` decides for itself, on either marker.
        let full = a.right && a.weight.is_none();
        let positive = a.weight.map_or(a.right, |w| w > 0.0);
        let (text, image) = r.read(&a.text, Field::Choice, true, "a choice");
        if single && positive && !full {
            let shown = crate::markup::plain(&text, Field::Choice);
            r.dropped.push((a.line, Dropped::PartialCredit(shown)));
        }
        let feedback = a
            .feedback
            .as_ref()
            .map(|f| r.read(f, Field::Feedback, false, "a choice's feedback").0);
        images.push(image);
        choices.push(Choice {
            text,
            correct: if single { full } else { positive },
            feedback: feedback.filter(|f| !f.is_empty()),
            image: None,
        });
    }
    if !choices.iter().any(|c| c.correct) {
        return Err((line, Issue::Unsupported(Unsupported::NoRight)));
    }
    let kind = if single {
        Kind::Single { choices }
    } else {
        Kind::Multiple { choices }
    };
    Ok((kind, images))
}
