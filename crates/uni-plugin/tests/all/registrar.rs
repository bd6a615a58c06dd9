//! The registrar accepts exactly what the manifest declares, all or nothing.

use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_schema::{DataType, Field};
use uni_plugin::registrar::Mismatch;
use uni_plugin::*;

use crate::support::AddConstant;

struct Typed(Signature);
impl ScalarFunction for Typed {
    fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
        Ok(args[0].clone())
    }
    fn signature(&self) -> Option<Signature> {
        Some(self.0.clone())
    }
}

struct Nothing;
impl Hook for Nothing {
    fn on_event(&self, _payload: &HookPayload) -> Result<(), CallError> {
        Ok(())
    }
}

struct NoAggregate;
impl AggregateFunction for NoAggregate {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        Ok(vec![Field::new("n", DataType::Int64, true)])
    }
    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        Err(CallError::failed("not used"))
    }
}

fn manifest() -> Arc<PluginManifest> {
    Arc::new(
        PluginManifest::from_toml_str(
            r#"
            [plugin]
            id = "com.example.reg"
            version = "1.0.0"
            abi = "^0.1"
            kind = "native"
            entry = "reg"

            [[functions]]
            name = "add"
            kind = "scalar"
            args = ["int64"]
            returns = "int64"

            [[functions]]
            name = "total"
            kind = "aggregate"
            args = ["int64"]
            returns = "int64"

            [[hooks]]
            event = "after_query"
            handler = "audit"

            [[hooks]]
            event = "on_load"
            handler = "audit"
            "#,
        )
        .unwrap(),
    )
}

#[test]
fn complete_registration_yields_the_surface() {
    let mut registrar = Registrar::new(manifest());
    registrar.scalar("add", AddConstant(1)).aggregate("total", NoAggregate).hook("audit", Nothing);
    let surface = registrar.finish().unwrap();
    assert_eq!(surface.functions.len(), 2);
    // One handler serves both declared hooks.
    assert_eq!(surface.hooks.len(), 2);
}

#[test]
fn every_mismatch_is_listed_and_nothing_is_registered() {
    let mut registrar = Registrar::new(manifest());
    registrar
        .aggregate("add", NoAggregate)
        .scalar("extra", AddConstant(1))
        .scalar("extra", AddConstant(2))
        .hook("audti", Nothing);
    let error = registrar.finish().unwrap_err();
    assert_eq!(
        error.mismatches,
        vec![
            Mismatch::Duplicate { what: "function", name: "extra".into() },
            Mismatch::Undeclared { what: "function", name: "extra".into() },
            Mismatch::WrongKind {
                name: "add".into(),
                declared: manifest::FunctionKind::Scalar,
                registered: manifest::FunctionKind::Aggregate
            },
            Mismatch::Missing { what: "function", name: "total".into() },
            Mismatch::Undeclared { what: "hook handler", name: "audti".into() },
            Mismatch::Missing { what: "hook handler", name: "audit".into() },
        ]
    );
    let message = error.to_string();
    assert!(message.contains("plugin `com.example.reg` registration does not match its manifest (6 mismatches)"));
    assert!(message.contains("function `add` is declared scalar but registered aggregate"));
}

#[test]
fn signatures_reported_by_code_are_checked_against_the_manifest() {
    let mut registrar = Registrar::new(manifest());
    registrar
        .scalar("add", Typed(Signature { args: vec![DataType::Float64], returns: DataType::Int64 }))
        .aggregate("total", NoAggregate)
        .hook("audit", Nothing);
    let error = registrar.finish().unwrap_err();
    assert_eq!(error.mismatches.len(), 1);
    assert!(error.to_string().contains("declares `(Int64) -> Int64` but the code implements `(Float64) -> Int64`"));
}
