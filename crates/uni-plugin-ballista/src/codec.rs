//! The extension codecs that carry plugin functions through Ballista's plans.
//!
//! Ballista ships plans between client, scheduler and executors as
//! protobuf; functions travel by name, which only works for functions
//! compiled into every node. These codecs wrap Ballista's own and add one
//! thing: a plugin function (scalar, aggregate, or a table function call)
//! is written as a [`FunctionRef`] (plugin id, version, digest, name), and
//! read back by asking the node's [`PluginResolver`] for that digest.
//! Everything else goes to the wrapped codec untouched.
//!
//! Use the same pair on every role: the client encodes logical plans, the
//! scheduler decodes them and encodes physical stages, executors decode the
//! stages.

use std::sync::Arc;

use ballista_core::serde::{BallistaLogicalExtensionCodec, BallistaPhysicalExtensionCodec};
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::TableProvider;
use datafusion::common::{Result, TableReference};
use datafusion::datasource::file_format::FileFormatFactory;
use datafusion::error::DataFusionError;
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{AggregateUDF, Extension, HigherOrderUDF, LogicalPlan, ScalarUDF, WindowUDF};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};
use uni_plugin::CallHandle;
use uni_plugin_datafusion::{
    PluginTableExec, PluginTableProvider, aggregate_udf, plugin_aggregate_handle, plugin_scalar_handle, scalar_udf,
};

use crate::{ClusterError, FunctionRef, PluginResolver, TableCallRef, WireError};

/// Resolves `bytes` (if they are a reference of ours) to a function handle,
/// checking that the plan's name for it agrees.
fn resolve(resolver: &PluginResolver, name: &str, bytes: &[u8]) -> Result<Option<CallHandle>> {
    let Some(reference) = FunctionRef::decode(bytes).map_err(ClusterError::from)? else { return Ok(None) };
    if reference.function != name {
        return Err(ClusterError::from(WireError::Malformed(format!(
            "the plan calls `{name}` but its reference names `{}`",
            reference.function
        )))
        .into());
    }
    Ok(Some(resolver.function(&reference)?))
}

fn encode_ref(resolver: &PluginResolver, handle: &CallHandle, buf: &mut Vec<u8>) -> Result<()> {
    buf.extend(resolver.reference(handle)?.encode());
    Ok(())
}

fn table_call(
    resolver: &PluginResolver,
    handle: &CallHandle,
    constants: &[datafusion::arrow::array::ArrayRef],
) -> Result<TableCallRef> {
    Ok(TableCallRef {
        function: resolver.reference(handle)?,
        constants: constants.to_vec(),
        projection: None,
        limit: None,
    })
}

/// The function methods both codec traits share, written once: a plugin
/// scalar or aggregate goes by reference, anything else to the wrapped
/// codec. Expands inside an `impl` whose type has `inner` and `resolver`.
macro_rules! plugin_function_methods {
    () => {
        fn try_decode_udf(&self, name: &str, buf: &[u8]) -> Result<Arc<ScalarUDF>> {
            match resolve(&self.resolver, name, buf)? {
                Some(handle) => Ok(Arc::new(scalar_udf(handle))),
                None => self.inner.try_decode_udf(name, buf),
            }
        }

        fn try_encode_udf(&self, node: &ScalarUDF, buf: &mut Vec<u8>) -> Result<()> {
            match plugin_scalar_handle(node) {
                Some(handle) => encode_ref(&self.resolver, handle, buf),
                None => self.inner.try_encode_udf(node, buf),
            }
        }

        fn try_decode_udaf(&self, name: &str, buf: &[u8]) -> Result<Arc<AggregateUDF>> {
            match resolve(&self.resolver, name, buf)? {
                Some(handle) => Ok(Arc::new(aggregate_udf(handle))),
                None => self.inner.try_decode_udaf(name, buf),
            }
        }

        fn try_encode_udaf(&self, node: &AggregateUDF, buf: &mut Vec<u8>) -> Result<()> {
            match plugin_aggregate_handle(node) {
                Some(handle) => encode_ref(&self.resolver, handle, buf),
                None => self.inner.try_encode_udaf(node, buf),
            }
        }

        fn try_decode_udwf(&self, name: &str, buf: &[u8]) -> Result<Arc<WindowUDF>> {
            self.inner.try_decode_udwf(name, buf)
        }

        fn try_encode_udwf(&self, node: &WindowUDF, buf: &mut Vec<u8>) -> Result<()> {
            self.inner.try_encode_udwf(node, buf)
        }

        fn try_decode_higher_order_function(&self, name: &str, buf: &[u8]) -> Result<Arc<HigherOrderUDF>> {
            self.inner.try_decode_higher_order_function(name, buf)
        }

        fn try_encode_higher_order_function(&self, node: &HigherOrderUDF, buf: &mut Vec<u8>) -> Result<()> {
            self.inner.try_encode_higher_order_function(node, buf)
        }
    };
}

