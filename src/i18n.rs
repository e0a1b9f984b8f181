//! Every string the interface shows, as a compile-time table per language.
//! Templates name their slots in braces; `fill` puts values in.

/// A template in singular and plural; both languages here need only these two forms.
#[cfg_attr(test, derive(Debug))]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    pub fn pick(&self, n: usize) -> &'static str {
        if n == 1 {
            self.one
        } else {
            self.other
        }
    }
}

#[cfg_attr(test, derive(Debug))]
pub struct Texts {
    pub lang: &'static str,
    pub topics_heading: &'static str,
    pub question_count: Plural,
    pub best_score: &'static str,
    pub attempts_count: &'static str,
    pub no_attempts: &'static str,
    pub start: &'static str,
    pub question_of: &'static str,
    pub progress_label: &'static str,
    pub choose_one: &'static str,
    pub choose_many: &'static str,
    pub choose_buckets: &'static str,
    pub answer_first: &'static str,
    pub sort_first: &'static str,
    pub check: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub true_label: &'static str,
    pub false_label: &'static str,
    pub correct: &'static str,
    pub incorrect: &'static str,
    pub partly: &'static str,
    pub correct_answer: &'static str,
    pub correct_answers: &'static str,
    pub your_answer: &'static str,
    pub not_answered: &'static str,
    pub placed_right: &'static str,
    pub belongs_in: &'static str,
    pub why: &'static str,
    pub results_heading: &'static str,
    pub score_line: &'static str,
    pub passed: &'static str,
    pub not_passed: &'static str,
    pub pass_mark: &'static str,
    pub by_topic: &'static str,
    pub topic: &'static str,
    pub score: &'static str,
    pub review_heading: &'static str,
    pub try_again: &'static str,
    pub back_to_start: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_corrupt: &'static str,
    pub storage_write_failed: &'static str,
    pub dismiss: &'static str,
    pub bank_broken_heading: &'static str,
    pub bank_broken_intro: &'static str,
    pub use_built_in: &'static str,
    pub loading_bank: &'static str,
    pub loading_screen: &'static str,
    pub chunk_failed: &'static str,
    pub retry: &'static str,
    pub progress_heading: &'static str,
    pub progress_button: &'static str,
    pub unfinished: &'static str,
    pub resume: &'static str,
    pub start_new: &'static str,
    pub storage_newer: &'static str,
    pub skipped: Plural,
    pub download_backup: &'static str,
    pub mastery_heading: &'static str,
    pub level_not_started: &'static str,
    pub level_needs_work: &'static str,
    pub level_getting_there: &'static str,
    pub level_strong: &'static str,
    pub mastery_detail: &'static str,
    pub history_heading: &'static str,
    pub no_history: &'static str,
    pub date: &'static str,
    pub mode: &'static str,
    pub result: &'static str,
    pub mode_practice: &'static str,
    pub mode_exam: &'static str,
    pub your_data_heading: &'static str,
    pub your_data_intro: &'static str,
    pub export: &'static str,
    pub import_label: &'static str,
    pub reset: &'static str,
    pub reset_confirm: &'static str,
    pub reset_yes: &'static str,
    pub cancel: &'static str,
    pub reset_done: &'static str,
    pub imported: Plural,
    pub import_not_json: &'static str,
    pub import_not_export: &'static str,
    pub import_other_quiz: &'static str,
    pub import_newer: &'static str,
    pub import_damaged: &'static str,
    pub import_unreadable: &'static str,
    pub finish_exam: &'static str,
    pub time_left: &'static str,
    pub time_up: &'static str,
    pub exam_note: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub ways_heading: &'static str,
    pub start_exam: &'static str,
    pub start_timed_exam: &'static str,
    pub no_mistakes: &'static str,
    pub focus_label: &'static str,
    pub start_focus: &'static str,
    pub weakest_hint: &'static str,
    pub none_due: &'static str,
    pub mode_mistakes: &'static str,
    pub mode_focus: &'static str,
    pub mode_spaced: &'static str,
    pub change_heading: &'static str,
    pub change_up: &'static str,
    pub change_down: &'static str,
    pub change_same: &'static str,
    pub share: &'static str,
    pub share_copied: &'static str,
    pub share_failed: &'static str,
    pub share_text: &'static str,
    pub print: &'static str,
    pub time_left_label: &'static str,
    pub time_up_result: &'static str,
    pub completed_on: &'static str,
    pub start_mistakes: Plural,
    pub start_spaced: Plural,
    pub minutes_left: Plural,
}

