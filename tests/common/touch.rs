//! A touch screen for the tests: winit touch events, made into egui input by egui-winit's
//! `State` exactly as eframe does for the real window, then through the app's raw-input hook
//! (as eframe calls it) into the real `KioskApp` in an `egui_kittest` harness.
//!
//! egui-winit takes a real winit `Window` with each event (for its scale factor), and winit
//! makes windows only on a display. So each test runs in a child process of its own (this
//! test binary again, running that one test) on a private Xvfb screen that the parent starts
//! and stops; winit allows one event loop in a process, and the child gives each test its own.
//! Xvfb is a system package (`xvfb` on Debian), installed in CI: without it these tests fail
//! and say so.

#![allow(dead_code, reason = "each test binary uses a different part")]

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use egui::Pos2;
use egui_kittest::Harness;
use immuno_kiosk::KioskApp;
use winit::application::ApplicationHandler;
use winit::dpi::{PhysicalPosition, PhysicalSize};
use winit::event::{DeviceId, Touch, TouchPhase, WindowEvent};
use winit::event_loop::{ActiveEventLoop, EventLoop};
use winit::platform::pump_events::EventLoopExtPumpEvents as _;
use winit::platform::x11::EventLoopBuilderExtX11 as _;
use winit::window::{Window, WindowId};

/// Set in the child process that runs a test on its own display.
const CHILD: &str = "IMMUNO_KIOSK_TOUCH_CHILD";

/// A private X server, stopped when dropped.
pub struct Xvfb {
    process: Child,
    /// Its display name, for `DISPLAY`.
    pub display: String,
}

impl Xvfb {
    /// Starts Xvfb on a free display of `size` pixels and waits until it takes clients.
    ///
    /// # Panics
    /// If Xvfb is not installed or does not start, naming the package to install.
    pub fn start(size: egui::Vec2) -> Self {
        let screen = format!("{}x{}x24", size.x, size.y);
        // `-displayfd 1`: Xvfb picks a free display and writes its number to stdout once it
        // takes clients, so there is no display to guess and no waiting for a socket.
        let spawned = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                &screen,
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let mut process = match spawned {
            Ok(process) => process,
            Err(err) => panic!(
                "cannot start Xvfb ({err}): the touch tests drive a real winit window on a \
                 private X server; install the `xvfb` package (apt-get install xvfb)"
            ),
        };
        let mut line = String::new();
        if let Some(stdout) = process.stdout.take() {
            // Blocks until Xvfb is ready, or ends (then the line stays empty).
            let _ = BufReader::new(stdout).read_line(&mut line);
        }
        let number = line.trim();
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            let _ = process.kill();
            let output = process.wait_with_output();
            let stderr = output
                .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
                .unwrap_or_default();
            panic!("Xvfb (package `xvfb`) did not start a display for the touch tests:\n{stderr}");
        }
        Self {
            display: format!(":{number}"),
            process,
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM lets Xvfb remove its socket and lock file; SIGKILL if that cannot be sent.
        let terminated = Command::new("kill")
            .args(["-TERM", &self.process.id().to_string()])
            .status()
            .is_ok_and(|status| status.success());
        if !terminated {
            let _ = self.process.kill();
        }
        let _ = self.process.wait();
    }
}

/// Runs `body` on a display of its own: in the parent, starts Xvfb and runs this test binary
/// again, for the test `name` alone, with `DISPLAY` set; in that child, runs `body`.
///
/// # Panics
/// If the child fails (its output is shown), or does not run exactly that one test.
pub fn on_own_display(name: &str, size: egui::Vec2, body: impl FnOnce()) {
    if std::env::var_os(CHILD).is_some() {
        body();
        return;
    }
    let xvfb = Xvfb::start(size);
    let exe = std::env::current_exe().expect("the test binary");
    let output = Command::new(exe)
        .args([name, "--exact", "--include-ignored", "--nocapture"])
        .env(CHILD, "1")
        .env("DISPLAY", &xvfb.display)
        // One pixel a point, whatever the X server's resolution.
        .env("WINIT_X11_SCALE_FACTOR", "1")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the test binary runs again");
    drop(xvfb);
    let stdout = String::from_utf8_lossy(&output.stdout);
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "{name} failed on its own display:\n{stdout}"
    );
    assert!(
        stdout.contains("1 passed"),
        "{name} did not run on its own display:\n{stdout}"
    );
}

