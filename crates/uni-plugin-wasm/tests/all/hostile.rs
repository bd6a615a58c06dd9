//! The hostile-guest suite: each attack ends in a clear error naming its
//! cause, the host stays up, another plugin keeps answering, and the same
//! plugin answers its next good call.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{ArrayRef, Float64Array, Int64Array, StringArray};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{CallError, PluginSurface};
use uni_plugin_guests as guests;
use uni_plugin_wasm::WasmLimits;

use crate::support::{load, load_with};

const LIMITS: WasmLimits = WasmLimits { memory: 64 << 20, timeout: Duration::from_millis(500) };

struct Sandbox {
    data_dir: PathBuf,
    hostile: PluginSurface,
    geo: PluginSurface,
}

/// One hostile plugin and one well-behaved one, shared by the tests (as a
/// host would hold them).
fn sandbox() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        let data_dir = std::env::temp_dir().join(format!("uni-plugin-hostile-{}", std::process::id()));
        let granted = data_dir.join("granted");
        std::fs::create_dir_all(&granted).unwrap();
        std::fs::write(granted.join("allowed.txt"), "inside").unwrap();
        std::fs::write(data_dir.join("secret.txt"), "outside").unwrap();
        #[cfg(unix)]
        {
            let _ = std::os::unix::fs::symlink(data_dir.join("secret.txt"), granted.join("escape"));
        }
        let hostile =
            load_with(guests::GUEST_HOSTILE_DIR, &data_dir, &["fs-read:granted", "env:PATH", "net:127.0.0.1"], LIMITS)
                .unwrap_or_else(|e| panic!("{e}"));
        let (_plugin, geo) = load(guests::GEO_DIR, &[]);
        Sandbox { data_dir, hostile, geo }
    })
}

fn call(surface: &PluginSurface, name: &str, args: Vec<ArrayRef>) -> Result<ArrayRef, CallError> {
    let (_, FunctionImpl::Scalar(function)) = surface.functions.iter().find(|(decl, _)| decl.name == name).unwrap()
    else {
        panic!("{name} is scalar")
    };
    let rows = args.first().map_or(1, |a| a.len());
    function.invoke(&args, rows)
}

fn int(value: i64) -> Vec<ArrayRef> {
    vec![Arc::new(Int64Array::from(vec![value]))]
}

fn text(value: &str) -> Vec<ArrayRef> {
    vec![Arc::new(StringArray::from(vec![value]))]
}

fn text_result(name: &str, arg: &str) -> String {
    let out = call(&sandbox().hostile, name, text(arg)).unwrap_or_else(|e| panic!("{name}({arg}): {e}"));
    out.as_string::<i32>().value(0).to_owned()
}

/// After any attack: the host is alive (we are running), another plugin
/// answers, and the attacker answers its next good call.
fn still_healthy() {
    let sandbox = sandbox();
    let out = call(&sandbox.hostile, "ok", int(41)).expect("the next good call succeeds");
    assert_eq!(out.as_primitive::<Int64Type>().value(0), 42);
    let zero: ArrayRef = Arc::new(Float64Array::from(vec![0.0]));
    let one: ArrayRef = Arc::new(Float64Array::from(vec![1.0]));
    call(&sandbox.geo, "haversine", vec![zero.clone(), zero.clone(), zero, one]).expect("another plugin answers");
}

/// A test that measures the process's resident memory runs alone, after
/// the shared plugins are loaded (so their one-time setup is not counted).
fn measuring() -> std::sync::RwLockWriteGuard<'static, ()> {
    let alone = crate::support::exclusive();
    still_healthy();
    alone
}

fn resident_bytes() -> u64 {
    // Without /proc the memory tests would pass whatever happened: fail.
    let statm = std::fs::read_to_string("/proc/self/statm").expect("the memory tests need /proc/self/statm");
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).expect("a resident page count");
    assert!(pages > 0, "no resident pages reported: {statm}");
    pages * 4096
}

#[test]
fn infinite_loop_times_out_within_twice_the_limit() {
    let _shared = crate::support::shared();
    let started = Instant::now();
    let error = call(&sandbox().hostile, "spin", int(1)).unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(error, CallError::Timeout(uni_plugin::HumanDuration::new(LIMITS.timeout)));
    assert!(elapsed < LIMITS.timeout * 2, "took {elapsed:?}");
    still_healthy();
}