pub const EN: Texts = Texts {
    lang: "en",
    topics_heading: "What it covers",
    question_count: Plural {
        one: "1 question · pass mark {mark}%",
        other: "{count} questions · pass mark {mark}%",
    },
    best_score: "Your best score: {points} of {total} ({percent}%)",
    attempts_count: "Attempts so far: {count}",
    no_attempts: "No attempts yet. Your scores stay on this device.",
    start: "Start quiz",
    question_of: "Question {n} of {total}",
    progress_label: "Quiz progress",
    choose_one: "Choose one answer.",
    choose_many: "Select all that apply.",
    choose_buckets: "Choose a group for each statement.",
    answer_first: "Choose an answer before checking.",
    sort_first: "Place every statement before checking.",
    check: "Check answer",
    next: "Next question",
    see_results: "See results",
    true_label: "True",
    false_label: "False",
    correct: "Correct",
    incorrect: "Incorrect",
    partly: "Partly correct",
    correct_answer: "Correct answer",
    correct_answers: "Correct answers",
    your_answer: "Your answer",
    not_answered: "Not answered",
    placed_right: "{right} of {total} placed correctly",
    belongs_in: "belongs in {bucket}",
    why: "Why",
    results_heading: "Your results",
    score_line: "You scored {points} of {total} ({percent}%).",
    passed: "Passed",
    not_passed: "Not passed yet",
    pass_mark: "The pass mark is {mark}%.",
    by_topic: "Score by topic",
    topic: "Topic",
    score: "Score",
    review_heading: "Review your answers",
    try_again: "Try again",
    back_to_start: "Back to start",
    storage_unavailable: "This browser is not letting the quiz save, so your progress will be lost when you leave. You can still take the quiz.",
    storage_corrupt: "Your saved progress could not be read, so the quiz is starting fresh. The unreadable copy has been kept.",
    storage_write_failed: "Your latest progress could not be saved (the browser's storage may be full). The quiz will keep going.",
    dismiss: "Dismiss",
    bank_broken_heading: "The question bank has problems",
    bank_broken_intro: "The quiz cannot use this bank until these are fixed:",
    use_built_in: "Use the built-in questions instead",
    loading_bank: "Loading the questions…",
    loading_screen: "Loading…",
    chunk_failed: "This part of the quiz could not be downloaded. Check your connection and retry: your answers so far are kept.",
    retry: "Retry",
    progress_heading: "Your progress",
    progress_button: "Your progress",
    unfinished: "You have an unfinished attempt.",
    resume: "Resume (question {n} of {total})",
    start_new: "Start new",
    storage_newer: "Your progress was saved by a newer version of this quiz. To keep it safe, nothing will be saved from this page.",
    skipped: Plural {
        one: "1 question from your unfinished attempt is no longer in this quiz, so it was skipped.",
        other: "{count} questions from your unfinished attempt are no longer in this quiz, so they were skipped.",
    },
    download_backup: "Download the unreadable copy",
    mastery_heading: "How well you know each topic",
    level_not_started: "Not started",
    level_needs_work: "Needs work",
    level_getting_there: "Getting there",
    level_strong: "Strong",
    mastery_detail: "{percent}% of recent answers right · {answered} of {total} questions tried",
    history_heading: "Past attempts",
    no_history: "No finished attempts yet.",
    date: "Date",
    mode: "Mode",
    result: "Result",
    mode_practice: "Practice",
    mode_exam: "Exam",
    your_data_heading: "Your data",
    your_data_intro: "Everything is kept in this browser only. Export it to keep a copy or move it to another device.",
    export: "Export progress",
    import_label: "Import progress from a file",
    reset: "Reset all progress",
    reset_confirm: "This deletes your history, best score and mastery on this device. It cannot be undone.",
    reset_yes: "Delete everything",
    cancel: "Cancel",
    reset_done: "All progress on this device has been deleted.",
    imported: Plural {
        one: "Import complete: 1 new attempt added.",
        other: "Import complete: {count} new attempts added.",
    },
    import_not_json: "That file is not JSON. Choose a file exported from this quiz.",
    import_not_export: "That file is not a progress export from this quiz.",
    import_other_quiz: "That file holds progress for a different quiz ({quiz}).",
    import_newer: "That file comes from a newer version of this quiz and cannot be read here.",
    import_damaged: "That export file is damaged and could not be read.",
    import_unreadable: "The file could not be read.",
    finish_exam: "Finish exam",
    time_left: "Time left: {time}",
    time_up: "Time is up. Unanswered questions count as not answered.",
    exam_note: "Exam mode: you will see your answers marked at the end.",
    update_ready: "A new version of the quiz is ready. Your progress is kept.",
    update_reload: "Reload now",
    ways_heading: "More ways to practise",
    start_exam: "Take an exam",
    start_timed_exam: "Take a timed exam ({minutes} min)",
    no_mistakes: "No mistakes to review yet. A question you get wrong waits here until you get it right twice in a row.",
    focus_label: "Topic to focus on",
    start_focus: "Focus on this topic",
    weakest_hint: "Suggested: {topic}, your weakest topic so far.",
    none_due: "Nothing is due for spaced review today. Come back tomorrow.",
    mode_mistakes: "My mistakes",
    mode_focus: "Topic focus",
    mode_spaced: "Spaced review",
    change_heading: "Since last time",
    change_up: "+{points} in {topic}",
    change_down: "−{points} in {topic}",
    change_same: "The same score in every topic as last time.",
    share: "Share result",
    share_copied: "Result copied. Paste it wherever you like.",
    share_failed: "The result could not be shared or copied on this device.",
    share_text: "I scored {points} of {total} ({percent}%) on {quiz}, {date}. {topics}",
    print: "Print summary",
    time_left_label: "Time left",
    time_up_result: "Time ran out before every question was answered.",
    completed_on: "Completed on {date}",
    start_mistakes: Plural {
        one: "Review my mistakes (1 question)",
        other: "Review my mistakes ({count} questions)",
    },
    start_spaced: Plural {
        one: "Spaced review: 1 question due today",
        other: "Spaced review: {count} questions due today",
    },
    minutes_left: Plural {
        one: "1 minute left.",
        other: "{count} minutes left.",
    },
};