/// Opens the window once the event loop starts.
#[derive(Default)]
struct Opener {
    window: Option<Result<Window, String>>,
    size: PhysicalSize<u32>,
}

impl ApplicationHandler for Opener {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.window.is_none() {
            let attributes = Window::default_attributes()
                .with_title("immuno-kiosk touch test")
                .with_inner_size(self.size);
            self.window = Some(
                event_loop
                    .create_window(attributes)
                    .map_err(|err| err.to_string()),
            );
        }
    }

    fn window_event(&mut self, _: &ActiveEventLoop, _: WindowId, _: WindowEvent) {}
}

/// A touch screen: a real winit window and egui-winit's `State` for it, fed with winit
/// events as the window would receive them from the system.
pub struct Touchscreen {
    state: egui_winit::State,
    window: Window,
    /// Kept open for the window's sake; its own events are not needed.
    _event_loop: EventLoop<()>,
}

impl Touchscreen {
    /// Opens a window on the display in `DISPLAY` (X11) for `ctx`, the harness's context.
    ///
    /// # Panics
    /// If no window can be opened there (run through [`on_own_display`]).
    pub fn open(ctx: &egui::Context, size: egui::Vec2) -> Self {
        let mut builder = EventLoop::builder();
        // Tests run on threads other than the main one.
        builder.with_x11().with_any_thread(true);
        let mut event_loop = match builder.build() {
            Ok(event_loop) => event_loop,
            Err(err) => panic!(
                "no X display for the touch test's window ({err}); DISPLAY={:?}; the test \
                 starts Xvfb (package `xvfb`) itself when run through `on_own_display`",
                std::env::var("DISPLAY")
            ),
        };
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a screen size"
        )]
        let mut opener = Opener {
            window: None,
            size: PhysicalSize::new(size.x as u32, size.y as u32),
        };
        for _ in 0..100 {
            let _ = event_loop.pump_app_events(Some(Duration::ZERO), &mut opener);
            if opener.window.is_some() {
                break;
            }
        }
        let window = match opener.window {
            Some(Ok(window)) => window,
            Some(Err(err)) => panic!("the touch test's window did not open: {err}"),
            None => panic!("the touch test's event loop never started"),
        };
        #[allow(clippy::cast_possible_truncation, reason = "a scale factor")]
        let native_pixels_per_point = Some(window.scale_factor() as f32);
        let state = egui_winit::State::new(
            ctx.clone(),
            egui::ViewportId::ROOT,
            &window,
            native_pixels_per_point,
            None,
            None,
        );
        Self {
            state,
            window,
            _event_loop: event_loop,
        }
    }

    /// Hands egui-winit one window event.
    pub fn send(&mut self, event: &WindowEvent) {
        let _response = self.state.on_window_event(&self.window, event);
    }

    /// A touch event of finger `id` at `at` (in points), as the touch screen reports it.
    pub fn touch(&mut self, id: u64, phase: TouchPhase, at: Pos2) {
        let pixels_per_point = egui_winit::pixels_per_point(self.state.egui_ctx(), &self.window);
        self.send(&WindowEvent::Touch(Touch {
            device_id: DeviceId::dummy(),
            phase,
            location: PhysicalPosition::new(
                f64::from(at.x * pixels_per_point),
                f64::from(at.y * pixels_per_point),
            ),
            force: None,
            id,
        }));
    }

    /// The window lost (`false`) or gained the keyboard focus.
    pub fn focus(&mut self, focused: bool) {
        self.send(&WindowEvent::Focused(focused));
    }

    /// The pointer left the window.
    pub fn cursor_left(&mut self) {
        self.send(&WindowEvent::CursorLeft {
            device_id: DeviceId::dummy(),
        });
    }

    /// One frame at `time`: the input egui-winit gathered since the last, through the app's
    /// raw-input hook, as eframe runs them. `extra` egui events (a mouse) come after it.
    pub fn frame(
        &mut self,
        harness: &mut Harness<'_, KioskApp>,
        time: f64,
        extra: Vec<egui::Event>,
    ) {
        let mut raw = self.state.take_egui_input(&self.window);
        // The harness's screen and time stand; eframe sets the time before the hook.
        raw.screen_rect = None;
        raw.time = Some(time);
        raw.events.extend(extra);
        let ctx = harness.ctx.clone();
        eframe::App::raw_input_hook(harness.state_mut(), &ctx, &mut raw);
        let input = harness.input_mut();
        input.time = Some(time);
        input.events.append(&mut raw.events);
        harness.step();
    }
}
