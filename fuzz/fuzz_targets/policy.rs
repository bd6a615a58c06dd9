//! The operator's policy file: `Policy::from_toml_str` must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use uni_plugin_host::Policy;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = Policy::from_toml_str(text);
});
