//! The engine's own functions, kept so a plugin that replaces one can hand
//! the name back when it goes away.

use std::collections::BTreeMap;
use std::sync::Arc;

use datafusion::catalog::TableFunctionImpl;
use datafusion::logical_expr::{AggregateUDF, ScalarUDF};
use datafusion::prelude::SessionContext;

/// The system table functions a session registers itself; plugins can
/// never take these names.
pub const SYSTEM_TABLES: [&str; 3] = ["uniplug_plugins", "uniplug_functions", "uniplug_metrics"];

/// One built-in under a name (a name may be both a scalar and an aggregate).
#[derive(Clone)]
enum Builtin {
    Scalar(Arc<ScalarUDF>),
    Aggregate(Arc<AggregateUDF>),
    Table(Arc<dyn TableFunctionImpl>),
}

/// The functions a context had before any plugin was synced into it.
#[derive(Default, Clone)]
pub(crate) struct Builtins {
    by_name: BTreeMap<String, Vec<Builtin>>,
    windows: Vec<String>,
}

impl Builtins {
    /// Captures every function `ctx` knows now.
    pub(crate) fn capture(ctx: &SessionContext) -> Builtins {
        let state = ctx.state();
        let mut by_name: BTreeMap<String, Vec<Builtin>> = BTreeMap::new();
        for (name, udf) in state.scalar_functions() {
            by_name.entry(name.clone()).or_default().push(Builtin::Scalar(udf.clone()));
        }
        for (name, udaf) in state.aggregate_functions() {
            by_name.entry(name.clone()).or_default().push(Builtin::Aggregate(udaf.clone()));
        }
        for (name, udtf) in state.table_functions() {
            if !SYSTEM_TABLES.contains(&name.as_str()) {
                by_name.entry(name.clone()).or_default().push(Builtin::Table(udtf.function().clone()));
            }
        }
        let windows = state.window_functions().keys().cloned().collect();
        Builtins { by_name, windows }
    }

    /// Every name, for reserving them all in a registry.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().chain(&self.windows).map(String::as_str)
    }

    /// Window function names: never replaceable (the planner would still
    /// prefer them in `OVER` clauses, so a replacement would be half-visible).
    pub(crate) fn window_names(&self) -> impl Iterator<Item = &str> {
        self.windows.iter().map(String::as_str)
    }

    /// Whether `name` is a built-in the context had.
    pub(crate) fn contains(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// Removes every built-in of any kind called `name` from `ctx`, so the
    /// plugin function registered next is the only one the planner sees.
    pub(crate) fn hide(&self, ctx: &SessionContext, name: &str) {
        for builtin in self.by_name.get(name).into_iter().flatten() {
            match builtin {
                Builtin::Scalar(_) => ctx.deregister_udf(name),
                Builtin::Aggregate(_) => ctx.deregister_udaf(name),
                Builtin::Table(_) => ctx.deregister_udtf(name),
            }
        }
    }

    /// Puts back every built-in called `name`.
    pub(crate) fn restore(&self, ctx: &SessionContext, name: &str) {
        for builtin in self.by_name.get(name).into_iter().flatten() {
            match builtin {
                Builtin::Scalar(udf) => {
                    ctx.register_udf(udf.as_ref().clone());
                }
                Builtin::Aggregate(udaf) => {
                    ctx.register_udaf(udaf.as_ref().clone());
                }
                Builtin::Table(udtf) => ctx.register_udtf(name, udtf.clone()),
            }
        }
    }
}
