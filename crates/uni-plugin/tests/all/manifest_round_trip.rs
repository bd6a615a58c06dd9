//! Manifest → TOML → manifest and manifest → JSON → manifest are identities.

use std::time::Duration;

use proptest::prelude::*;
use uni_plugin::manifest::*;
use uni_plugin::semver::{Version, VersionReq};
use uni_plugin::{ByteSize, Capability, HumanDuration, PluginId, TypeName};

fn type_name() -> impl Strategy<Value = TypeName> {
    let simple = prop::sample::select(vec![
        TypeName::Boolean,
        TypeName::Int8,
        TypeName::Int32,
        TypeName::Int64,
        TypeName::UInt16,
        TypeName::UInt64,
        TypeName::Float32,
        TypeName::Float64,
        TypeName::Utf8,
        TypeName::LargeUtf8,
        TypeName::Binary,
        TypeName::Date32,
        TypeName::TimestampUs,
    ]);
    simple.prop_recursive(2, 4, 1, |inner| inner.prop_map(|item| TypeName::List(Box::new(item))))
}

fn capability() -> impl Strategy<Value = Capability> {
    prop::sample::select(vec![
        "log",
        "env:GEO_*",
        "env:HOME",
        "fs-read:data",
        "fs-write:/var/lib/x",
        "secret:api-key",
        "secret:db/*",
    ])
    .prop_map(|text| text.parse().unwrap())
}

fn text() -> impl Strategy<Value = String> {
    // Quotes, backslashes, newlines and non-ASCII all have to survive.
    "[a-zA-Z0-9 \"\\\\\n\u{e9}\u{4e16}]{0,12}"
}

fn function(idx: usize) -> impl Strategy<Value = FunctionDecl> {
    let kind = prop::sample::select(vec![FunctionKind::Scalar, FunctionKind::Aggregate, FunctionKind::Table]);
    (
        kind,
        prop::collection::vec(type_name(), 0..4),
        type_name(),
        prop::collection::vec(type_name(), 1..3),
        prop::option::of(prop::sample::select(vec![
            Determinism::Deterministic,
            Determinism::Stable,
            Determinism::Volatile,
        ])),
        prop::option::of(text()),
        prop::collection::vec((text(), text()), 0..2),
    )
        .prop_map(move |(kind, args, returns, columns, determinism, doc, examples)| FunctionDecl {
            name: format!("fn_{idx}"),
            kind,
            args,
            returns: if kind == FunctionKind::Table {
                Returns::Columns(
                    columns.into_iter().enumerate().map(|(c, ty)| Column { name: format!("col_{c}"), ty }).collect(),
                )
            } else {
                Returns::Type(returns)
            },
            determinism,
            doc,
            examples: examples.into_iter().map(|(sql, expect)| Example { sql, expect }).collect(),
        })
}

fn config() -> impl Strategy<Value = ConfigMap> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e12f64..1e12).prop_map(serde_json::Value::from),
        text().prop_map(serde_json::Value::from),
    ];
    let value = leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(serde_json::Value::Array),
            prop::collection::vec(inner, 1..3).prop_map(|items| {
                serde_json::Value::Object(items.into_iter().enumerate().map(|(i, v)| (format!("k{i}"), v)).collect())
            }),
        ]
    });
    prop::collection::vec(value, 0..4)
        .prop_map(|values| values.into_iter().enumerate().map(|(i, v)| (format!("key_{i}"), v)).collect())
}

