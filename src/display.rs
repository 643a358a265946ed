//! The graphical session the kiosk starts in: which windowing system winit will pick, and the
//! one clear line the kiosk ends with when it cannot show a window at all (a missing graphics library, no display, a window destroyed by another
//! program) instead of a panic.
//!
//! Everything here that decides is a pure function of strings, so it is tested without a
//! display; `scripts/cage-test.sh` and `scripts/escape-test.sh` prove it on the real parts.

use std::path::Path;

/// The windowing system winit will use, chosen from the environment exactly as winit 0.30
/// chooses it: Wayland first (X11 may be present under Wayland as Xwayland), then X11.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// A Wayland compositor (`cage` in the kiosk session).
    Wayland,
    /// An X server (the X11 fallback session, Xvfb).
    X11,
    /// Neither `WAYLAND_DISPLAY`/`WAYLAND_SOCKET` nor `DISPLAY` is set.
    Headless,
}

impl Backend {
    /// The backend for an environment; `var` reads one variable (empty counts as unset).
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Self {
        let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
        if set("WAYLAND_DISPLAY") || set("WAYLAND_SOCKET") {
            Self::Wayland
        } else if set("DISPLAY") {
            Self::X11
        } else {
            Self::Headless
        }
    }

    /// The backend of this process's environment.
    pub fn current() -> Self {
        Self::from_env(|name| std::env::var(name).ok())
    }

    /// The shared libraries winit, glutin and glow load at run time on this backend, each
    /// with the Debian package that provides it.
    pub fn libraries(self) -> &'static [SharedLibrary] {
        match self {
            Self::Wayland => WAYLAND_LIBRARIES,
            Self::X11 => X11_LIBRARIES,
            Self::Headless => &[],
        }
    }
}

/// A shared library loaded at run time (dlopen), and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedLibrary {
    /// The soname the loader looks for.
    pub soname: &'static str,
    /// The Debian 12 package that installs it.
    pub package: &'static str,
}

const fn lib(soname: &'static str, package: &'static str) -> SharedLibrary {
    SharedLibrary { soname, package }
}

const WAYLAND_LIBRARIES: &[SharedLibrary] = &[
    lib("libwayland-client.so.0", "libwayland-client0"),
    lib("libwayland-egl.so.1", "libwayland-egl1"),
    lib("libwayland-cursor.so.0", "libwayland-cursor0"),
    lib("libxkbcommon.so.0", "libxkbcommon0"),
    lib("libEGL.so.1", "libegl1"),
];

const X11_LIBRARIES: &[SharedLibrary] = &[
    lib("libX11.so.6", "libx11-6"),
    lib("libX11-xcb.so.1", "libx11-xcb1"),
    lib("libxcb.so.1", "libxcb1"),
    lib("libXcursor.so.1", "libxcursor1"),
    lib("libXi.so.6", "libxi6"),
    lib("libXrandr.so.2", "libxrandr2"),
    lib("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    lib("libxkbcommon.so.0", "libxkbcommon0"),
    lib("libEGL.so.1", "libegl1"),
    lib("libGL.so.1", "libgl1"),
];

/// Every library either backend may load, for naming the package of a library a panic names.
fn all_libraries() -> impl Iterator<Item = &'static SharedLibrary> {
    WAYLAND_LIBRARIES.iter().chain(X11_LIBRARIES)
}

/// How a library file looked to the loader's search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileState {
    /// A readable ELF file.
    Usable,
    /// Missing, unreadable, or not a shared object.
    Unusable,
}

/// Reads the first bytes of `path`: a shared library starts with the ELF magic.
pub fn file_state(path: &Path) -> FileState {
    use std::io::Read as _;
    let mut magic = [0_u8; 4];
    match std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut magic)) {
        Ok(()) if magic == *b"\x7fELF" => FileState::Usable,
        _ => FileState::Unusable,
    }
}

/// Where the dynamic loader would find each soname: the directories of `LD_LIBRARY_PATH`
/// first, then the loader's cache as `ldconfig -p` prints it.
pub fn locate(
    soname: &str,
    ld_library_path: Option<&str>,
    ldconfig_output: &str,
    exists: impl Fn(&Path) -> bool,
) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for dir in ld_library_path.unwrap_or_default().split(':') {
        if dir.is_empty() {
            continue;
        }
        let candidate = Path::new(dir).join(soname);
        if exists(&candidate) {
            found.push(candidate);
        }
    }
    // Lines look like "\tlibEGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libEGL.so.1".
    for line in ldconfig_output.lines() {
        let line = line.trim_start();
        let Some((name, rest)) = line.split_once(' ') else {
            continue;
        };
        if name != soname || !rest.contains("x86-64") && cfg!(target_arch = "x86_64") {
            continue;
        }
        if let Some((_, path)) = rest.split_once("=> ") {
            found.push(std::path::PathBuf::from(path.trim()));
        }
    }
    found
}

