//! Which version of the `uni:plugin` world a component was built against,
//! read from its exports before anything is linked.
//!
//! A component names the interfaces it exports with their package version
//! (`uni:plugin/guest@0.1.0`). Reading that first turns "built against a
//! newer SDK" and "not a uni-plugin component at all" into load errors that
//! say so, instead of a linker message about a missing export.

use wasmtime::Engine;
use wasmtime::component::types::Component as ComponentType;

use crate::WasmError;

/// The interface every plugin exports, without its version.
const GUEST_INTERFACE: &str = "uni:plugin/guest";

/// The `uni:plugin` package versions this host loads, newest first.
///
/// A breaking change to `wit/plugin.wit` adds a version here (with its own
/// bindings) instead of replacing the old one, so components built with an
/// older SDK keep loading.
pub const SUPPORTED_WIT_VERSIONS: &[&str] = &["0.1.0"];

/// The world version `component` targets, checked against
/// [`SUPPORTED_WIT_VERSIONS`].
pub(crate) fn world_version(component: &ComponentType, engine: &Engine) -> Result<&'static str, WasmError> {
    let exports: Vec<String> = component.exports(engine).map(|(name, _)| name.to_owned()).collect();
    let guest = exports.iter().find_map(|name| {
        let (interface, version) = name.split_once('@').unwrap_or((name.as_str(), ""));
        (interface == GUEST_INTERFACE).then_some(version)
    });
    let Some(found) = guest else {
        return Err(WasmError::NotAPlugin { exports: exports.join(", ") });
    };
    SUPPORTED_WIT_VERSIONS.iter().copied().find(|supported| *supported == found).ok_or_else(|| {
        WasmError::UnsupportedWorld {
            found: if found.is_empty() { "(no version)".to_owned() } else { found.to_owned() },
            supported: SUPPORTED_WIT_VERSIONS.join(", "),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmtime::component::Component;

    fn engine() -> Engine {
        let mut config = wasmtime::Config::new();
        config.wasm_component_model(true);
        Engine::new(&config).unwrap()
    }

    /// A component exporting one instance named `export` with an `init`
    /// function, and nothing else.
    fn exporting(engine: &Engine, export: &str) -> Result<&'static str, WasmError> {
        let wat = format!(
            r#"(component
                (core module $m (func (export "init")))
                (core instance $i (instantiate $m))
                (func $init (canon lift (core func $i "init")))
                (instance $guest (export "init" (func $init)))
                (export "{export}" (instance $guest)))"#
        );
        let component = Component::new(engine, wat).unwrap();
        world_version(&component.component_type(), engine)
    }

    #[test]
    fn the_current_world_is_supported() {
        let engine = engine();
        assert_eq!(exporting(&engine, "uni:plugin/guest@0.1.0").unwrap(), "0.1.0");
    }

    #[test]
    fn a_newer_world_names_both_versions() {
        let engine = engine();
        let error = exporting(&engine, "uni:plugin/guest@0.9.0").unwrap_err().to_string();
        assert!(error.contains("`uni:plugin@0.9.0`") && error.contains("0.1.0"), "{error}");
    }

    #[test]
    fn a_component_without_the_guest_interface_is_not_a_plugin() {
        let engine = engine();
        let error = exporting(&engine, "acme:tools/run@1.0.0").unwrap_err().to_string();
        assert!(error.contains("not a uni-plugin component") && error.contains("acme:tools/run@1.0.0"), "{error}");
    }
}
