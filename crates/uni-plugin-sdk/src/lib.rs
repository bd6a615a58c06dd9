//! # uni-plugin-sdk: write a WebAssembly plugin in plain Rust
//!
//! A wasm plugin is written exactly like a native one — a type implementing
//! [`uni_plugin::Plugin`] whose `register()` adds scalar, aggregate and table
//! functions, hooks, triggers and jobs over Arrow arrays — and exported with
//! one macro. No WIT knowledge is needed: the SDK turns the `uni:plugin`
//! world's calls into calls on your surfaces, Arrow IPC in and out.
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
//! `uniplug build DIR`). Row-wise helpers in [`rows`] turn a closure over
//! plain values into a whole-batch function with NULLs handled.
#![deny(missing_docs)]

#[doc(hidden)]
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

pub mod rows;
#[doc(hidden)]
pub mod runtime;

/// Exports a plugin to the host. The argument is an expression building the
/// plugin value (it runs once, when the host initializes the instance).
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
