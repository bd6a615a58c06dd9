//! The lifecycle every plugin generation walks (`docs/design.md`, "Lifecycle"):
//! `Loaded → Linked → Initialized → Active → Draining → Removed`.
//!
//! The state lives in an `AtomicU8` and only moves through
//! [`PluginLifecycle::transition`], a `compare_exchange`: two threads racing the
//! same move cannot both win, no move goes backwards, and there is no
//! unconditional setter. Any state before `Active` may jump to `Removed` (an
//! aborted load); an `Active` generation must drain first.
//!
//! ```
//! use uni_plugin::{LifecycleState, PluginLifecycle};
//! let lifecycle = PluginLifecycle::new();
//! lifecycle.transition(LifecycleState::Loaded, LifecycleState::Linked).unwrap();
//! // A second caller that still believes the state is `Loaded` loses.
//! assert!(lifecycle.transition(LifecycleState::Loaded, LifecycleState::Linked).is_err());
//! // Backward moves are illegal whatever the current state.
//! assert!(lifecycle.transition(LifecycleState::Linked, LifecycleState::Loaded).is_err());
//! ```

use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

/// A lifecycle state. The discriminants are the bytes stored in the atomic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum LifecycleState {
    /// Manifest read, artifact loaded; nothing linked yet.
    Loaded = 0,
    /// Imports resolved (wasm) / code bound (native).
    Linked = 1,
    /// `register()` and `init()` succeeded; not yet visible.
    Initialized = 2,
    /// Published in the registry; serving calls.
    Active = 3,
    /// Replaced or unloaded; in-flight calls finishing.
    Draining = 4,
    /// Shut down and released. Terminal.
    Removed = 5,
}

impl LifecycleState {
    /// Every state in order.
    pub const ALL: [LifecycleState; 6] = [
        LifecycleState::Loaded,
        LifecycleState::Linked,
        LifecycleState::Initialized,
        LifecycleState::Active,
        LifecycleState::Draining,
        LifecycleState::Removed,
    ];

    /// Whether moving from `self` to `to` is legal: to the next state, or from
    /// a state before `Active` straight to `Removed`.
    pub fn can_move_to(self, to: LifecycleState) -> bool {
        let (from_byte, to_byte) = (self as u8, to as u8);
        to_byte == from_byte + 1 || (to == LifecycleState::Removed && self < LifecycleState::Active)
    }

    /// The lowercase name (`active`), as shown in system tables.
    pub fn name(self) -> &'static str {
        match self {
            LifecycleState::Loaded => "loaded",
            LifecycleState::Linked => "linked",
            LifecycleState::Initialized => "initialized",
            LifecycleState::Active => "active",
            LifecycleState::Draining => "draining",
            LifecycleState::Removed => "removed",
        }
    }
}

impl fmt::Display for LifecycleState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A byte that is not a [`LifecycleState`] discriminant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a lifecycle state (expected 0-5)")]
pub struct UnknownStateByte(pub u8);

impl TryFrom<u8> for LifecycleState {
    type Error = UnknownStateByte;
    fn try_from(byte: u8) -> Result<Self, Self::Error> {
        LifecycleState::ALL.get(usize::from(byte)).copied().ok_or(UnknownStateByte(byte))
    }
}

/// Why a transition did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LifecycleError {
    /// The move is never legal.
    #[error("illegal lifecycle move `{from}` -> `{to}`")]
    Illegal {
        /// Requested source state.
        from: LifecycleState,
        /// Requested target state.
        to: LifecycleState,
    },
    /// The state was not `expected` (another thread moved it first).
    #[error("lifecycle is `{actual}`, not `{expected}`; cannot move to `{to}`")]
    Conflict {
        /// The state the caller assumed.
        expected: LifecycleState,
        /// The state found.
        actual: LifecycleState,
        /// The requested target.
        to: LifecycleState,
    },
}

/// An atomically updated [`LifecycleState`].
#[derive(Debug)]
pub struct PluginLifecycle(AtomicU8);

impl Default for PluginLifecycle {
    fn default() -> Self {
        PluginLifecycle::new()
    }
}

impl PluginLifecycle {
    /// A lifecycle in `Loaded`.
    pub fn new() -> PluginLifecycle {
        PluginLifecycle(AtomicU8::new(LifecycleState::Loaded as u8))
    }

    /// The current state.
    pub fn state(&self) -> LifecycleState {
        let byte = self.0.load(Ordering::Acquire);
        // Only `transition` writes, and only valid discriminants.
        LifecycleState::try_from(byte).unwrap_or(LifecycleState::Removed)
    }

    /// Moves `from` → `to` if the move is legal and the state is `from`.
    pub fn transition(&self, from: LifecycleState, to: LifecycleState) -> Result<(), LifecycleError> {
        if !from.can_move_to(to) {
            return Err(LifecycleError::Illegal { from, to });
        }
        self.0.compare_exchange(from as u8, to as u8, Ordering::AcqRel, Ordering::Acquire).map(|_| ()).map_err(
            |actual| LifecycleError::Conflict {
                expected: from,
                actual: LifecycleState::try_from(actual).unwrap_or(LifecycleState::Removed),
                to,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bytes_round_trip_and_unknown_bytes_are_rejected() {
        for state in LifecycleState::ALL {
            assert_eq!(LifecycleState::try_from(state as u8), Ok(state));
        }
        for byte in 6..=u8::MAX {
            assert_eq!(LifecycleState::try_from(byte), Err(UnknownStateByte(byte)));
        }
    }

    #[test]
    fn legal_moves() {
        use LifecycleState::*;
        let legal: Vec<(LifecycleState, LifecycleState)> = LifecycleState::ALL
            .iter()
            .flat_map(|from| LifecycleState::ALL.iter().map(move |to| (*from, *to)))
            .filter(|(from, to)| from.can_move_to(*to))
            .collect();
        assert_eq!(
            legal,
            vec![
                (Loaded, Linked),
                (Loaded, Removed),
                (Linked, Initialized),
                (Linked, Removed),
                (Initialized, Active),
                (Initialized, Removed),
                (Active, Draining),
                (Draining, Removed),
            ]
        );
    }

    proptest! {
        /// Random move sequences against a model: the state changes exactly
        /// when the model says the move is legal from the current state.
        #[test]
        fn random_sequences_follow_the_model(moves in proptest::collection::vec((0u8..6, 0u8..6), 0..40)) {
            let lifecycle = PluginLifecycle::new();
            let mut model = LifecycleState::Loaded;
            for (from, to) in moves {
                let (from, to) = (LifecycleState::try_from(from).unwrap(), LifecycleState::try_from(to).unwrap());
                let result = lifecycle.transition(from, to);
                if from == model && from.can_move_to(to) {
                    prop_assert!(result.is_ok());
                    model = to;
                } else {
                    prop_assert!(result.is_err());
                }
                prop_assert_eq!(lifecycle.state(), model);
            }
        }
    }
}
