//! What the reader keeps between runs, per bundle: which articles were read and which are
//! bookmarked.
//!
//! One small JSON file per bundle under the data directory, named by a hash of the bundle's
//! canonical path, so two bundles never share marks and moving into a bundle by another
//! relative path finds the same file. Writes go to a temporary file that is renamed over the
//! old one: a crash mid-write leaves the previous state, never half of one. A file that cannot
//! be read as state is set aside (renamed `.corrupt`) with a message, and reading starts
//! afresh; the bundle itself is never written to.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The marks of one bundle, by article id. Fields a later version adds are ignored rather
/// than taken for damage, so going back a version never sets a store aside.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    /// The bundle the marks belong to, for a person looking at the file.
    #[serde(default)]
    pub bundle: String,
    #[serde(default)]
    pub read: BTreeSet<String>,
    #[serde(default)]
    pub bookmarked: BTreeSet<String>,
}

impl Marks {
    pub fn is_read(&self, id: &str) -> bool {
        self.read.contains(id)
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarked.contains(id)
    }

    /// Marks `id` read or unread; whether anything changed.
    pub fn set_read(&mut self, id: &str, read: bool) -> bool {
        if read {
            self.read.insert(id.to_string())
        } else {
            self.read.remove(id)
        }
    }

    /// Flips the bookmark of `id`; whether it is now bookmarked.
    pub fn toggle_bookmark(&mut self, id: &str) -> bool {
        if self.bookmarked.remove(id) {
            false
        } else {
            self.bookmarked.insert(id.to_string());
            true
        }
    }
}

/// Where one bundle's marks are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub path: PathBuf,
    /// The bundle, as written into the file.
    bundle: String,
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike std's hasher, so a file name
/// computed today is found again after an upgrade.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Store {
    /// The store of `bundle` (the built-in sample when `None`) under `data_dir`.
    pub fn for_bundle(data_dir: &Path, bundle: Option<&Path>) -> Store {
        let name = match bundle {
            Some(p) => fs::canonicalize(p)
                .unwrap_or_else(|_| p.to_path_buf())
                .display()
                .to_string(),
            None => "built-in sample".to_string(),
        };
        let file = format!("{:016x}.json", fnv1a(name.as_bytes()));
        Store {
            path: data_dir.join("state").join(file),
            bundle: name,
        }
    }

    /// The kept marks; with a message when a file was there but unreadable (it is then set
    /// aside as `<name>.corrupt` and the marks start empty).
    pub fn load(&self) -> (Marks, Option<String>) {
        let fresh = Marks {
            bundle: self.bundle.clone(),
            ..Marks::default()
        };
        let bytes = match fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (fresh, None),
            Err(e) => {
                let msg = format!(
                    "read state not loaded ({}: {e}); marks made now will not be kept",
                    self.path.display()
                );
                return (fresh, Some(msg));
            }
        };
        match serde_json::from_slice::<Marks>(&bytes) {
            Ok(mut marks) => {
                marks.bundle = self.bundle.clone();
                (marks, None)
            }
            Err(e) => {
                let aside = self.path.with_extension("json.corrupt");
                let msg = match fs::rename(&self.path, &aside) {
                    Ok(()) => format!(
                        "read state was damaged ({e}); set aside as {}, starting afresh",
                        aside.display()
                    ),
                    Err(r) => format!(
                        "read state was damaged ({e}) and could not be set aside ({r}); starting afresh"
                    ),
                };
                (fresh, Some(msg))
            }
        }
    }

    /// Writes `marks` atomically: a temporary file beside the target, synced, then renamed.
    pub fn save(&self, marks: &Marks) -> io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let json = serde_json::to_vec_pretty(marks).map_err(io::Error::other)?;
        let tmp = self
            .path
            .with_extension(format!("json.tmp{}", std::process::id()));
        let written = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(&json)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            fs::rename(&tmp, &self.path)
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("news");
        fs::create_dir(&bundle).unwrap();
        let store = Store::for_bundle(dir.path(), Some(&bundle));
        let (mut marks, msg) = store.load();
        assert_eq!(msg, None);
        assert!(marks.read.is_empty());
        assert!(marks.set_read("a1", true));
        assert!(!marks.set_read("a1", true));
        assert!(marks.toggle_bookmark("b2"));
        store.save(&marks).unwrap();
        // Another path to the same folder finds the same file.
        let again = Store::for_bundle(dir.path(), Some(&bundle.join("..").join("news")));
        assert_eq!(again.path, store.path);
        let (back, msg) = again.load();
        assert_eq!(msg, None);
        assert_eq!(back, marks);
        assert!(back.is_read("a1") && !back.is_read("b2"));
        assert!(back.is_bookmarked("b2"));
        // Nothing but the state file is left in the folder (no temporary file).
        let names: Vec<_> = fs::read_dir(store.path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
        // A second bundle has its own marks.
        let other = Store::for_bundle(dir.path(), None);
        assert_ne!(other.path, store.path);
        assert_eq!(other.load().0.read.len(), 0);
    }

    #[test]
    fn a_corrupt_store_is_set_aside_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::for_bundle(dir.path(), None);
        fs::create_dir_all(store.path.parent().unwrap()).unwrap();
        fs::write(&store.path, b"{\"read\": [\"a\", 3").unwrap();
        let (marks, msg) = store.load();
        let msg = msg.unwrap();
        assert!(msg.starts_with("read state was damaged"), "{msg}");
        assert!(msg.contains(".corrupt"), "{msg}");
        assert!(marks.read.is_empty());
        assert!(!store.path.exists());
        let aside = store.path.with_extension("json.corrupt");
        assert_eq!(fs::read(&aside).unwrap(), b"{\"read\": [\"a\", 3");
        // And the next save and load work as usual.
        let mut marks = marks;
        marks.set_read("x", true);
        store.save(&marks).unwrap();
        assert_eq!(store.load(), (marks, None));
    }

    #[test]
    fn a_newer_field_is_not_damage() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::for_bundle(dir.path(), None);
        fs::create_dir_all(store.path.parent().unwrap()).unwrap();
        fs::write(&store.path, br#"{"read": ["a"], "starred_at": {"a": 3}}"#).unwrap();
        let (marks, msg) = store.load();
        assert_eq!(msg, None);
        assert!(marks.is_read("a"));
        // A wrong type is damage, though.
        fs::write(&store.path, br#"{"read": "a"}"#).unwrap();
        assert!(store.load().1.is_some());
    }

    #[test]
    fn bytes_that_are_not_json_are_set_aside_too() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::for_bundle(dir.path(), None);
        fs::create_dir_all(store.path.parent().unwrap()).unwrap();
        fs::write(&store.path, [0xff, 0xfe, 0, 1]).unwrap();
        let (marks, msg) = store.load();
        assert!(msg.is_some());
        assert_eq!(
            marks,
            Marks {
                bundle: "built-in sample".into(),
                ..Marks::default()
            }
        );
    }
}
