//! `uniplug sql`: one-shot SQL, scripts, stdin and the REPL.

use std::cell::Cell;
use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use futures::StreamExt;

use datafusion::arrow::record_batch::RecordBatch;
#[cfg(feature = "cluster")]
use uni_plugin_ballista::ClusterSession;
use uni_plugin_datafusion::{PluginSession, QueryStream};
use uni_plugin_host::{WatchEvent, WatchHandle};

use crate::args::{Format, SqlArgs};
use crate::commands::{self, Flow};
use crate::error::{CliError, CliResult};
use crate::output::{Limits, ResultPrinter, thousands};
use crate::progress::Progress;
use crate::repl;
use crate::session::{self, Linked, Open};
use crate::statements::{self, Item};

/// How long a plugin directory must be quiet before a watch reload.
const WATCH_DEBOUNCE: Duration = Duration::from_millis(300);

/// Where statements run.
pub enum Backend {
    /// In this process.
    Local(PluginSession),
    /// On a Ballista cluster (planned here with the same plugins). The
    /// system tables describe this client's session and the catalog is
    /// this client's, so statements reading them run on the second, local
    /// session over the same host and the same tables.
    #[cfg(feature = "cluster")]
    Cluster(Box<ClusterSession>, PluginSession),
}

/// Every node's plugin metrics (`uniplug sql --cluster` only).
#[cfg(feature = "cluster")]
const CLUSTER_METRICS: &str = "uniplug_cluster_metrics";

/// Whether `statement` answers from this client alone: it reads a system
/// table (`uniplug_plugins()`, `uniplug_cluster_metrics()`, ...) or the
/// catalog (`information_schema`, `SHOW TABLES`, `SHOW COLUMNS`).
#[cfg(feature = "cluster")]
fn answers_locally(statement: &str) -> bool {
    let lower = statement.to_ascii_lowercase();
    uni_plugin_datafusion::SYSTEM_TABLES.iter().any(|name| lower.contains(name))
        || lower.contains(CLUSTER_METRICS)
        || lower.contains("information_schema")
        || lower.trim_start().starts_with("show ")
}

/// How statements print; dot-commands (`.mode`, `.timer`, `.maxrows`)
/// change it while the shell runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The output format.
    pub format: Format,
    /// Print each statement's elapsed time (on stderr).
    pub timer: bool,
    /// Print at most this many rows of a result.
    pub max_rows: Option<usize>,
}

impl Settings {
    /// `format` with every row and no timer.
    pub fn plain(format: Format) -> Settings {
        Settings { format, timer: false, max_rows: None }
    }
}

/// How long a query runs before the progress line appears.
const PROGRESS_AFTER: Duration = Duration::from_secs(1);
/// Nested `.read`s allowed (a file that reads itself stops here).
const MAX_READ_DEPTH: usize = 16;

/// A runtime plus a session: what running statements needs.
pub struct Shell {
    /// The tokio runtime queries run on.
    pub runtime: tokio::runtime::Runtime,
    /// Where statements run.
    pub backend: Backend,
    /// How results print.
    pub settings: Cell<Settings>,
    /// Ctrl-C cancels the running statement instead of ending the
    /// process (the REPL).
    pub interactive: Cell<bool>,
    /// How deep `.read` is nested.
    reading: Cell<usize>,
}

impl Shell {
    /// A shell running statements in this process.
    pub fn local(runtime: tokio::runtime::Runtime, session: PluginSession, format: Format) -> Shell {
        Shell::new(runtime, Backend::Local(session), Settings::plain(format))
    }

    fn new(runtime: tokio::runtime::Runtime, backend: Backend, settings: Settings) -> Shell {
        Shell { runtime, backend, settings: Cell::new(settings), interactive: Cell::new(false), reading: Cell::new(0) }
    }

    /// The plugin session (for a cluster: the one that plans).
    pub fn session(&self) -> &PluginSession {
        match &self.backend {
            Backend::Local(session) => session,
            #[cfg(feature = "cluster")]
            Backend::Cluster(cluster, _) => cluster.session(),
        }
    }

