/*
 * bcryptprimitives.dll for Wine 8: one function, ProcessPrng.
 *
 * Rust's standard library (1.78 and later) fills its random bytes (the seeds of HashMap's
 * RandomState, among others) with ProcessPrng, imported from bcryptprimitives.dll, the way
 * Windows 10 and later do it themselves. Wine 8.0, the version Debian 12 ships, has no
 * bcryptprimitives.dll at all (later Wine releases add one), so every Rust program fails before
 * main with "Library bcryptprimitives.dll ... not found" (status c0000135, exit code 53).
 *
 * This file is the whole DLL: ProcessPrng forwards to BCryptGenRandom with the system's
 * preferred generator, which Wine's bcrypt.dll implements. scripts/windows/setup.sh builds it
 * with mingw (x86_64-w64-mingw32-gcc -shared) and copies it into the System32 folder of the
 * Wine prefix the tests run in, where the loader finds it for every program started there:
 * test binaries, doctests (built in temporary folders), examples and the CLI. WINEDLLPATH is
 * no place for it: Wine looks there only for its own builtin DLLs and ignores a plain PE DLL.
 * A Wine that has a bcryptprimitives.dll of its own loads that one first (Wine's default
 * order for the DLLs it implements is builtin, then native), so there the copy goes unused;
 * real Windows never sees this file.
 *
 * Contract (as on Windows): ProcessPrng(data, length) fills `length` bytes and returns TRUE.
 * Windows' version never fails; this one returns FALSE only if BCryptGenRandom does, and Rust
 * treats FALSE as fatal, which is the right outcome for a broken generator.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* BCryptGenRandom takes a ULONG length; SIZE_T is 64 bits here, so go in chunks. */
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
