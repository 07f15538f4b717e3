#!/usr/bin/env bash
# Build the CPython the Linux bundle carries, linked against an old glibc so the package starts on the
# office desktops: glibc 2.28 for amd64 (统信UOS 20), 2.31 for arm64 (麒麟 V10 SP1 on 鲲鹏/飞腾).
#
# The compiler is Zig's (PyPI "ziglang"): `zig cc -target x86_64-linux-gnu.2.28` links against the symbol
# versions of that glibc release whatever the build machine has, and cross-compiles to aarch64 the same way.
# Sources are Debian bookworm's source packages (python3.11, zlib, libffi) fetched with apt-get source
# through a private source list, so the build machine's apt configuration is left alone.
# zlib and libffi are linked statically into the modules that need them; modules that would need other
# libraries of the build machine (ssl, sqlite, lzma, bz2, readline, curses, uuid, dbm, tk) are left out:
# the app uses none of them.
#
# The interpreter has no run path: run it with LD_LIBRARY_PATH=PREFIX/lib (PyInstaller bundles libpython).
# Usage: ARCH=amd64|arm64 packaging/linux/build-python.sh PREFIX     (4-11 min on 2 cores; see packaging/README.md)
set -euo pipefail
ARCH=${ARCH:-$(dpkg --print-architecture)}
PREFIX=${1:?usage: build-python.sh PREFIX}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${PYBUILD_DIR:-$ROOT/build/python-$ARCH}
JOBS=${JOBS:-$(nproc)}
case $ARCH in
  amd64) TRIPLE=x86_64-linux-gnu; GLIBC=${TARGET_GLIBC:-2.28} ;;
  arm64) TRIPLE=aarch64-linux-gnu; GLIBC=${TARGET_GLIBC:-2.31} ;;
  *) echo "unsupported ARCH=$ARCH" >&2; exit 2 ;;
esac
# A Python 3.11 of the build machine: cross-compiling CPython needs one of the same version (Debian 12's is).
# shellcheck source=apt-mirror.sh
source "$ROOT/packaging/linux/apt-mirror.sh"
BUILD_PY=${BUILD_PYTHON:-/usr/bin/python3.11}
[[ -x $BUILD_PY ]] || BUILD_PY=$(command -v python3.11) || { echo "error: no python3.11 (set BUILD_PYTHON)" >&2; exit 1; }
mkdir -p "$WORK" "$PREFIX"
PREFIX=$(cd "$PREFIX" && pwd)
start=$(date +%s)

# Zig, from PyPI, in a venv of its own; one cache for both architectures.
ZIGDIR=${ZIG_DIR:-$ROOT/build/zig}
if [[ ! -x $ZIGDIR/venv/bin/python ]]; then
  "$BUILD_PY" -m venv "$ZIGDIR/venv"
  "$ZIGDIR/venv/bin/python" -m pip install -q "ziglang==0.13.0"
fi
ZIG=$("$ZIGDIR/venv/bin/python" -c 'import ziglang, os; print(os.path.join(os.path.dirname(ziglang.__file__), "zig"))')
export ZIG_GLOBAL_CACHE_DIR=$ZIGDIR/cache ZIG_LOCAL_CACHE_DIR=$ZIGDIR/cache
mkdir -p "$WORK/bin"
# zig cc turns on UBSan traps when no -O is given, which breaks configure's test programs. Nothing here is
# C++, but configure scripts try the C++ compiler: -nostdlib++ spares building Zig's libc++ for that.
# Zig's linker knows -soname but not its short form -h, which CPython's Makefile uses for libpython.
# For standard input ("-") without -x, zig cc lists the build machine's /usr/include as its search path, and
# CPython's setup.py asks exactly that (cc -E -v -) to find include folders: "-x c" makes zig answer with its
# own headers for the target.
for tool in cc c++; do
  cat >"$WORK/bin/$TRIPLE-$tool" <<WRAPPER
#!/bin/sh
for arg; do
  shift
  case \$arg in
    -Wl,-h*) set -- "\$@" "-Wl,-soname,\${arg#-Wl,-h}" ;;
    -) set -- "\$@" -x c - ;;
    *) set -- "\$@" "\$arg" ;;
  esac
