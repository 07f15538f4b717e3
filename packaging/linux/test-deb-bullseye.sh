#!/usr/bin/env bash
# Prove a .deb in an old userland: install it into a fresh copy of a Debian 11 "bullseye" root filesystem
# (glibc 2.31; amd64 natively, arm64 under qemu-user-static) with only its declared dependencies, run the
# installed app's smoke test there with no network (window offscreen on the built-in sample, every tab,
# typing and undo, a PDF), then uninstall it and check that the user's data stays.
#
# Usage: packaging/linux/test-deb-bullseye.sh dist/disclosure-gui_<version>_<arch>.deb     (root; ROOTFS_CACHE)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEB=$(realpath "${1:?usage: test-deb-bullseye.sh PACKAGE.deb}")
ARCH=$(dpkg-deb -f "$DEB" Architecture)
PKG=$(dpkg-deb -f "$DEB" Package)
BASE=$("$ROOT/packaging/linux/bullseye-rootfs.sh" "$ARCH")
RFS=${TEST_ROOTFS_DIR:-$ROOT/build/test-rootfs-$ARCH}
t0=$(date +%s)
rm -rf "$RFS" && cp -a "$BASE" "$RFS"
cp /etc/resolv.conf "$RFS/etc/resolv.conf"
cp "$DEB" "$RFS/tmp/app.deb"

# Run a command inside the root filesystem; OFFLINE=1 also cuts it off from every network.
in_root() {
  unshare -m ${OFFLINE:+-n} bash -c 'set -e; r=$1; shift; mount --rbind /dev "$r/dev"; mount -t proc proc "$r/proc"
    exec chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"' \
    _ "$RFS" "$@"
}

echo "userland: $(in_root ldd --version | head -n 1)"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/app.deb >/dev/null
echo "installed with its dependencies: $(( $(date +%s) - t0 )) s"
start=$(date +%s%N)
OFFLINE=1 in_root env QT_QPA_PLATFORM=offscreen /usr/bin/disclosure-gui smoke-test --data-dir /root/data
echo "installed smoke test, offline, in bullseye $ARCH: $(( ($(date +%s%N) - start) / 1000000 )) ms"
in_root apt-get remove -y -qq "$PKG" >/dev/null
test ! -e "$RFS/opt/apps/$PKG" && test ! -e "$RFS/usr/bin/disclosure-gui"
test -d "$RFS/root/data/drafts"
echo "bullseye $ARCH: $(basename "$DEB") installed, smoke-tested offline, removed, user data kept ($(( $(date +%s) - t0 )) s)"
[[ -n ${KEEP_ROOTFS:-} ]] || rm -rf "$RFS"
