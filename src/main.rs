//! The `immuno-kiosk` command: runs the kiosk, or one of the tools for installers.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use immuno_kiosk::app::ConfigHandle;
use immuno_kiosk::config::{self, ConfigPaths};
use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::display;
use immuno_kiosk::source::EMBEDDED_LOCALES;
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
    /// Check the words and structure: the embedded content, or DIR laid out like `locales/`
    /// and `assets/`. Prints `file:line: problem` for each problem; exits 1 if there are any.
    CheckContent {
        /// A content directory (with `assets/content.ron` and `locales/<lang>/*.ftl`).
        dir: Option<PathBuf>,
    },
    /// Validate one config file, or the effective layered config. Prints each problem as
    /// `path:line:col: message`, then the effective values and which layer set them.
    /// Exits 0 when clean, 1 with warnings, 2 with errors.
    CheckConfig {
        /// One config file to check on its own (`/dev/stdin` works too).
        path: Option<PathBuf>,
    },
    /// Print a complete, commented config file with the built-in defaults.
    PrintDefaultConfig,
    /// Set the staff PIN (4-12 digits, read from the terminal without echo). Only its argon2id
    /// hash is stored, in the nurses' settings file in the state directory.
    SetPin,
    /// Enable and start the kiosk session service (`systemctl enable --now immuno-kiosk`).
    EnableKiosk,
    /// Write the content as a static HTML site into DIR, for an intranet or for printing:
    /// DIR/index.html, one DIR/<lang>/index.html a language, the QR codes as PNG files and
    /// the bundled font. It uses the same config as the kiosk (`--config`, `content_dir`, the
    /// consultation desk) and needs no network to view. Only its own files are overwritten.
    ExportHtml {
        /// The directory to write into; created if missing.
        dir: PathBuf,
    },
    /// Print the anonymous usage counts kept in the state directory, one row per day, event,
    /// page, language and detail (a text size, a link, a term). Nothing in them is about one
    /// visitor. Exits 1 when there is no readable database.
    Usage {
        /// Only the days from DATE on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// CSV for spreadsheets, or JSON.
        #[arg(long, value_enum, default_value_t = UsageFormat::Csv)]
        format: UsageFormat,
    },
    /// Read one page aloud with the kiosk's engines, as a visitor would hear it: into a WAV
    /// file (--out), else on the configured audio output. For checking the voices, the
    /// output, and how a hospital's edited content sounds. Prints each sentence as it is
    /// made, with the time that took.
    Speak {
        /// The page's id in the content (`core-2`, `detail-4`), or `about`.
        page: String,
        /// The language to read it in.
        #[arg(long, default_value = "ja")]
        lang: String,
        /// Slow speech, as a visitor can choose.
        #[arg(long)]
        slow: bool,
        /// Write the page's speech to this WAV file instead of playing it.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Record that LANG's messages were translated from the Japanese as it stands now, in
    /// `locales/LANG/status.ron` of the content folder DIR. Name the messages you translated
    /// again after their Japanese changed; without ids, every translated message that has no
    /// record yet (a new translation) is recorded. A review of a message whose Japanese
    /// changed no longer counts.
    MarkTranslated {
        /// The language (`vi`, `zh-Hans`).
        lang: String,
        /// The message ids to record.
        ids: Vec<String>,
        /// The content folder (a checkout of the repository, or the kiosk's `content_dir`).
        #[arg(long, value_name = "DIR", default_value = ".")]
        dir: PathBuf,
    },
    /// Write a review sheet for a medical translator: DIR/review-LANG.html, every message
    /// beside the Japanese with its id and state, grouped by page with the page's facts. The
    /// translator ticks what they approve and saves a file for `import-review`.
    ExportReview {
        /// The language to review.
        lang: String,
        /// The directory to write into; created if missing.
        dir: PathBuf,
        /// A content folder to review instead of the embedded content.
        #[arg(long, value_name = "DIR")]
        content: Option<PathBuf>,
        /// FACTS.md, whose section for each page is shown with the page.
        #[arg(long, value_name = "FILE")]
        facts: Option<PathBuf>,
    },
    /// Record a translator's approvals (the file a review sheet saves) in the content folder
    /// DIR: only messages whose Japanese and translation are still what the reviewer saw.
    ImportReview {
        /// The approval file (`review-LANG.txt`).
        file: PathBuf,
        /// The content folder whose `locales/LANG/status.ron` is updated.
        #[arg(long, value_name = "DIR", default_value = ".")]
        dir: PathBuf,
    },
}

