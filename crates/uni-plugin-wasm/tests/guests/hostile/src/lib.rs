//! A guest that misbehaves on purpose, one function per kind of attack.

use std::sync::Arc;

use arrow_array::{ArrayRef, Float64Array, Int64Array};
use uni_plugin::{CallError, Plugin, PluginError, PluginManifest, Registrar, ScalarFunction};
use uni_plugin_sdk::rows::scalar_fn1;

struct Hostile(PluginManifest);

struct Raw(fn(&[ArrayRef], usize) -> Result<ArrayRef, CallError>);

impl ScalarFunction for Raw {
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        (self.0)(args, rows)
    }
}

#[inline(never)]
fn recurse(depth: i64) -> i64 {
    let padding = [depth; 64];
    if depth == i64::MIN { padding[3] } else { recurse(depth + 1) + std::hint::black_box(padding)[7] }
}

fn text_of(result: std::io::Result<String>) -> String {
    match result {
        Ok(text) => format!("ok: {text}"),
        Err(error) => format!("error: {error}"),
    }
}

impl Plugin for Hostile {
    fn manifest(&self) -> &PluginManifest {
        &self.0
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar
            .scalar("ok", scalar_fn1(|x: i64| x + 1))
            .scalar(
                "spin",
                scalar_fn1(|x: i64| {
                    let mut counter = x;
                    loop {
                        counter = std::hint::black_box(counter.wrapping_add(1));
                    }
                    #[allow(unreachable_code)]
                    counter
                }),
            )
            .scalar(
                "bomb",
                scalar_fn1(|_: i64| {
                    let mut hoard: Vec<Vec<u8>> = Vec::new();
                    loop {
                        hoard.push(vec![7u8; 1 << 20]);
                        std::hint::black_box(&hoard);
                    }
                    #[allow(unreachable_code)]
                    0i64
                }),
            )
            .scalar("recurse", scalar_fn1(recurse))
            .scalar("boom", scalar_fn1(|x: i64| -> i64 { panic!("boom at {x}") }))
            .scalar(
                "trap",
                scalar_fn1(|_: i64| -> i64 {
                    #[cfg(target_arch = "wasm32")]
                    core::arch::wasm32::unreachable();
                    #[cfg(not(target_arch = "wasm32"))]
                    unreachable!()
                }),
            )
            .scalar("huge", scalar_fn1(|_: i64| "x".repeat(1 << 30)))
            .scalar(
                "leak",
                scalar_fn1(|x: i64| {
                    std::mem::forget(vec![1u8; 1 << 20]);
                    x
                }),
            )
            .scalar("wrong_len", Raw(|_, _| Ok(Arc::new(Int64Array::from(vec![1, 2, 3, 4, 5, 6, 7])))))
            .scalar("wrong_type", Raw(|_, rows| Ok(Arc::new(Float64Array::from(vec![1.0; rows])))))
            .scalar(
                "shout",
                scalar_fn1(|text: String| {
                    println!("out: {text}");
                    eprintln!("err: {text}");
                    text.len() as i64
                }),
            )
            .scalar("read_file", scalar_fn1(|path: String| text_of(std::fs::read_to_string(path))))
            .scalar(
                "connect",
                scalar_fn1(|address: String| text_of(std::net::TcpStream::connect(address.as_str()).map(|_| "connected".into()))),
            )
            .scalar("env", scalar_fn1(|name: String| std::env::var(name).unwrap_or_else(|_| "<unset>".into())))
            // Waits in the host, where epoch deadlines do not reach.
            .scalar(
                "sleep",
                scalar_fn1(|seconds: i64| {
                    std::thread::sleep(std::time::Duration::from_secs(seconds as u64));
                    seconds
                }),
            )
            .scalar(
                "sleep_forever",
                scalar_fn1(|x: i64| {
                    std::thread::sleep(std::time::Duration::from_nanos(u64::MAX));
                    x
                }),
            )
            .scalar(
                "read_socket",
                scalar_fn1(|address: String| {
                    use std::io::Read;
                    let mut received = Vec::new();
                    let read = std::net::TcpStream::connect(address.as_str())
                        .and_then(|mut stream| stream.read_to_end(&mut received));
                    text_of(read.map(|count| format!("{count} bytes")))
                }),
            )
            .scalar(
                "resolve",
                scalar_fn1(|name: String| {
                    use std::net::ToSocketAddrs;
                    text_of((name.as_str(), 80).to_socket_addrs().map(|found| format!("{} addresses", found.count())))
                }),
            )
            // Seconds since the Unix epoch, as the guest's wall clock says.
            .scalar(
                "now",
                scalar_fn1(|_: i64| {
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(-1, |elapsed| elapsed.as_secs() as i64)
                }),
            );
        Ok(())
    }
}

uni_plugin_sdk::export_plugin!(Hostile(
    PluginManifest::from_toml_str(include_str!("../uniplugin.toml")).expect("the manifest is valid")
));
