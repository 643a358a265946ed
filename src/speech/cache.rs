//! Audio kept on disk (filled in by the cache implementation).