/// How `usage` prints the counts.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum UsageFormat {
    /// `day,event,page,lang,detail,count` with a header line.
    Csv,
    /// An array of objects with the same fields.
    Json,
}

fn main() -> anyhow::Result<ExitCode> {
    immuno_kiosk::startup::mark_start();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // Plain text in a log file or the journal; colours only on a terminal.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let paths = ConfigPaths::resolve(cli.config.as_deref());
    match cli.command {
        // One ERROR line for the journal and exit code 1 (systemd restarts the kiosk), rather
        // than anyhow's "Error:" report on stderr.
        None | Some(Tool::Run) => Ok(match run(cli.windowed, &paths) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                tracing::error!("{err:#}");
                ExitCode::FAILURE
            }
        }),
        Some(Tool::CheckContent { dir }) => check_content(dir.as_deref()),
        Some(Tool::CheckConfig { path }) => Ok(check_config(path.as_deref(), &paths)),
        Some(Tool::PrintDefaultConfig) => Ok(print_default_config()),
        Some(Tool::SetPin) => set_pin(&paths),
        Some(Tool::EnableKiosk) => enable_kiosk(),
        Some(Tool::ExportHtml { dir }) => export_html(&dir, &paths),
        Some(Tool::Usage { since, format }) => Ok(usage(&paths, since.as_deref(), format)),
        Some(Tool::Speak {
            page,
            lang,
            slow,
            out,
        }) => speak(&paths, &page, &lang, slow, out.as_deref()),
        Some(Tool::MarkTranslated { lang, ids, dir }) => mark_translated(&dir, &lang, &ids),
        Some(Tool::ExportReview {
            lang,
            dir,
            content,
            facts,
        }) => export_review(&lang, &dir, content.as_deref(), facts.as_deref()),
        Some(Tool::ImportReview { file, dir }) => import_review(&file, &dir),
    }
}

