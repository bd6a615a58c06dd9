//! Drains complete when the last guard drops, blocking or async, and time out
//! cleanly otherwise.

use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

use uni_plugin::*;

use crate::support::{prepare, test_plugin};

fn active_generation(registry: &Registry) -> Arc<Generation> {
    let generation = prepare(registry, test_plugin("com.example.d", "d", 1, 1));
    registry.commit(generation.clone()).unwrap();
    generation
}

#[test]
fn drain_returns_when_the_last_guard_drops() {
    let registry = Registry::new();
    let generation = active_generation(&registry);
    let handles: Vec<CallHandle> = (0..3).map(|_| registry.lookup("d_0").unwrap()).collect();
    let clone = handles[0].clone();
    registry.remove(generation.plugin_id()).unwrap();
    assert!(!generation.is_drained());

    let dropper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        drop(handles);
        std::thread::sleep(Duration::from_millis(50));
        drop(clone);
    });
    let started = Instant::now();
    generation.drain(Duration::from_secs(10)).unwrap();
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(90), "returned early after {waited:?}");
    assert!(waited < Duration::from_secs(5), "woken late: {waited:?}");
    dropper.join().unwrap();
}

#[test]
fn drain_times_out_and_on_drained_finishes_later() {
    let registry = Registry::new();
    let generation = active_generation(&registry);
    let handle = registry.lookup("d_0").unwrap();
    registry.remove(generation.plugin_id()).unwrap();
    let error = generation.drain(Duration::from_millis(20)).unwrap_err();
    assert_eq!(error.generation, 1);
    assert!(error.to_string().contains("still in use"));

    let finalized = Arc::new(AtomicBool::new(false));
    let flag = finalized.clone();
    generation.on_drained(move || flag.store(true, Ordering::SeqCst));
    assert!(!finalized.load(Ordering::SeqCst));
    drop(handle);
    assert!(finalized.load(Ordering::SeqCst), "the last drop runs the callback");

    // Registered after the fact: runs at once.
    let late = Arc::new(AtomicBool::new(false));
    let flag = late.clone();
    generation.on_drained(move || flag.store(true, Ordering::SeqCst));
    assert!(late.load(Ordering::SeqCst));
}

struct CountingWaker(Mutex<u32>);
impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        *self.0.lock().unwrap() += 1;
    }
}

#[test]
fn drain_async_is_woken_by_the_last_drop_without_a_runtime() {
    let registry = Registry::new();
    let generation = active_generation(&registry);
    let handle = registry.lookup("d_0").unwrap();
    registry.remove(generation.plugin_id()).unwrap();

    let counter = Arc::new(CountingWaker(Mutex::new(0)));
    let waker = Waker::from(counter.clone());
    let mut context = Context::from_waker(&waker);
    let mut future = pin!(generation.drain_async(Duration::from_secs(30)));
    assert!(future.as_mut().poll(&mut context).is_pending());
    drop(handle);
    assert_eq!(*counter.0.lock().unwrap(), 1, "woken exactly by the drop");
    assert_eq!(future.as_mut().poll(&mut context), Poll::Ready(Ok(())));
}

#[test]
fn drain_async_times_out() {
    let registry = Registry::new();
    let generation = active_generation(&registry);
    let _handle = registry.lookup("d_0").unwrap();
    registry.remove(generation.plugin_id()).unwrap();

    let counter = Arc::new(CountingWaker(Mutex::new(0)));
    let waker = Waker::from(counter.clone());
    let mut context = Context::from_waker(&waker);
    let mut future = pin!(generation.drain_async(Duration::from_millis(30)));
    assert!(future.as_mut().poll(&mut context).is_pending());
    let deadline = Instant::now() + Duration::from_secs(5);
    while *counter.0.lock().unwrap() == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(*counter.0.lock().unwrap() >= 1, "the timer woke the future");
    match future.as_mut().poll(&mut context) {
        Poll::Ready(Err(timeout)) => assert_eq!(timeout.generation, 1),
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[test]
fn a_content_address_is_set_once_and_seen_through_handles() {
    let registry = Registry::new();
    let generation = active_generation(&registry);
    assert_eq!(generation.content_address(), None);
    assert!(generation.set_content_address(PluginDigest::from_bytes([7; 32])));
    assert!(!generation.set_content_address(PluginDigest::from_bytes([8; 32])), "a second address must be refused");
    let handle = registry.lookup("d_0").expect("published");
    assert_eq!(handle.generation().content_address(), Some(PluginDigest::from_bytes([7; 32])));
}
