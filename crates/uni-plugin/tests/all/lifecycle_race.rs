//! Racing transitions: exactly one of many threads wins each move.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};

use uni_plugin::{LifecycleState, PluginLifecycle};

#[test]
fn eight_threads_race_the_same_transition_and_exactly_one_wins_each_round() {
    const THREADS: usize = 8;
    const ROUNDS: usize = 100_000;
    let lifecycles: Arc<Vec<PluginLifecycle>> = Arc::new((0..ROUNDS).map(|_| PluginLifecycle::new()).collect());
    let wins_per_round: Arc<Vec<AtomicUsize>> = Arc::new((0..ROUNDS).map(|_| AtomicUsize::new(0)).collect());
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let (lifecycles, wins, start) = (lifecycles.clone(), wins_per_round.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                for round in 0..ROUNDS {
                    if lifecycles[round].transition(LifecycleState::Loaded, LifecycleState::Linked).is_ok() {
                        wins[round].fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    for (round, wins) in wins_per_round.iter().enumerate() {
        assert_eq!(wins.load(Ordering::Relaxed), 1, "round {round}");
        assert_eq!(lifecycles[round].state(), LifecycleState::Linked);
    }
}

#[test]
fn racing_removal_against_activation_leaves_one_outcome() {
    // An aborted load (Initialized → Removed) racing activation
    // (Initialized → Active): exactly one happens, and the state agrees.
    for _ in 0..10_000 {
        let lifecycle = Arc::new(PluginLifecycle::new());
        lifecycle.transition(LifecycleState::Loaded, LifecycleState::Linked).unwrap();
        lifecycle.transition(LifecycleState::Linked, LifecycleState::Initialized).unwrap();
        let other = lifecycle.clone();
        let remover =
            std::thread::spawn(move || other.transition(LifecycleState::Initialized, LifecycleState::Removed));
        let activated = lifecycle.transition(LifecycleState::Initialized, LifecycleState::Active);
        let removed = remover.join().unwrap();
        assert!(activated.is_ok() != removed.is_ok());
        let expected = if activated.is_ok() { LifecycleState::Active } else { LifecycleState::Removed };
        assert_eq!(lifecycle.state(), expected);
    }
}
