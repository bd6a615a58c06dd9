//! # uni-plugin-sdk: write a WebAssembly plugin in plain Rust
//!
//! A wasm plugin is written exactly like a native one — a type implementing
//! [`uni_plugin::Plugin`] whose `register()` adds scalar, aggregate and table
//! functions, hooks, triggers and jobs over Arrow arrays — and exported with
//! one macro. No WIT knowledge is needed: the SDK turns the
//! `uni:plugin@0.2.0` world's calls into calls on your surfaces, typed
//! columns in and out as Arrow arrays. An aggregate that offers
//! [`uni_plugin::AggregateFunction::groups_accumulator`] gets each `GROUP BY`
//! batch in one call.
//!
//! ```text
//! struct MyPlugin(uni_plugin::PluginManifest);
//! impl uni_plugin::Plugin for MyPlugin { /* manifest(), register() */ }
//!
//! uni_plugin_sdk::export_plugin!(MyPlugin(
//!     uni_plugin::PluginManifest::from_toml_str(include_str!("../uniplugin.toml")).unwrap()
//! ));
//! ```
//!
//! Build with `cargo build --release --target wasm32-wasip2` (or
//! `uniplug build DIR`) for a sandboxed component. The same source built
//! for the host (`crate-type = ["cdylib"]`, plain `cargo build --release`)
//! is a native plugin library: the macro then emits the C entry point of
//! the native plugin ABI (`uni-plugin-abi`), arrays crossing as the Arrow C
//! Data Interface and panics caught inside the library. The feature `world-0-1` builds against
//! `uni:plugin@0.1.0` instead (Arrow IPC across the boundary), for hosts
//! older than `0.2.0`; hosts of `0.2.0` load both. Row-wise helpers in [`rows`] turn a closure over
//! plain values into a whole-batch function with NULLs handled.
#![deny(missing_docs)]

#[doc(hidden)]
pub use uni_plugin as __uni_plugin;

#[doc(hidden)]
#[cfg(all(target_arch = "wasm32", not(feature = "world-0-1")))]
#[allow(missing_docs, clippy::all, unsafe_op_in_unsafe_fn)]
pub mod bindings {
    wit_bindgen::generate!({
        path: "../uni-plugin-wasm/wit",
        world: "plugin",
        pub_export_macro: true,
        export_macro_name: "export_guest",
        default_bindings_module: "uni_plugin_sdk::bindings",
    });
}

/// The `uni:plugin@0.1.0` bindings, for hosts that load only that version
/// (feature `world-0-1`).
#[doc(hidden)]
#[cfg(all(target_arch = "wasm32", feature = "world-0-1"))]
#[allow(missing_docs, clippy::all, unsafe_op_in_unsafe_fn)]
pub mod bindings {
    wit_bindgen::generate!({
        path: "../uni-plugin-wasm/wit-0.1.0",
        world: "plugin",
        pub_export_macro: true,
        export_macro_name: "export_guest",
        default_bindings_module: "uni_plugin_sdk::bindings",
    });
}

#[cfg(target_arch = "wasm32")]
mod common;
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
pub mod rows;
#[doc(hidden)]
#[cfg(all(target_arch = "wasm32", not(feature = "world-0-1")))]
pub mod runtime;
#[doc(hidden)]
#[cfg(all(target_arch = "wasm32", feature = "world-0-1"))]
#[path = "runtime_v1.rs"]
pub mod runtime;

/// Conversions between the generated `column`/`batch` types and Arrow.
#[cfg(all(target_arch = "wasm32", not(feature = "world-0-1")))]
mod columns {
    uni_plugin::wit_column_conversions!(crate::bindings::uni::plugin::types);
}

/// Exports a plugin to the host. The argument is an expression building the
/// plugin value (it runs once, when the host initializes the instance).
///
/// On `wasm32` this emits the exports of the `uni:plugin` world; on every
/// other target, the C entry point `uniplug_entry` of the native plugin ABI
/// (build the crate as a `cdylib`). One source, both kinds of plugin.
#[cfg(not(target_arch = "wasm32"))]
#[macro_export]
macro_rules! export_plugin {
    ($plugin:expr) => {
        #[doc(hidden)]
        pub struct __UniPluginMaker;

        impl $crate::native::MakePlugin for __UniPluginMaker {
            fn make() -> ::std::boxed::Box<dyn $crate::__uni_plugin::Plugin> {
                ::std::boxed::Box::new($plugin)
            }
        }

        /// The native plugin ABI's entry point.
        #[unsafe(no_mangle)]
        pub extern "C" fn uniplug_entry() -> *const $crate::native::UniplugPlugin {
            static TABLE: ::std::sync::OnceLock<::std::option::Option<$crate::native::UniplugPlugin>> =
                ::std::sync::OnceLock::new();
            $crate::native::entry::<__UniPluginMaker>(&TABLE)
        }
    };
}

