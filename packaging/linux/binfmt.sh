# Sourced by bullseye-rootfs.sh: register qemu-user-static's interpreter for ARCH with the kernel's binfmt_misc
# without binfmt-support (update-binfmts) or systemd-binfmt, which a fresh build machine may lack: the line
# qemu-user-static ships in /usr/lib/binfmt.d/ is what those tools write into binfmt_misc's register file.
# With its F flag the kernel opens the interpreter once, so it also works inside a chroot.

# register_binfmt NAME [CONF] [DIR]: e.g. register_binfmt qemu-aarch64; DIR defaults to /proc/sys/fs/binfmt_misc
# (mounted here when it is not), CONF to /usr/lib/binfmt.d/NAME.conf. Returns non-zero, saying why, on failure.
register_binfmt() {
  local name=$1 conf=${2:-/usr/lib/binfmt.d/$1.conf} dir=${3:-/proc/sys/fs/binfmt_misc} line
  [[ -e $dir/$name ]] && return 0
  if [[ ! -e $dir/register ]]; then
    mount -t binfmt_misc binfmt_misc "$dir" || { echo "error: cannot mount binfmt_misc on $dir" >&2; return 1; }
  fi
  [[ -e $dir/$name ]] && return 0   # registered before, visible once mounted
  [[ -r $conf ]] || { echo "error: $conf is missing (qemu-user-static not installed?)" >&2; return 1; }
  line=$(grep -m 1 "^:$name:" "$conf") || { echo "error: $conf has no entry for $name" >&2; return 1; }
  printf '%s' "$line" >"$dir/register" || { echo "error: the kernel refused $name's binfmt_misc entry" >&2; return 1; }
}
