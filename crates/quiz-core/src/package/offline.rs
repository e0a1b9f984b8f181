//! The package's service worker: the build's `sw.js` with the packaged bank, its
//! pictures and the launch files added to the precache list, and a new version, so the
//! package works offline after one visit as the built-in bank does, and a learner who
//! had an older package gets this one.

use super::{File, PackageError};

const LIST: &str = "const PRECACHE = ";
const VERSION: &str = "const VERSION = '";

/// `sw` with `added` in its precache list, and a version that also covers `changed`
/// (files of the build whose bytes the package altered, such as `index.html`).
pub fn precache(sw: &str, added: &[&File], changed: &[&File]) -> Result<String, PackageError> {
    let shape = PackageError::BuildShape("sw.js has no precache list or version");
    let start = sw.find(LIST).ok_or(shape.clone())? + LIST.len();
    let end = start + sw[start..].find(";\n").ok_or(shape.clone())?;
    let mut list: Vec<String> = serde_json::from_str(&sw[start..end]).map_err(|_| shape.clone())?;
    list.extend(added.iter().map(|f| format!("./{}", f.path)));
    list.sort();
    list.dedup();
    let at = sw.find(VERSION).ok_or(shape.clone())? + VERSION.len();
    let version_end = at + sw[at..].find('\'').ok_or(shape)?;
    let mut hash = Fnv::new();
    hash.write(&sw.as_bytes()[at..version_end]);
    for file in added.iter().chain(changed) {
        hash.write(file.path.as_bytes());
        hash.write(&[0]);
        hash.write(&file.data);
    }
    let list = serde_json::to_string(&list).expect("a list of strings is JSON");
    Ok(format!(
        "{}{:016x}{}{}{}",
        &sw[..at],
        hash.0,
        &sw[version_end..start],
        list,
        &sw[end..]
    ))
}

/// FNV-1a, 64 bits: a version only has to change when the files do.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SW: &str =
        "const VERSION = 'abc';\nconst PRECACHE = [\"./index.html\",\"./x.js\"];\nrest\n";

    #[test]
    fn adds_to_the_list_and_changes_the_version_with_the_files() {
        let bank = File::new("bank/bank.json", "{}");
        let page = File::new("index.html", "<html>");
        let out = precache(SW, &[&bank], &[&page]).unwrap();
        assert!(
            out.contains(r#"["./bank/bank.json","./index.html","./x.js"];"#),
            "{out}"
        );
        assert!(out.ends_with(";\nrest\n"));
        let other = precache(SW, &[&File::new("bank/bank.json", "{ }")], &[&page]).unwrap();
        assert_ne!(out, other, "a different bank gives another version");
        assert_eq!(out, precache(SW, &[&bank], &[&page]).unwrap());
    }

    #[test]
    fn a_worker_without_its_list_is_a_changed_build() {
        assert!(matches!(
            precache("self.x = 1;\n", &[], &[]),
            Err(PackageError::BuildShape(_))
        ));
    }
}
