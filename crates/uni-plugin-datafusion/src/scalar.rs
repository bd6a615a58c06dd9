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

/// One plugin scalar function, bound to the generation it was registered
/// from: queries planned with it run on that generation to the end.
#[derive(Debug)]
pub(crate) struct PluginScalar {
    handle: CallHandle,
    signature: Signature,
    returns: DataType,
}

impl PluginScalar {
    pub(crate) fn new(handle: CallHandle) -> PluginScalar {
        let returns = match &handle.decl().returns {
            Returns::Type(ty) => ty.to_arrow(),
            Returns::Columns(_) => DataType::Null,
        };
        PluginScalar { signature: signature(&handle), returns, handle }
    }
}

impl PartialEq for PluginScalar {
    fn eq(&self, other: &Self) -> bool {
        self.handle.name() == other.handle.name()
            && self.handle.plugin_id() == other.handle.plugin_id()
            && self.handle.generation().number() == other.handle.generation().number()
    }
}

impl Eq for PluginScalar {}

impl Hash for PluginScalar {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.handle.name().hash(state);
        self.handle.plugin_id().hash(state);
        self.handle.generation().number().hash(state);
    }
}

impl ScalarUDFImpl for PluginScalar {
    fn name(&self) -> &str {
        self.handle.name()
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(self.returns.clone())
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let rows = args.number_rows;
        let arrays = ColumnarValue::values_to_arrays(&args.args)?;
        let function = self.handle.scalar().ok_or_else(|| {
            datafusion::error::DataFusionError::Internal(format!("`{}` is not a scalar function", self.name()))
        })?;
        function
            .invoke(&arrays, rows)
            .map(ColumnarValue::Array)
            .map_err(|error| call_failed(self.handle.plugin_id(), self.handle.name(), error))
    }
}