fn manifest() -> impl Strategy<Value = PluginManifest> {
    let info = (
        "[a-z][a-z0-9]{0,6}\\.[a-z][a-z0-9_-]{0,6}[a-z0-9]",
        prop::option::of(text()),
        (0u64..20, 0u64..20, 0u64..20),
        prop::sample::select(vec![PluginKind::Native, PluginKind::Wasm]),
        "[a-z]{1,8}(\\.wasm)?",
        prop::sample::select(vec![Determinism::Stable, Determinism::Volatile, Determinism::Deterministic]),
        prop::option::of(text()),
        prop::collection::vec(text(), 0..2),
    )
        .prop_map(|(id, name, (major, minor, patch), kind, entry, determinism, description, authors)| PluginInfo {
            id: PluginId::parse(&id).unwrap(),
            name,
            version: Version::new(major, minor, patch),
            abi: VersionReq::parse("^0.1").unwrap(),
            kind,
            entry,
            determinism,
            description,
            license: None,
            authors,
            homepage: None,
            repository: Some("https://example.com/repo".into()),
        });
    (
        info,
        prop::collection::vec((0usize..3, prop::collection::vec("[a-z_]{1,6}", 0..2)), 0..3),
        prop::collection::vec(capability(), 0..3),
        prop::collection::vec(capability(), 0..3),
        (prop::option::of(1u64..1 << 40), prop::option::of(1u64..1 << 40)),
        config(),
        (0usize..4).prop_flat_map(|n| (0..n).map(function).collect::<Vec<_>>()),
        prop::collection::vec(
            prop::sample::select(vec![
                HookEvent::BeforeQuery,
                HookEvent::AfterQuery,
                HookEvent::OnLoad,
                HookEvent::OnUnload,
            ]),
            0..3,
        ),
        prop::collection::vec(prop::sample::select(vec![TriggerTiming::Before, TriggerTiming::After]), 0..3),
        prop::collection::vec(
            prop_oneof![
                (1u64..100_000).prop_map(|ms| Schedule::Every(HumanDuration::new(Duration::from_millis(ms)))),
                prop::sample::select(vec!["*/30 * * * * *", "0 0 12 * * MON-FRI", "0 15,45 * 1 JAN *"])
                    .prop_map(|cron| Schedule::Cron(cron.parse().unwrap())),
            ],
            0..3,
        ),
    )
        .prop_map(
            |(plugin, deps, required, optional, (memory, timeout), config, functions, hooks, triggers, jobs)| {
                let dependencies = deps
                    .into_iter()
                    .enumerate()
                    .map(|(dep_idx, (major, uses))| Dependency {
                        id: PluginId::parse(&format!("org.dep.d{dep_idx}")).unwrap(),
                        version: VersionReq::parse(&format!(">={major}.0, <{}", major + 1)).unwrap(),
                        uses,
                    })
                    .collect();
                let optional: Vec<Capability> = optional.into_iter().filter(|c| !required.contains(c)).collect();
                let mut unique_required = Vec::new();
                for capability in required {
                    if !unique_required.contains(&capability) {
                        unique_required.push(capability);
                    }
                }
                let mut unique_optional = Vec::new();
                for capability in optional {
                    if !unique_optional.contains(&capability) {
                        unique_optional.push(capability);
                    }
                }
                PluginManifest {
                    plugin,
                    dependencies,
                    capabilities: CapabilityRequest { required: unique_required, optional: unique_optional },
                    limits: LimitsRequest {
                        memory: memory.map(ByteSize::from_bytes),
                        timeout: timeout.map(|ns| HumanDuration::new(Duration::from_nanos(ns))),
                    },
                    config,
                    functions,
                    hooks: hooks
                        .into_iter()
                        .enumerate()
                        .map(|(i, event)| HookDecl { event, handler: format!("hook_{i}") })
                        .collect(),
                    triggers: triggers
                        .into_iter()
                        .enumerate()
                        .map(|(i, when)| TriggerDecl {
                            table: format!("sales.t{i}"),
                            event: TriggerEvent::Insert,
                            when,
                            handler: format!("trigger_{i}"),
                        })
                        .collect(),
                    jobs: jobs
                        .into_iter()
                        .enumerate()
                        .map(|(i, schedule)| JobDecl {
                            name: format!("job_{i}"),
                            schedule,
                            handler: format!("job_{i}"),
                        })
                        .collect(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn toml_round_trip(manifest in manifest()) {
        let text = manifest.to_toml_string().unwrap();
        let parsed = PluginManifest::from_toml_str(&text).unwrap_or_else(|e| panic!("{e}\n---\n{text}"));
        prop_assert_eq!(parsed, manifest);
    }

    #[test]
    fn json_round_trip(manifest in manifest()) {
        let text = manifest.to_json_string().unwrap();
        let parsed = PluginManifest::from_json_str(&text).unwrap_or_else(|e| panic!("{e}\n---\n{text}"));
        prop_assert_eq!(parsed, manifest);
    }

    #[test]
    fn toml_and_json_agree(manifest in manifest()) {
        let via_toml = PluginManifest::from_toml_str(&manifest.to_toml_string().unwrap()).unwrap();
        let via_json = PluginManifest::from_json_str(&via_toml.to_json_string().unwrap()).unwrap();
        prop_assert_eq!(via_json, via_toml);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = PluginManifest::from_toml_str(&text);
        let _ = PluginManifest::from_json_str(&text);
    }
}

#[test]
fn design_example_parses() {
    let text = include_str!("../fixtures/design_example.toml");
    let manifest = PluginManifest::from_toml_str(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(manifest.plugin.id.as_str(), "ai.uniplug.geo");
    assert_eq!(manifest.dependencies.len(), 2);
    assert_eq!(manifest.dependencies[0].id.as_str(), "ai.uniplug.stats");
    assert_eq!(manifest.dependencies[0].uses, ["geomean"]);
    assert_eq!(manifest.limits.memory, Some(ByteSize::from_bytes(64 << 20)));
    assert_eq!(manifest.functions[0].signature_text(), "haversine(float64, float64, float64, float64) -> float64");
    assert_eq!(manifest.triggers[0].when, TriggerTiming::After);
    assert!(matches!(manifest.jobs[0].schedule, Schedule::Cron(_)));
    let again = PluginManifest::from_toml_str(&manifest.to_toml_string().unwrap()).unwrap();
    assert_eq!(again, manifest);
}
