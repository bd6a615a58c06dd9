//! Preparing plugins before a query needs them: compiling at fetch time.
//!
//! A node's first load of a digest fetches it from the store, verifies it
//! and compiles it: seconds for a large component. Left to the first query,
//! every node does that while the query waits. Instead, a client that has
//! just published plugins asks the scheduler to prepare them
//! ([`crate::PREPARE_ACTION`]); the scheduler loads them itself and passes
//! the request on to every executor it knows, all at once. Each node loads
//! on a blocking thread of its own, never on a thread that runs tasks, and
//! answers per plugin how long it took or why it failed.
//!
//! A failure here is not fatal: the query that needs the plugin fails
//! naming the node and digest, as it would have without preparing. An
//! executor that joins later loads on its first task (still off the task
//! threads, under `block_in_place`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use uni_plugin::wire::control::{self, ExecutorAddress, PrepareAnswer, PrepareRequest, Prepared};

use crate::PluginResolver;
use crate::actions::{Asked, PREPARE_ACTION, ask};

/// How long a node may take to prepare what it was asked to (fetching and
/// compiling a large component on a busy node takes a while).
pub(crate) const PATIENCE: Duration = Duration::from_secs(180);

/// Loads every plugin `request` names on this node (`node` in the answer).
pub(crate) async fn prepare_here(resolver: &Arc<PluginResolver>, node: &str, request: PrepareRequest) -> PrepareAnswer {
    let (resolver, name) = (resolver.clone(), node.to_owned());
    let loading = tokio::task::spawn_blocking(move || {
        let entries = request.plugins.iter().map(|set| {
            let started = Instant::now();
            let loaded = resolver.host_with(&set.digest, &set.requires);
            Prepared {
                node: name.clone(),
                digest: set.digest.to_string(),
                elapsed_ms: started.elapsed().as_secs_f64() * 1e3,
                error: loaded.err().map(|error| error.to_string()),
            }
        });
        PrepareAnswer(entries.collect())
    });
    loading.await.unwrap_or_else(|error| {
        PrepareAnswer(vec![Prepared {
            node: node.to_owned(),
            digest: "*".into(),
            elapsed_ms: 0.0,
            error: Some(format!("preparing plugins failed: {error}")),
        }])
    })
}

/// Prepares `request` on the scheduler (through `resolver`) and on each of
/// `executors`, all at once; one answer for all of them. An executor that
/// cannot be reached or answers nonsense gets an entry saying so.
pub(crate) async fn prepare_everywhere(
    resolver: &Arc<PluginResolver>,
    executors: Vec<ExecutorAddress>,
    request: PrepareRequest,
) -> PrepareAnswer {
    let body = control::encode(&request);
    let mut asked = tokio::task::JoinSet::new();
    for executor in executors {
        let body = body.clone();
        asked.spawn(async move {
            match ask::<PrepareAnswer>(&executor.url(), PREPARE_ACTION, body, PATIENCE).await {
                Ok(answer) => answer.0,
                Err(Asked::Unreachable(error) | Asked::Refused(error)) => vec![Prepared {
                    node: executor.id,
                    digest: "*".into(),
                    elapsed_ms: 0.0,
                    error: Some(error.to_string()),
                }],
            }
        });
    }
    let PrepareAnswer(mut entries) = prepare_here(resolver, "scheduler", request).await;
    while let Some(answer) = asked.join_next().await {
        if let Ok(answer) = answer {
            entries.extend(answer);
        }
    }
    PrepareAnswer(entries)
}