    /// Runs `statement` and returns its rows.
    pub fn query(&self, statement: &str) -> CliResult<Vec<RecordBatch>> {
        use futures::TryStreamExt;
        self.runtime.block_on(async {
            let stream = self.start(statement).await?;
            stream.try_collect().await.map_err(|error| CliError::failed(with_caret(statement, &error.to_string())))
        })
    }

    /// Starts `statement`; its rows follow as they are computed.
    async fn start(&self, statement: &str) -> CliResult<QueryStream> {
        let started = match &self.backend {
            Backend::Local(session) => session.sql_stream(statement).await.map_err(|e| e.to_string()),
            #[cfg(feature = "cluster")]
            Backend::Cluster(_, local) if answers_locally(statement) => {
                local.sql_stream(statement).await.map_err(|e| e.to_string())
            }
            #[cfg(feature = "cluster")]
            Backend::Cluster(cluster, _) => cluster.sql_stream(statement).await.map_err(|e| e.to_string()),
        };
        started.map_err(|message| CliError::failed(with_caret(statement, &message)))
    }

    /// Reloads `plugin` (and, on a cluster, publishes the new generation).
    pub fn reload(&self, plugin: &uni_plugin::PluginId) -> CliResult<u64> {
        match &self.backend {
            Backend::Local(session) => session.host().reload(plugin).map_err(CliError::failed),
            #[cfg(feature = "cluster")]
            Backend::Cluster(cluster, _) => cluster.reload(plugin).map_err(CliError::failed),
        }
    }

    /// Runs one statement and prints its result to stdout as the current
    /// settings say, rows as they arrive; with `.timer on`, its elapsed
    /// time after it.
    pub fn execute(&self, statement: &str) -> CliResult {
        let settings = self.settings.get();
        let started = Instant::now();
        let outcome = self.runtime.block_on(async {
            let printing = self.print_result(statement, settings, started);
            if !self.interactive.get() {
                return printing.await;
            }
            tokio::select! {
                outcome = printing => outcome,
                _ = tokio::signal::ctrl_c() => Err(CliError::failed("cancelled (Ctrl-C)")),
            }
        });
        if settings.timer {
            eprintln!("Run time: {:.3} s", started.elapsed().as_secs_f64());
        }
        outcome
    }

    async fn print_result(&self, statement: &str, settings: Settings, started: Instant) -> CliResult {
        let mut stream = self.start(statement).await?;
        let stdout = std::io::stdout();
        let on_terminal = stdout.is_terminal();
        let mut out = stdout.lock();
        let limits = Limits { max_rows: settings.max_rows, footer: on_terminal };
        let mut printer = ResultPrinter::new(&mut out, settings.format, limits);
        // A progress line on a terminal once the query runs a while; rows
        // printed as they arrive end it (the two would share the screen).
        let mut progress: Option<Progress> = None;
        let mut may_show_progress = std::io::stderr().is_terminal();
        let mut tick = tokio::time::interval(Duration::from_millis(200));
        let mut batches = 0usize;
        let outcome = loop {
            tokio::select! {
                next = stream.next() => match next {
                    Some(Ok(batch)) => {
                        batches += 1;
                        if settings.format != Format::Table && batch.num_rows() > 0 {
                            may_show_progress = false;
                            if let Some(progress) = progress.take() {
                                progress.finish();
                            }
                        }
                        if let Err(error) = printer.push(&batch) {
                            break Err(error);
                        }
                    }
                    Some(Err(error)) => break Err(CliError::failed(error)),
                    None => break Ok(()),
                },
                _ = tick.tick(), if may_show_progress => {
                    if started.elapsed() >= PROGRESS_AFTER {
                        let message = format!("running: {} rows in {batches} batches", thousands(printer.total()));
                        progress.get_or_insert_with(|| Progress::start(message.clone())).set_message(message);
                    }
                }
            }
        };
        if let Some(progress) = progress {
            progress.finish();
        }
        outcome?;
        if let Some(note) = printer.finish()? {
            eprintln!("note: {note}");
        }
        Ok(())
    }