/// Logical plans: plugin UDFs, UDAFs and table function scans by reference.
#[derive(Debug)]
pub struct PluginLogicalCodec {
    inner: Arc<dyn LogicalExtensionCodec>,
    resolver: Arc<PluginResolver>,
}

impl PluginLogicalCodec {
    /// Wraps Ballista's logical codec.
    pub fn new(resolver: Arc<PluginResolver>) -> PluginLogicalCodec {
        PluginLogicalCodec::wrapping(Arc::new(BallistaLogicalExtensionCodec::default()), resolver)
    }

    /// Wraps `inner` (for hosts with extension nodes of their own).
    pub fn wrapping(inner: Arc<dyn LogicalExtensionCodec>, resolver: Arc<PluginResolver>) -> PluginLogicalCodec {
        PluginLogicalCodec { inner, resolver }
    }
}

impl LogicalExtensionCodec for PluginLogicalCodec {
    fn try_decode(&self, buf: &[u8], inputs: &[LogicalPlan], ctx: &TaskContext) -> Result<Extension> {
        self.inner.try_decode(buf, inputs, ctx)
    }

    fn try_encode(&self, node: &Extension, buf: &mut Vec<u8>) -> Result<()> {
        self.inner.try_encode(node, buf)
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        table_ref: &TableReference,
        schema: SchemaRef,
        ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        let Some(call) = TableCallRef::decode(buf).map_err(ClusterError::from)? else {
            return self.inner.try_decode_table_provider(buf, table_ref, schema, ctx);
        };
        let handle = self.resolver.function(&call.function)?;
        Ok(Arc::new(PluginTableProvider::new(handle, call.constants)?))
    }

    fn try_encode_table_provider(
        &self,
        table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        match node.as_ref().downcast_ref::<PluginTableProvider>() {
            Some(provider) => {
                buf.extend(
                    table_call(&self.resolver, provider.handle(), provider.constants())?
                        .encode()
                        .map_err(ClusterError::from)?,
                );
                Ok(())
            }
            None => self.inner.try_encode_table_provider(table_ref, node, buf),
        }
    }

    fn try_decode_file_format(&self, buf: &[u8], ctx: &TaskContext) -> Result<Arc<dyn FileFormatFactory>> {
        self.inner.try_decode_file_format(buf, ctx)
    }

    fn try_encode_file_format(&self, buf: &mut Vec<u8>, node: Arc<dyn FileFormatFactory>) -> Result<()> {
        self.inner.try_encode_file_format(buf, node)
    }

    plugin_function_methods!();
}

/// Physical plans: plugin UDFs, UDAFs and table function executions by
/// reference.
#[derive(Debug)]
pub struct PluginPhysicalCodec {
    inner: Arc<dyn PhysicalExtensionCodec>,
    resolver: Arc<PluginResolver>,
}

impl PluginPhysicalCodec {
    /// Wraps Ballista's physical codec (shuffle readers and writers, ...).
    pub fn new(resolver: Arc<PluginResolver>) -> PluginPhysicalCodec {
        PluginPhysicalCodec::wrapping(Arc::new(BallistaPhysicalExtensionCodec::default()), resolver)
    }

    /// Wraps `inner`.
    pub fn wrapping(inner: Arc<dyn PhysicalExtensionCodec>, resolver: Arc<PluginResolver>) -> PluginPhysicalCodec {
        PluginPhysicalCodec { inner, resolver }
    }
}

impl PhysicalExtensionCodec for PluginPhysicalCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        ctx: &TaskContext,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let Some(call) = TableCallRef::decode(buf).map_err(ClusterError::from)? else {
            return self.inner.try_decode(buf, inputs, ctx, proto_converter);
        };
        if !inputs.is_empty() {
            return Err(DataFusionError::Internal("a plugin table function has no inputs".into()));
        }
        let handle = self.resolver.function(&call.function)?;
        Ok(Arc::new(PluginTableExec::new(handle, call.constants, call.projection, call.limit)?))
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        match node.downcast_ref::<PluginTableExec>() {
            Some(exec) => {
                let mut call = table_call(&self.resolver, exec.handle(), exec.constants())?;
                call.projection = exec.projection().map(<[usize]>::to_vec);
                call.limit = exec.limit();
                buf.extend(call.encode().map_err(ClusterError::from)?);
                Ok(())
            }
            None => self.inner.try_encode(node, buf, proto_converter),
        }
    }

    plugin_function_methods!();

    fn try_decode_expr(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn PhysicalExpr>],
        ctx: &datafusion::physical_expr_common::physical_expr::proto_decode::PhysicalExprDecodeCtx<'_>,
    ) -> Result<Arc<dyn PhysicalExpr>> {
        self.inner.try_decode_expr(buf, inputs, ctx)
    }

    fn try_encode_expr(
        &self,
        node: &Arc<dyn PhysicalExpr>,
        buf: &mut Vec<u8>,
        ctx: &datafusion::physical_expr_common::physical_expr::proto_encode::PhysicalExprEncodeCtx<'_>,
    ) -> Result<()> {
        self.inner.try_encode_expr(node, buf, ctx)
    }
}