#[test]
fn memory_bomb_hits_the_limit_without_growing_the_host() {
    let _alone = measuring();
    let before = resident_bytes();
    let error = call(&sandbox().hostile, "bomb", int(1)).unwrap_err();
    assert!(
        matches!(&error, CallError::ResourceExhausted(m) if m.contains("memory limit of 64MiB exceeded") && m.contains("bomb")),
        "{error}"
    );
    let grown = resident_bytes().saturating_sub(before);
    assert!(grown < LIMITS.memory + LIMITS.memory / 10, "host RSS grew by {grown} bytes");
    still_healthy();
}

#[test]
fn deep_recursion_is_stopped() {
    let _shared = crate::support::shared();
    let error = call(&sandbox().hostile, "recurse", int(1)).unwrap_err();
    let message = error.to_string();
    assert!(
        matches!(&error, CallError::ResourceExhausted(_) | CallError::Trapped(_)) && message.contains("recurse"),
        "{message}"
    );
    still_healthy();
}

#[test]
fn guest_panic_message_is_surfaced() {
    let _shared = crate::support::shared();
    let error = call(&sandbox().hostile, "boom", int(7)).unwrap_err();
    assert!(
        matches!(&error, CallError::Panicked(m) if m.contains("boom at 7") && m.contains("test.hostile")),
        "{error}"
    );
    still_healthy();
}

#[test]
fn explicit_trap_is_reported() {
    let _shared = crate::support::shared();
    let error = call(&sandbox().hostile, "trap", int(1)).unwrap_err();
    assert!(matches!(&error, CallError::Trapped(m) if m.contains("function `trap`")), "{error}");
    still_healthy();
}

#[test]
fn a_one_gib_output_is_refused_by_the_memory_limit() {
    let _alone = measuring();
    let error = call(&sandbox().hostile, "huge", int(1)).unwrap_err();
    assert!(matches!(&error, CallError::ResourceExhausted(m) if m.contains("memory limit")), "{error}");
    still_healthy();
}

/// Every import is linked whatever the grants: a component importing
/// sockets, secrets and queries loads with no grant at all, and each of
/// those imports (and files, env and clocks) answers with a refusal that
/// leaks nothing.
#[test]
fn linked_but_ungranted_imports_load_and_leak_nothing() {
    let _shared = crate::support::shared();
    let data_dir = &sandbox().data_dir;
    let answer = |surface: &PluginSurface, name: &str, arg: &str| -> String {
        let out = call(surface, name, text(arg)).unwrap_or_else(|e| panic!("{name}({arg}): {e}"));
        out.as_string::<i32>().value(0).to_owned()
    };
    let secretive = load_with(guests::GUEST_SECRETIVE_DIR, data_dir, &[], LIMITS).expect("loads without grants");
    let peeked = answer(&secretive, "peek", "api-key");
    assert!(peeked.starts_with("error:") && peeked.contains("not granted"), "{peeked}");
    let inquiring = load_with(guests::GUEST_INQUIRING_DIR, data_dir, &[], LIMITS).expect("loads without grants");
    let asked = answer(&inquiring, "ask", "SELECT 1");
    assert!(asked.starts_with("error:") && asked.contains("not granted"), "{asked}");

    let hostile = load_with(guests::GUEST_HOSTILE_DIR, data_dir, &[], LIMITS).expect("loads without grants");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let connected = answer(&hostile, "connect", &format!("127.0.0.1:{port}"));
    assert!(connected.starts_with("error:"), "{connected}");
    listener.set_nonblocking(true).unwrap();
    assert!(listener.accept().is_err(), "a connection reached the listener");
    // (An address literal "resolves" to itself without a query.)
    for name in ["localhost", "exfiltrate.example.com"] {
        let resolved = answer(&hostile, "resolve", name);
        assert!(resolved.starts_with("error:"), "{name}: {resolved}");
    }
    for path in ["granted/allowed.txt", "/etc/passwd", "secret.txt"] {
        let read = answer(&hostile, "read_file", path);
        assert!(read.starts_with("error:"), "{path}: {read}");
    }
    assert_eq!(answer(&hostile, "env", "PATH"), "<unset>");
    let now = call(&hostile, "now", int(0)).unwrap();
    assert_eq!(now.as_primitive::<arrow_array::types::Int64Type>().value(0), 0, "the clock is frozen");
    still_healthy();
}

#[test]
fn files_outside_the_granted_directory_are_unreachable() {
    let _shared = crate::support::shared();
    assert_eq!(text_result("read_file", "granted/allowed.txt"), "ok: inside");
    for escape in ["granted/../secret.txt", "../secret.txt", "/etc/passwd", "granted/escape", "secret.txt"] {
        let answer = text_result("read_file", escape);
        assert!(answer.starts_with("error:"), "{escape} must not be readable, got {answer}");
    }
    still_healthy();
}