    /// Runs every dot-command and statement of `text`, printing each error
    /// to stderr. Fails (already reported) if any failed.
    pub fn run_script(&self, text: &str, origin: &str, bail: bool) -> CliResult {
        let items = statements::items(text);
        let mut failed = 0usize;
        for item in &items {
            let outcome = match item {
                Item::Command(line) => commands::run(self, line),
                Item::Statement(statement) => self.execute(statement).map(|()| Flow::Continue),
            };
            match outcome {
                Ok(Flow::Continue) => {}
                Ok(Flow::Quit) => break,
                Err(error) => {
                    eprintln!("error: {error}");
                    failed += 1;
                    if bail {
                        break;
                    }
                }
            }
        }
        match failed {
            0 => Ok(()),
            1 if items.len() == 1 => Err(CliError::Reported(String::new())),
            n => Err(CliError::Reported(format!("{n} of {} statements from {origin}", items.len()))),
        }
    }

    /// Runs the script in `path` (`.read`, an init file).
    pub fn read_file(&self, path: &Path) -> CliResult {
        let text = std::fs::read_to_string(path)
            .map_err(|error| CliError::usage(format!("cannot read `{}`: {error}", path.display())))?;
        let depth = self.reading.get();
        if depth >= MAX_READ_DEPTH {
            return Err(CliError::failed(format!(
                "`{}`: .read nests deeper than {MAX_READ_DEPTH} files (does a file read itself?)",
                path.display()
            )));
        }
        self.reading.set(depth + 1);
        let outcome = self.run_script(&text, &format!("`{}`", path.display()), false);
        self.reading.set(depth);
        outcome
    }
}

/// `message` with the statement's line and a caret under the column the
/// SQL parser names (`... at Line: 2, Column: 8`), as psql shows it.
pub fn with_caret(statement: &str, message: &str) -> String {
    let Some((line, column)) = error_position(message) else { return message.to_owned() };
    let Some(text) = statement.lines().nth(line.saturating_sub(1)) else { return message.to_owned() };
    let prefix = format!("LINE {line}: ");
    // Tabs stay tabs, so the caret lines up under them too.
    let pad: String = text.chars().take(column.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    format!("{message}\n{prefix}{text}\n{}{pad}^", " ".repeat(prefix.len()))
}

/// The last `Line: N, Column: M` in an error message.
fn error_position(message: &str) -> Option<(usize, usize)> {
    let at = message.rfind("Line: ")?;
    let rest = &message[at + "Line: ".len()..];
    let (line, rest) = rest.split_once(", Column: ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, column.parse().ok()?))
}

/// Rows a table shows on a terminal unless `--maxrows` says otherwise.
pub const DEFAULT_MAX_ROWS: usize = 40;

/// `~/.uniplugrc`: dot-commands and SQL the REPL runs first.
fn rc_file() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|home| std::path::PathBuf::from(home).join(".uniplugrc"))
}

/// The multi-threaded runtime every command runs its queries on.
pub(crate) fn runtime() -> CliResult<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|error| CliError::failed(format!("cannot start the query runtime: {error}")))
}

