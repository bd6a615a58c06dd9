//! `docs/cli.md` shows every command's `--help` exactly as the binary prints it.

use crate::{root, run};

#[test]
fn the_cli_reference_matches_help() {
    let reference = std::fs::read_to_string(root().join("docs/cli.md")).unwrap();
    let mut commands = vec![vec![]];
    for command in ["sql", "check", "inspect", "build", "new", "keygen", "sign", "verify", "cluster"] {
        commands.push(vec![command]);
    }
    for command in commands {
        let mut args = command.clone();
        args.push("--help");
        let (code, help, _) = run(&args);
        assert_eq!(code, 0);
        assert!(
            reference.contains(help.trim_end()),
            "docs/cli.md is out of date for `uniplug {}`; paste its --help:\n{help}",
            command.join(" ")
        );
    }
}
