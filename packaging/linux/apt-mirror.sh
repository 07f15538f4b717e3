#!/usr/bin/env bash
# Sourced by the build scripts: the Debian archive this machine's apt already uses (DEBIAN_MIRROR overrides it),
# so nothing here names a mirror of its own.
debian_mirror() {
  if [[ -n ${DEBIAN_MIRROR:-} ]]; then echo "$DEBIAN_MIRROR"; return; fi
  local found
  found=$(sed -n 's|^URIs:[[:space:]]*\([^[:space:]]*/debian\)/*$|\1|p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
  [[ -n $found ]] || found=$(sed -n 's|^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*/debian\)/*[[:space:]].*|\2|p' \
    /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -n 1)
  [[ -n $found ]] || { echo "error: no Debian archive in apt's sources; set DEBIAN_MIRROR" >&2; return 1; }
  echo "$found"
}