/// Runs `uniplug sql`.
pub fn run(linked: &Linked, args: SqlArgs) -> CliResult {
    let script = match (&args.command, &args.file) {
        (Some(sql), _) => Some((sql.clone(), "-c".to_owned())),
        (None, Some(path)) => {
            let text = std::fs::read_to_string(path)
                .map_err(|error| CliError::usage(format!("-f `{}`: {error}", path.display())))?;
            Some((text, format!("`{}`", path.display())))
        }
        (None, None) => None,
    };
    let runtime = runtime()?;
    let open = Open {
        dirs: &args.plugins,
        policy: args.policy.as_deref(),
        build: !args.no_build,
        keep_builtins: args.keep_builtins,
    };
    let backend = backend(&runtime, linked, open, &args)?;
    let interactive = script.is_none() && std::io::stdin().is_terminal();
    // 40 rows of a table on a terminal, like DuckDB; every row otherwise.
    let max_rows = match args.max_rows {
        Some(0) => None,
        Some(rows) => Some(rows),
        None if args.format == Format::Table && std::io::stdout().is_terminal() => Some(DEFAULT_MAX_ROWS),
        None => None,
    };
    let shell = Shell::new(runtime, backend, Settings { format: args.format, timer: args.timer, max_rows });
    let session = shell.session();
    for spec in &args.tables {
        shell.runtime.block_on(session::register_table(session, spec, !matches!(shell.backend, Backend::Local(_))))?;
    }
    let replaced = session.replaced_builtins();
    // Always said (on stderr, so results stay clean): a script that calls
    // `levenshtein` deserves to know it is not DataFusion's any more.
    if !replaced.is_empty() {
        eprintln!(
            "note: plugin functions replace DataFusion's built-in {} (use --keep-builtins to refuse)",
            replaced.join(", ")
        );
    }
    // The init file: --init, else ~/.uniplugrc for the REPL.
    let init = args.init.clone().or_else(|| interactive.then(rc_file).flatten().filter(|path| path.is_file()));
    if let Some(path) = &init {
        // Errors inside it are printed and the session goes on; a file
        // that cannot be read is a usage error.
        if let Err(CliError::Usage(message)) = shell.read_file(path) {
            return Err(CliError::usage(format!("--init: {message}")));
        }
    }
    let (events, watch) = if args.watch { watch(&shell)? } else { (None, None) };
    // Sources edited under --watch are rebuilt; the host reloads what lands.
    let _rebuild = if args.watch { crate::rebuild::start(&args.plugins) } else { None };

    match script {
        Some((text, origin)) => {
            let outcome = shell.run_script(&text, &origin, args.bail);
            let Some(events) = events else { return outcome };
            if let Err(error) = &outcome
                && !matches!(error, CliError::Reported(_))
            {
                eprintln!("error: {error}");
            }
            eprintln!("watching plugin directories; the SQL runs again after each reload (Ctrl-C to stop)");
            for event in events {
                report_watch_event(&event);
                if event.outcome.is_ok() {
                    let _ = shell.run_script(&text, &origin, args.bail);
                }
            }
            drop(watch);
            outcome
        }
        None if interactive => {
            if let Some(events) = events {
                std::thread::spawn(move || events.iter().for_each(|event| report_watch_event(&event)));
            }
            shell.interactive.set(true);
            let outcome = repl::run(&shell);
            drop(watch);
            outcome
        }
        None => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|error| CliError::usage(format!("cannot read SQL from stdin: {error}")))?;
            shell.run_script(&text, "stdin", args.bail)
        }
    }
}

/// Where `uniplug sql` runs its statements: here, or on `--cluster`.
fn backend(runtime: &tokio::runtime::Runtime, linked: &Linked, open: Open<'_>, args: &SqlArgs) -> CliResult<Backend> {
    #[cfg(feature = "cluster")]
    if let Some(url) = &args.cluster {
        let cluster = crate::cluster::connect(runtime, linked, open, url, args.store.as_deref())?;
        // The local session sees the cluster session's tables (one catalog),
        // with information_schema on: catalog statements need no executor,
        // and Ballista cannot ship information_schema's tables to one.
        let state = datafusion::execution::SessionStateBuilder::new()
            .with_default_features()
            .with_config(datafusion::prelude::SessionConfig::new().with_information_schema(true))
            .with_catalog_list(cluster.context().state().catalog_list().clone())
            .build();
        let local = PluginSession::with_context(
            datafusion::prelude::SessionContext::new_with_state(state),
            cluster.session().host().clone(),
        );
        local.context().register_udtf(CLUSTER_METRICS, cluster.metrics_function());
        // Plugins' queries run on the cluster, like the user's.
        cluster.session().serve_queries();
        return Ok(Backend::Cluster(Box::new(cluster), local));
    }
    #[cfg(not(feature = "cluster"))]
    if args.cluster.is_some() {
        return Err(crate::without_cluster());
    }
    let _ = (runtime, args);
    Ok(Backend::Local(session::open(linked, open)?.0))
}

fn watch(shell: &Shell) -> CliResult<(Option<mpsc::Receiver<WatchEvent>>, Option<WatchHandle>)> {
    let (sender, receiver) = mpsc::channel();
    let handle = shell.session().host().watch(WATCH_DEBOUNCE, sender).map_err(CliError::failed)?;
    Ok((Some(receiver), Some(handle)))
}

fn report_watch_event(event: &WatchEvent) {
    match &event.outcome {
        Ok(generation) => eprintln!("reloaded {} (generation {generation})", event.plugin),
        Err(error) => eprintln!("reload of {} failed, the previous generation keeps serving: {error}", event.plugin),
    }
    let _ = std::io::stderr().flush();
}
