//! [`CallHandle`]: a looked-up function that keeps its generation reachable
//! (and so undrained) for as long as it lives.

use std::sync::Arc;

use crate::generation::{Binding, Generation};
use crate::id::PluginId;
use crate::manifest::FunctionDecl;
use crate::surface::{AggregateFunction, FunctionImpl, ScalarFunction, TableFunction};

/// A function as published in one snapshot: its declaration, implementation
/// and the generation it belongs to.
///
/// `repr(C)` keeps the name prefix first, so with the `Arc`'s two counters it
/// fills exactly one 64-byte cache line.
#[repr(C)]
pub struct BoundFunction {
    /// The first bytes of the name, beside the reference count, so the
    /// lookup's key check reads the cache line it must write anyway.
    pub(crate) name_prefix: NamePrefix,
    pub(crate) name: Arc<str>,
    pub(crate) binding: Arc<Binding>,
    pub(crate) decl: FunctionDecl,
    pub(crate) implementation: FunctionImpl,
}

/// Up to [`NamePrefix::LEN`] bytes of a name and its full length.
#[derive(Clone, Copy)]
pub(crate) struct NamePrefix {
    len: u32,
    bytes: [u8; NamePrefix::LEN],
}

impl NamePrefix {
    /// 16 bytes of `Arc` counters + 4 of length + 44 of name = 64 bytes.
    pub(crate) const LEN: usize = 44;

    pub(crate) fn new(name: &str) -> NamePrefix {
        let mut bytes = [0; NamePrefix::LEN];
        let stored = name.len().min(NamePrefix::LEN);
        bytes[..stored].copy_from_slice(&name.as_bytes()[..stored]);
        NamePrefix { len: u32::try_from(name.len()).unwrap_or(u32::MAX), bytes }
    }
}

impl BoundFunction {
    /// Whether this entry is named `name`.
    #[inline]
    pub(crate) fn is_named(&self, name: &str) -> bool {
        let prefix = &self.name_prefix;
        if prefix.len as usize != name.len() {
            return false;
        }
        if name.len() <= NamePrefix::LEN { prefix.bytes[..name.len()] == *name.as_bytes() } else { *self.name == *name }
    }
}

impl std::fmt::Debug for BoundFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BoundFunction")
            .field("name", &self.name)
            .field("plugin", self.binding.generation.plugin_id())
            .field("generation", &self.binding.generation.number())
            .finish()
    }
}

/// A callable function. While any handle (or a snapshot pinned by a query)
/// can reach a generation, that generation does not finish draining and is
/// not shut down; dropping the last one wakes its drain. Acquiring, cloning and
/// dropping a handle each cost one atomic reference-count operation.
#[derive(Clone)]
pub struct CallHandle {
    function: Arc<BoundFunction>,
}

impl CallHandle {
    #[inline]
    pub(crate) fn new(function: &Arc<BoundFunction>) -> CallHandle {
        CallHandle { function: function.clone() }
    }

    /// The SQL name.
    pub fn name(&self) -> &str {
        &self.function.name
    }

    /// The owning plugin.
    pub fn plugin_id(&self) -> &PluginId {
        self.function.binding.generation.plugin_id()
    }

    /// The generation the call runs on.
    pub fn generation(&self) -> &Arc<Generation> {
        &self.function.binding.generation
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

impl std::fmt::Debug for CallHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.function.fmt(f)
    }
}