pub const ES: Texts = Texts {
    lang: "es",
    topics_heading: "Qué abarca",
    question_count: Plural {
        one: "1 pregunta · aprobado con {mark}%",
        other: "{count} preguntas · aprobado con {mark}%",
    },
    best_score: "Tu mejor puntuación: {points} de {total} ({percent}%)",
    attempts_count: "Intentos hasta ahora: {count}",
    no_attempts: "Aún no hay intentos. Tus puntuaciones se quedan en este dispositivo.",
    start: "Empezar el cuestionario",
    question_of: "Pregunta {n} de {total}",
    progress_label: "Progreso del cuestionario",
    choose_one: "Elige una respuesta.",
    choose_many: "Selecciona todas las correctas.",
    choose_buckets: "Elige un grupo para cada afirmación.",
    answer_first: "Elige una respuesta antes de comprobar.",
    sort_first: "Coloca todas las afirmaciones antes de comprobar.",
    check: "Comprobar respuesta",
    next: "Siguiente pregunta",
    see_results: "Ver resultados",
    true_label: "Verdadero",
    false_label: "Falso",
    correct: "Correcto",
    incorrect: "Incorrecto",
    partly: "Parcialmente correcto",
    correct_answer: "Respuesta correcta",
    correct_answers: "Respuestas correctas",
    your_answer: "Tu respuesta",
    not_answered: "Sin responder",
    placed_right: "{right} de {total} bien colocadas",
    belongs_in: "va en {bucket}",
    why: "Por qué",
    results_heading: "Tus resultados",
    score_line: "Has obtenido {points} de {total} ({percent}%).",
    passed: "Aprobado",
    not_passed: "Aún no aprobado",
    pass_mark: "Se aprueba con un {mark}%.",
    by_topic: "Puntuación por tema",
    topic: "Tema",
    score: "Puntuación",
    review_heading: "Revisa tus respuestas",
    try_again: "Intentarlo de nuevo",
    back_to_start: "Volver al inicio",
    storage_unavailable: "Este navegador no permite guardar el cuestionario, así que tu progreso se perderá al salir. Aun así puedes hacer el cuestionario.",
    storage_corrupt: "No se pudo leer tu progreso guardado, así que el cuestionario empieza de cero. Se ha conservado la copia ilegible.",
    storage_write_failed: "No se pudo guardar tu último progreso (puede que el almacenamiento del navegador esté lleno). El cuestionario continúa.",
    dismiss: "Cerrar aviso",
    bank_broken_heading: "El banco de preguntas tiene problemas",
    bank_broken_intro: "El cuestionario no puede usar este banco hasta que se corrijan:",
    use_built_in: "Usar las preguntas incluidas",
    loading_bank: "Cargando las preguntas…",
    loading_screen: "Cargando…",
    chunk_failed: "No se pudo descargar esta parte del cuestionario. Comprueba tu conexión y vuelve a intentarlo: tus respuestas se conservan.",
    retry: "Reintentar",
    progress_heading: "Tu progreso",
    progress_button: "Tu progreso",
    unfinished: "Tienes un intento sin terminar.",
    resume: "Continuar (pregunta {n} de {total})",
    start_new: "Empezar de nuevo",
    storage_newer: "Tu progreso se guardó con una versión más reciente de este cuestionario. Para protegerlo, esta página no guardará nada.",
    skipped: Plural {
        one: "1 pregunta de tu intento sin terminar ya no está en el cuestionario, así que se ha omitido.",
        other: "{count} preguntas de tu intento sin terminar ya no están en el cuestionario, así que se han omitido.",
    },
    download_backup: "Descargar la copia ilegible",
    mastery_heading: "Cuánto dominas cada tema",
    level_not_started: "Sin empezar",
    level_needs_work: "Necesita repaso",
    level_getting_there: "Vas mejorando",
    level_strong: "Dominado",
    mastery_detail: "{percent}% de respuestas recientes correctas · {answered} de {total} preguntas intentadas",
    history_heading: "Intentos anteriores",
    no_history: "Aún no hay intentos terminados.",
    date: "Fecha",
    mode: "Modo",
    result: "Resultado",
    mode_practice: "Práctica",
    mode_exam: "Examen",
    your_data_heading: "Tus datos",
    your_data_intro: "Todo se guarda solo en este navegador. Expórtalo para guardar una copia o pasarlo a otro dispositivo.",
    export: "Exportar progreso",
    import_label: "Importar progreso desde un archivo",
    reset: "Borrar todo el progreso",
    reset_confirm: "Esto borra tu historial, tu mejor puntuación y tu dominio en este dispositivo. No se puede deshacer.",
    reset_yes: "Borrar todo",
    cancel: "Cancelar",
    reset_done: "Se ha borrado todo el progreso de este dispositivo.",
    imported: Plural {
        one: "Importación completa: se ha añadido 1 intento nuevo.",
        other: "Importación completa: se han añadido {count} intentos nuevos.",
    },
    import_not_json: "Ese archivo no es JSON. Elige un archivo exportado desde este cuestionario.",
    import_not_export: "Ese archivo no es una exportación de progreso de este cuestionario.",
    import_other_quiz: "Ese archivo contiene el progreso de otro cuestionario ({quiz}).",
    import_newer: "Ese archivo procede de una versión más reciente del cuestionario y no se puede leer aquí.",
    import_damaged: "Ese archivo de exportación está dañado y no se pudo leer.",
    import_unreadable: "No se pudo leer el archivo.",
    finish_exam: "Terminar el examen",
    time_left: "Tiempo restante: {time}",
    time_up: "Se acabó el tiempo. Las preguntas sin responder cuentan como no respondidas.",
    exam_note: "Modo examen: verás tus respuestas corregidas al final.",
    update_ready: "Hay una nueva versión del cuestionario. Tu progreso se conserva.",
    update_reload: "Recargar ahora",
    ways_heading: "Más formas de practicar",
    start_exam: "Hacer un examen",
    start_timed_exam: "Hacer un examen con tiempo ({minutes} min)",
    no_mistakes: "Aún no hay errores que repasar. Una pregunta que falles esperará aquí hasta que la aciertes dos veces seguidas.",
    focus_label: "Tema en el que centrarte",
    start_focus: "Centrarte en este tema",
    weakest_hint: "Sugerencia: {topic}, tu tema más flojo hasta ahora.",
    none_due: "Hoy no toca ningún repaso espaciado. Vuelve mañana.",
    mode_mistakes: "Mis errores",
    mode_focus: "Tema concreto",
    mode_spaced: "Repaso espaciado",
    change_heading: "Desde la última vez",
    change_up: "+{points} en {topic}",
    change_down: "−{points} en {topic}",
    change_same: "La misma puntuación en cada tema que la última vez.",
    share: "Compartir resultado",
    share_copied: "Resultado copiado. Pégalo donde quieras.",
    share_failed: "No se pudo compartir ni copiar el resultado en este dispositivo.",
    share_text: "He obtenido {points} de {total} ({percent}%) en {quiz}, {date}. {topics}",
    print: "Imprimir resumen",
    time_left_label: "Tiempo restante",
    time_up_result: "Se acabó el tiempo antes de responder todas las preguntas.",
    completed_on: "Completado el {date}",
    start_mistakes: Plural {
        one: "Repasar mis errores (1 pregunta)",
        other: "Repasar mis errores ({count} preguntas)",
    },
    start_spaced: Plural {
        one: "Repaso espaciado: 1 pregunta para hoy",
        other: "Repaso espaciado: {count} preguntas para hoy",
    },
    minutes_left: Plural {
        one: "Queda 1 minuto.",
        other: "Quedan {count} minutos.",
    },
};

