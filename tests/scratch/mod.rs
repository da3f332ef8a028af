//! Scratch crates: small crates outside this workspace that depend on `tencent-errors` by path
//! and are built with the real `cargo`, the way a user's crate would be.
//!
//! Every scratch crate is its own empty `[workspace]` in a fresh temporary directory (removed
//! on drop). They all share one target directory, `<this build's target dir>/scratch`, so the
//! dependencies (syn, serde, the macro, ...) are compiled once per machine rather than once per
//! test. This workspace's `Cargo.lock` is copied in, so the scratch build resolves to the very
//! versions the main build has already downloaded and needs no network (`--offline`).
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The root of this repository (the facade package).
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `<target>/scratch`, where `<target>` is the target directory this test binary was built in
/// (`<target>/debug/deps/<test>`), so `CARGO_TARGET_DIR` and `build.target-dir` are honoured.
pub fn shared_target_dir() -> PathBuf {
    let from_exe = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()));
    let target = from_exe.unwrap_or_else(|| repo_root().join("target"));
    target.join("scratch")
}

/// A scratch crate in a temporary directory.
pub struct Scratch {
    dir: PathBuf,
}

/// The output of a cargo command.
pub struct Run {
    /// What the command printed on stdout.
    pub stdout: String,
    /// What cargo printed on stderr (`Compiling ...`, errors).
    pub stderr: String,
    /// Whether it exited successfully.
    pub success: bool,
}

impl Scratch {
    /// A new crate named `name` whose `[dependencies]` section is `dependencies`; `{root}`
    /// in it is replaced by this repository's path as a TOML string.
    pub fn new(name: &str, dependencies: &str) -> Scratch {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = std::env::temp_dir().join(format!(
            "tencent-errors-{name}-{}-{nanos}",
            std::process::id()
        ));
        fs::create_dir_all(dir.join("src")).expect("create the scratch crate");
        let root = format!("{:?}", repo_root().display().to_string());
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{}\n\n# Not part of any enclosing workspace.\n[workspace]\n",
            dependencies.replace("{root}", &root)
        );
        let scratch = Scratch { dir };
        scratch.write("Cargo.toml", &manifest);
        if let Ok(lock) = fs::read(repo_root().join("Cargo.lock")) {
            scratch.write_bytes("Cargo.lock", &lock);
        }
        scratch
    }

    /// The crate's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes `contents` to `relative` (creating directories as needed).
    pub fn write(&self, relative: &str, contents: &str) {
        self.write_bytes(relative, contents.as_bytes());
    }

    fn write_bytes(&self, relative: &str, contents: &[u8]) {
        let path = self.dir.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create the directory");
        }
        fs::write(&path, contents).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    /// Runs `cargo <args> --offline` in the crate with the shared target directory and
    /// `RUSTDOCFLAGS=-D warnings` (generated docs must not warn).
    pub fn cargo(&self, args: &[&str]) -> Run {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let started = Instant::now();
        let output = Command::new(cargo)
            .args(args)
            .arg("--offline")
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", shared_target_dir())
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("run cargo");
        let run = Run {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            success: output.status.success(),
        };
        // Shown with --nocapture: how long the scratch builds take on this machine.
        eprintln!(
            "scratch: cargo {} took {:.1?}",
            args.join(" "),
            started.elapsed()
        );
        run
    }

    /// [`Scratch::cargo`], failing the test with cargo's output unless it succeeds.
    pub fn cargo_ok(&self, args: &[&str]) -> Run {
        let run = self.cargo(args);
        assert!(
            run.success,
            "`cargo {}` failed in {}:\n{}",
            args.join(" "),
            self.dir.display(),
            run.stderr
        );
        run
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}
