//! `init` and `shutdown`: one instance per host generation, holding the
//! plugin and the surfaces it registered.

use std::ffi::c_void;
use std::path::PathBuf;
use std::sync::Arc;

use uni_plugin::surface::FunctionImpl;
use uni_plugin::{CallError, Capability, CapabilitySet, Grants, Plugin, PluginContext, PluginSurface, Registrar};
use uni_plugin_abi::{Status, UniplugHost, UniplugStr, UniplugString};

use super::services::NativeServices;
use super::{MakePlugin, guard};

/// What `init` makes and every call gets back.
pub(crate) struct Instance {
    pub(crate) plugin: Box<dyn Plugin>,
    pub(crate) surface: PluginSurface,
}

impl Instance {
    /// The implementation of function `name`.
    pub(crate) fn function(&self, name: &str) -> Result<&FunctionImpl, CallError> {
        self.surface
            .functions
            .iter()
            .find(|(decl, _)| decl.name == name)
            .map(|(_, implementation)| implementation)
            .ok_or_else(|| CallError::InvalidInput(format!("this plugin has no function `{name}`")))
    }
}

/// The instance behind a handle.
///
/// # Safety
/// `instance` must be a handle `init` returned and `shutdown` has not
/// consumed.
pub(crate) unsafe fn instance<'a>(instance: *mut c_void) -> Result<&'a Instance, CallError> {
    if instance.is_null() {
        return Err(CallError::failed("the host passed no instance"));
    }
    // SAFETY: per the caller, a live `Box<Instance>` leaked by `init`.
    Ok(unsafe { &*instance.cast::<Instance>() })
}

/// Borrowed text from the host.
///
/// # Safety
/// `text` points at `len` readable bytes for the call.
pub(crate) unsafe fn text<'a>(text: UniplugStr, what: &str) -> Result<&'a str, CallError> {
    // SAFETY: forwarded to the caller.
    match unsafe { text.to_str() } {
        Ok(Some(text)) => Ok(text),
        Ok(None) => Err(CallError::InvalidInput(format!("{what} is missing"))),
        Err(error) => Err(CallError::InvalidInput(format!("{what} is not UTF-8: {error}"))),
    }
}

/// The init document: `{"config", "grants", "generation", "data_dir"}`.
#[derive(Debug)]
struct InitDocument {
    config: uni_plugin::manifest::ConfigMap,
    grants: CapabilitySet,
    generation: u64,
    data_dir: Option<PathBuf>,
}

fn parse_init(json: &str) -> Result<InitDocument, CallError> {
    let invalid = |what: &str| CallError::InvalidInput(format!("the host's init document: {what}"));
    let document: serde_json::Value = serde_json::from_str(json).map_err(|e| invalid(&e.to_string()))?;
    let config = match document.get("config") {
        None | Some(serde_json::Value::Null) => Default::default(),
        Some(serde_json::Value::Object(config)) => config.clone(),
        Some(_) => return Err(invalid("`config` is not an object")),
    };
    let mut grants = CapabilitySet::new();
    for grant in document.get("grants").and_then(|grants| grants.as_array()).into_iter().flatten() {
        let text = grant.as_str().ok_or_else(|| invalid("a grant is not a string"))?;
        let capability: Capability = text.parse().map_err(|e| invalid(&format!("grant `{text}`: {e}")))?;
        grants.insert(capability);
    }
    let generation = document.get("generation").and_then(|generation| generation.as_u64()).unwrap_or(0);
    let data_dir = document.get("data_dir").and_then(|dir| dir.as_str()).map(PathBuf::from);
    Ok(InitDocument { config, grants, generation, data_dir })
}

/// `init`: builds the plugin, registers its surfaces with the host's
/// `[config]`, and runs its `init` with a context whose grants are the
/// host's.
pub(crate) unsafe extern "C" fn init<M: MakePlugin>(
    init_json: UniplugStr,
    host: *const UniplugHost,
    out: *mut *mut c_void,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        if out.is_null() || host.is_null() {
            return Err(CallError::failed("the host passed no instance slot or no host table"));
        }
        // SAFETY: per the ABI, `init_json` is readable for the call.
        let document = parse_init(unsafe { text(init_json, "the init document") }?)?;
        // SAFETY: non-null (checked); the ABI makes `host` outlive the
        // instance, so a copy of the table stays valid.
        let host = unsafe { *host };
        let plugin = M::make();
        let mut manifest = plugin.manifest().clone();
        manifest.config = document.config.clone();
        let id = manifest.plugin.id.clone();
        let mut registrar = Registrar::new(Arc::new(manifest));
        plugin.register(&mut registrar).map_err(|e| CallError::failed(e.message))?;
        let surface = registrar.finish().map_err(|e| CallError::failed(e.to_string()))?;
        let context = PluginContext::new(
            id,
            document.generation,
            Grants::from_set(document.grants),
            document.config,
            document.data_dir,
            Arc::new(NativeServices::new(host)),
        );
        plugin.init(&context).map_err(|e| CallError::failed(e.message))?;
        let instance = Box::new(Instance { plugin, surface });
        // SAFETY: `out` is non-null (checked) and writable per the ABI.
        unsafe { out.write(Box::into_raw(instance).cast()) };
        Ok(())
    })
}

/// `shutdown`: runs the plugin's `shutdown` and frees the instance.
pub(crate) unsafe extern "C" fn shutdown(instance: *mut c_void) {
    if instance.is_null() {
        return;
    }
    // SAFETY: per the ABI, a handle from `init`, passed here once.
    let instance = unsafe { Box::from_raw(instance.cast::<Instance>()) };
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| instance.plugin.shutdown()));
    // Dropping may run plugin code too.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(instance)));
}

#[cfg(test)]
mod tests {
    use super::parse_init;

    #[test]
    fn the_init_document_gives_config_grants_generation_and_dir() {
        let document =
            parse_init(r#"{"config":{"k":1},"grants":["env:PATH"],"generation":3,"data_dir":"/d"}"#).unwrap();
        assert_eq!(document.config["k"], 1);
        assert_eq!(document.grants.len(), 1);
        assert_eq!(document.generation, 3);
        assert_eq!(document.data_dir.unwrap().to_str(), Some("/d"));
        assert!(parse_init(r#"{"grants":["nonsense:::"]}"#).unwrap_err().to_string().contains("nonsense"));
        assert!(parse_init("[]").is_ok_and(|document| document.config.is_empty()));
    }
}
