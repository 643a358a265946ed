//! Audio kept on disk, one WAV file per sentence, named by a hash of everything that shapes
//! the sound (engine and voice, rate, text): a sentence heard once, or made ahead by the
//! warm-up, starts at once the next time, and audio from another voice or text is never
//! played. Volume is applied when playing, so it is not part of the key.

use std::collections::HashSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use blake2::{Blake2s256, Digest as _};

use super::engine::hex;
use super::{Pcm, Rate, SpeechError};

/// Changed whenever the file format or the key's recipe changes, so old files are misses.
const FORMAT: &str = "immuno-kiosk speech cache 1";

/// A directory of synthesised sentences.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache in `dir`, created when the first sentence is put.
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The name of a sentence's audio: 64 hex digits of BLAKE2s over the engine's
    /// [`super::Engine::cache_key`], the rate and the text. Stable across builds and
    /// machines, so audio made ahead can be shipped.
    pub fn key(engine_key: &str, rate: Rate, text: &str) -> String {
        let rate = match rate {
            Rate::Normal => "normal",
            Rate::Slow => "slow",
        };
        let mut hasher = Blake2s256::new();
        for part in [FORMAT, engine_key, rate, text] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        hex(&hasher.finalize())
    }

    /// The audio stored under `key`. A damaged file is removed and counts as a miss, so it
    /// is made again.
    pub fn get(&self, key: &str) -> Option<Pcm> {
        let path = self.path(key)?;
        let bytes = std::fs::read(&path).ok()?;
        match Pcm::from_wav(&bytes) {
            Ok(pcm) => Some(pcm),
            Err(error) => {
                tracing::warn!("{}: {error}; removed", path.display());
                let _ = std::fs::remove_file(&path);
                None
            }
        }
    }

    /// Stores `pcm` under `key`, atomically (a temporary file renamed), so a reader or a
    /// power cut never leaves half a file under the name.
    ///
    /// # Errors
    /// The key is not one [`Cache::key`] makes, or the file could not be written.
    pub fn put(&self, key: &str, pcm: &Pcm) -> Result<(), SpeechError> {
        let Some(path) = self.path(key) else {
            return Err(SpeechError::Io {
                path: key.to_owned(),
                source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a cache key"),
            });
        };
        let io = |source| SpeechError::Io {
            path: path.display().to_string(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(io)?;
        let mut temp = tempfile::Builder::new()
            .prefix(".partial-")
            .tempfile_in(&self.dir)
            .map_err(io)?;
        temp.write_all(&pcm.to_wav()).map_err(io)?;
        temp.persist(&path).map_err(|e| io(e.error))?;
        Ok(())
    }

    /// Deletes every sentence whose key is not in `keep` (audio of text no longer in the
    /// content, or of an older voice), and returns how many were deleted.
    ///
    /// # Errors
    /// The directory could not be read, or a file not deleted.
    pub fn retain(&self, keep: &HashSet<String>) -> Result<usize, SpeechError> {
        let mut removed = 0;
        for (key, path) in self.entries()? {
            if !keep.contains(&key) {
                std::fs::remove_file(&path).map_err(|source| SpeechError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// The bytes the stored sentences take: the staff screen shows it.
    pub fn size_bytes(&self) -> u64 {
        self.entries()
            .unwrap_or_default()
            .iter()
            .filter_map(|(_, path)| std::fs::metadata(path).ok())
            .map(|meta| meta.len())
            .sum()
    }

    /// The stored sentences: key and file. A missing directory holds none.
    fn entries(&self) -> Result<Vec<(String, PathBuf)>, SpeechError> {
        let read = match std::fs::read_dir(&self.dir) {
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(SpeechError::Io {
                    path: self.dir.display().to_string(),
                    source,
                });
            }
        };
        Ok(read
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let key = name.strip_suffix(".wav")?;
                is_key(key).then(|| (key.to_owned(), entry.path()))
            })
            .collect())
    }

    /// The file for `key`, if `key` is one [`Cache::key`] makes (so no path can escape).
    fn path(&self, key: &str) -> Option<PathBuf> {
        is_key(key).then(|| self.dir.join(format!("{key}.wav")))
    }
}

fn is_key(key: &str) -> bool {
    key.len() == 64
        && key
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pcm() -> Pcm {
        Pcm {
            sample_rate: 48_000,
            samples: vec![1, -2, 3, -4],
        }
    }

    #[test]
    fn keys_are_stable_and_change_with_every_part() {
        let key = Cache::key("open_jtalk 1.11 mei", Rate::Normal, "免疫");
        assert!(is_key(&key), "{key}");
        assert_eq!(key, Cache::key("open_jtalk 1.11 mei", Rate::Normal, "免疫"));
        let others = [
            Cache::key("open_jtalk 1.11 other", Rate::Normal, "免疫"),
            Cache::key("open_jtalk 1.11 mei", Rate::Slow, "免疫"),
            Cache::key("open_jtalk 1.11 mei", Rate::Normal, "免疫。"),
            // The parts are length-prefixed: moving text between them changes the key.
            Cache::key("open_jtalk 1.11 me", Rate::Normal, "i免疫"),
        ];
        for other in others {
            assert_ne!(other, key);
        }
    }

    #[test]
    fn put_get_and_misses() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().join("new"));
        let key = Cache::key("e", Rate::Normal, "t");
        assert_eq!(cache.size_bytes(), 0, "a missing directory holds nothing");
        assert_eq!(cache.get(&key), None);
        cache.put(&key, &pcm()).unwrap();
        assert_eq!(cache.get(&key), Some(pcm()));
        assert_eq!(cache.size_bytes(), 44 + 8);
        let names: Vec<_> = std::fs::read_dir(cache.dir()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left");
    }

    #[test]
    fn a_damaged_file_is_removed_and_missed() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().to_owned());
        let key = Cache::key("e", Rate::Normal, "t");
        cache.put(&key, &pcm()).unwrap();
        let file = dir.path().join(format!("{key}.wav"));
        std::fs::write(&file, b"RIFF garbage").unwrap();
        assert_eq!(cache.get(&key), None);
        assert!(!file.exists());
    }

    #[test]
    fn keys_that_are_not_hashes_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().to_owned());
        assert!(cache.put("../escape", &pcm()).is_err());
        assert_eq!(cache.get("../escape"), None);
        assert!(!is_key(&"A".repeat(64)));
    }

    #[test]
    fn retain_deletes_the_rest_and_leaves_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().to_owned());
        let keys: Vec<String> = (0..3)
            .map(|i| Cache::key("e", Rate::Normal, &i.to_string()))
            .collect();
        for key in &keys {
            cache.put(key, &pcm()).unwrap();
        }
        std::fs::write(dir.path().join("notes.txt"), b"staff notes").unwrap();
        let keep = HashSet::from([keys[1].clone()]);
        assert_eq!(cache.retain(&keep).unwrap(), 2);
        assert_eq!(cache.get(&keys[0]), None);
        assert_eq!(cache.get(&keys[1]), Some(pcm()));
        assert!(dir.path().join("notes.txt").exists());
        assert_eq!(cache.retain(&keep).unwrap(), 0);
    }
}
