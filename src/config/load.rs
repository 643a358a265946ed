//! Loading the layers: the imperative shell around the pure parser in `read`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::fields::{FIELD_NAMES, Field};
use super::files::{ReadOutcome, dropin_files, read_config_file};
use super::paths::ConfigPaths;
use super::position::Locator;
use super::read::{self, LayerKind, ParsedLayer, at_key, parse_layer};
use super::report::{Layer, LayerReport, LayerStatus, ParseWarning, Problem, Severity};
use super::settings::Settings;
use super::validate::Available;

/// The path shown for problems with the built-in defaults, which have no file.
pub const BUILT_IN_PATH: &str = "(built-in defaults)";

/// The result of [`load`]: the settings to run with and everything the staff screen and
/// `check-config` need to explain them.
#[derive(Clone, Debug)]
pub struct LoadedConfig {
    /// The effective, validated settings.
    pub settings: Settings,
    /// The effective settings without the nurses' layer: what "reset to hospital defaults"
    /// gives, and what saving compares against.
    pub below_local: Settings,
    /// For every field name, the layer its effective value came from.
    pub origin: BTreeMap<&'static str, Layer>,
    /// Fields locked by /etc files: the staff screen shows them read-only.
    pub locked: BTreeSet<String>,
    /// Every layer in order, with its status.
    pub layers: Vec<LayerReport>,
    /// Everything that was corrected, ignored or unreadable, in layer order.
    pub problems: Vec<Problem>,
}

impl LoadedConfig {
    /// Whether an /etc file locks `field` against the staff screen.
    #[must_use]
    pub fn is_locked(&self, field: Field) -> bool {
        self.locked.contains(field.name())
    }

    /// The layer `field`'s effective value came from.
    #[must_use]
    pub fn origin_of(&self, field: Field) -> Option<&Layer> {
        self.origin.get(field.name())
    }
}

/// Loads the layers (defaults, `config.ron`, `config.d/*.ron`, the nurses' `settings.ron`).
///
/// Never fails and never writes: a file that cannot be read or parsed is reported in
/// `layers` and `problems`, logged at WARN, and the other layers are used. If `settings.ron`
/// is unusable, its last known good copy `settings.ron.bak` is used in its place.
/// `available_locales` are the locales the content provides (empty: any well-formed tag).
#[must_use]
pub fn load(paths: &ConfigPaths, available_locales: &[&str]) -> LoadedConfig {
    let mut loader = Loader::new(Available::new(available_locales));
    loader.system_layer(
        &Layer::System(paths.etc_file.clone()),
        paths.etc_file_required,
    );
    if let Some(dir) = &paths.etc_dropin_dir {
        match dropin_files(dir) {
            Ok(files) => {
                for file in files {
                    loader.system_layer(&Layer::DropIn(file), false);
                }
            }
            Err(message) => loader.problems.push(Problem {
                path: dir.clone(),
                line: None,
                col: None,
                severity: Severity::Error,
                message: format!("{message}; no drop-in files are used"),
            }),
        }
    }
    let mut below_local = loader.settings.clone();
    read::reconcile(&mut below_local, &loader.available);
    if let (Some(file), Some(backup)) = (paths.settings_file(), paths.backup_file()) {
        loader.local_layer(&file, &backup);
    }
    loader.finish(below_local)
}

/// Loading state, layer by layer.
struct Loader {
    available: Available,
    settings: Settings,
    origin: BTreeMap<&'static str, Layer>,
    locked: BTreeSet<String>,
    layers: Vec<LayerReport>,
    problems: Vec<Problem>,
    /// Each loaded file's text, to place problems found only after all layers are in.
    texts: Vec<(Layer, String)>,
}

