//! How the kiosk's process gives memory back.
//!
//! glibc's `malloc` serves a request of 128 KiB or more with a mapping of its own, and
//! unmaps it when freed, but it raises that threshold to the size of each such block freed
//! (up to 32 MiB). egui's glyph atlas (4 to 16 MiB) and the GPU driver's copy of it are
//! freed and made anew whenever the fonts change; after the first, the next atlas came from
//! the heap, which keeps its pages after a free. Walking every page in every language then
//! left the heap at 63 MiB instead of 23 (`scripts/language-memory.sh`). Setting the
//! threshold once fixes it, so a large buffer is always a mapping and always given back.

/// The size from which a block has a mapping of its own, given back to the system when freed:
/// twice glibc's starting value, and far below the atlas's 4 MiB.
pub const MMAP_THRESHOLD: i32 = 256 * 1024;

/// Fixes glibc's mmap threshold at [`MMAP_THRESHOLD`] (see the module). Returns whether it
/// was set; elsewhere than glibc on Linux there is nothing to set, and it returns `false`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn give_large_blocks_back() -> bool {
    // SAFETY: `mallopt` only changes a parameter of the allocator, under the allocator's own
    // lock; it takes no pointer and is safe to call from any thread at any time.
    unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 }
}

/// Fixes glibc's mmap threshold (see the module); elsewhere there is nothing to set.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_large_blocks_back() -> bool {
    false
}

#[cfg(test)]
mod tests {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn glibc_takes_the_threshold() {
        assert!(super::give_large_blocks_back());
    }
}
