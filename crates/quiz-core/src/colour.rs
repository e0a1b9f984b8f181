//! Colour maths for the provider's accent: parse it, then derive shades that keep
//! WCAG contrast whatever colour was chosen.

/// A colour in 8-bit sRGB channels, as CSS writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    /// Red, 0 to 255.
    pub r: u8,
    /// Green, 0 to 255.
    pub g: u8,
    /// Blue, 0 to 255.
    pub b: u8,
}

/// The page and card colours of style/main.css, light and dark; keep them in step.
pub const LIGHT_PAGE: Rgb = Rgb {
    r: 0xf4,
    g: 0xf5,
    b: 0xf9,
};
/// The card colour in the light scheme.
pub const LIGHT_SURFACE: Rgb = WHITE;
/// The page background in the dark scheme.
pub const DARK_PAGE: Rgb = Rgb {
    r: 0x12,
    g: 0x14,
    b: 0x1b,
};
/// The card colour in the dark scheme.
pub const DARK_SURFACE: Rgb = Rgb {
    r: 0x1b,
    g: 0x1e,
    b: 0x28,
};

/// White: text on dark fills, and what accents lighten towards on dark backgrounds.
pub const WHITE: Rgb = Rgb {
    r: 255,
    g: 255,
    b: 255,
};
/// Black: text on light fills, and what accents darken towards on light backgrounds.
pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };

/// Text needs 4.5:1; fills and borders that carry meaning need 3:1.
pub const TEXT_CONTRAST: f64 = 4.5;
/// The contrast ratio that fills and borders carrying meaning need (WCAG 1.4.11).
pub const UI_CONTRAST: f64 = 3.0;

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

impl Rgb {
    /// Accepts `#rgb`, `#rrggbb` and `rgb(r, g, b)` (commas or spaces).
    pub fn parse(text: &str) -> Option<Rgb> {
        let text = text.trim();
        if let Some(hex) = text.strip_prefix('#') {
            let digits: Vec<u8> = hex
                .chars()
                .map(|c| c.to_digit(16).map(|d| d as u8))
                .collect::<Option<_>>()?;
            return match digits[..] {
                [r, g, b] => Some(Rgb {
                    r: r * 17,
                    g: g * 17,
                    b: b * 17,
                }),
                [r1, r2, g1, g2, b1, b2] => Some(Rgb {
                    r: r1 * 16 + r2,
                    g: g1 * 16 + g2,
                    b: b1 * 16 + b2,
                }),
                _ => None,
            };
        }
        let inner = text.strip_prefix("rgb(")?.strip_suffix(')')?;
        let parts: Vec<u8> = inner
            .split([',', ' '])
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        match parts[..] {
            [r, g, b] => Some(Rgb { r, g, b }),
            _ => None,
        }
    }

    /// The colour as CSS `#rrggbb`, lower-case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// The WCAG contrast ratio with `other`, 1 to 21, the same either way round.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `share` of the way from `self` to `other`, 0 to 1.
    pub fn mix(self, other: Rgb, share: f64) -> Rgb {
        let blend =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
        Rgb {
            r: blend(self.r, other.r),
            g: blend(self.g, other.g),
            b: blend(self.b, other.b),
        }
    }

    /// Moves towards black or white, whichever contrasts more with `backgrounds`,
    /// until it reaches `ratio` against every one of them.
    pub fn with_contrast(self, backgrounds: &[Rgb], ratio: f64) -> Rgb {
        let enough = |c: Rgb| backgrounds.iter().all(|bg| c.contrast(*bg) >= ratio);
        let darkest = backgrounds
            .iter()
            .map(|b| b.luminance())
            .fold(1.0, f64::min);
        let target = if darkest > 0.18 { BLACK } else { WHITE };
        (0..=20)
            .map(|step| self.mix(target, f64::from(step) / 20.0))
            .find(|c| enough(*c))
            .unwrap_or(target)
    }

    /// Black or white, whichever reads better on this colour (always at least 4.58:1).
    pub fn text_on(self) -> Rgb {
        if self.contrast(BLACK) >= self.contrast(WHITE) {
            BLACK
        } else {
            WHITE
        }
    }
}

/// The accent shades one colour scheme needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Fills: buttons, progress bars, selected borders (3:1 against the page).
    pub accent: Rgb,
    /// Text and icons in the accent colour (4.5:1 against the page).
    pub strong: Rgb,
    /// Text on an accent fill.
    pub on_accent: Rgb,
    /// A tint behind selected options; body text stays readable on it.
    pub soft: Rgb,
}

/// Derives a palette for pages whose background and cards are `page` and `surface`.
pub fn palette(accent: Rgb, page: Rgb, surface: Rgb) -> Palette {
    let fill = accent.with_contrast(&[page, surface], UI_CONTRAST);
    Palette {
        accent: fill,
        strong: accent.with_contrast(&[page, surface], TEXT_CONTRAST),
        on_accent: fill.text_on(),
        soft: surface.mix(fill, 0.14),
    }
}
