/* A stand-in for Windows' bcryptprimitives.dll, for the Wine prefix of
 * scripts/check-windows.sh only (never shipped): Go's runtime (1.22 and
 * later) takes its random numbers from ProcessPrng in bcryptprimitives.dll,
 * which Windows 10 and 11 have and Debian 12's Wine 8.0 lacks, so a Go
 * program stops at start there ("fatal error: bcryptprimitives.dll not
 * found"). This ProcessPrng calls RtlGenRandom (advapi32's
 * SystemFunction036), which Wine has. */
#include <windows.h>
typedef BOOLEAN (WINAPI *genrandom)(PVOID, ULONG);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
	static genrandom f;
	if (!f) f = (genrandom)GetProcAddress(LoadLibraryA("advapi32.dll"), "SystemFunction036");
	if (!f) return FALSE;
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!f(data, n)) return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
