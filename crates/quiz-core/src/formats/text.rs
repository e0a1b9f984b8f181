//! Small text helpers shared by the importers: ids from titles. (HTML is read by
//! `gift::html`, onto the bank's Markdown subset.)

/// An id (letters, digits, `-`, `_`) made from free text, at most 64 characters;
/// accented Latin letters lose their accents, other characters become `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'A',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ñ' => 'n',
            'Ñ' => 'N',
            'ç' => 'c',
            'Ç' => 'C',
            c if c.is_ascii_alphanumeric() || c == '_' => c,
            _ => '-',
        };
        if c != '-' || !out.is_empty() && !out.ends_with('-') {
            out.push(c);
        }
    }
    let trimmed: String = out.trim_end_matches('-').chars().take(64).collect();
    trimmed.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_ids_and_tame_titles() {
        assert_eq!(slug("diff-01"), "diff-01");
        assert_eq!(slug("Q_7"), "Q_7");
        assert_eq!(slug("  Capital of France?  "), "Capital-of-France");
        assert_eq!(slug("Gestión ágil"), "Gestion-agil");
        assert_eq!(slug("???"), "");
        assert_eq!(slug(&"x".repeat(80)).len(), 64);
    }
}
