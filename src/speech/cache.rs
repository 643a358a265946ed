//! Audio kept on disk (temporary copy until the cache lands).

use std::collections::HashSet;
use std::path::PathBuf;

use super::{Pcm, Rate, SpeechError};

/// Audio on disk, one WAV a sentence.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// A cache in `dir`.
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The key of a sentence.
    pub fn key(engine: &str, rate: Rate, text: &str) -> String {
        use blake2::{Blake2s256, Digest as _};
        let mut hash = Blake2s256::new();
        hash.update(engine.as_bytes());
        hash.update(format!("{rate:?}").as_bytes());
        hash.update(text.as_bytes());
        hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The audio for `key`.
    pub fn get(&self, key: &str) -> Option<Pcm> {
        let bytes = std::fs::read(self.dir.join(format!("{key}.wav"))).ok()?;
        Pcm::from_wav(&bytes).ok()
    }

    /// Keeps `pcm` under `key`.
    ///
    /// # Errors
    /// The file could not be written.
    pub fn put(&self, key: &str, pcm: &Pcm) -> Result<(), SpeechError> {
        let io = |source| SpeechError::Io {
            path: self.dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(io)?;
        std::fs::write(self.dir.join(format!("{key}.wav")), pcm.to_wav()).map_err(io)
    }

    /// Deletes all but `keep`.
    pub fn retain(&self, keep: &HashSet<String>) {
        let _ = keep;
    }

    /// Bytes on disk.
    pub fn size_bytes(&self) -> u64 {
        0
    }
}
