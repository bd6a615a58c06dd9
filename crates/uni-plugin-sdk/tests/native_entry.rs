//! The C entry point `export_plugin!` emits off wasm32, driven through its
//! table as a host would: panics in `init` and in calls come back as
//! `UNIPLUG_PANICKED` with the panic's message, and the instance keeps
//! serving after one.
#![cfg(not(target_arch = "wasm32"))]

use std::ffi::c_void;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{ArrayRef, Int64Array};
use uni_plugin::{CallError, Plugin, PluginError, PluginManifest, Registrar, ScalarFunction};
use uni_plugin_abi::arrow::{export, import_array};
use uni_plugin_abi::{
    ArrowArray, ArrowSchema, UNIPLUG_OK, UNIPLUG_PANICKED, UniplugHost, UniplugPlugin, UniplugStr, UniplugString,
};

const MANIFEST: &str = r#"
[plugin]
id = "com.example.touchy"
version = "1.0.0"
abi = "^0.1"
kind = "native"
entry = "touchy"

[[functions]]
name = "checked_double"
kind = "scalar"
args = ["int64"]
returns = "int64"
"#;

struct Touchy(PluginManifest);

impl Default for Touchy {
    fn default() -> Touchy {
        Touchy(PluginManifest::from_toml_str(MANIFEST).unwrap())
    }
}

/// Doubles its argument and panics on a negative one.
struct CheckedDouble;

impl ScalarFunction for CheckedDouble {
    fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
        let values = args[0].as_primitive::<Int64Type>();
        Ok(Arc::new(values.unary::<_, Int64Type>(|value| {
            assert!(value >= 0, "negative input {value}");
            value * 2
        })))
    }
}

impl Plugin for Touchy {
    fn manifest(&self) -> &PluginManifest {
        &self.0
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.scalar("checked_double", CheckedDouble);
        Ok(())
    }

    fn init(&self, context: &uni_plugin::PluginContext) -> Result<(), PluginError> {
        if context.config().get("panic_in_init").is_some() {
            panic!("init was told to panic");
        }
        Ok(())
    }
}

uni_plugin_sdk::export_plugin!(Touchy::default());

fn table() -> &'static UniplugPlugin {
    // SAFETY: the entry point takes nothing and returns the static table.
    unsafe { uniplug_entry().as_ref() }.expect("the entry returns a table")
}

fn host() -> UniplugHost {
    UniplugHost {
        size: std::mem::size_of::<UniplugHost>() as u32,
        context: std::ptr::null_mut(),
        log: None,
        secret: None,
        query: None,
        random: None,
    }
}

/// `init` with `document`: the instance, or the status and message.
fn init(host: &UniplugHost, document: &str) -> Result<*mut c_void, (i32, String)> {
    let mut instance = std::ptr::null_mut();
    let mut error = UniplugString::EMPTY;
    // SAFETY: every pointer is valid for the call, as the ABI requires.
    let status = unsafe { (table().init.unwrap())(UniplugStr::new(document), host, &mut instance, &mut error) };
    if status == UNIPLUG_OK {
        Ok(instance)
    } else {
        // SAFETY: filled by the plugin per the ABI.
        Err((status, unsafe { error.take() }.unwrap_or_default()))
    }
}

fn call(instance: *mut c_void, values: Vec<i64>) -> Result<Vec<i64>, (i32, String)> {
    let input = Int64Array::from(values);
    let (array, schema) = export(&input).unwrap();
    let mut args = [array];
    let types = [schema];
    let mut out = ArrowArray::EMPTY;
    let mut out_type = ArrowSchema::EMPTY;
    let mut error = UniplugString::EMPTY;
    // SAFETY: a live instance; arrays and types valid for the call.
    let status = unsafe {
        (table().call_scalar.unwrap())(
            instance,
            UniplugStr::new("checked_double"),
            input.len() as i64,
            1,
            args.as_mut_ptr(),
            types.as_ptr(),
            &mut out,
            &mut out_type,
            &mut error,
        )
    };
    if status != UNIPLUG_OK {
        // SAFETY: filled by the plugin per the ABI.
        return Err((status, unsafe { error.take() }.unwrap_or_default()));
    }
    // SAFETY: the plugin wrote an owned array of `input.len()` rows.
    let result = unsafe { import_array(out, &arrow_schema::DataType::Int64, Some(input.len())) }.unwrap();
    Ok(result.as_primitive::<Int64Type>().values().to_vec())
}

#[test]
fn a_panic_in_init_is_a_status_and_a_message() {
    let host = host();
    let (status, message) = init(&host, r#"{"config": {"panic_in_init": true}}"#).unwrap_err();
    assert_eq!(status, UNIPLUG_PANICKED);
    assert!(message.contains("init was told to panic"), "{message}");
}

#[test]
fn a_panic_in_a_call_is_a_status_and_the_instance_keeps_serving() {
    let host = host();
    let instance = init(&host, r#"{"config": {}}"#).unwrap();
    assert_eq!(call(instance, vec![1, 2, 3]).unwrap(), [2, 4, 6]);
    let (status, message) = call(instance, vec![1, -2]).unwrap_err();
    assert_eq!(status, UNIPLUG_PANICKED);
    assert!(message.contains("negative input -2"), "{message}");
    assert_eq!(call(instance, vec![5]).unwrap(), [10]);
    // SAFETY: the handle `init` returned, passed once.
    unsafe { (table().shutdown.unwrap())(instance) };
}
