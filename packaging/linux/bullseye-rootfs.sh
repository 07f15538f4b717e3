#!/usr/bin/env bash
# Make (once) a Debian 11 "bullseye" root filesystem for ARCH (amd64 or arm64) and print its path.
# bullseye has glibc 2.31, the oldest userland Debian's mirrors still serve; it stands in for 麒麟 V10 SP1
# (glibc 2.31) and, for the libraries the package takes from the system, for 统信UOS 20.
# An arm64 root filesystem runs under qemu-user-static through binfmt_misc (registered here if needed, without
# binfmt-support: binfmt.sh).
#
# Cache: $ROOTFS_CACHE (default build/rootfs) keeps the pristine tree; callers copy it before changing it.
# Usage: packaging/linux/bullseye-rootfs.sh ARCH [extra,packages]     needs root, debootstrap
set -euo pipefail
ARCH=${1:?usage: bullseye-rootfs.sh amd64|arm64 [extra,packages]}
EXTRA=${2:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${ROOTFS_CACHE:-$ROOT/build/rootfs}
# shellcheck source=apt-mirror.sh
source "$ROOT/packaging/linux/apt-mirror.sh"
MIRROR=$(debian_mirror)
NAME=bullseye-$ARCH${EXTRA:+-$(echo "$EXTRA" | md5sum | cut -c1-8)}
DIR=$CACHE/$NAME

need() { command -v "$1" >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get -o DPkg::Lock::Timeout=900 update -qq; apt-get -o DPkg::Lock::Timeout=900 install -y -qq "$2" >/dev/null; }; }
need debootstrap debootstrap
if [[ $ARCH != "$(dpkg --print-architecture)" ]]; then
  need qemu-aarch64-static qemu-user-static
  # shellcheck source=binfmt.sh
  source "$ROOT/packaging/linux/binfmt.sh"
  register_binfmt qemu-aarch64
  [[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]] || { echo "error: qemu-aarch64 is not registered with binfmt_misc" >&2; exit 1; }
fi
if [[ ! -e $DIR/.complete ]]; then
  rm -rf "$DIR" && mkdir -p "$CACHE"
  start=$(date +%s)
  debootstrap --variant=minbase --arch="$ARCH" ${EXTRA:+--include="$EXTRA"} bullseye "$DIR" "$MIRROR" >"$DIR.log" 2>&1 \
    || { tail -n 20 "$DIR.log" >&2; exit 1; }
  rm -rf "$DIR"/var/cache/apt/archives/*.deb
  touch "$DIR/.complete"
  echo "made $DIR in $(( $(date +%s) - start )) s" >&2
fi
echo "$DIR"
