//! A real cargo build of a scratch copy of the workspace follows pages being edited, added,
//! renamed and deleted: the macro reruns and the constants and tables change with the folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const PROBE: &str = r#"fn main() {
    println!("pages={}", winerror::pages().len());
    for name in std::env::args().skip(1) {
        match winerror::by_name(&name) {
            Some(page) => println!("{name}={}:{}", page.code().raw(), page.message()),
            None => println!("{name}=missing"),
        }
    }
}
"#;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ sits in the workspace").to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "target" {
            continue;
        }
        let path = entry.path();
        if entry.file_type().unwrap().is_symlink() {
            // `catalogue/docs` links to the workspace's `docs/`: keep it a link, so the scratch
            // crate reads the scratch workspace's pages.
            let _ = fs::remove_file(to.join(&name));
            #[cfg(unix)]
            std::os::unix::fs::symlink(fs::read_link(&path).unwrap(), to.join(&name)).unwrap();
        } else if path.is_dir() {
            copy_dir(&path, &to.join(&name))
        } else {
            fs::copy(&path, to.join(&name)).map(drop).unwrap()
        }
    }
}

/// A workspace with the real crates, the real pages and a probe binary.
fn scratch_workspace() -> PathBuf {
    let root = workspace_root();
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rebuild-scratch");
    let _ = fs::remove_dir_all(scratch.join("docs"));
    for krate in ["codegen", "pages", "macros", "catalogue"] {
        // A fresh copy: files deleted or moved since an earlier run must not linger.
        let _ = fs::remove_dir_all(scratch.join(krate));
        copy_dir(&root.join(krate), &scratch.join(krate));
    }
    // Every family: pages mention errors of other families, and each mention must resolve.
    copy_dir(&root.join("docs"), &scratch.join("docs"));
    let manifest = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let members_line = manifest.lines().find(|l| l.starts_with("members")).expect("a members line");
    let manifest =
        manifest
            .lines()
            .filter(|l| !l.starts_with("default-members"))
            .map(|l| {
                if l == members_line { r#"members = ["codegen", "pages", "macros", "catalogue", "probe"]"# } else { l }
            })
            .collect::<Vec<_>>()
            .join("\n");
    fs::write(scratch.join("Cargo.toml"), manifest).unwrap();
    fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock")).unwrap();
    fs::create_dir_all(scratch.join("probe/src")).unwrap();
    fs::write(
        scratch.join("probe/Cargo.toml"),
        "[package]\nname = \"probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nwinerror = { path = \"../catalogue\" }\n",
    )
    .unwrap();
    fs::write(scratch.join("probe/src/main.rs"), PROBE).unwrap();
    scratch
}

/// Builds and runs the probe; returns its output lines.
fn probe(scratch: &Path, names: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "-p", "probe", "--"])
        .args(names)
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the scratch build failed:\n{stderr}");
    String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect()
}

fn count(lines: &[String]) -> usize {
    lines[0].strip_prefix("pages=").and_then(|n| n.parse().ok()).expect("a count line")
}

#[test]
fn the_catalogue_follows_pages_edited_added_renamed_and_deleted() {
    let scratch = scratch_workspace();
    let ipsec = scratch.join("docs/ipsec");
    let names = ["ERROR_IPSEC_IKE_MM_DELAY_DROP", "ERROR_SCRATCH_ADDED", "ERROR_SCRATCH_RENAMED"];

    let before = probe(&scratch, &names);
    let pages = count(&before);
    assert_eq!(before[1], "ERROR_IPSEC_IKE_MM_DELAY_DROP=13814:Negotiation took too long.");
    assert_eq!(before[2], "ERROR_SCRATCH_ADDED=missing");

    // Edit: a changed message reaches the compiled tables.
    let page = ipsec.join("ERROR_IPSEC_IKE_MM_DELAY_DROP.md");
    let text = fs::read_to_string(&page).unwrap();
    fs::write(&page, text.replacen("Negotiation took too long.", "Negotiation took far too long.", 1)).unwrap();
    let edited = probe(&scratch, &names);
    assert_eq!(edited[1], "ERROR_IPSEC_IKE_MM_DELAY_DROP=13814:Negotiation took far too long.");

    // Add: a new page becomes a new constant and table row.
    let added = ipsec.join("ERROR_SCRATCH_ADDED.md");
    fs::write(&added, "# ERROR_SCRATCH_ADDED - 65000 (0xFDE8)\n\nA page added by the test.\n").unwrap();
    let after_add = probe(&scratch, &names);
    assert_eq!(count(&after_add), pages + 1);
    assert_eq!(after_add[2], "ERROR_SCRATCH_ADDED=65000:A page added by the test.");

    // Rename: the old name disappears, the new one appears.
    fs::remove_file(&added).unwrap();
    fs::write(ipsec.join("ERROR_SCRATCH_RENAMED.md"), "# ERROR_SCRATCH_RENAMED - 65000 (0xFDE8)\n\nRenamed.\n")
        .unwrap();
    let after_rename = probe(&scratch, &names);
    assert_eq!(count(&after_rename), pages + 1);
    assert_eq!(after_rename[2], "ERROR_SCRATCH_ADDED=missing");
    assert_eq!(after_rename[3], "ERROR_SCRATCH_RENAMED=65000:Renamed.");

    // Delete: back to the original count.
    fs::remove_file(ipsec.join("ERROR_SCRATCH_RENAMED.md")).unwrap();
    let after_delete = probe(&scratch, &names);
    assert_eq!(count(&after_delete), pages);
    assert_eq!(after_delete[3], "ERROR_SCRATCH_RENAMED=missing");
}