/// Why the kiosk cannot show a window, in one line for the journal, or `None` when the
/// libraries look fine and the window system's own error has to speak.
///
/// `find` gives every path the loader would try for a soname; `state` tells whether a file
/// there is a usable library.
pub fn diagnose(
    backend: Backend,
    find: impl Fn(&str) -> Vec<std::path::PathBuf>,
    state: impl Fn(&Path) -> FileState,
) -> Option<String> {
    if backend == Backend::Headless {
        return Some(
            "no display: neither WAYLAND_DISPLAY nor DISPLAY is set. The kiosk runs inside a \
             graphical session: the immuno-kiosk.service unit (cage on tty1), or an X server \
             such as Xvfb with DISPLAY set"
                .to_owned(),
        );
    }
    for library in backend.libraries() {
        let paths = find(library.soname);
        if paths.is_empty() {
            return Some(missing_library_line(library, None));
        }
        if let Some(path) = paths.iter().find(|p| state(p) == FileState::Unusable)
            && !paths.iter().any(|p| state(p) == FileState::Usable)
        {
            return Some(missing_library_line(library, Some(path)));
        }
    }
    None
}

fn missing_library_line(library: &SharedLibrary, broken: Option<&Path>) -> String {
    let what = match broken {
        Some(path) => format!("{} is unusable ({})", library.soname, path.display()),
        None => format!("{} is missing", library.soname),
    };
    format!(
        "cannot open the kiosk window: the graphics library {what}; install the package {} \
         (apt-get install {})",
        library.package, library.package
    )
}

/// What a panic inside the window system means for the people who look after the kiosk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanicCause {
    /// A library the window system loads at run time could not be loaded.
    MissingLibrary(SharedLibrary),
    /// Another X client destroyed the kiosk's window (winit unwraps the X error).
    WindowDestroyed,
    /// Anything else: a fault in the kiosk or a library.
    Other,
}

/// Classifies a panic by its message and the source file it was raised in.
pub fn panic_cause(message: &str, file: &str) -> PanicCause {
    // wayland-sys: "Library libwayland-egl.so could not be loaded."
    if let Some(rest) = message.strip_prefix("Library ")
        && let Some((name, _)) = rest.split_once(" could not be loaded")
    {
        let stem = name.split(".so").next().unwrap_or(name);
        if let Some(library) = all_libraries().find(|l| l.soname.split(".so").next() == Some(stem))
        {
            return PanicCause::MissingLibrary(*library);
        }
    }
    let in_winit_x11 = file.contains("winit") && file.contains("x11");
    if in_winit_x11 && (message.contains("BadWindow") || message.contains("BadDrawable")) {
        return PanicCause::WindowDestroyed;
    }
    PanicCause::Other
}

/// The one line logged for a panic of `cause`.
pub fn panic_line(cause: &PanicCause, message: &str, location: &str) -> String {
    match cause {
        PanicCause::MissingLibrary(library) => missing_library_line(library, None),
        PanicCause::WindowDestroyed => "the kiosk's window was destroyed by another X client; \
             exiting so that the session (and systemd) starts the kiosk again"
            .to_owned(),
        PanicCause::Other => format!("internal error at {location}: {message}; exiting"),
    }
}

/// Replaces the default panic output (a "panicked at" message and a backtrace note) with one
/// ERROR line through `tracing`, and ends the process with exit code 1, so that the service
/// manager restarts the kiosk. Only the kiosk's window loop installs it: the command-line
/// tools keep the default.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let (file, location) = info.location().map_or_else(
            || (String::new(), "an unknown place".to_owned()),
            |l| (l.file().to_owned(), format!("{}:{}", l.file(), l.line())),
        );
        let cause = panic_cause(&message, &file);
        tracing::error!("{}", panic_line(&cause, &message, &location));
        std::process::exit(1);
    }));
}

/// `ldconfig -p`, the loader's cache, or nothing if it cannot be run.
pub fn ldconfig_cache() -> String {
    ["/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"]
        .iter()
        .find_map(|cmd| std::process::Command::new(cmd).arg("-p").output().ok())
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default()
}

