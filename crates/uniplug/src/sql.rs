//! `uniplug sql`: one-shot SQL, scripts, stdin and the REPL.

use std::io::{IsTerminal, Read, Write};
use std::sync::mpsc;
use std::time::Duration;

use datafusion::arrow::record_batch::RecordBatch;
#[cfg(feature = "cluster")]
use uni_plugin_ballista::ClusterSession;
use uni_plugin_datafusion::PluginSession;
use uni_plugin_host::{WatchEvent, WatchHandle};

use crate::args::{Format, SqlArgs};
use crate::error::{CliError, CliResult};
use crate::repl;
use crate::session::{self, Linked, Open};
use crate::statements;

/// How long a plugin directory must be quiet before a watch reload.
const WATCH_DEBOUNCE: Duration = Duration::from_millis(300);

/// Where statements run.
pub enum Backend {
    /// In this process.
    Local(PluginSession),
    /// On a Ballista cluster (planned here with the same plugins). The
    /// system tables describe this client's session, so statements reading
    /// them run on the second, local session over the same host.
    #[cfg(feature = "cluster")]
    Cluster(ClusterSession, PluginSession),
}

/// Whether `statement` reads a system table (`uniplug_plugins()`, ...).
#[cfg(feature = "cluster")]
fn reads_system_table(statement: &str) -> bool {
    let lower = statement.to_ascii_lowercase();
    uni_plugin_datafusion::SYSTEM_TABLES.iter().any(|name| lower.contains(name))
}

/// A runtime plus a session: what running statements needs.
pub struct Shell {
    /// The tokio runtime queries run on.
    pub runtime: tokio::runtime::Runtime,
    /// Where statements run.
    pub backend: Backend,
    /// The output format.
    pub format: Format,
}

impl Shell {
    /// A shell running statements in this process.
    pub fn local(runtime: tokio::runtime::Runtime, session: PluginSession, format: Format) -> Shell {
        Shell { runtime, backend: Backend::Local(session), format }
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
        let rows = match &self.backend {
            Backend::Local(session) => self.runtime.block_on(session.sql(statement)).map_err(CliError::failed)?,
            #[cfg(feature = "cluster")]
            Backend::Cluster(_, local) if reads_system_table(statement) => {
                self.runtime.block_on(local.sql(statement)).map_err(CliError::failed)?
            }
            #[cfg(feature = "cluster")]
            Backend::Cluster(cluster, _) => self.runtime.block_on(cluster.sql(statement)).map_err(CliError::failed)?,
        };
        Ok(rows)
    }

    /// Reloads `plugin` (and, on a cluster, publishes the new generation).
    pub fn reload(&self, plugin: &uni_plugin::PluginId) -> CliResult<u64> {
        match &self.backend {
            Backend::Local(session) => session.host().reload(plugin).map_err(CliError::failed),
            #[cfg(feature = "cluster")]
            Backend::Cluster(cluster, _) => cluster.reload(plugin).map_err(CliError::failed),
        }
    }

    /// Runs one statement and prints its result to stdout.
    pub fn execute(&self, statement: &str) -> CliResult {
        self.execute_as(statement, self.format)
    }

    /// Runs one statement and prints its result to stdout as `format`.
    pub fn execute_as(&self, statement: &str, format: Format) -> CliResult {
        let batches = self.query(statement)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        crate::output::write_batches(&mut out, format, &batches)
    }

    /// Runs every statement of `text`, printing each error to stderr.
    /// Fails (already reported) if any statement failed.
    pub fn run_script(&self, text: &str, origin: &str, bail: bool) -> CliResult {
        let (mut statements, rest) = statements::split(text);
        statements.extend(rest);
        let mut failed = 0usize;
        for statement in &statements {
            if let Err(error) = self.execute(statement) {
                eprintln!("error: {error}");
                failed += 1;
                if bail {
                    break;
                }
            }
        }
        match failed {
            0 => Ok(()),
            1 if statements.len() == 1 => Err(CliError::Reported(String::new())),
            n => Err(CliError::Reported(format!("{n} of {} statements from {origin}", statements.len()))),
        }
    }
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
    let shell = Shell { runtime, backend, format: args.format };
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
        None if std::io::stdin().is_terminal() => {
            if let Some(events) = events {
                std::thread::spawn(move || events.iter().for_each(|event| report_watch_event(&event)));
            }
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
        let local =
            PluginSession::with_context(datafusion::prelude::SessionContext::new(), cluster.session().host().clone());
        // Plugins' queries run on the cluster, like the user's.
        cluster.session().serve_queries();
        return Ok(Backend::Cluster(cluster, local));
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
