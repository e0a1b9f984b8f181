//! Times and durations in the forms SCORM 1.2, SCORM 2004 and xAPI require. Clock times
//! are written in UTC: 1.2's time of day has no zone, 2004's timestamp says `Z`.

use super::Version;

/// A duration in ISO 8601 form, as SCORM 2004 and xAPI write it: `PT1H2M3.45S`.
pub fn iso_duration(ms: u64) -> String {
    let (h, m, s, cs) = parts(ms);
    format!("PT{h}H{m}M{s}.{cs:02}S")
}

/// A session's length in the version's form: 1.2 `HHHH:MM:SS.SS`, 2004 ISO 8601.
pub fn session_time(version: Version, ms: u64) -> String {
    match version {
        Version::Scorm12 => {
            let (h, m, s, cs) = parts(ms);
            format!("{:04}:{m:02}:{s:02}.{cs:02}", h.min(9999))
        }
        Version::Scorm2004 => iso_duration(ms),
    }
}

/// The moment `epoch_ms` in the version's form: 1.2 `HH:MM:SS` (time of day),
/// 2004 `YYYY-MM-DDThh:mm:ss.0Z`.
pub fn moment(version: Version, epoch_ms: u64) -> String {
    let secs = epoch_ms / 1000;
    let (day, rest) = (secs / 86_400, secs % 86_400);
    let (h, m, s) = (rest / 3600, rest / 60 % 60, rest % 60);
    match version {
        Version::Scorm12 => format!("{h:02}:{m:02}:{s:02}"),
        Version::Scorm2004 => {
            let (y, mo, d) = civil(day as i64);
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}.0Z")
        }
    }
}

/// Hours, minutes, seconds and hundredths.
fn parts(ms: u64) -> (u64, u64, u64, u64) {
    let cs = ms / 10;
    (cs / 360_000, cs / 6000 % 60, cs / 100 % 60, cs % 100)
}

/// The civil date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
