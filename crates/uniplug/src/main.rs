//! `uniplug`: SQL with uni-plugin plugins, and the plugin developer's tools.
//! It links no plugin: native plugins load from their shared libraries
//! (`uniplug build` makes them), wasm plugins from their components.

fn main() -> std::process::ExitCode {
    uniplug::Cli::new().run()
}