/// Exports a plugin to the host. The argument is an expression building the
/// plugin value (it runs once, when the host initializes the instance).
#[cfg(all(target_arch = "wasm32", not(feature = "world-0-1")))]
#[macro_export]
macro_rules! export_plugin {
    ($plugin:expr) => {
        struct __UniPluginExports;

        impl $crate::bindings::exports::uni::plugin::guest::Guest for __UniPluginExports {
            type Accumulator = $crate::runtime::SdkAccumulator;
            type GroupedAccumulator = $crate::runtime::SdkGroupedAccumulator;
            type TableStream = $crate::runtime::SdkTableStream;

            fn init(config_json: ::std::string::String) -> ::std::result::Result<(), $crate::runtime::GuestError> {
                $crate::runtime::init(&config_json, || ::std::boxed::Box::new($plugin))
            }
            fn call_scalar(
                name: ::std::string::String,
                rows: u32,
                args: ::std::vec::Vec<$crate::runtime::Column>,
            ) -> ::std::result::Result<$crate::runtime::Column, $crate::runtime::GuestError> {
                $crate::runtime::call_scalar(&name, rows, args)
            }
            fn describe_aggregate(
                name: ::std::string::String,
            ) -> ::std::result::Result<$crate::runtime::AggregateInfo, $crate::runtime::GuestError> {
                $crate::runtime::describe_aggregate(&name)
            }
            fn call_table(
                name: ::std::string::String,
                args: ::std::vec::Vec<$crate::runtime::Column>,
            ) -> ::std::result::Result<$crate::bindings::exports::uni::plugin::guest::TableStream, $crate::runtime::GuestError>
            {
                $crate::runtime::call_table(&name, args)
            }
            fn on_event(
                handler: ::std::string::String,
                event: $crate::runtime::Event,
            ) -> ::std::result::Result<(), $crate::runtime::GuestError> {
                $crate::runtime::on_event(&handler, event)
            }
        }

        $crate::bindings::export_guest!(__UniPluginExports with_types_in $crate::bindings);
    };
}

/// Exports a plugin to the host, through `uni:plugin@0.1.0` (feature
/// `world-0-1`).
#[cfg(all(target_arch = "wasm32", feature = "world-0-1"))]
#[macro_export]
macro_rules! export_plugin {
    ($plugin:expr) => {
        struct __UniPluginExports;

        impl $crate::bindings::exports::uni::plugin::guest::Guest for __UniPluginExports {
            type Accumulator = $crate::runtime::SdkAccumulator;
            type TableStream = $crate::runtime::SdkTableStream;

            fn init(config_json: ::std::string::String) -> ::std::result::Result<(), $crate::runtime::GuestError> {
                $crate::runtime::init(&config_json, || ::std::boxed::Box::new($plugin))
            }
            fn call_scalar(
                name: ::std::string::String,
                args: ::std::vec::Vec<u8>,
            ) -> ::std::result::Result<::std::vec::Vec<u8>, $crate::runtime::GuestError> {
                $crate::runtime::call_scalar(&name, &args)
            }
            fn aggregate_state_schema(
                name: ::std::string::String,
            ) -> ::std::result::Result<::std::vec::Vec<u8>, $crate::runtime::GuestError> {
                $crate::runtime::aggregate_state_schema(&name)
            }
            fn call_table(
                name: ::std::string::String,
                args: ::std::vec::Vec<u8>,
            ) -> ::std::result::Result<$crate::bindings::exports::uni::plugin::guest::TableStream, $crate::runtime::GuestError>
            {
                $crate::runtime::call_table(&name, &args)
            }
            fn on_event(
                handler: ::std::string::String,
                payload: ::std::vec::Vec<u8>,
            ) -> ::std::result::Result<(), $crate::runtime::GuestError> {
                $crate::runtime::on_event(&handler, &payload)
            }
        }

        $crate::bindings::export_guest!(__UniPluginExports with_types_in $crate::bindings);
    };
}