/// `immuno-kiosk usage`: one clear line and exit code 1 for a missing or unreadable
/// database, never a panic.
#[expect(clippy::print_stderr, reason = "a command-line tool's one-line error")]
fn usage(paths: &ConfigPaths, since: Option<&str>, format: UsageFormat) -> ExitCode {
    use immuno_kiosk::usage::{Store, report};
    let since = match since.map(str::parse::<jiff::civil::Date>).transpose() {
        Ok(since) => since,
        Err(err) => {
            eprintln!("immuno-kiosk usage: --since wants a date such as 2026-11-01: {err}");
            return ExitCode::from(2);
        }
    };
    let Some(dir) = &paths.state_dir else {
        eprintln!(
            "immuno-kiosk usage: no state directory: set {} to where the kiosk keeps its counts",
            config::STATE_DIR_ENV
        );
        return ExitCode::FAILURE;
    };
    let counts = Store::open_read_only(&dir.join(immuno_kiosk::usage::DB_FILE))
        .and_then(|store| store.read(since));
    match counts {
        Ok(counts) => {
            emit(&match format {
                UsageFormat::Csv => report::csv(&counts),
                UsageFormat::Json => report::json(&counts),
            });
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("immuno-kiosk usage: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a command's output. A closed pipe (`| head`) is not an error worth a panic.
fn emit(text: &str) {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}

fn check_config(path: Option<&Path>, paths: &ConfigPaths) -> ExitCode {
    let report = config::check_config(path, paths, EMBEDDED_LOCALES);
    emit(&report.text);
    ExitCode::from(report.exit_code)
}

fn print_default_config() -> ExitCode {
    emit(&config::default_config_ron());
    ExitCode::SUCCESS
}

#[expect(clippy::print_stdout, reason = "a terminal dialogue")]
fn set_pin(paths: &ConfigPaths) -> anyhow::Result<ExitCode> {
    let Some(file) = paths.settings_file() else {
        anyhow::bail!(
            "no state directory: set {} to where the kiosk keeps its settings",
            config::STATE_DIR_ENV
        );
    };
    println!("Setting the staff PIN in {}", file.display());
    let pin = rpassword::prompt_password("New staff PIN (4-12 digits): ")
        .context("cannot read the PIN from the terminal")?;
    if !config::pin::is_valid_pin(&pin) {
        println!("A PIN is 4 to 12 digits (0-9). Nothing was changed.");
        return Ok(ExitCode::FAILURE);
    }
    let again = rpassword::prompt_password("The same PIN again: ")
        .context("cannot read the PIN from the terminal")?;
    if again != pin {
        println!("The two PINs differ. Nothing was changed.");
        return Ok(ExitCode::FAILURE);
    }
    let hash = config::pin::hash_pin(&pin).context("cannot hash the PIN")?;
    config::set_pin_hash(paths, &hash)
        .with_context(|| format!("cannot save the PIN hash to {}", file.display()))?;
    println!("The staff PIN is set. A running kiosk uses it after a restart.");
    Ok(ExitCode::SUCCESS)
}

#[expect(clippy::print_stdout, reason = "a command-line report")]
fn check_content(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let source = match dir {
        Some(dir) => ContentSource::from_dir(dir)
            .with_context(|| format!("cannot read the content in {}", dir.display()))?,
        None => ContentSource::embedded(),
    };
    let problems = lint_content(&source)?;
    for problem in &problems {
        println!("{problem}");
    }
    if problems.is_empty() {
        let pages: usize = Library::load(&source).map_or(0, |(library, _)| {
            library.tracks().iter().map(|t| t.pages.len()).sum()
        });
        println!(
            "content is clean: {pages} pages in {} languages",
            source.locales.len()
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{} problem(s)", problems.len());
        Ok(ExitCode::FAILURE)
    }
}

/// A locale's status file in a content folder, and the hashes of the Japanese and of the
/// translation.
struct Translation {
    path: PathBuf,
    status: immuno_kiosk::i18n::status::StatusFile,
    reference: std::collections::BTreeMap<String, String>,
    translated: std::collections::BTreeMap<String, String>,
}

fn read_translation(dir: &Path, lang: &str) -> anyhow::Result<Translation> {
    use immuno_kiosk::i18n::status::{StatusFile, message_hashes};
    let source = ContentSource::from_dir(dir)
        .with_context(|| format!("cannot read the content in {}", dir.display()))?;
    let hashes = |lang: &str| {
        source
            .locale(lang)
            .map(|l| message_hashes(l.files.iter().map(|f| f.text.as_str())))
            .with_context(|| format!("{}: no locales/{lang}/ folder", dir.display()))
    };
    if lang == immuno_kiosk::i18n::REFERENCE_LOCALE {
        anyhow::bail!("{lang} is the reference locale: it is not a translation");
    }
    let reference = hashes(immuno_kiosk::i18n::REFERENCE_LOCALE)?;
    let translated = hashes(lang)?;
    let path = dir
        .join("locales")
        .join(lang)
        .join(immuno_kiosk::source::STATUS_FILE);
    let status = match source.locale(lang).and_then(|l| l.status.as_ref()) {
        Some(file) => StatusFile::parse(&file.text).map_err(|err| {
            anyhow::anyhow!(
                "{}:{}:{}: {}; fix or remove it first",
                path.display(),
                err.span.start.line,
                err.span.start.col,
                err.code
            )
        })?,
        None => StatusFile::default(),
    };
    Ok(Translation {
        path,
        status,
        reference,
        translated,
    })
}

fn write_status(translation: &Translation) -> anyhow::Result<()> {
    use std::io::Write as _;
    let text = translation.status.to_text()?;
    let parent = translation
        .path
        .parent()
        .context("a status file is always inside a locale folder")?;
    let mut file = tempfile::NamedTempFile::new_in(parent)
        .with_context(|| format!("cannot write in {}", parent.display()))?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(&translation.path)
        .with_context(|| format!("cannot replace {}", translation.path.display()))?;
    Ok(())
}

fn mark_translated(dir: &Path, lang: &str, ids: &[String]) -> anyhow::Result<ExitCode> {
    use immuno_kiosk::i18n::status::MessageStatus;
    let mut translation = read_translation(dir, lang)?;
    let chosen: Vec<String> = if ids.is_empty() {
        translation
            .translated
            .keys()
            .filter(|id| !translation.status.messages.contains_key(*id))
            .cloned()
            .collect()
    } else {
        ids.to_vec()
    };
    let mut marked = 0;
    for id in &chosen {
        let (Some(source), true) = (
            translation.reference.get(id),
            translation.translated.contains_key(id),
        ) else {
            anyhow::bail!("{id}: not a message of both ja and {lang}; nothing was recorded");
        };
        let entry = translation
            .status
            .messages
            .entry(id.clone())
            .or_insert_with(|| MessageStatus {
                source: source.clone(),
                reviewed: None,
            });
        if entry.source != *source {
            entry.source.clone_from(source);
            entry.reviewed = None;
        }
        marked += 1;
    }
    // Records of messages that no longer exist in Japanese are dropped.
    let reference = &translation.reference;
    translation
        .status
        .messages
        .retain(|id, _| reference.contains_key(id));
    write_status(&translation)?;
    emit(&format!(
        "{marked} message(s) recorded as translated from the current Japanese in {}\n",
        translation.path.display()
    ));
    Ok(ExitCode::SUCCESS)
}

fn export_review(
    lang: &str,
    dir: &Path,
    content: Option<&Path>,
    facts: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let source = match content {
        Some(content) => ContentSource::from_dir(content)
            .with_context(|| format!("cannot read the content in {}", content.display()))?,
        None => ContentSource::embedded(),
    };
    let facts = facts
        .map(|path| {
            std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
        })
        .transpose()?;
    let (library, _) = Library::load(&source)?;
    if lang == immuno_kiosk::i18n::REFERENCE_LOCALE || source.locale(lang).is_none() {
        let known: Vec<&str> = source
            .locales
            .iter()
            .map(|l| l.lang.as_str())
            .filter(|l| *l != immuno_kiosk::i18n::REFERENCE_LOCALE)
            .collect();
        anyhow::bail!(
            "{lang}: not a translation in this content; the translations are {}",
            known.join(", ")
        );
    }
    let sheet =
        immuno_kiosk::export::review::review_sheet(&library, &source, lang, facts.as_deref())
            .with_context(|| format!("{lang}: no messages"))?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join(format!("review-{lang}.html"));
    std::fs::write(&path, sheet).with_context(|| format!("cannot write {}", path.display()))?;
    emit(&format!("{}\n", path.display()));
    Ok(ExitCode::SUCCESS)
}

fn import_review(file: &Path, dir: &Path) -> anyhow::Result<ExitCode> {
    use immuno_kiosk::export::review::{Approval, describe, record_approval};
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let approval = Approval::parse(&text).with_context(|| format!("{}", file.display()))?;
    let mut translation = read_translation(dir, &approval.lang)?;
    let report = record_approval(
        &approval,
        &translation.reference,
        &translation.translated,
        &mut translation.status,
    );
    if !report.recorded.is_empty() {
        write_status(&translation)?;
    }
    emit(&format!("{}\n", describe(&report)));
    Ok(if report.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn lint_content(source: &ContentSource) -> anyhow::Result<Vec<immuno_kiosk::lint::Problem>> {
    immuno_kiosk::kiosk_content::check(source)
        .map_err(|err| anyhow::anyhow!("the bundled font is unreadable: {err}"))
}

fn enable_kiosk() -> anyhow::Result<ExitCode> {
    let status = std::process::Command::new("systemctl")
        .args(["enable", "--now", "immuno-kiosk.service"])
        .status()
        .context("cannot run systemctl (is this a systemd machine?)")?;
    // systemctl's own exit code, for scripts.
    let code = status
        .code()
        .and_then(|c| u8::try_from(c).ok())
        .unwrap_or(1);
    Ok(ExitCode::from(code))
}

#[expect(clippy::print_stdout, reason = "a command-line report")]
fn export_html(dir: &Path, paths: &ConfigPaths) -> anyhow::Result<ExitCode> {
    let (loaded, library) = load_kiosk(paths)?;
    loaded.log_problems();
    let summary = immuno_kiosk::export::export_html(&library, &loaded.settings, dir)
        .with_context(|| format!("cannot export the HTML site to {}", dir.display()))?;
    println!(
        "wrote {} files ({} kB) in {} languages ({}) to {}",
        summary.files.len(),
        summary.total_bytes().div_ceil(1024),
        summary.languages.len(),
        summary.languages.join(", "),
        dir.display()
    );
    println!("open {}", dir.join("index.html").display());
    Ok(ExitCode::SUCCESS)
}

/// `immuno-kiosk speak`: one page through the engines, sentence by sentence.
#[expect(clippy::print_stdout, reason = "a command-line tool's report")]
fn speak(
    paths: &ConfigPaths,
    page: &str,
    lang: &str,
    slow: bool,
    out: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    use immuno_kiosk::model::Screen;
    use immuno_kiosk::model::reading::Rate;
    use immuno_kiosk::speech::{Engine, Festival, OpenJTalk, Pcm, Sink};
    let (loaded, library) = load_kiosk(paths)?;
    let screen = if page == "about" {
        Some(Screen::About)
    } else {
        (0..library.spec.tracks.len()).find_map(|track| {
            let index = library.spec.tracks[track]
                .pages
                .iter()
                .position(|p| p.id == page)?;
            Some(Screen::Page { track, page: index })
        })
    };
    let Some(screen) = screen else {
        anyhow::bail!(
            "there is no page {page:?} in the content (core-1 … core-5, detail-1 … detail-6, about)"
        );
    };
    let voice_dir = paths
        .state_dir
        .clone()
        .unwrap_or_else(std::env::temp_dir)
        .join("speech");
    let engine: Box<dyn Engine> = match lang {
        "ja" | "ja-x-easy" => Box::new(OpenJTalk::new(&voice_dir)?),
        "en" => Box::new(Festival::new()?),
        other => anyhow::bail!("no speech engine reads {other:?}: ja or en"),
    };
    let rate = if slow { Rate::Slow } else { Rate::Normal };
    let sentences = immuno_kiosk::app::screen_sentences(&library, &loaded.settings, screen, lang);
    let mut sink = if out.is_some() {
        None
    } else {
        immuno_kiosk::speech::sink::check_output(&loaded.settings.speech_device)?;
        Some(immuno_kiosk::speech::sink::AplaySink::new(
            &loaded.settings.speech_device,
        )?)
    };
    let mut whole = Pcm::default();
    for (index, sentence) in sentences.iter().enumerate() {
        let started = std::time::Instant::now();
        let pcm = engine.synthesize(&sentence.spoken, rate)?;
        println!(
            "{:>3}  {:>5} ms  {:>5.1} s  {}",
            index + 1,
            started.elapsed().as_millis(),
            pcm.duration().as_secs_f32(),
            sentence.shown
        );
        if let Some(sink) = &mut sink {
            sink.play(&pcm)?;
            while sink.is_playing() {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }
        whole.sample_rate = pcm.sample_rate;
        whole.samples.extend_from_slice(&pcm.samples);
        // A quarter second between sentences, where the kiosk starts the next one.
        let pause = usize::try_from(pcm.sample_rate / 4).unwrap_or(0);
        whole.samples.extend(std::iter::repeat_n(0, pause));
    }
    if let Some(path) = out {
        std::fs::write(path, whole.to_wav())
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!(
            "wrote {} ({:.1} s, {} kB)",
            path.display(),
            whole.duration().as_secs_f32(),
            whole.to_wav().len().div_ceil(1024)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The effective config and the content the kiosk shows with it: `content_dir` when it
/// passes the checks, else the embedded content.
fn load_kiosk(paths: &ConfigPaths) -> anyhow::Result<(config::LoadedConfig, Library)> {
    let mut loaded = config::load(paths, EMBEDDED_LOCALES);
    let library = Library::for_kiosk(loaded.settings.content_dir.as_deref())
        .context("the embedded content is broken")?;
    let languages: Vec<&str> = library.i18n.languages().collect();
    if languages != EMBEDDED_LOCALES {
        // A content directory with other languages: check the locale settings against them.
        loaded = config::load(paths, &languages);
    }
    Ok((loaded, library))
}

fn run(windowed: bool, paths: &ConfigPaths) -> anyhow::Result<()> {
    if !immuno_kiosk::memory::give_large_blocks_back() {
        tracing::debug!("malloc's mmap threshold is not fixed: freed atlases may stay resident");
    }
    let (loaded, library) = load_kiosk(paths)?;
    let settings = loaded.settings.clone();
    let title = library
        .i18n
        .message(&settings.default_locale, immuno_kiosk::i18n::ids::APP_TITLE)
        .unwrap_or_else(|| "immuno-kiosk".to_owned());
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("io.github.immuno_kiosk.ImmunoKiosk");
    match window_icon() {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => tracing::warn!("the window icon is unusable: {err}"),
    }
    let backend = display::Backend::current();
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
    let usage_settings = settings.clone();
    let usage_dir = paths.state_dir.clone();
    let options = KioskOptions {
        locked: !windowed,
        settings,
        state_dir: paths.state_dir.clone(),
        config: Some(ConfigHandle {
            paths: paths.clone(),
            loaded,
        }),
        clock: immuno_kiosk::app::Clock::system(),
        // Read-aloud keeps the voice file and the audio made ahead in the state directory.
        speech: paths.state_dir.as_ref().map(|dir| {
            std::sync::Arc::new(immuno_kiosk::app::SystemSpeech {
                dir: dir.join("speech"),
            }) as std::sync::Arc<dyn immuno_kiosk::app::SpeechFactory>
        }),
    };
    if backend == display::Backend::Headless {
        // winit would say much the same, less plainly.
        anyhow::bail!(display::diagnose_here(backend).unwrap_or_default());
    }
    // From here on a panic (a graphics library that cannot be loaded, a window destroyed by
    // another X client) ends the kiosk with one ERROR line and exit code 1, for systemd to
    // restart it, instead of a panic message and a backtrace.
    display::install_panic_hook();
    eframe::run_native(
        "immuno-kiosk",
        native_options,
        Box::new(move |cc| {
            let app = KioskApp::new(&cc.egui_ctx, library, options);
            let ctx = cc.egui_ctx.clone();
            let wake = Box::new(move || ctx.request_repaint());
            let clock = immuno_kiosk::app::Clock::system();
            Ok(
                match immuno_kiosk::app::start_writer(&usage_settings, usage_dir, clock, wake) {
                    Ok(writer) => Box::new(app.with_usage(std::sync::Arc::new(writer))),
                    Err(err) => {
                        tracing::error!("the usage counts cannot be kept: {err}");
                        Box::new(app)
                    }
                },
            )
        }),
    )
    .map_err(|err| match display::diagnose_here(backend) {
        Some(line) => anyhow::anyhow!(line),
        None => anyhow::anyhow!("the kiosk window could not open: {err}"),
    })
}

/// The application icon, embedded.
fn window_icon() -> Result<egui::IconData, image::ImageError> {
    let image = image::load_from_memory_with_format(
        include_bytes!("../assets/icons/immuno-kiosk-128.png"),
        image::ImageFormat::Png,
    )?
    .into_rgba8();
    Ok(egui::IconData {
        width: image.width(),
        height: image.height(),
        rgba: image.into_raw(),
    })
}
