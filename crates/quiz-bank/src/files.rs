//! The picture files an imported GIFT file names, read from disk: Moodle's
//! `@@PLUGINFILE@@/name` from the `--media` folder, any other path from the GIFT file's
//! own folder; each given to the bank as a path relative to the folder the bank is written
//! to (the current one when it goes to stdout).

use quiz_core::formats::pictures::{Loaded, MediaError, MediaFiles, Source};
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};

/// Where an import finds picture files and where its bank goes.
pub struct Files {
    /// The imported file's folder.
    pub from: PathBuf,
    /// The `--media` folder, when given.
    pub media: Option<PathBuf>,
    /// The folder the bank is written to.
    pub bank: PathBuf,
}

impl Files {
    /// The folders for importing `file` with `--media` and `-o` as given.
    pub fn new(file: &Path, media: Option<&Path>, output: Option<&Path>) -> Self {
        Self {
            // A bare file name's folder is empty, so paths read from it print as written.
            from: file.parent().map(Path::to_path_buf).unwrap_or_default(),
            media: media.map(Path::to_path_buf),
            bank: output.map_or_else(|| PathBuf::from("."), folder),
        }
    }
}

impl MediaFiles for Files {
    fn load(&self, source: &Source) -> Result<Loaded, MediaError> {
        let path = match source {
            Source::Plugin(name) => self
                .media
                .as_ref()
                .ok_or_else(|| MediaError::NoMediaFolder(name.clone()))?
                .join(name),
            Source::Path(path) => self.from.join(path),
        };
        let shown = path.display().to_string();
        let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
            ErrorKind::NotFound => MediaError::Missing(shown.clone()),
            _ => MediaError::Unreadable(shown.clone(), e.to_string()),
        })?;
        let src = relative(&path, &self.bank).ok_or(MediaError::Outside(shown))?;
        Ok(Loaded { src, bytes })
    }
}

/// The folder a file is in; `.` for a bare file name.
fn folder(file: &Path) -> PathBuf {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `path` relative to the folder `base`, with `/` between folders, when it is inside it.
fn relative(path: &Path, base: &Path) -> Option<String> {
    let path = path.canonicalize().ok()?;
    let base = base.canonicalize().ok()?;
    let inside = path.strip_prefix(&base).ok()?;
    let parts: Option<Vec<&str>> = inside
        .components()
        .map(|c| match c {
            Component::Normal(part) => part.to_str(),
            _ => None,
        })
        .collect();
    Some(parts?.join("/")).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_and_relative_paths() {
        assert_eq!(folder(Path::new("q.gift")), PathBuf::from("."));
        assert_eq!(folder(Path::new("a/q.gift")), PathBuf::from("a"));
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            relative(&here.join("src/files.rs"), here).as_deref(),
            Some("src/files.rs")
        );
        assert_eq!(relative(&here.join("Cargo.toml"), &here.join("src")), None);
        assert_eq!(relative(&here.join("no-such-file"), here), None);
    }
}
