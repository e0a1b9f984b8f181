//! Embed settings from URL parameters, and the accent colour maths behind them.

use quiz_core::colour::{
    palette, Rgb, BLACK, DARK_PAGE, DARK_SURFACE, LIGHT_PAGE, LIGHT_SURFACE, TEXT_CONTRAST,
    UI_CONTRAST, WHITE,
};
use quiz_core::mode::Mode;
use quiz_core::scorm::Version;
use quiz_core::settings::{parse, Reason, Settings, PARAMETERS};

fn settings(query: &[(&str, &str)]) -> (Settings, Vec<String>) {
    let mut s = parse(query.iter().copied());
    let ignored = std::mem::take(&mut s.ignored);
    (s, ignored.iter().map(|w| w.parameter.clone()).collect())
}

#[test]
fn no_parameters_give_the_defaults() {
    assert_eq!(parse([]), Settings::default());
    assert!(Settings::default().ignored.is_empty());
    assert_eq!(Settings::default().pass_mark, 70);
    assert!(Settings::default().shuffle);
}

#[test]
fn good_values_are_applied() {
    let (s, warned) = settings(&[
        ("mode", "exam"),
        ("topics", "transition, certifications"),
        ("count", "8"),
        ("pass", "80"),
        ("shuffle", "off"),
        ("lang", "es"),
        ("accent", "#0a7"),
        ("ns", "acme-course_1"),
        ("origins", "https://lms.example.org,http://127.0.0.1:4174"),
        ("bank", "banks/custom.json"),
        ("strings", "i18n/nl.json"),
        ("minutes", "15"),
        ("scorm", "1.2"),
        ("xapi", "on"),
    ]);
    assert!(warned.is_empty(), "{warned:?}");
    assert_eq!((s.scorm, s.xapi), (Some(Version::Scorm12), true));
    assert_eq!(s.mode, Mode::Exam);
    assert_eq!(s.topics, ["transition", "certifications"]);
    assert_eq!((s.count, s.pass_mark, s.shuffle), (Some(8), 80, false));
    assert_eq!(s.lang.as_deref(), Some("es"));
    assert_eq!(
        s.accent,
        Some(Rgb {
            r: 0,
            g: 0xaa,
            b: 0x77
        })
    );
    assert_eq!(s.namespace.as_deref(), Some("acme-course_1"));
    assert_eq!(
        s.origins,
        ["https://lms.example.org", "http://127.0.0.1:4174"]
    );
    assert_eq!(s.bank.as_deref(), Some("banks/custom.json"));
    assert_eq!(s.strings.as_deref(), Some("i18n/nl.json"));
    assert_eq!(s.minutes, Some(15));
}

#[test]
fn bad_values_fall_back_and_are_named() {
    let (s, warned) = settings(&[
        ("mode", "speedrun"),
        ("topics", "<script>"),
        ("count", "0"),
        ("pass", "150"),
        ("shuffle", "maybe"),
        ("lang", "fr/../x"),
        ("accent", "url(javascript:alert(1))"),
        ("ns", "../../etc"),
        ("origins", "*"),
        ("bank", "https://evil.example/bank.json"),
        ("minutes", "-5"),
        ("scorm", "2005"),
        ("xapi", "loud"),
        ("strings", "https://evil.example/nl.json"),
    ]);
    assert_eq!(s, Settings::default());
    assert_eq!(warned, PARAMETERS, "every parameter, in the table's order");
}

#[test]
fn warnings_say_why() {
    let warnings = parse([
        ("count", "lots"),
        ("pass", "101"),
        ("bank", "//evil.example/x.json"),
    ])
    .ignored;
    assert_eq!(warnings[0].reason, Reason::NotANumber);
    assert_eq!(warnings[1].reason, Reason::OutOfRange { min: 0, max: 100 });
    assert_eq!(warnings[2].reason, Reason::NotRelative);
    for sneaky in [
        "data:application/json,{}",
        "javascript:alert(1)",
        "\\\\evil\\x.json",
    ] {
        assert_eq!(
            parse([("bank", sneaky)]).ignored[0].reason,
            Reason::NotRelative,
            "{sneaky}"
        );
    }
    assert_eq!(
        warnings[1].to_string(),
        "setting pass=\"101\" ignored: must be from 0 to 100"
    );
}

#[test]
fn unknown_parameters_are_left_to_the_host() {
    assert_eq!(
        settings(&[("utm_source", "newsletter")]).1,
        Vec::<String>::new()
    );
}

#[test]
fn colours_parse_in_three_forms() {
    assert_eq!(Rgb::parse("#fff"), Some(WHITE));
    assert_eq!(Rgb::parse("#000000"), Some(BLACK));
    assert_eq!(
        Rgb::parse("rgb(255, 0, 10)"),
        Some(Rgb {
            r: 255,
            g: 0,
            b: 10
        })
    );
    assert_eq!(Rgb::parse("rgb(1 2 3)"), Some(Rgb { r: 1, g: 2, b: 3 }));
    for bad in ["", "#ggg", "#12345", "red", "rgb(300,0,0)", "rgb(1,2)"] {
        assert_eq!(Rgb::parse(bad), None, "{bad}");
    }
    assert_eq!(
        Rgb {
            r: 10,
            g: 171,
            b: 255
        }
        .hex(),
        "#0aabff"
    );
}

#[test]
fn contrast_matches_the_wcag_formula() {
    assert!((WHITE.contrast(BLACK) - 21.0).abs() < 1e-9);
    assert!((Rgb::parse("#777").unwrap().contrast(WHITE) - 4.48).abs() < 0.01);
}

#[test]
fn any_accent_keeps_contrast_in_light_and_dark() {
    let light = (LIGHT_PAGE, LIGHT_SURFACE);
    let dark = (DARK_PAGE, DARK_SURFACE);
    let accents = [
        "#ffffff", "#000000", "#ffff00", "#3346c9", "#00ff00", "#777777", "#ff00ff",
    ];
    for accent in accents.map(|a| Rgb::parse(a).unwrap()) {
        for (page, surface) in [light, dark] {
            let p = palette(accent, page, surface);
            for bg in [page, surface] {
                assert!(
                    p.accent.contrast(bg) >= UI_CONTRAST,
                    "{accent:?} fill on {bg:?}"
                );
                assert!(
                    p.strong.contrast(bg) >= TEXT_CONTRAST,
                    "{accent:?} text on {bg:?}"
                );
            }
            assert!(
                p.on_accent.contrast(p.accent) >= TEXT_CONTRAST,
                "{accent:?} label"
            );
        }
    }
}

#[test]
fn an_accent_that_already_contrasts_is_kept() {
    let accent = Rgb::parse("#3346c9").unwrap();
    let p = palette(accent, Rgb::parse("#f4f5f9").unwrap(), WHITE);
    assert_eq!((p.accent, p.strong, p.on_accent), (accent, accent, WHITE));
}

#[test]
fn the_host_script_maps_a_data_attribute_to_every_setting() {
    let script = include_str!("../../../embed/embed.js");
    let table = &script[script
        .find("var SETTINGS = {")
        .expect("embed.js has its SETTINGS table")..];
    let table = &table[..table.find("};").expect("the table ends")];
    let mapped: Vec<&str> = table
        .lines()
        .filter_map(|line| line.split('\'').nth(1))
        .collect();
    let mut wanted = PARAMETERS.to_vec();
    let mut mapped_sorted = mapped.clone();
    wanted.sort_unstable();
    mapped_sorted.sort_unstable();
    assert_eq!(
        mapped_sorted, wanted,
        "embed.js's SETTINGS values: {mapped:?}"
    );
}
