//! One package from its inputs: the quiz's files, the bank and its pictures under
//! `bank/`, the settings fixed where the channel reads them, the service worker told of
//! what was added, and the channel's own files (manifest and schemas, `cmi5.xml`, or a
//! README).

use super::assets::{self, CMI5_PAGE, CMI5_SCRIPT, SETTINGS_SCRIPT};
use super::cmi5::Course;
use super::scorm::Manifest;
use super::{offline, web, zip, Channel, Chosen, File, Inputs, PackageError};
use crate::bank::{parse, Bank};
use crate::scorm::Version;

/// The page the LMS (or the browser) opens.
const LAUNCH: &str = "index.html";
/// The service worker, whose precache list grows with the package's own files.
const WORKER: &str = "sw.js";
/// The script that fixes the settings in the quiz's address (SCORM and web).
const SETTINGS_FILE: &str = "settings.js";
/// Where a provider's bank goes; its pictures go beside it, at the paths it names.
const BANK_FILE: &str = "bank/bank.json";
const BANK_FOLDER: &str = "bank/";
/// The built-in bank in the quiz's files: its title and topics when no bank is given.
const BUILT_IN_BANK: &str = "content/bank.en.json";
/// The cmi5 unit's launch page and script.
const CMI5_LAUNCH: &str = "cmi5.html";
const CMI5_SCRIPT_FILE: &str = "cmi5.js";

/// The zip of `channel`'s package, made from `inputs`: the same inputs give the same bytes.
pub fn package(inputs: &Inputs, channel: Channel) -> Result<Vec<u8>, PackageError> {
    Ok(zip(&files(inputs, channel)?)?)
}

/// The files of `channel`'s package.
pub fn files(inputs: &Inputs, channel: Channel) -> Result<Vec<File>, PackageError> {
    let quiz: Vec<&File> = inputs
        .quiz
        .iter()
        .filter(|f| !f.path.ends_with(".br") && !f.path.ends_with(".gz"))
        .collect();
    let find = |path: &'static str| {
        quiz.iter()
            .copied()
            .find(|f| f.path == path)
            .ok_or(PackageError::NotABuild(path))
    };
    let (page, worker) = (find(LAUNCH)?, find(WORKER)?);
    let (bank, mut added) = match &inputs.bank {
        Some(provider) => provider_bank(provider)?,
        None => {
            let json = String::from_utf8_lossy(&find(BUILT_IN_BANK)?.data).into_owned();
            let bank = parse(&json).map_err(|_| PackageError::NotABuild(BUILT_IN_BANK))?;
            (bank, Vec::new())
        }
    };
    let topics: Vec<String> = bank.topics.iter().map(|t| t.id.clone()).collect();
    let chosen = Chosen::parse(&inputs.settings, &topics).map_err(PackageError::Settings)?;
    let title = inputs
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or(&bank.title)
        .to_string();
    let mut extra = Vec::new();
    if inputs.bank.is_some() {
        extra.push(("bank", BANK_FILE));
    }
    match channel {
        Channel::Scorm12 => extra.push(("scorm", "1.2")),
        Channel::Scorm2004 => extra.push(("scorm", "2004")),
        Channel::Cmi5 | Channel::Web => {}
    }
    let query = chosen.query(&extra);
    let mut changed = Vec::new();
    if channel == Channel::Cmi5 {
        // The launcher adds scorm=2004 and xapi=on itself, and the LMS's mastery score.
        added.push(File::new(CMI5_LAUNCH, CMI5_PAGE));
        added.push(File::new(
            CMI5_SCRIPT_FILE,
            settings_in(CMI5_SCRIPT, &query),
        ));
    } else {
        added.push(File::new(
            SETTINGS_FILE,
            settings_in(SETTINGS_SCRIPT, &query),
        ));
        let html = std::str::from_utf8(&page.data)
            .ok()
            .filter(|h| h.contains("</head>"))
            .ok_or(PackageError::BuildShape("index.html has no </head>"))?;
        let tag = format!("<script src=\"{SETTINGS_FILE}\"></script>\n</head>");
        changed.push(File::new(LAUNCH, html.replacen("</head>", &tag, 1)));
    }
    let sw = std::str::from_utf8(&worker.data)
        .map_err(|_| PackageError::BuildShape("sw.js is not text"))?;
    let added_refs: Vec<&File> = added.iter().collect();
    let changed_refs: Vec<&File> = changed.iter().collect();
    let sw = offline::precache(sw, &added_refs, &changed_refs)?;
    let mut out: Vec<File> = quiz
        .into_iter()
        .filter(|f| f.path != WORKER && !changed.iter().any(|c| c.path == f.path))
        .cloned()
        .collect();
    out.extend(changed);
    out.extend(added);
    out.push(File::new(WORKER, sw));
    if out.iter().any(|f| is_channel_file(&f.path)) {
        return Err(PackageError::BuildShape(
            "the quiz has a file the package adds",
        ));
    }
    out.extend(channel_files(channel, &out, &bank, &title, &chosen, inputs));
    Ok(out)
}

