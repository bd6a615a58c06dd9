//! `uniplug inspect`: what a plugin is, asks for, provides, and whether its
//! signature holds — without loading it.

use std::fmt::Write as _;
use std::path::Path;

use uni_plugin::PluginManifest;
use uni_plugin::manifest::{PluginKind, Schedule};
use uni_plugin_host::signing::{self, PublicKey, SignatureError};

use crate::args::InspectArgs;
use crate::build;
use crate::error::{CliError, CliResult};

/// The signature status of a plugin directory, in words.
pub fn signature_status(dir: &Path, trusted: &[PublicKey]) -> String {
    match signing::verify_plugin_dir(dir, trusted) {
        Ok(signed) => format!("signed by trusted key {}", signed.key_id),
        Err(SignatureError::UntrustedKey { key_id, .. }) if trusted.is_empty() => {
            format!("signed by key {key_id}, intact (pass --trusted KEY to check trust)")
        }
        Err(SignatureError::UntrustedKey { key_id, .. }) => format!("signed by key {key_id}, which is NOT trusted"),
        Err(SignatureError::Unsigned { .. }) => "not signed".to_owned(),
        Err(error) => format!("INVALID: {error}"),
    }
}

fn describe(dir: &Path, manifest: &PluginManifest, trusted: &[PublicKey]) -> String {
    let info = &manifest.plugin;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}{}",
        info.id,
        info.version,
        info.name.as_ref().map(|n| format!(" — {n}")).unwrap_or_default()
    );
    if let Some(description) = &info.description {
        let _ = writeln!(out, "  {description}");
    }
    let artifact = match info.kind {
        PluginKind::Wasm => match std::fs::metadata(dir.join(&info.entry)) {
            Ok(meta) => format!("{} ({} KiB)", info.entry, meta.len() / 1024),
            Err(_) => format!("{} (missing: run `uniplug build {}`)", info.entry, dir.display()),
        },
        PluginKind::Native => format!("{} (linked into the host binary)", info.entry),
    };
    let _ = writeln!(out, "kind         {}, entry {artifact}", info.kind);
    let _ = writeln!(out, "abi          {}", info.abi);
    let _ = writeln!(out, "determinism  {}", info.determinism);
    if let Some(license) = &info.license {
        let _ = writeln!(out, "license      {license}");
    }
    let list = |items: Vec<String>| if items.is_empty() { "none".to_owned() } else { items.join(", ") };
    let caps = &manifest.capabilities;
    let _ = writeln!(out, "capabilities required: {}", list(caps.required.iter().map(ToString::to_string).collect()));
    let _ = writeln!(out, "             optional: {}", list(caps.optional.iter().map(ToString::to_string).collect()));
    let limits = &manifest.limits;
    let _ = writeln!(
        out,
        "limits       memory {}, timeout {} (the policy may lower them)",
        limits.memory.map_or("policy default".to_owned(), |m| m.to_string()),
        limits.timeout.map_or("policy default".to_owned(), |t| t.to_string())
    );
    for dependency in &manifest.dependencies {
        let _ = writeln!(out, "depends on   {} {}", dependency.id, dependency.version);
    }
    let _ = writeln!(out, "functions:");
    for function in &manifest.functions {
        let determinism = function.determinism.unwrap_or(info.determinism);
        let _ = writeln!(out, "  {:<9} {}  [{determinism}]", function.kind.name(), function.signature_text());
        if let Some(doc) = &function.doc {
            let _ = writeln!(out, "            {doc}");
        }
    }
    for hook in &manifest.hooks {
        let _ = writeln!(out, "hook         {:?} -> {}", hook.event, hook.handler);
    }
    for trigger in &manifest.triggers {
        let _ = writeln!(
            out,
            "trigger      {:?} {:?} on {} -> {}",
            trigger.when, trigger.event, trigger.table, trigger.handler
        );
    }
    for job in &manifest.jobs {
        let schedule = match &job.schedule {
            Schedule::Cron(cron) => format!("cron {cron:?}"),
            Schedule::Every(every) => format!("every {every}"),
        };
        let _ = writeln!(out, "job          {} ({schedule}) -> {}", job.name, job.handler);
    }
    let _ = writeln!(out, "signature    {}", signature_status(dir, trusted));
    if let Ok(digest) = signing::plugin_digest(dir) {
        let _ = writeln!(out, "digest       blake3:{digest}");
    }
    out
}

/// Parses `--trusted` values (inline keys or key files).
pub fn trusted_keys(specs: &[String]) -> CliResult<Vec<PublicKey>> {
    let here = Path::new(".");
    specs
        .iter()
        .map(|spec| PublicKey::load(spec, here).map_err(|error| CliError::usage(format!("--trusted: {error}"))))
        .collect()
}

/// Runs `uniplug inspect`.
pub fn run(args: InspectArgs) -> CliResult {
    let (_, manifest) = build::read_manifest(&args.dir)?;
    let trusted = trusted_keys(&args.trusted)?;
    if args.json {
        let manifest_json: serde_json::Value = manifest
            .to_json_string()
            .map_err(CliError::failed)
            .and_then(|text| serde_json::from_str(&text).map_err(CliError::failed))?;
        let document = serde_json::json!({
            "manifest": manifest_json,
            "signature": signature_status(&args.dir, &trusted),
            "digest": signing::plugin_digest(&args.dir).ok().map(|d| format!("blake3:{d}")),
        });
        println!("{}", serde_json::to_string_pretty(&document).map_err(CliError::failed)?);
    } else {
        print!("{}", describe(&args.dir, &manifest, &trusted));
    }
    Ok(())
}
