//! Hosts on one machine: Linux network namespaces with private addresses
//! (`10.213.N.1`, `.2`, …) joined by veth pairs on a bridge, created and
//! removed (pass or fail) by whoever uses them, and `uniplug` processes
//! run inside them. Shared by the multi-host test and the cluster
//! benchmark (`benches/hosts.rs`).
//!
//! Needs root and iproute2's `ip` (CI runs as root): without them the
//! caller fails saying so.

use std::io::{BufRead, Read};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// The repository root, where `uniplug` runs (plugin paths in arguments
/// are relative to it).
fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `ip ARGS…`, panicking with its stderr.
fn ip(args: &[&str]) {
    let output = Command::new("ip")
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("this needs iproute2's `ip` (apt install iproute2) and root: {error}"));
    assert!(
        output.status.success(),
        "ip {}: {} (this needs root to create network namespaces)",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr).trim()
    );
}

/// `child`'s stdout (which must be piped), a line at a time, read by a
/// thread of its own so the child never stalls on a full pipe.
pub fn stdout_lines(child: &mut Child) -> Receiver<String> {
    let stdout = child.stdout.take().expect("the child's stdout is piped");
    let (sender, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    lines
}

/// Waits for `child` (`what`) to end, at most `limit`: (exit code, stdout,
/// stderr). Output is read while it runs, so a full pipe cannot stall it.
pub fn finish(mut child: Child, what: &str, limit: Duration) -> (i32, String, String) {
    let pipes: Vec<Box<dyn Read + Send>> = [
        child.stdout.take().map(|pipe| Box::new(pipe) as Box<dyn Read + Send>),
        child.stderr.take().map(|pipe| Box::new(pipe) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .flatten()
    .collect();
    let readers: Vec<_> = pipes
        .into_iter()
        .map(|mut pipe| {
            std::thread::spawn(move || {
                let mut text = Vec::new();
                let _ = pipe.read_to_end(&mut text);
                String::from_utf8_lossy(&text).into_owned()
            })
        })
        .collect();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{what} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let code = child.wait().unwrap().code().unwrap_or(-1);
    let mut texts = readers.into_iter().map(|reader| reader.join().unwrap_or_default());
    (code, texts.next().unwrap_or_default(), texts.next().unwrap_or_default())
}

/// Hosts in network namespaces on a private bridge.
pub struct Hosts {
    tag: String,
    subnet: String,
    count: usize,
}

impl Hosts {
    /// `count` hosts, `10.213.N.1` to `10.213.N.count`; the caller (outside
    /// every namespace) reaches them from the bridge's `10.213.N.254`.
    pub fn create(count: usize) -> Hosts {
        // Interface names are at most 15 bytes; the tag keeps concurrent
        // runs apart, and so does the subnet.
        let id = std::process::id() % 10_000;
        let hosts = Hosts { tag: format!("up{id}"), subnet: format!("10.213.{}", id % 250), count };
        // Whatever a killed earlier run with the same id left behind.
        hosts.remove();
        let bridge = hosts.bridge();
        ip(&["link", "add", &bridge, "type", "bridge"]);
        ip(&["addr", "add", &format!("{}.254/24", hosts.subnet), "dev", &bridge]);
        ip(&["link", "set", &bridge, "up"]);
        for host in 1..=count {
            let (namespace, outside, inside) = (hosts.namespace(host), format!("{}o{host}", hosts.tag), "eth0");
            ip(&["netns", "add", &namespace]);
            ip(&["link", "add", &outside, "type", "veth", "peer", "name", &format!("{}i{host}", hosts.tag)]);
            ip(&["link", "set", &format!("{}i{host}", hosts.tag), "netns", &namespace, "name", inside]);
            ip(&["link", "set", &outside, "master", &bridge]);
            ip(&["link", "set", &outside, "up"]);
            let address = format!("{}/24", hosts.address(host));
            ip(&["-n", &namespace, "addr", "add", &address, "dev", inside]);
            ip(&["-n", &namespace, "link", "set", inside, "up"]);
            ip(&["-n", &namespace, "link", "set", "lo", "up"]);
        }
        hosts
    }

    fn bridge(&self) -> String {
        format!("{}br", self.tag)
    }

    fn namespace(&self, host: usize) -> String {
        format!("{}-host{host}", self.tag)
    }

    /// The address of `host`.
    pub fn address(&self, host: usize) -> String {
        format!("{}.{host}", self.subnet)
    }

    /// `uniplug args…` on `host`, from the repository root, with the
    /// default log level.
    pub fn uniplug(&self, host: usize, args: &[&str]) -> Command {
        let mut command = Command::new("ip");
        command
            .args(["netns", "exec", &self.namespace(host)])
            .arg(env!("CARGO_BIN_EXE_uniplug"))
            .args(args)
            .current_dir(repository())
            .env_remove("RUST_LOG");
        command
    }

    /// Starts `uniplug args…` on `host`, its output piped.
    pub fn spawn(&self, host: usize, args: &[&str]) -> Child {
        self.uniplug(host, args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
    }

    /// Runs `uniplug args…` on `host` to the end, at most `limit`: (exit
    /// code, stdout, stderr).
    pub fn run(&self, host: usize, args: &[&str], limit: Duration) -> (i32, String, String) {
        finish(self.spawn(host, args), &format!("uniplug {args:?} on host {host}"), limit)
    }

    /// Starts a node (`uniplug cluster …`, with `command`'s settings) and
    /// waits for it to print `ready;`, at most `limit`.
    pub fn start_node(&self, mut command: Command, limit: Duration) -> Node {
        let mut child = command.stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().unwrap();
        let lines = stdout_lines(&mut child);
        let mut node = Node { child, lines, url: None };
        let started = Instant::now();
        loop {
            let left = limit.saturating_sub(started.elapsed());
            let line = node
                .lines
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("a cluster node did not start within {limit:?}"));
            if let Some(rest) = line.strip_prefix("scheduler listening on ") {
                node.url = rest.split_whitespace().next().map(str::to_owned);
            }
            if line.starts_with("ready;") {
                return node;
            }
        }
    }

    fn remove(&self) {
        for host in 1..=self.count {
            let _ = Command::new("ip").args(["netns", "del", &self.namespace(host)]).output();
        }
        // The veths went with their namespaces; the bridge stays until now.
        let _ = Command::new("ip").args(["link", "del", &self.bridge()]).output();
    }
}

impl Drop for Hosts {
    fn drop(&mut self) {
        self.remove();
    }
}

/// A `uniplug cluster` process on one of the hosts, killed when dropped.
pub struct Node {
    child: Child,
    lines: Receiver<String>,
    /// The scheduler URL it printed, if it started a scheduler.
    pub url: Option<String>,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
