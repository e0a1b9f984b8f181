//! `imsmanifest.xml` for a single-SCO package, in SCORM 1.2 or SCORM 2004 4th edition
//! form. The schema files it names travel beside it at the package's root, as the
//! standard expects (`assets::schemas`); the tests check it against them with xmllint.

use super::escape_xml;
use crate::scorm::Version;

/// What differs between the two versions' manifests.
struct Form {
    namespaces: &'static [(&'static str, &'static str)],
    locations: &'static [(&'static str, &'static str)],
    schema_version: &'static str,
    scorm_type: &'static str,
}

const SCORM12: Form = Form {
    namespaces: &[
        ("", "http://www.imsproject.org/xsd/imscp_rootv1p1p2"),
        ("adlcp", "http://www.adlnet.org/xsd/adlcp_rootv1p2"),
    ],
    locations: &[
        (
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
            "imscp_rootv1p1p2.xsd",
        ),
        (
            "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
            "imsmd_rootv1p2p1.xsd",
        ),
        (
            "http://www.adlnet.org/xsd/adlcp_rootv1p2",
            "adlcp_rootv1p2.xsd",
        ),
    ],
    schema_version: "1.2",
    scorm_type: "adlcp:scormtype",
};

const SCORM2004: Form = Form {
    namespaces: &[
        ("", "http://www.imsglobal.org/xsd/imscp_v1p1"),
        ("adlcp", "http://www.adlnet.org/xsd/adlcp_v1p3"),
        ("adlseq", "http://www.adlnet.org/xsd/adlseq_v1p3"),
        ("adlnav", "http://www.adlnet.org/xsd/adlnav_v1p3"),
        ("imsss", "http://www.imsglobal.org/xsd/imsss"),
    ],
    locations: &[
        ("http://www.imsglobal.org/xsd/imscp_v1p1", "imscp_v1p1.xsd"),
        ("http://www.adlnet.org/xsd/adlcp_v1p3", "adlcp_v1p3.xsd"),
        ("http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq_v1p3.xsd"),
        ("http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav_v1p3.xsd"),
        ("http://www.imsglobal.org/xsd/imsss", "imsss_v1p0.xsd"),
    ],
    schema_version: "2004 4th Edition",
    scorm_type: "adlcp:scormType",
};

/// What the manifest says about the package.
pub struct Manifest<'a> {
    /// Which SCORM.
    pub version: Version,
    /// The manifest's identifier, unique to the course.
    pub identifier: &'a str,
    /// The course and item title the LMS shows.
    pub title: &'a str,
    /// The page the LMS launches.
    pub launch: &'a str,
    /// Every file of the SCO, sorted.
    pub files: &'a [&'a str],
    /// The percent to pass: SCORM 1.2's mastery score (2004 leaves it to the SCO).
    pub pass_mark: u32,
}

impl Manifest<'_> {
    /// The manifest as XML.
    pub fn xml(&self) -> String {
        let form = match self.version {
            Version::Scorm12 => &SCORM12,
            Version::Scorm2004 => &SCORM2004,
        };
        let mut xmlns: Vec<String> = form
            .namespaces
            .iter()
            .map(|(prefix, uri)| match *prefix {
                "" => format!("xmlns=\"{uri}\""),
                p => format!("xmlns:{p}=\"{uri}\""),
            })
            .collect();
        xmlns.push("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"".into());
        let locations: Vec<String> = form
            .locations
            .iter()
            .map(|(ns, file)| format!("{ns} {file}"))
            .collect();
        let mastery = match self.version {
            Version::Scorm12 => format!(
                "\n        <adlcp:masteryscore>{}</adlcp:masteryscore>",
                self.pass_mark
            ),
            Version::Scorm2004 => String::new(),
        };
        let name = escape_xml(self.title);
        let files: String = self
            .files
            .iter()
            .map(|f| format!("      <file href=\"{}\"/>\n", escape_xml(f)))
            .collect();
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{identifier}" version="1"
          {xmlns}
          xsi:schemaLocation="{locations}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{schema_version}</schemaversion>
  </metadata>
  <organizations default="quiz_org">
    <organization identifier="quiz_org">
      <title>{name}</title>
      <item identifier="quiz_item" identifierref="quiz_sco">
        <title>{name}</title>{mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="quiz_sco" type="webcontent" {scorm_type}="sco" href="{launch}">
{files}    </resource>
  </resources>
</manifest>
"#,
            identifier = escape_xml(self.identifier),
            xmlns = xmlns.join("\n          "),
            locations = locations.join("\n                              "),
            schema_version = form.schema_version,
            scorm_type = form.scorm_type,
            launch = escape_xml(self.launch),
        )
    }
}
