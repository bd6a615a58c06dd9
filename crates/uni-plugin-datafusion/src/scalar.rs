//! Scalar plugin functions as DataFusion `ScalarUDF`s.

use std::hash::{Hash, Hasher};

use datafusion::arrow::datatypes::DataType;
use datafusion::common::Result;
use datafusion::logical_expr::{ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility};
use uni_plugin::CallHandle;
use uni_plugin::manifest::{Determinism, Returns};

use crate::error::call_failed;

/// The volatility DataFusion may assume for a determinism.
pub(crate) fn volatility(determinism: Determinism) -> Volatility {
    match determinism {
        Determinism::Deterministic => Volatility::Immutable,
        Determinism::Stable => Volatility::Stable,
        Determinism::Volatile => Volatility::Volatile,
    }
}

/// The manifest signature of a function, as DataFusion sees it.
pub(crate) fn signature(handle: &CallHandle) -> Signature {
    let decl = handle.decl();
    let determinism = decl.effective_determinism(&handle.generation().manifest().plugin);
    Signature::exact(decl.args.iter().map(|ty| ty.to_arrow()).collect(), volatility(determinism))
}

/// A plugin function as DataFusion sees it, bound to the generation it was
/// registered from: queries planned with it run on that generation to the
/// end. Two bindings are equal when they name the same function of the same
/// plugin generation.
#[derive(Debug)]
pub(crate) struct BoundFunction {
    pub(crate) handle: CallHandle,
    pub(crate) signature: Signature,
    pub(crate) returns: DataType,
}

impl BoundFunction {
    pub(crate) fn new(handle: CallHandle) -> BoundFunction {
        let returns = match &handle.decl().returns {
            Returns::Type(ty) => ty.to_arrow(),
            Returns::Columns(_) => DataType::Null,
        };
        BoundFunction { signature: signature(&handle), returns, handle }
    }

    /// Generation numbers count per host; the content address tells apart
    /// two hosts' generations of one plugin (a cluster node may hold both).
    fn identity(&self) -> (&str, &uni_plugin::PluginId, u64, Option<uni_plugin::PluginDigest>) {
        let generation = self.handle.generation();
        (self.handle.name(), self.handle.plugin_id(), generation.number(), generation.content_address())
    }
}

impl PartialEq for BoundFunction {
    fn eq(&self, other: &Self) -> bool {
        self.identity() == other.identity()
    }
}

impl Eq for BoundFunction {}

impl Hash for BoundFunction {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.identity().hash(state);
    }
}

/// A plugin scalar function as a `ScalarUDF` implementation.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct PluginScalar(pub(crate) BoundFunction);

impl ScalarUDFImpl for PluginScalar {
    fn name(&self) -> &str {
        self.0.handle.name()
    }

    fn signature(&self) -> &Signature {
        &self.0.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(self.0.returns.clone())
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let rows = args.number_rows;
        let arrays = ColumnarValue::values_to_arrays(&args.args)?;
        let handle = &self.0.handle;
        let function = handle.scalar().ok_or_else(|| {
            datafusion::error::DataFusionError::Internal(format!("`{}` is not a scalar function", self.name()))
        })?;
        function
            .invoke(&arrays, rows)
            .map(ColumnarValue::Array)
            .map_err(|error| call_failed(handle.plugin_id(), handle.name(), error))
    }
}

/// A plugin scalar function as a DataFusion `ScalarUDF`, bound to the
/// handle's generation (what [`crate::PluginSession`] registers). For hosts
/// that build their own sessions, e.g. a distributed engine's workers.
pub fn scalar_udf(handle: CallHandle) -> datafusion::logical_expr::ScalarUDF {
    datafusion::logical_expr::ScalarUDF::new_from_impl(PluginScalar(BoundFunction::new(handle)))
}

/// The plugin function behind `udf`, if it is one this crate made.
pub fn plugin_scalar_handle(udf: &datafusion::logical_expr::ScalarUDF) -> Option<&CallHandle> {
    udf.inner().downcast_ref::<PluginScalar>().map(|scalar| &scalar.0.handle)
}