#[test]
fn connections_go_only_to_granted_hosts() {
    let _shared = crate::support::shared();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    assert_eq!(text_result("connect", &format!("127.0.0.1:{port}")), "ok: connected");
    // A listener on the denied address: refusing must be the sandbox's
    // doing, not an empty port's.
    let other = std::net::TcpListener::bind("127.0.0.2:0").expect("Linux routes all of 127/8 to loopback");
    let other_port = other.local_addr().unwrap().port();
    let denied = text_result("connect", &format!("127.0.0.2:{other_port}"));
    assert!(denied.starts_with("error:"), "{denied}");
    other.set_nonblocking(true).unwrap();
    assert!(other.accept().is_err(), "a connection reached the denied listener");
    still_healthy();
}

#[test]
fn the_clock_is_frozen_at_the_epoch_unless_granted() {
    let _shared = crate::support::shared();
    let now = |surface: &PluginSurface| call(surface, "now", int(0)).unwrap().as_primitive::<Int64Type>().value(0);
    assert_eq!(now(&sandbox().hostile), 0, "no `clock`: the epoch");
    let granted =
        load_with(guests::GUEST_HOSTILE_DIR, &sandbox().data_dir, &["clock", "net:127.0.0.1"], LIMITS).unwrap();
    let real = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    assert!((now(&granted) - real).abs() < 60, "`clock`: the real time");
}

#[test]
fn only_granted_environment_variables_are_visible() {
    let _shared = crate::support::shared();
    assert_ne!(text_result("env", "PATH"), "<unset>");
    assert_eq!(text_result("env", "HOME"), "<unset>");
    still_healthy();
}

#[test]
fn malformed_arrow_ipc_from_the_guest_is_an_error() {
    let _shared = crate::support::shared();
    let surface = load_with(guests::GUEST_RAW_DIR, &sandbox().data_dir, &[], LIMITS).unwrap();
    let error = call(&surface, "garbage", int(1)).unwrap_err();
    assert!(matches!(&error, CallError::Failed(m) if m.contains("malformed Arrow IPC")), "{error}");
    still_healthy();
}

#[test]
fn a_guest_that_reads_only_arrow_ipc_gets_arrow_ipc() {
    let _shared = crate::support::shared();
    // The host tries raw columns first; this guest (like one built with an
    // SDK from before them) refuses, and the host falls back to IPC for good.
    let surface = load_with(guests::GUEST_RAW_DIR, &sandbox().data_dir, &[], LIMITS).unwrap();
    for round in 0..3 {
        let input: ArrayRef = Arc::new(Int64Array::from(vec![Some(round), None, Some(7)]));
        let out = call(&surface, "echo_ipc", vec![input.clone()]).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(&out, &input);
    }
}

#[test]
fn an_error_text_never_switches_the_protocol() {
    let _shared = crate::support::shared();
    let surface = load_with(guests::GUEST_RAW_DIR, &sandbox().data_dir, &[], LIMITS).unwrap();
    let ones = |surface: &_| {
        let out = call(surface, "protocol", int(5)).unwrap();
        out.as_any().downcast_ref::<Int64Array>().unwrap().values().to_vec()
    };
    assert_eq!(ones(&surface), [1], "raw columns first");
    // The SDK's own words for bad IPC, on every protocol: the caller gets
    // the error, and the plugin keeps raw columns.
    for _ in 0..3 {
        let error = call(&surface, "mimic", int(1)).unwrap_err();
        assert!(matches!(&error, CallError::InvalidInput(m) if m.contains("mimicked")), "{error}");
    }
    assert_eq!(ones(&surface), [1], "an error text switched the protocol");
}

#[test]
fn wrong_output_length_or_type_is_caught_before_sql_sees_it() {
    let _shared = crate::support::shared();
    // A `0.2.0` call says how many rows it sent: the loader refuses a result
    // of another length itself, naming both.
    let error = call(&sandbox().hostile, "wrong_len", int(1)).unwrap_err();
    assert!(
        matches!(&error, CallError::Failed(m) if m.contains("wrong_len") && m.contains("7 rows where 1 were expected")),
        "{error}"
    );
    // The type is the host's call path's to check (uni-plugin-host `call`
    // compares it with the manifest); the loader returns what the guest made.
    let wrong_type = call(&sandbox().hostile, "wrong_type", int(1)).unwrap();
    assert_eq!(wrong_type.data_type(), &arrow_schema::DataType::Float64);
    still_healthy();
}

