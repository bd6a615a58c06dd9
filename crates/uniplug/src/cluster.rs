//! `uniplug cluster` (a scheduler and executors, here or joining a
//! scheduler on another host) and the client side of `uniplug sql
//! --cluster`.

use std::path::PathBuf;
use std::sync::Arc;

use uni_plugin_ballista::{
    CacheBound, ClusterSession, ExecutorEndpoint, NodeConfig, PluginResolver, PluginStore, SchedulerOptions,
    start_executor, start_scheduler,
};
use uni_plugin_host::Policy;

use crate::args::ClusterArgs;
use crate::error::{CliError, CliResult};
use crate::progress::Progress;
use crate::session::{self, Linked, Open};

/// The user cache's `uni-plugin/NAME` directory.
fn cache_dir(name: &str) -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("uni-plugin").join(name)
}

/// The store at `location` (a directory or a URL), by default the user
/// cache's. S3 credentials and endpoint come from the `AWS_*` variables.
fn open_store(location: Option<&str>) -> CliResult<PluginStore> {
    let location = location.map(str::to_owned).unwrap_or_else(|| cache_dir("store").display().to_string());
    PluginStore::from_location(&location).map_err(|error| CliError::usage(format!("--store `{location}`: {error}")))
}

/// A `df://HOST:PORT` URL (a bare `HOST:PORT` is accepted).
fn scheduler_url(url: &str) -> CliResult<String> {
    let url = url.trim();
    let url = if url.contains("://") { url.to_owned() } else { format!("df://{url}") };
    let rest = url.split_once("://").map(|(_, rest)| rest).unwrap_or_default();
    if rest.is_empty() || rest.contains('/') {
        return Err(CliError::usage(format!("cluster URL `{url}`: expected df://HOST:PORT")));
    }
    Ok(url)
}

/// An IPv6 address in brackets, as URLs spell it; anything else as is.
fn host_for_url(host: &str) -> String {
    match host.parse::<std::net::Ipv6Addr>() {
        Ok(_) => format!("[{host}]"),
        Err(_) => host.to_owned(),
    }
}

/// Connects `uniplug sql` to the cluster at `url`: loads the plugins here
/// (for planning) and publishes them into the store the nodes read.
pub fn connect(
    runtime: &tokio::runtime::Runtime,
    linked: &Linked,
    open: Open<'_>,
    url: &str,
    store: Option<&str>,
) -> CliResult<ClusterSession> {
    let url = scheduler_url(url)?;
    let store = open_store(store)?;
    let keep_builtins = open.keep_builtins;
    let builder = session::builder(linked, &open)?;
    let progress = Progress::start("loading plugins and connecting to the cluster");
    let connected = runtime.block_on(async {
        if keep_builtins {
            ClusterSession::connect(&url, builder, store).await
        } else {
            ClusterSession::connect_replacing_builtins(&url, builder, store).await
        }
    });
    progress.finish();
    let (cluster, report) = connected.map_err(CliError::failed)?;
    session::check_report(&report)?;
    Ok(cluster)
}

/// Runs `uniplug cluster` until the process is stopped.
pub fn run(linked: &Linked, args: ClusterArgs) -> CliResult {
    let store = open_store(args.store.as_deref())?;
    let policy = match &args.policy {
        Some(path) => crate::session::read_policy(path)?,
        None => Policy::default(),
    };
    let cache = args.cache.clone().unwrap_or_else(|| cache_dir("nodes"));
    let compiled = cache_dir("components");
    let node = |name: String| {
        let mut node = NodeConfig::new(name.clone(), store.clone(), cache.join(&name)).with_policy(policy.clone());
        node.compile_cache = Some(compiled.clone());
        node.cache_bound = CacheBound {
            max_bytes: args.cache_size.bytes(),
            max_age: Some(args.cache_age.get()).filter(|age| !age.is_zero()),
        };
        for (plugin, _) in &linked.0 {
            node = node.with_native(plugin.clone());
        }
        node
    };
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let slots = args.slots.unwrap_or_else(|| (cores / args.executors.max(1)).max(1));
    if args.executors == 0 && args.join.is_some() {
        return Err(CliError::usage("--join with --executors 0 would start nothing"));
    }
    let endpoint = ExecutorEndpoint::new(std::net::SocketAddr::new(args.bind, 0), args.advertise.clone())
        .map_err(|error| CliError::usage(error.to_string()))?;
    let runtime = crate::sql::runtime()?;
    runtime.block_on(async {
        let http = match &args.join {
            Some(url) => {
                let url = scheduler_url(url)?;
                format!("http://{}", url.split_once("://").map(|(_, rest)| rest).unwrap_or_default())
            }
            None => {
                let bind = std::net::SocketAddr::new(args.bind, args.port);
                let options = SchedulerOptions::default().with_executor_timeout(args.executor_timeout.get());
                let address = start_scheduler(bind, PluginResolver::new(node("scheduler".into())), &options)
                    .await
                    .map_err(CliError::failed)?;
                // What clients and executors elsewhere connect to.
                let reachable = format!("{}:{}", host_for_url(&endpoint.advertise), address.port());
                println!("scheduler listening on df://{reachable} (store {})", store.location());
                format!("http://{reachable}")
            }
        };
        let mut executors: Vec<Arc<PluginResolver>> = Vec::new();
        for index in 1..=args.executors {
            let name = format!("executor-{index}");
            let resolver = start_executor(&http, PluginResolver::new(node(name.clone())), slots, &endpoint)
                .await
                .map_err(CliError::failed)?;
            println!("{name} ready ({slots} task slots, serving results as {})", endpoint.advertise);
            executors.push(resolver);
        }
        println!("ready; run SQL with `uniplug sql --cluster {} --plugins DIR ...`; Ctrl-C stops the cluster", {
            http.replacen("http://", "df://", 1)
        });
        use std::io::Write;
        let _ = std::io::stdout().flush();
        // Serve until the process is stopped.
        std::future::pending::<()>().await;
        Ok::<(), CliError>(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_need_a_host_and_port_only() {
        assert_eq!(scheduler_url("df://127.0.0.1:50050").unwrap(), "df://127.0.0.1:50050");
        assert_eq!(scheduler_url("localhost:50050").unwrap(), "df://localhost:50050");
        for bad in ["", "df://", "df://host:1/path"] {
            assert!(matches!(scheduler_url(bad), Err(CliError::Usage(_))), "{bad}");
        }
    }
}