/// The catalogue for a language tag such as `es` or `es-MX`; English otherwise.
pub fn for_lang(tag: &str) -> &'static Texts {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "es" => &ES,
        _ => &EN,
    }
}

/// Whether a catalogue exists for this language tag.
pub fn supports(tag: &str) -> bool {
    matches!(
        tag.split(['-', '_'])
            .next()
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("en" | "es")
    )
}

/// Replaces each `{name}` slot in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each `{slot}` in a template, in order of first appearance.
    fn slots(text: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for part in text.split('{').skip(1) {
            if let Some((name, _)) = part.split_once('}') {
                if !found.iter().any(|f| f == name) {
                    found.push(name.to_string());
                }
            }
        }
        found.sort();
        found
    }

    /// `field: "value"` pairs from the Debug form, so every field is compared.
    fn entries(texts: &Texts) -> Vec<(String, String)> {
        let debug = format!("{texts:#?}");
        debug
            .lines()
            .filter_map(|line| {
                let (key, value) = line.trim().split_once(": \"")?;
                Some((
                    key.to_string(),
                    value
                        .trim_end_matches(',')
                        .trim_end_matches('"')
                        .to_string(),
                ))
            })
            .collect()
    }

    #[test]
    fn spanish_has_every_string_with_the_same_slots() {
        let (en, es) = (entries(&EN), entries(&ES));
        assert_eq!(en.len(), es.len());
        assert!(en.len() > 90, "found {} strings", en.len());
        for ((key, english), (key_es, spanish)) in en.iter().zip(&es) {
            assert_eq!(key, key_es);
            assert!(!spanish.is_empty(), "{key} is empty in Spanish");
            assert_eq!(slots(english), slots(spanish), "{key}: slots differ");
            if key != "lang" && english.len() > 3 {
                assert_ne!(english, spanish, "{key} is not translated");
            }
        }
    }

    #[test]
    fn languages_are_picked_by_their_primary_tag() {
        assert_eq!(for_lang("es-MX").lang, "es");
        assert_eq!(for_lang("ES").lang, "es");
        assert_eq!(for_lang("fr").lang, "en");
        assert!(supports("es-419") && supports("en-GB") && !supports("de"));
    }

    #[test]
    fn plurals_pick_by_count() {
        assert_eq!(
            fill(ES.question_count.pick(1), &[("mark", "70")]),
            "1 pregunta · aprobado con 70%"
        );
        assert_eq!(EN.imported.pick(0), EN.imported.other);
    }

    #[test]
    fn fill_replaces_every_named_slot() {
        assert_eq!(
            fill(EN.question_of, &[("n", "3"), ("total", "10")]),
            "Question 3 of 10"
        );
    }
}
