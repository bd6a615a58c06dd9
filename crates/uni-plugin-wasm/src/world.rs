//! What a component imports and exports, read from its bytes before it is
//! compiled, and which version of the `uni:plugin` world it was built
//! against.
//!
//! A component names the interfaces it exports with their package version
//! (`uni:plugin/guest@0.1.0`). Reading that first turns "built against a
//! newer SDK" and "not a uni-plugin component at all" into load errors that
//! say so, instead of a linker message about a missing export; reading the
//! imports first refuses a plugin that needs an ungranted capability
//! before any of its code is compiled or run.

use wasmparser::{Encoding, Parser, Payload};

use crate::WasmError;

/// The interface every plugin exports, without its version.
pub(crate) const GUEST_INTERFACE: &str = "uni:plugin/guest";

/// The `uni:plugin` package versions this host loads, newest first.
///
/// A breaking change to `wit/plugin.wit` adds a version here (with its own
/// bindings in `bindings.rs` and `exports.rs`) instead of replacing the old
/// one, so components built with an older SDK keep loading: `0.1.0`
/// (`wit-0.1.0/`) carries Arrow IPC bytes, `0.2.0` (`wit/`) typed columns.
pub const SUPPORTED_WIT_VERSIONS: &[&str] = &["0.2.0", "0.1.0"];

/// A component's top-level import and export names.
#[derive(Debug, Default)]
pub(crate) struct Interfaces {
    pub(crate) imports: Vec<String>,
    pub(crate) exports: Vec<String>,
}

/// Reads the top-level imports and exports of the component in `bytes`
/// (nested modules and components are skipped).
pub(crate) fn interfaces(bytes: &[u8]) -> Result<Interfaces, WasmError> {
    let invalid = |e: wasmparser::BinaryReaderError| WasmError::Compile(e.to_string());
    let mut interfaces = Interfaces::default();
    let mut depth = 0usize;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(invalid)? {
            Payload::Version { encoding, .. } if depth == 0 && encoding != Encoding::Component => {
                return Err(WasmError::Compile(
                    "this is a core WebAssembly module, not a component; build it for `wasm32-wasip2` (or run `wasm-tools component new`)".into(),
                ));
            }
            Payload::ModuleSection { .. } | Payload::ComponentSection { .. } => depth += 1,
            Payload::End(_) => depth = depth.saturating_sub(1),
            Payload::ComponentImportSection(reader) if depth == 0 => {
                for import in reader {
                    interfaces.imports.push(import.map_err(invalid)?.name.name.to_owned());
                }
            }
            Payload::ComponentExportSection(reader) if depth == 0 => {
                for export in reader {
                    interfaces.exports.push(export.map_err(invalid)?.name.name.to_owned());
                }
            }
            _ => {}
        }
    }
    Ok(interfaces)
}

/// The world version a component with these `exports` targets, checked
/// against [`SUPPORTED_WIT_VERSIONS`].
pub(crate) fn world_version(exports: &[String]) -> Result<&'static str, WasmError> {
    let guest = exports.iter().find_map(|name| {
        let (interface, version) = name.split_once('@').unwrap_or((name.as_str(), ""));
        (interface == GUEST_INTERFACE).then_some(version)
    });
    let Some(found) = guest else {
        let exports = if exports.is_empty() { "none".to_owned() } else { exports.join(", ") };
        return Err(WasmError::NotAPlugin { exports });
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
    use wasm_encoder::{ComponentExportKind, ComponentExportSection, ComponentInstanceSection};

    /// A component exporting an empty instance under each of `exports`.
    fn component_exporting(exports: &[&str]) -> Vec<u8> {
        let mut component = wasm_encoder::Component::new();
        let mut instances = ComponentInstanceSection::new();
        instances.export_items(Vec::<(&str, ComponentExportKind, u32)>::new());
        component.section(&instances);
        let mut section = ComponentExportSection::new();
        for export in exports {
            section.export(*export, ComponentExportKind::Instance, 0, None);
        }
        component.section(&section);
        component.finish()
    }

    fn version_of(exports: &[&str]) -> Result<&'static str, WasmError> {
        world_version(&interfaces(&component_exporting(exports))?.exports)
    }

    #[test]
    fn both_worlds_are_supported() {
        assert_eq!(version_of(&["acme:tools/other@1.0.0", "uni:plugin/guest@0.1.0"]).unwrap(), "0.1.0");
        assert_eq!(version_of(&["uni:plugin/guest@0.2.0"]).unwrap(), "0.2.0");
        for version in SUPPORTED_WIT_VERSIONS {
            assert!(crate::guest::World::of_version(version).is_some(), "{version} has bindings");
        }
    }

    #[test]
    fn a_newer_world_names_both_versions() {
        let error = version_of(&["uni:plugin/guest@0.9.0"]).unwrap_err().to_string();
        assert!(error.contains("`uni:plugin@0.9.0`") && error.contains("0.2.0, 0.1.0"), "{error}");
        let error = version_of(&["uni:plugin/guest"]).unwrap_err().to_string();
        assert!(error.contains("(no version)"), "{error}");
    }

    #[test]
    fn a_component_without_the_guest_interface_is_not_a_plugin() {
        let error = version_of(&["acme:tools/run@1.0.0"]).unwrap_err().to_string();
        assert!(error.contains("not a uni-plugin component") && error.contains("acme:tools/run@1.0.0"), "{error}");
        let error = version_of(&[]).unwrap_err().to_string();
        assert!(error.contains("(its exports: none)"), "{error}");
    }

    #[test]
    fn a_core_module_or_garbage_is_refused_with_a_reason() {
        let module = wasm_encoder::Module::new().finish();
        let error = interfaces(&module).unwrap_err().to_string();
        assert!(error.contains("core WebAssembly module, not a component"), "{error}");
        assert!(interfaces(b"not wasm at all").is_err());
    }
}