/// Diagnoses this machine after the window failed to open: see [`diagnose`].
pub fn diagnose_here(backend: Backend) -> Option<String> {
    let cache = ldconfig_cache();
    let ld_path = std::env::var("LD_LIBRARY_PATH").ok();
    diagnose(
        backend,
        |soname| locate(soname, ld_path.as_deref(), &cache, Path::exists),
        file_state,
    )
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn wayland_wins_over_x11_as_in_winit() {
        let both = [("WAYLAND_DISPLAY", "wayland-0"), ("DISPLAY", ":0")];
        assert_eq!(Backend::from_env(env(&both)), Backend::Wayland);
        assert_eq!(Backend::from_env(env(&[("DISPLAY", ":0")])), Backend::X11);
        assert_eq!(
            Backend::from_env(env(&[("WAYLAND_DISPLAY", ""), ("DISPLAY", ":1")])),
            Backend::X11,
            "an empty variable counts as unset"
        );
        assert_eq!(Backend::from_env(env(&[])), Backend::Headless);
    }

    const LDCONFIG: &str = "\
1234 libs found in cache `/etc/ld.so.cache'
\tlibwayland-egl.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libwayland-egl.so.1
\tlibwayland-client.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libwayland-client.so.0
\tlibEGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libEGL.so.1
\tlibEGL.so.1 (libc6) => /lib/i386-linux-gnu/libEGL.so.1
";

    #[test]
    fn locate_reads_the_loader_cache_and_ld_library_path() {
        let found = locate("libEGL.so.1", None, LDCONFIG, |_| false);
        assert_eq!(
            found,
            vec![PathBuf::from("/lib/x86_64-linux-gnu/libEGL.so.1")],
            "only this architecture's copy"
        );
        let found = locate("libEGL.so.1", Some("/opt/gl::/nowhere"), LDCONFIG, |p| {
            p == Path::new("/opt/gl/libEGL.so.1")
        });
        assert_eq!(found.first(), Some(&PathBuf::from("/opt/gl/libEGL.so.1")));
        assert!(locate("libxkbcommon.so.0", None, LDCONFIG, |_| false).is_empty());
    }

    #[test]
    fn a_missing_library_is_named_with_its_package() {
        let line = diagnose(
            Backend::Wayland,
            |soname| locate(soname, None, LDCONFIG, |_| false),
            |_| FileState::Usable,
        )
        .unwrap_or_default();
        assert!(line.contains("libwayland-cursor.so.0 is missing"), "{line}");
        assert!(
            line.contains("install the package libwayland-cursor0"),
            "{line}"
        );
    }

    #[test]
    fn a_broken_library_file_is_named_too() {
        let everything = |soname: &str| vec![PathBuf::from(format!("/lib/{soname}"))];
        let line = diagnose(Backend::Wayland, everything, |p| {
            if p.ends_with("libwayland-egl.so.1") {
                FileState::Unusable
            } else {
                FileState::Usable
            }
        })
        .unwrap_or_default();
        assert!(line.contains("libwayland-egl.so.1 is unusable"), "{line}");
        assert!(line.contains("libwayland-egl1"), "{line}");
        assert_eq!(
            diagnose(Backend::X11, everything, |_| FileState::Usable),
            None,
            "nothing to blame: the window system's own error speaks"
        );
    }

    #[test]
    fn no_display_says_where_the_kiosk_runs() {
        let line =
            diagnose(Backend::Headless, |_| Vec::new(), |_| FileState::Usable).unwrap_or_default();
        assert!(line.starts_with("no display"), "{line}");
    }

    #[test]
    fn panics_are_told_apart() {
        assert_eq!(
            panic_cause(
                "Library libwayland-egl.so could not be loaded.",
                "/r/wayland-sys-0.31.11/src/egl.rs"
            ),
            PanicCause::MissingLibrary(lib("libwayland-egl.so.1", "libwayland-egl1"))
        );
        let bad_window = "called `Result::unwrap()` on an `Err` value: X11Error { error_code: 3, \
                          description: \"BadWindow (invalid Window parameter)\" }";
        assert_eq!(
            panic_cause(
                bad_window,
                "/r/winit-0.30.13/src/platform_impl/linux/x11/window.rs"
            ),
            PanicCause::WindowDestroyed
        );
        assert_eq!(panic_cause(bad_window, "src/app/mod.rs"), PanicCause::Other);
        let line = panic_line(&PanicCause::WindowDestroyed, bad_window, "x");
        assert!(line.contains("destroyed by another X client"), "{line}");
        let line = panic_line(&PanicCause::Other, "index out of bounds", "src/a.rs:3");
        assert_eq!(
            line,
            "internal error at src/a.rs:3: index out of bounds; exiting"
        );
    }
}
