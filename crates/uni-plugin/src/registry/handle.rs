//! [`CallHandle`]: a looked-up function plus the in-flight guard that keeps its
//! generation alive and counted.

use std::sync::Arc;

use crate::generation::Generation;
use crate::id::PluginId;
use crate::manifest::FunctionDecl;
use crate::surface::{AggregateFunction, FunctionImpl, ScalarFunction, TableFunction};

/// A function as published in one snapshot: its declaration, implementation
/// and the generation it belongs to.
pub struct BoundFunction {
    pub(crate) name: Arc<str>,
    pub(crate) generation: Arc<Generation>,
    pub(crate) decl: FunctionDecl,
    pub(crate) implementation: FunctionImpl,
}

impl std::fmt::Debug for BoundFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BoundFunction")
            .field("name", &self.name)
            .field("plugin", self.generation.plugin_id())
            .field("generation", &self.generation.number())
            .finish()
    }
}

/// A callable function with an in-flight guard on its generation. While any
/// handle exists, that generation is not drained or shut down; dropping the
/// last handle of a replaced generation wakes its drain. Clone it to hand the
/// same call to several threads (each clone counts).
pub struct CallHandle {
    function: Arc<BoundFunction>,
}

impl CallHandle {
    /// Enters `function`'s generation; `None` if it is closed.
    #[inline]
    pub(crate) fn enter(function: &Arc<BoundFunction>) -> Option<CallHandle> {
        function.generation.try_enter().then(|| CallHandle { function: function.clone() })
    }

    /// The SQL name.
    pub fn name(&self) -> &str {
        &self.function.name
    }

    /// The owning plugin.
    pub fn plugin_id(&self) -> &PluginId {
        self.function.generation.plugin_id()
    }

    /// The generation the call runs on.
    pub fn generation(&self) -> &Arc<Generation> {
        &self.function.generation
    }

    /// The manifest declaration (types, determinism, docs).
    pub fn decl(&self) -> &FunctionDecl {
        &self.function.decl
    }

    /// The implementation.
    pub fn implementation(&self) -> &FunctionImpl {
        &self.function.implementation
    }

    /// The scalar implementation, if this is a scalar function.
    pub fn scalar(&self) -> Option<&Arc<dyn ScalarFunction>> {
        match &self.function.implementation {
            FunctionImpl::Scalar(function) => Some(function),
            _ => None,
        }
    }

    /// The aggregate implementation, if this is an aggregate function.
    pub fn aggregate(&self) -> Option<&Arc<dyn AggregateFunction>> {
        match &self.function.implementation {
            FunctionImpl::Aggregate(function) => Some(function),
            _ => None,
        }
    }

    /// The table implementation, if this is a table function.
    pub fn table(&self) -> Option<&Arc<dyn TableFunction>> {
        match &self.function.implementation {
            FunctionImpl::Table(function) => Some(function),
            _ => None,
        }
    }
}

impl Clone for CallHandle {
    fn clone(&self) -> Self {
        // This handle already holds the generation in flight, so the drain
        // cannot complete; counting the clone in needs no closed check.
        self.function.generation.enter_unchecked();
        CallHandle { function: self.function.clone() }
    }
}

impl Drop for CallHandle {
    #[inline]
    fn drop(&mut self) {
        self.function.generation.exit();
    }
}

impl std::fmt::Debug for CallHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.function.fmt(f)
    }
}