#[test]
fn a_thousand_leaking_calls_are_bounded_by_the_limit() {
    let _alone = measuring();
    let before = resident_bytes();
    let mut failures = 0;
    for call_idx in 0..1_000 {
        match call(&sandbox().hostile, "leak", int(call_idx)) {
            Ok(out) => assert_eq!(out.as_primitive::<Int64Type>().value(0), call_idx),
            Err(CallError::ResourceExhausted(_)) => failures += 1,
            Err(other) => panic!("unexpected error {other}"),
        }
    }
    assert!(failures > 0, "the leak must hit the limit");
    let grown = resident_bytes().saturating_sub(before);
    assert!(grown < LIMITS.memory + LIMITS.memory / 10, "host RSS grew by {grown} bytes");
    still_healthy();
}

#[test]
fn sleeping_in_the_host_ends_at_the_time_limit() {
    let _shared = crate::support::shared();
    for (function, arg) in [("sleep", 3600), ("sleep_forever", 1)] {
        let started = Instant::now();
        let error = call(&sandbox().hostile, function, int(arg)).unwrap_err();
        let elapsed = started.elapsed();
        assert_eq!(error, CallError::Timeout(uni_plugin::HumanDuration::new(LIMITS.timeout)), "{function}");
        assert!(elapsed < Duration::from_secs(1), "{function} took {elapsed:?}");
    }
    still_healthy();
}

#[test]
fn a_socket_read_that_never_ends_ends_at_the_time_limit() {
    let _shared = crate::support::shared();
    // A granted peer that accepts and never sends.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let started = Instant::now();
    let error = call(&sandbox().hostile, "read_socket", text(&address.to_string())).unwrap_err();
    assert_eq!(error, CallError::Timeout(uni_plugin::HumanDuration::new(LIMITS.timeout)));
    assert!(started.elapsed() < Duration::from_secs(1), "took {:?}", started.elapsed());
    drop(listener);
    still_healthy();
}

#[test]
fn names_no_grant_names_are_not_looked_up() {
    let _shared = crate::support::shared();
    // Granted only `net:127.0.0.1`: no name may be resolved (no query
    // leaves the host), while address literals still connect.
    for name in ["exfiltrate.example.com", "localhost"] {
        let answer = text_result("resolve", name);
        assert!(answer.starts_with("error:"), "{name}: {answer}");
    }
    assert_eq!(text_result("resolve", "127.0.0.1"), "ok: 1 addresses");
    still_healthy();
}

#[test]
fn a_compressed_ipc_bomb_from_the_guest_is_refused() {
    let _shared = crate::support::shared();
    let surface = load_with(guests::GUEST_RAW_DIR, &sandbox().data_dir, &[], LIMITS).unwrap();
    let error = call(&surface, "ipc_bomb", int(1)).unwrap_err();
    assert!(matches!(&error, CallError::Failed(m) if m.contains("compressed") && m.contains("ipc_bomb")), "{error}");
    let error = call(&surface, "raw_short_bitmap", int(1)).unwrap_err();
    assert!(matches!(&error, CallError::Failed(m) if m.contains("null bitmap")), "{error}");
    still_healthy();
}

#[test]
fn one_plugin_cannot_take_every_instance() {
    let _alone = measuring();
    // Far more concurrent calls than the engine has instances: before the
    // per-plugin share, they took every slot and other plugins failed.
    let calls = uni_plugin_wasm::POOLED_INSTANCES as usize + 12;
    let barrier = Arc::new(std::sync::Barrier::new(calls + 1));
    let threads: Vec<_> = (0..calls)
        .map(|_| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                call(&sandbox().hostile, "sleep", int(3600))
            })
        })
        .collect();
    barrier.wait();
    std::thread::sleep(Duration::from_millis(100));
    // While the hostile plugin holds its share, the other still answers.
    let zero: ArrayRef = Arc::new(Float64Array::from(vec![0.0]));
    call(&sandbox().geo, "haversine", vec![zero.clone(), zero.clone(), zero.clone(), zero])
        .expect("geo gets an instance");
    let results: Vec<_> = threads.into_iter().map(|thread| thread.join().unwrap()).collect();
    let refused = results.iter().filter(|result| matches!(result, Err(CallError::Unavailable(_)))).count();
    assert!(refused >= calls - uni_plugin_wasm::MAX_INSTANCES_PER_PLUGIN, "only {refused} of {calls} were refused");
    assert!(results.iter().all(|result| matches!(result, Err(CallError::Unavailable(_) | CallError::Timeout(_)))));
    still_healthy();
}