impl Loader {
    fn new(available: Available) -> Self {
        Self {
            available,
            settings: Settings::default(),
            origin: FIELD_NAMES
                .iter()
                .map(|name| (*name, Layer::Default))
                .collect(),
            locked: BTreeSet::new(),
            layers: vec![LayerReport {
                layer: Layer::Default,
                status: LayerStatus::Loaded,
            }],
            problems: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// Reads and parses one file, recording its status; `None` if it is not usable.
    fn read(
        &mut self,
        layer: &Layer,
        path: &Path,
        kind: LayerKind,
        required: bool,
    ) -> Option<ParsedLayer> {
        let result = match read_config_file(path, required) {
            ReadOutcome::Absent if required => Err(ParseWarning {
                line: None,
                col: None,
                severity: Severity::Error,
                message: "does not exist".to_owned(),
            }),
            ReadOutcome::Absent => {
                self.layers.push(LayerReport {
                    layer: layer.clone(),
                    status: LayerStatus::Absent,
                });
                return None;
            }
            ReadOutcome::Failed(error) => Err(error),
            ReadOutcome::Text(text) => {
                let parsed = parse_layer(&text, kind, &self.available);
                self.texts.push((layer.clone(), text));
                parsed
            }
        };
        match result {
            Ok(parsed) => {
                self.layers.push(LayerReport {
                    layer: layer.clone(),
                    status: LayerStatus::Loaded,
                });
                let warnings = parsed.warnings.iter().cloned();
                self.problems.extend(warnings.map(|w| w.in_file(path)));
                Some(parsed)
            }
            Err(error) => {
                let status = LayerStatus::Error {
                    line: error.line,
                    col: error.col,
                    message: error.message.clone(),
                };
                self.layers.push(LayerReport {
                    layer: layer.clone(),
                    status,
                });
                self.problems.push(error.in_file(path));
                None
            }
        }
    }

    /// An /etc layer: applied whole, and its locks added.
    fn system_layer(&mut self, layer: &Layer, required: bool) {
        let Some(path) = layer.path().map(Path::to_path_buf) else {
            return;
        };
        if let Some(parsed) = self.read(layer, &path, LayerKind::System, required) {
            parsed
                .values
                .apply(&mut self.settings, &mut self.origin, layer);
            self.locked.extend(parsed.locked);
        }
    }

    /// The nurses' layer, without locked fields; falls back to the backup if it is broken.
    fn local_layer(&mut self, file: &Path, backup: &Path) {
        let layer = Layer::Local(file.to_path_buf());
        let mut parsed = self.read(&layer, file, LayerKind::Local, false);
        let mut used = (layer, file.to_path_buf());
        if parsed.is_none()
            && matches!(self.layers.last(), Some(r) if r.status != LayerStatus::Absent)
        {
            let backup_layer = Layer::Local(backup.to_path_buf());
            parsed = self.read(&backup_layer, backup, LayerKind::Local, false);
            if parsed.is_some() {
                self.problems.push(Problem {
                    path: file.to_path_buf(),
                    line: None,
                    col: None,
                    severity: Severity::Warning,
                    message: format!(
                        "using the last known good copy {} instead",
                        backup.display()
                    ),
                });
            }
            used = (backup_layer, backup.to_path_buf());
        }
        let Some(mut parsed) = parsed else { return };
        let (layer, path) = used;
        let text = self
            .texts
            .iter()
            .rev()
            .find(|(l, _)| *l == layer)
            .map_or("", |(_, t)| t.as_str());
        let locator = Locator::new(text);
        for name in &self.locked {
            if parsed.values.unset(name) {
                let message =
                    format!("{name} is locked by hospital IT in /etc; this value is ignored");
                self.problems
                    .push(at_key(&locator, name, message).in_file(&path));
            }
        }
        parsed
            .values
            .apply(&mut self.settings, &mut self.origin, &layer);
    }

    /// Cross-field fixes, logging, and the result.
    fn finish(mut self, below_local: Settings) -> LoadedConfig {
        for (field, message) in read::reconcile(&mut self.settings, &self.available) {
            let mut layer = self.origin.get(field).cloned().unwrap_or(Layer::Default);
            let mut key = field;
            if field == Field::DefaultLocale.name() {
                // The fallback value comes from `locales`; so does the blame if IT never set
                // a default locale.
                let locales_origin = self
                    .origin
                    .get(Field::Locales.name())
                    .cloned()
                    .unwrap_or(Layer::Default);
                if layer == Layer::Default {
                    (layer, key) = (locales_origin.clone(), Field::Locales.name());
                }
                self.origin.insert(field, locales_origin);
            }
            let problem = match layer.path() {
                Some(path) => {
                    let text = self
                        .texts
                        .iter()
                        .find(|(l, _)| *l == layer)
                        .map_or("", |(_, t)| t);
                    at_key(&Locator::new(text), key, message).in_file(path)
                }
                None => ParseWarning {
                    line: None,
                    col: None,
                    severity: Severity::Warning,
                    message,
                }
                .in_file(Path::new(BUILT_IN_PATH)),
            };
            self.problems.push(problem);
        }
        for problem in &self.problems {
            tracing::warn!(
                path = %problem.path.display(),
                line = problem.line,
                col = problem.col,
                "configuration problem: {problem}"
            );
        }
        LoadedConfig {
            settings: self.settings,
            below_local,
            origin: self.origin,
            locked: self.locked,
            layers: self.layers,
            problems: self.problems,
        }
    }
}

/// The nurses' file as it is on disk now, for saving: `Err` if it exists but is unusable.
pub(crate) fn local_on_disk(file: &Path) -> Result<Option<(String, ParsedLayer)>, ParseWarning> {
    match read_config_file(file, false) {
        ReadOutcome::Absent => Ok(None),
        ReadOutcome::Failed(error) => Err(error),
        ReadOutcome::Text(text) => {
            let parsed = parse_layer(&text, LayerKind::Local, &Available::new(&[]))?;
            Ok(Some((text, parsed)))
        }
    }
}
