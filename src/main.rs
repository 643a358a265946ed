//! The `immuno-kiosk` command: runs the kiosk, or one of the tools for installers.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::{KioskApp, KioskOptions};

/// A touch-screen kiosk that explains cancer immunotherapy to patients and families.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Cli {
    /// Open a normal 1280×800 window instead of the locked fullscreen kiosk (for development).
    #[arg(long)]
    windowed: bool,
    /// Read this config file instead of /etc/immuno-kiosk/config.ron and config.d/ (for testing).
    #[arg(long, value_name = "PATH", global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Tool>,
}

#[derive(Subcommand, Debug)]
enum Tool {
    /// Run the kiosk (the default).
    Run,
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match cli.command {
        None | Some(Tool::Run) => run(cli.windowed),
    }
}

fn run(windowed: bool) -> anyhow::Result<()> {
    let settings = immuno_kiosk::config::Settings::default();
    let library = load_library()?;
    let title = library
        .i18n
        .message(&settings.default_locale, immuno_kiosk::i18n::ids::APP_TITLE)
        .unwrap_or_else(|| "immuno-kiosk".to_owned());
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("immuno-kiosk");
    viewport = if windowed {
        viewport.with_inner_size([1280.0, 800.0])
    } else {
        viewport
            .with_fullscreen(true)
            .with_decorations(false)
            .with_window_level(egui::WindowLevel::AlwaysOnTop)
    };
    let native_options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..eframe::NativeOptions::default()
    };
    let options = KioskOptions {
        locked: !windowed,
        settings,
        state_dir: None,
    };
    eframe::run_native(
        "immuno-kiosk",
        native_options,
        Box::new(move |cc| Ok(Box::new(KioskApp::new(&cc.egui_ctx, library, options)))),
    )
    .map_err(|err| anyhow::anyhow!("the kiosk window could not run: {err}"))
}

fn load_library() -> anyhow::Result<Library> {
    let (library, problems) =
        Library::load(&ContentSource::embedded()).context("the embedded content is broken")?;
    for problem in problems {
        tracing::warn!("{problem}");
    }
    Ok(library)
}
