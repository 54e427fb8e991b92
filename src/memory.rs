//! How the process asks the C allocator to hold its memory.
//!
//! glibc gives threads that allocate at the same moment arenas of their own, up to eight per
//! core. Loading, grouping, passage finding and the word index run on several threads at once
//! and free most of what they build once a stage ends; memory freed into one thread's arena is
//! not handed to another, so the process kept about a fifth more than it used (a 10,000-article
//! bundle peaked at 187 MB instead of 157 MB in the scale benchmark, for the same speed).

/// Arenas glibc may create, when nobody chose otherwise.
const ARENAS: i32 = 2;

/// Limits glibc's allocator to [`ARENAS`] arenas, unless `MALLOC_ARENA_MAX` is set (then the
/// person running the program chose). Call it first thing, before any thread starts. Does
/// nothing where the allocator is not glibc's. Returns whether the limit was set.
pub fn limit_allocator_arenas() -> bool {
    if std::env::var_os("MALLOC_ARENA_MAX").is_some() {
        return false;
    }
    set_arena_max()
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn set_arena_max() -> bool {
    // SAFETY: mallopt only changes an allocator parameter; it is called before other threads
    // allocate, and glibc accepts M_ARENA_MAX at any time anyway.
    unsafe { libc::mallopt(libc::M_ARENA_MAX, ARENAS) == 1 }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn set_arena_max() -> bool {
    false
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn glibc_takes_the_limit() {
        // The test threads share the process's allocator: setting the same limit twice is
        // harmless. Unless the environment chose a limit, glibc accepts ours.
        let chose = std::env::var_os("MALLOC_ARENA_MAX").is_some();
        assert_eq!(super::limit_allocator_arenas(), !chose);
    }
}
