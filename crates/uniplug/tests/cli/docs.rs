//! The docs match the binary: `docs/cli.md` shows every command's `--help`
//! exactly as it prints it, every `uniplug` flag the docs name exists, and
//! every manifest and policy key the reference tables name is one the
//! decoders accept.

use crate::{root, run};

const COMMANDS: [&str; 11] =
    ["sql", "check", "inspect", "build", "new", "keygen", "sign", "verify", "schema", "completions", "cluster"];

fn help(command: &[&str]) -> String {
    let mut args = command.to_vec();
    args.push("--help");
    let (code, help, _) = run(&args);
    assert_eq!(code, 0, "uniplug {args:?}");
    help
}

#[test]
fn the_cli_reference_matches_help() {
    let reference = std::fs::read_to_string(root().join("docs/cli.md")).unwrap();
    let commands = std::iter::once(vec![]).chain(COMMANDS.iter().map(|command| vec![*command]));
    for command in commands {
        let help = help(&command);
        assert!(
            reference.contains(help.trim_end()),
            "docs/cli.md is out of date for `uniplug {}`; paste its --help:\n{help}",
            command.join(" ")
        );
    }
}

/// The `--flags` in `text`.
fn flags(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices("--") {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-') {
            continue;
        }
        let name: String =
            text[at + 2..].chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
        if name.len() > 1 {
            found.push(format!("--{name}"));
        }
    }
    found
}

#[test]
fn every_uniplug_flag_the_docs_name_exists() {
    // Cargo's own flags, which prose about building uniplug wraps onto
    // lines of their own.
    const CARGO: [&str; 8] = [
        "--features",
        "--release",
        "--locked",
        "--path",
        "--workspace",
        "--all-targets",
        "--no-default-features",
        "--bench",
    ];
    let known: std::collections::BTreeSet<String> = COMMANDS
        .iter()
        .flat_map(|command| flags(&help(&[command])))
        .chain(["--help", "--version"].into_iter().chain(CARGO).map(str::to_owned))
        .collect();
    let mut documents = vec![root().join("README.md")];
    documents.extend(std::fs::read_dir(root().join("docs")).unwrap().flatten().map(|entry| entry.path()));
    for document in documents.into_iter().filter(|path| path.extension().is_some_and(|e| e == "md")) {
        let text = std::fs::read_to_string(&document).unwrap();
        for (number, line) in text.lines().enumerate() {
            // Lines about uniplug itself, not the tools around it.
            let other_tool = ["cargo ", "npm ", "pip ", "componentize", "rustup", "python3 ", "node ", "RUSTFLAGS"]
                .iter()
                .any(|tool| line.contains(tool));
            if !line.contains("uniplug") || other_tool {
                continue;
            }
            for flag in flags(line) {
                assert!(
                    known.contains(&flag),
                    "{}:{}: `{flag}` is not a flag of any uniplug command:\n{line}",
                    document.display(),
                    number + 1
                );
            }
        }
    }
}

/// The first cell of each row of the markdown tables under `heading`
/// (through the next heading of the same level), backticked names only.
fn table_keys(text: &str, heading: &str) -> Vec<String> {
    let Some(start) = text.find(heading) else { panic!("no `{heading}`") };
    let level = heading.chars().take_while(|c| *c == '#').count();
    let rest = &text[start + heading.len()..];
    let end = rest.find(&format!("\n{} ", "#".repeat(level))).unwrap_or(rest.len());
    let mut keys = Vec::new();
    for line in rest[..end].lines().filter(|line| line.starts_with("| `")) {
        let cell = line.split('|').nth(1).unwrap_or_default();
        keys.extend(cell.split('`').skip(1).step_by(2).map(str::to_owned));
    }
    keys
}

#[test]
fn every_key_the_manifest_and_policy_references_name_exists() {
    let manifest = std::fs::read_to_string(root().join("docs/manifest.md")).unwrap();
    let (_, schema, _) = run(&["schema", "manifest"]);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    for (heading, table) in [
        ("## `[plugin]`", &schema["properties"]["plugin"]),
        ("## `[[functions]]`", &schema["properties"]["functions"]["items"]),
    ] {
        let keys = table_keys(&manifest, heading);
        assert!(!keys.is_empty(), "{heading}");
        for key in keys {
            assert!(table["properties"].get(&key).is_some(), "docs/manifest.md {heading}: `{key}` is not a key");
        }
    }
    let policy = std::fs::read_to_string(root().join("docs/policy.md")).unwrap();
    let (_, schema, _) = run(&["schema", "policy"]);
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let properties = &schema["properties"];
    let keys = table_keys(&policy, "# Policy reference");
    assert!(!keys.is_empty());
    for key in keys {
        let key = key.trim_start_matches('[').trim_end_matches(']');
        let known = properties.get(key).is_some()
            || properties["defaults"]["properties"].get(key).is_some()
            || properties["plugins"]["additionalProperties"]["properties"].get(key).is_some();
        assert!(known, "docs/policy.md: `{key}` is not a policy key");
    }
}

/// Every `.rs` file under `dir`, appended to `into`.
fn sources(dir: &std::path::Path, into: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, into);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            into.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_error_the_troubleshooting_table_quotes_exists() {
    let guide = std::fs::read_to_string(root().join("docs/user-guide.md")).unwrap();
    let section = &guide[guide.find("## Troubleshooting").expect("a troubleshooting section")..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |end| end + 3)];
    // The messages as the code spells them, quotes around names dropped
    // (the docs quote messages inside code spans, where backticks cannot
    // nest).
    let mut code = String::new();
    for crate_dir in std::fs::read_dir(root().join("crates")).unwrap().flatten() {
        sources(&crate_dir.path().join("src"), &mut code);
    }
    let code = code.replace('`', "");
    let mut checked = 0;
    for row in section.lines().filter(|line| line.starts_with("| ") && !line.starts_with("| symptom")) {
        let symptom = row.split('|').nth(1).unwrap_or_default();
        for quoted in symptom.split('`').skip(1).step_by(2) {
            for fragment in quoted.split("...").map(str::trim).filter(|fragment| fragment.len() >= 3) {
                assert!(
                    code.contains(fragment),
                    "docs/user-guide.md troubleshooting quotes `{fragment}`, which no message says"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} quoted fragments found");
}
