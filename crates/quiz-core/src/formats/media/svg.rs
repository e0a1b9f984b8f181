//! An SVG's size: the `width` and `height` of its root element (in px or an absolute unit),
//! else its `viewBox`, whose ratio also fills in a side that is missing or relative (`%`, `em`).

/// Whether the first element of `bytes` (after any XML declaration, comments and doctype)
/// is `<svg>`.
pub(super) fn is_svg(bytes: &[u8]) -> bool {
    root(bytes).is_some()
}

/// The natural width and height of the SVG in `bytes`, in CSS pixels, rounded.
pub(super) fn size(bytes: &[u8]) -> Option<(u32, u32)> {
    let attrs = root(bytes)?;
    let get = |name: &str| {
        attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let width = get("width").and_then(length);
    let height = get("height").and_then(length);
    let view = get("viewBox").and_then(view_box);
    let (w, h) = match (width, height, view) {
        (Some(w), Some(h), _) => (w, h),
        (Some(w), None, Some((vw, vh))) => (w, w * vh / vw),
        (None, Some(h), Some((vw, vh))) => (h * vw / vh, h),
        (None, None, Some((vw, vh))) => (vw, vh),
        _ => return None,
    };
    let px = |n: f64| (n > 0.0 && n.is_finite()).then(|| n.round().max(1.0) as u32);
    Some((px(w)?, px(h)?))
}

/// The attributes of the root element, when it is `svg` (or `prefix:svg`).
fn root(bytes: &[u8]) -> Option<Vec<(String, String)>> {
    let text = String::from_utf8_lossy(bytes);
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        rest = if let Some(r) = rest.strip_prefix("<?") {
            &r[r.find("?>")? + 2..]
        } else if let Some(r) = rest.strip_prefix("<!--") {
            &r[r.find("-->")? + 3..]
        } else if let Some(r) = rest.strip_prefix("<!") {
            // A doctype, with any internal subset in brackets.
            let end = match (r.find('['), r.find('>')) {
                (Some(open), Some(close)) if open < close => open + r[open..].find("]")?,
                _ => 0,
            };
            &r[end + r[end..].find('>')? + 1..]
        } else {
            break;
        }
        .trim_start();
    }
    let tag = rest.strip_prefix('<')?;
    let name_end = tag
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(tag.len());
    let name = &tag[..name_end];
    (name == "svg" || name.ends_with(":svg")).then_some(())?;
    Some(attributes(&tag[name_end..]))
}

/// The `name="value"` pairs at the start of `text`, up to the tag's `>`.
fn attributes(mut text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    loop {
        text = text.trim_start();
        let Some(eq) = text.find('=') else { break };
        let name = text[..eq].trim();
        if name.is_empty() || name.contains(['>', '<', '/']) {
            break;
        }
        let after = text[eq + 1..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(len) = after[1..].find(quote) else {
            break;
        };
        out.push((name.to_string(), after[1..1 + len].to_string()));
        text = &after[len + 2..];
    }
    out
}

/// A length in CSS pixels: a number with no unit, `px`, or an absolute unit; `None` for
/// relative units (`%`, `em`…), which depend on where the picture is placed.
fn length(value: &str) -> Option<f64> {
    let value = value.trim();
    let split = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+' || c == 'e'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let scale = match unit.trim() {
        "" | "px" => 1.0,
        "pt" => 96.0 / 72.0,
        "pc" => 16.0,
        "in" => 96.0,
        "cm" => 96.0 / 2.54,
        "mm" => 96.0 / 25.4,
        _ => return None,
    };
    number.parse::<f64>().ok().map(|n| n * scale)
}

/// The width and height of a `viewBox="min-x min-y width height"`, both positive.
fn view_box(value: &str) -> Option<(f64, f64)> {
    let numbers: Vec<f64> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => Some((w, h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(svg: &str) -> Option<(u32, u32)> {
        size(svg.as_bytes())
    }

    #[test]
    fn width_and_height_win_and_the_view_box_fills_in() {
        assert_eq!(of(r#"<svg width="640" height="360px"/>"#), Some((640, 360)));
        assert_eq!(of(r#"<svg viewBox="0 0 320 180"></svg>"#), Some((320, 180)));
        assert_eq!(
            of(r#"<svg width="100" viewBox="0,0,320,160">"#),
            Some((100, 50))
        );
        assert_eq!(
            of(r#"<svg height='90' width='100%' viewBox='0 0 40 30'>"#),
            Some((120, 90))
        );
        assert_eq!(of(r#"<svg width="1in" height="72pt">"#), Some((96, 96)));
        assert_eq!(of(r#"<svg width="2.54cm" height="0.3">"#), Some((96, 1)));
    }

    #[test]
    fn without_a_usable_size_there_is_none() {
        assert_eq!(of("<svg>"), None);
        assert_eq!(of(r#"<svg width="100%" height="50%">"#), None);
        assert_eq!(of(r#"<svg width="10em" viewBox="0 0 0 10">"#), None);
        assert_eq!(of(r#"<svg width="-3" height="4">"#), None);
        assert_eq!(of(r#"<svg viewBox="0 0 a b">"#), None);
    }

    #[test]
    fn the_root_comes_after_a_prolog_and_must_be_svg() {
        let prolog =
            "\u{feff}<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE svg [ <!ENTITY a \"b\"> ]>\n";
        assert!(is_svg(
            format!("{prolog}<svg:svg width='2' height='3'/>").as_bytes()
        ));
        assert_eq!(
            of(&format!("{prolog}<svg width='2' height='3'/>")),
            Some((2, 3))
        );
        assert!(!is_svg(b"<html><svg width='2' height='3'/></html>"));
        assert!(!is_svg(b"<svgfoo/>") && !is_svg(b"<!-- never closed"));
        assert!(!is_svg(b"plain text"));
    }
}
