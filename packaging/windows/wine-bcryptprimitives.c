/* bcryptprimitives.dll for Wine 8 prefixes only (never shipped): every Windows 10 has this DLL, Wine 8.0 lacks
 * it, and Rust programs (python-calamine's extension module) import ProcessPrng from it, so without it the app's
 * request-register module fails to import under Wine. ProcessPrng fills a buffer from the system's random
 * number generator, as on Windows. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len) {
    ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
    data += chunk;
    len -= chunk;
  }
  return TRUE;
}
