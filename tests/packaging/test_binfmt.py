"""packaging/linux/binfmt.sh: the arm64 build registers qemu with binfmt_misc on a machine without binfmt-support.

The kernel's binfmt_misc folder is stood in for by a plain folder: its `register` file receives what the kernel
would read, and a `mount` on PATH records being called where the real one would mount binfmt_misc.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import CHECKOUT

SCRIPT = CHECKOUT / "packaging" / "linux" / "binfmt.sh"
# Debian 12's /usr/lib/binfmt.d/qemu-aarch64.conf, as qemu-user-static ships it (one line, no newline inside).
LINE = (
    r":qemu-aarch64:M::\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00:"
    r"\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:"
    r"/usr/libexec/qemu-binfmt/aarch64-binfmt-P:OPF"
)


def register(tmp_path: Path, proc: Path, conf_text: str | None = LINE + "\n") -> subprocess.CompletedProcess[str]:
    conf = tmp_path / "qemu-aarch64.conf"
    if conf_text is not None:
        conf.write_text("# qemu-user-static\n" + conf_text, encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    fake_mount = bin_dir / "mount"
    # mount -t binfmt_misc binfmt_misc DIR: record the call, then show the register file as the kernel would.
    fake_mount.write_text(f'#!/bin/sh\necho "$@" >>{tmp_path}/mount.log\ntouch "$4/register"\n', encoding="utf-8")
    fake_mount.chmod(0o755)
    return subprocess.run(
        [
            "bash",
            "-c",
            f'set -e; PATH={bin_dir}:$PATH; source {SCRIPT}; register_binfmt qemu-aarch64 "$0" "$1"',
            conf,
            proc,
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_an_unregistered_interpreter_gets_the_line_qemu_user_static_ships(tmp_path: Path) -> None:
    proc = tmp_path / "binfmt_misc"
    proc.mkdir()
    (proc / "register").write_text("", encoding="utf-8")
    result = register(tmp_path, proc)
    assert result.returncode == 0, result.stderr
    assert (proc / "register").read_text(encoding="utf-8") == LINE  # the entry exactly, the F flag kept
    assert not (tmp_path / "mount.log").exists()


def test_binfmt_misc_is_mounted_first_when_it_is_not(tmp_path: Path) -> None:
    proc = tmp_path / "binfmt_misc"
    proc.mkdir()
    result = register(tmp_path, proc)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "mount.log").read_text(encoding="utf-8").split() == [
        "-t",
        "binfmt_misc",
        "binfmt_misc",
        str(proc),
    ]
    assert (proc / "register").read_text(encoding="utf-8") == LINE


def test_an_interpreter_already_registered_is_left_alone(tmp_path: Path) -> None:
    proc = tmp_path / "binfmt_misc"
    proc.mkdir()
    (proc / "register").write_text("", encoding="utf-8")
    (proc / "qemu-aarch64").write_text("enabled\n", encoding="utf-8")
    result = register(tmp_path, proc)
    assert result.returncode == 0, result.stderr
    assert (proc / "register").read_text(encoding="utf-8") == ""


def test_without_qemu_user_static_it_fails_saying_why(tmp_path: Path) -> None:
    proc = tmp_path / "binfmt_misc"
    proc.mkdir()
    (proc / "register").write_text("", encoding="utf-8")
    missing = register(tmp_path, proc, conf_text=None)
    assert missing.returncode != 0 and "qemu-user-static" in missing.stderr
    other = register(tmp_path, proc, conf_text=":qemu-arm:M::\\x7fELF:\\xff:/usr/bin/qemu-arm-static:F\n")
    assert other.returncode != 0 and "no entry for qemu-aarch64" in other.stderr
    assert (proc / "register").read_text(encoding="utf-8") == ""