/// The script `template` with the settings in place of its `__SETTINGS__`. The query is
/// percent-encoded, so it needs no escaping inside the script's quotes.
fn settings_in(template: &str, query: &str) -> String {
    template.replace("__SETTINGS__", query)
}

/// The provider's bank, read, with its file and its pictures' files under `bank/`.
fn provider_bank(provider: &super::ProviderBank) -> Result<(Bank, Vec<File>), PackageError> {
    let bank = parse(&provider.json).map_err(PackageError::Bank)?;
    let mut files = vec![File::new(BANK_FILE, provider.json.as_bytes())];
    for q in &bank.questions {
        for image in q.images() {
            let picture = provider
                .pictures
                .iter()
                .find(|p| p.path == image.src)
                .ok_or_else(|| PackageError::MissingPicture(image.src.clone()))?;
            let path = format!("{BANK_FOLDER}{}", image.src);
            if !files.iter().any(|f| f.path == path) {
                files.push(File::new(path, picture.data.clone()));
            }
        }
    }
    Ok((bank, files))
}

/// Whether a path is one the channel writes itself at the package's root.
fn is_channel_file(path: &str) -> bool {
    path == "imsmanifest.xml" || path == "cmi5.xml" || path == "README.txt"
}

/// The manifest and schemas, the course structure, or the README.
fn channel_files(
    channel: Channel,
    content: &[File],
    bank: &Bank,
    title: &str,
    chosen: &Chosen,
    inputs: &Inputs,
) -> Vec<File> {
    let scorm = |version: Version, schemas: &[(&str, &[u8])]| {
        let mut paths: Vec<&str> = content.iter().map(|f| f.path.as_str()).collect();
        paths.sort_unstable();
        let identifier = format!("pmo-leader-quiz-{}-{}", bank.id, channel.slug());
        let manifest = Manifest {
            version,
            identifier: &identifier,
            title,
            launch: LAUNCH,
            files: &paths,
            pass_mark: chosen.pass_mark,
        };
        let mut files = vec![File::new("imsmanifest.xml", manifest.xml())];
        files.extend(schemas.iter().map(|(name, data)| File::new(*name, *data)));
        files
    };
    match channel {
        Channel::Scorm12 => scorm(Version::Scorm12, &assets::SCORM12),
        Channel::Scorm2004 => scorm(Version::Scorm2004, &assets::SCORM2004),
        Channel::Cmi5 => {
            let course = Course {
                bank_id: &bank.id,
                title,
                description: &bank.description,
                lang: &bank.lang,
                url: CMI5_LAUNCH,
                pass_mark: chosen.pass_mark,
                move_on: inputs.move_on,
            };
            vec![File::new("cmi5.xml", course.xml())]
        }
        Channel::Web => vec![File::new(
            "README.txt",
            web::readme(title, chosen, inputs.bank.is_some()),
        )],
    }
}