done
exec "$ZIG" $tool -target $TRIPLE.$GLIBC -fno-sanitize=undefined $([[ $tool == c++ ]] && echo -nostdlib++) "\$@"
WRAPPER
done
for tool in ar ranlib; do printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$ZIG" "$tool" >"$WORK/bin/$TRIPLE-$tool"; done
printf '#!/bin/sh\nexec readelf "$@"\n' >"$WORK/bin/$TRIPLE-readelf"   # binutils' readelf reads every architecture
# CPython's setup.py adds /usr/include/<multiarch> of the build machine when dpkg-architecture names it.
printf '#!/bin/sh\nexit 1\n' >"$WORK/bin/dpkg-architecture"
chmod +x "$WORK"/bin/*
export CC=$WORK/bin/$TRIPLE-cc CXX=$WORK/bin/$TRIPLE-c++ AR=$WORK/bin/$TRIPLE-ar RANLIB=$WORK/bin/$TRIPLE-ranlib READELF=$WORK/bin/$TRIPLE-readelf
export PKG_CONFIG=/bin/false   # never pick up the build machine's libraries

# Debian's source packages, through a private apt configuration.
SRC=$WORK/src
if [[ ! -e $SRC/.fetched ]]; then
  mkdir -p "$SRC/apt/lists/partial" "$SRC/apt/cache"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(debian_mirror) bookworm main" >"$SRC/apt/sources.list"
  APT=(apt-get -qq -o "Dir::Etc::SourceList=$SRC/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
       -o "Dir::State::Lists=$SRC/apt/lists" -o "Dir::Cache=$SRC/apt/cache")
  "${APT[@]}" update
  (cd "$SRC" && "${APT[@]}" source --download-only python3.11 zlib libffi 2>/dev/null)
  touch "$SRC/.fetched"
fi
DEPS=$WORK/deps
rm -rf "$WORK/tree" && mkdir -p "$WORK/tree" "$DEPS"
cd "$WORK/tree"
for tarball in "$SRC"/python3.11_*.orig.tar.* "$SRC"/zlib_*.orig.tar.* "$SRC"/libffi_*.orig.tar.*; do tar xf "$tarball"; done

# zlib and libffi: static (only libffi.a exists, so setup.py's -lffi links it in), position-independent.
# (libffi's static trampolines do not compile with clang 16+; Python does not use them.)
{
  (cd zlib-*/ && CFLAGS="-O2 -fPIC" CHOST=$TRIPLE ./configure --static --prefix="$DEPS" && make -j"$JOBS" libz.a && make install)
  (cd libffi-*/ && ./configure --host="$TRIPLE" --prefix="$DEPS" --disable-shared --enable-static --with-pic \
     --disable-docs --disable-multi-os-directory --disable-exec-static-tramp CFLAGS="-O2" && make -j"$JOBS" && make install)
} >"$WORK/deps.log" 2>&1 || { grep -v warning "$WORK/deps.log" | tail -n 30 >&2; exit 1; }
echo "zlib, libffi: $(( $(date +%s) - start )) s"

cd Python-*/
# Modules left out: they would link the build machine's libraries, and the app needs none of them.
OFF=(_ssl _hashlib _sqlite3 _tkinter _curses _curses_panel readline _dbm _gdbm _uuid _bz2 _lzma nis _crypt
     _testcapi _testinternalcapi _testbuffer _testimportmultiple _testmultiphase _xxtestfuzz _ctypes_test
     xxlimited xxlimited_35 xxsubtype _xxsubinterpreters)
OFFVARS=(); for m in "${OFF[@]}"; do OFFVARS+=("py_cv_module_$m=n/a"); done
# Always a cross build, also for amd64 on amd64: a native build would add the build machine's /usr/include
# to the modules' compiler flags, mixing its newer glibc headers with those of the target.
CROSS=(--build="$(uname -m)-pc-linux-gnu" --host="$TRIPLE" --with-build-python="$BUILD_PY" ac_cv_file__dev_ptmx=yes ac_cv_file__dev_ptc=no
       ac_cv_buggy_getaddrinfo=no)
./configure -q --prefix="$PREFIX" --enable-shared --with-ensurepip=install --without-static-libpython \
  "${CROSS[@]}" "${OFFVARS[@]}" \
  CPPFLAGS="-I$DEPS/include" LDFLAGS="-L$DEPS/lib" \
  ZLIB_CFLAGS="-I$DEPS/include" ZLIB_LIBS="$DEPS/lib/libz.a" \
  LIBFFI_CFLAGS="-I$DEPS/include" LIBFFI_LIBS="$DEPS/lib/libffi.a" >/dev/null
PATH="$WORK/bin:$PATH" make -s -j"$JOBS" >"$WORK/make.log" 2>&1 || { tail -n 40 "$WORK/make.log" >&2; exit 1; }
# No byte-compiling of the whole standard library (three times, minutes on 2 cores): PyInstaller compiles
# the modules it bundles.
PATH="$WORK/bin:$PATH" make -s install COMPILEALL_OPTS="-x ." >"$WORK/install.log" 2>&1 || { tail -n 40 "$WORK/install.log" >&2; exit 1; }
# Every module the app or PyInstaller needs must have been built.
if grep -A12 "^Failed to build" "$WORK/make.log" | grep -E -w "_ctypes|zlib|_posixsubprocess|pyexpat|_struct|_json|_decimal|_socket|select|math|_datetime|unicodedata|_multibytecodec|_codecs_cn"; then
  echo "error: modules above failed to build, see $WORK/make.log" >&2; exit 1
fi
echo "python for $TRIPLE (glibc $GLIBC) in $PREFIX: $(( $(date +%s) - start )) s"
