//! The files the packager adds, built into it so it needs nothing but the quiz: the
//! official SCORM schemas (`lms/schemas/`, see its README for their source), the launch
//! settings script, and the cmi5 launcher (`lms/cmi5/`).

/// The script that puts the packaged settings into the quiz's address; its
/// `__SETTINGS__` is replaced by them.
pub const SETTINGS_SCRIPT: &str = include_str!("../../lms/launch.js");
/// The cmi5 unit's launch page, which opens the quiz in a frame.
pub const CMI5_PAGE: &str = include_str!("../../lms/cmi5/cmi5.html");
/// The cmi5 launcher's script; its `__SETTINGS__` is replaced by the settings.
pub const CMI5_SCRIPT: &str = include_str!("../../lms/cmi5/cmi5.js");

/// SCORM 1.2's schema files, packaged at the root beside the manifest.
pub const SCORM12: [(&str, &[u8]); 4] = [
    (
        "adlcp_rootv1p2.xsd",
        include_bytes!("../../lms/schemas/scorm12/adlcp_rootv1p2.xsd"),
    ),
    (
        "ims_xml.xsd",
        include_bytes!("../../lms/schemas/scorm12/ims_xml.xsd"),
    ),
    (
        "imscp_rootv1p1p2.xsd",
        include_bytes!("../../lms/schemas/scorm12/imscp_rootv1p1p2.xsd"),
    ),
    (
        "imsmd_rootv1p2p1.xsd",
        include_bytes!("../../lms/schemas/scorm12/imsmd_rootv1p2p1.xsd"),
    ),
];

/// SCORM 2004's schema files, packaged at the root beside the manifest.
pub const SCORM2004: [(&str, &[u8]); 15] = [
    (
        "adlcp_v1p3.xsd",
        include_bytes!("../../lms/schemas/scorm2004/adlcp_v1p3.xsd"),
    ),
    (
        "adlnav_v1p3.xsd",
        include_bytes!("../../lms/schemas/scorm2004/adlnav_v1p3.xsd"),
    ),
    (
        "adlseq_v1p3.xsd",
        include_bytes!("../../lms/schemas/scorm2004/adlseq_v1p3.xsd"),
    ),
    (
        "imscp_v1p1.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imscp_v1p1.xsd"),
    ),
    (
        "imsss_v1p0.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0.xsd"),
    ),
    (
        "imsss_v1p0auxresource.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0auxresource.xsd"),
    ),
    (
        "imsss_v1p0control.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0control.xsd"),
    ),
    (
        "imsss_v1p0delivery.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0delivery.xsd"),
    ),
    (
        "imsss_v1p0limit.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0limit.xsd"),
    ),
    (
        "imsss_v1p0objective.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0objective.xsd"),
    ),
    (
        "imsss_v1p0random.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0random.xsd"),
    ),
    (
        "imsss_v1p0rollup.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0rollup.xsd"),
    ),
    (
        "imsss_v1p0seqrule.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0seqrule.xsd"),
    ),
    (
        "imsss_v1p0util.xsd",
        include_bytes!("../../lms/schemas/scorm2004/imsss_v1p0util.xsd"),
    ),
    (
        "xml.xsd",
        include_bytes!("../../lms/schemas/scorm2004/xml.xsd"),
    ),
];
