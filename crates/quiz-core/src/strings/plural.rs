//! Counted messages: one form per plural category (CLDR's zero, one, two, few, many,
//! other), picked by the language's own rules, which the browser's `Intl.PluralRules`
//! knows and the host does not.

use std::fmt;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Arabic's and Welsh's zero.
    Zero,
    /// One, or numbers that count like it (21 in Russian).
    One,
    /// Two, in Arabic, Hebrew, Slovenian…
    Two,
    /// A few: 2–4 in Polish and Czech, 3–10 in Arabic.
    Few,
    /// Many: 5–21 in Polish, 11–99 in Arabic, a million in French.
    Many,
    /// Every other count; each language has it.
    Other,
}

impl Category {
    /// Every category, in CLDR's order.
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The category's CLDR name, as `Intl.PluralRules` and strings files spell it.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The category a CLDR name stands for.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether a form in this category may leave the count out, as "one question" does.
    pub fn names_its_number(self) -> bool {
        matches!(self, Category::Zero | Category::One | Category::Two)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// English's rule, the host's stand-in for `Intl.PluralRules`: one for 1, other otherwise.
pub fn english(_lang: &str, n: usize) -> Category {
    if n == 1 {
        Category::One
    } else {
        Category::Other
    }
}

/// The categories a language's whole numbers use, from CLDR 44, for checking a strings
/// file away from a browser; a language not listed is checked for `one` and `other`.
pub fn categories(lang: &str) -> &'static [Category] {
    use Category::*;
    match crate::lang::primary(lang).as_str() {
        "ja" | "zh" | "ko" | "th" | "vi" | "id" | "ms" => &[Other],
        "es" | "fr" | "it" | "pt" | "ca" => &[One, Many, Other],
        "pl" | "ru" | "uk" | "cs" | "sk" | "lt" => &[One, Few, Many, Other],
        "ar" => &[Zero, One, Two, Few, Many, Other],
        "he" => &[One, Two, Other],
        "ga" => &[One, Two, Few, Many, Other],
        "cy" => &[Zero, One, Two, Few, Many, Other],
        "sl" => &[One, Two, Few, Other],
        "ro" | "hr" | "sr" | "bs" => &[One, Few, Other],
        _ => &[One, Other],
    }
}

/// A message in one form per plural category; `other` is always there and stands in for
/// any category the language uses but the file left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural<M> {
    /// The forms other than `other`, by category.
    pub forms: [Option<M>; 5],
    /// The form for every other count.
    pub other: M,
}

impl<M: Copy> Plural<M> {
    /// English's two forms.
    pub const fn en(one: M, other: M) -> Self {
        Plural {
            forms: [None, Some(one), None, None, None],
            other,
        }
    }

    /// The form for `category`.
    pub fn pick(&self, category: Category) -> &M {
        let index = Category::ALL.iter().position(|c| *c == category);
        match index.and_then(|i| self.forms.get(i)) {
            Some(Some(form)) => form,
            _ => &self.other,
        }
    }

    /// Each form the message has, with its category, `other` last.
    pub fn each(&self) -> impl Iterator<Item = (Category, M)> + '_ {
        let forms = Category::ALL.into_iter().zip(self.forms.iter());
        let given = forms.filter_map(|(c, form)| form.map(|m| (c, m)));
        given.chain(std::iter::once((Category::Other, self.other)))
    }
}
