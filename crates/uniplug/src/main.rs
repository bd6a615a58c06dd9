//! `uniplug`: SQL with uni-plugin plugins, and the plugin developer's tools.

fn main() -> std::process::ExitCode {
    uniplug::Cli::new().with_examples().run()
}
