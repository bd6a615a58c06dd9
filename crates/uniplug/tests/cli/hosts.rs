//! A cluster across hosts, on one machine: each node runs in its own Linux
//! network namespace with its own private address, the namespaces joined
//! by veth pairs on a bridge the test creates (and removes, pass or fail).
//! Nothing listens on loopback that another node needs, so whatever
//! assumes one machine fails here.
//!
//! Needs root and iproute2's `ip` (CI runs as root): without them the test
//! fails saying so.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::{Background, root, run};

/// `ip ARGS…`, failing the test with its stderr.
fn ip(args: &[&str]) {
    let output = Command::new("ip")
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("this test needs iproute2's `ip` (apt install iproute2) and root: {error}"));
    assert!(
        output.status.success(),
        "ip {}: {} (this test needs root to create network namespaces)",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr).trim()
    );
}

/// Hosts in network namespaces on a private bridge: `10.213.N.1`, `.2`, …
struct Hosts {
    tag: String,
    subnet: String,
    count: usize,
}

impl Hosts {
    fn create(count: usize) -> Hosts {
        // Interface names are at most 15 bytes; the tag keeps concurrent
        // runs apart, and so does the subnet.
        let id = std::process::id() % 10_000;
        let hosts = Hosts { tag: format!("up{id}"), subnet: format!("10.213.{}", id % 250), count };
        // Whatever a killed earlier run with the same id left behind.
        hosts.remove();
        let bridge = hosts.bridge();
        ip(&["link", "add", &bridge, "type", "bridge"]);
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

    fn address(&self, host: usize) -> String {
        format!("{}.{host}", self.subnet)
    }

    /// `uniplug args…` on `host`.
    fn uniplug(&self, host: usize, args: &[&str]) -> Command {
        let mut command = Command::new("ip");
        command.args(["netns", "exec", &self.namespace(host)]).arg(assert_cmd::cargo::cargo_bin("uniplug")).args(args);
        command
    }

    /// Runs `uniplug args…` on `host` to the end, at most `limit`: (exit
    /// code, stdout, stderr).
    fn run(&self, host: usize, args: &[&str], limit: Duration) -> (i32, String, String) {
        let mut child = self
            .uniplug(host, args)
            .current_dir(root())
            .env_remove("RUST_LOG")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > limit {
                let _ = child.kill();
                panic!("uniplug {args:?} on host {host} did not finish within {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let output = child.wait_with_output().unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Starts a node (`uniplug cluster …`) on `host` and waits for it to be
    /// ready; returns it and the scheduler URL it printed, if any.
    fn start_node(&self, host: usize, args: &[&str]) -> (Background, Option<String>) {
        let node = Background::spawn(self.uniplug(host, args));
        let url = node.until_ready(120);
        (node, url)
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

#[test]
fn a_cluster_on_three_hosts_serves_a_client_on_a_fourth_through_executor_loss_and_restart_and_reports_its_metrics() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = |name: &str| scratch.path().join(name).to_str().unwrap().to_owned();
    let (store, points) = (dir("store"), scratch.path().join("points.csv"));
    std::fs::write(
        &points,
        "lat1,lon1,lat2,lon2\n0.0,0.0,0.0,1.0\n52.52,13.405,48.8566,2.3522\n-33.87,151.21,51.51,-0.13\n",
    )
    .unwrap();
    let table = format!("points={}", points.display());
    let hosts = Hosts::create(4);
    let (scheduler, client) = (1, 4);

    // The scheduler on host 1, bound to its own address only.
    let scheduler_address = hosts.address(scheduler);
    let (_scheduler, url) = hosts.start_node(
        scheduler,
        &["cluster", "--executors", "0", "--bind", &scheduler_address, "--store", &store, "--cache", &dir("n1")],
    );
    let url = url.expect("the scheduler printed its URL");
    assert_eq!(url, format!("df://{scheduler_address}:50050"));

    // An executor on each of hosts 2 and 3, joining from there.
    let executor = |host: usize, cache: &str| {
        let address = hosts.address(host);
        let args =
            ["cluster", "--join", &url, "--executors", "1", "--slots", "1", "--bind", &address, "--store", &store];
        let mut args = args.to_vec();
        args.extend(["--cache", cache]);
        hosts.start_node(host, &args).0
    };
    let first = executor(2, &dir("n2"));
    let second = executor(3, &dir("n3"));

    // The client on host 4: the same answers as one process gives.
    let plugins = ["--plugins", "plugins/wasm/geo", "--plugins", "plugins/native/text"];
    let query = "SELECT round(haversine(lat1, lon1, lat2, lon2), 3) AS km, slugify(concat('Ünï ', lat1)) AS slug \
                 FROM points ORDER BY km";
    let local = {
        let mut args = vec!["sql", "--format", "csv", "--table", &table, "-c", query];
        args.extend(plugins);
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        out
    };
    let on_cluster = || {
        let mut args =
            vec!["sql", "--cluster", &url, "--store", &store, "--format", "csv", "--table", &table, "-c", query];
        args.extend(plugins);
        hosts.run(client, &args, Duration::from_secs(180))
    };
    let (code, out, err) = on_cluster();
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, local, "{err}");
    assert_eq!(out.lines().count(), 4, "{out}");

    // Host 2's executor goes away: the cluster keeps serving with host 3.
    drop(first);
    let (code, out, err) = on_cluster();
    assert_eq!(code, 0, "after an executor stopped: {err}");
    assert_eq!(out, local);

    // It comes back with an empty cache, and host 3's executor stops: the
    // restarted node alone serves, after fetching the plugins by digest
    // from the store.
    let fresh = scratch.path().join("n2-again");
    let _first = executor(2, fresh.to_str().unwrap());
    drop(second);
    let (code, out, err) = on_cluster();
    assert_eq!(code, 0, "after a restart: {err}");
    assert_eq!(out, local);
    let fetched: Vec<String> = std::fs::read_dir(fresh.join("executor-1"))
        .map(|entries| entries.flatten().map(|entry| entry.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    assert!(
        fetched.iter().any(|name| name != "shuffle"),
        "the restarted executor fetched no plugin into {}: {fetched:?}",
        fresh.display()
    );

    // The restarted executor alone ran that query: its calls reach a
    // client on another host (the stopped executors are left out).
    let metrics = "SELECT sum(rows) AS n FROM uniplug_cluster_metrics() \
                   WHERE function = 'haversine' AND node NOT IN ('client', 'scheduler')";
    let mut args = vec!["sql", "--cluster", &url, "--store", &store, "--format", "csv", "-c", metrics];
    args.extend(plugins);
    let (code, out, err) = hosts.run(client, &args, Duration::from_secs(120));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "n\n3\n", "{err}");
}
