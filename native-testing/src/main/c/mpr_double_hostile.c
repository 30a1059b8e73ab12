/*
 * The hostile modes of the mpr.dll test double: answers that break the read functions' buffer
 * contract, as a broken third-party network provider may (issue 22). A test turns one on with
 * wnet4j_double_hostile(mode) and off with mode 0; while one is on, WNetEnumResourceW (after its
 * handle check, so handles are still counted), WNetGetConnectionW and WNetGetUniversalNameW (after
 * their ABI checks) answer from here instead of from the model. Modes:
 *
 *  1 endless, one entry: every WNetEnumResourceW gives the same entry, never ERROR_NO_MORE_ITEMS
 *  2 endless, full buffer: every read fills the buffer with the same entries
 *  3 endless, new entries: every read fills the buffer with entries never given before
 *  4 count -1: the first read writes 3 entries and leaves *lpcCount at 0xFFFFFFFF
 *  5 an entry's lpRemoteName dangles (0x41414141000)
 *  6 an entry's lpRemoteName is a valid 3-unit string 8 bytes before an unmapped page
 *  7 an entry's lpRemoteName runs to the buffer's end with no NUL
 *  8 WNetGetUniversalNameW's lpUniversalName is 0x10
 *  9 WNetGetUniversalNameW's lpUniversalName is the string before the unmapped page
 * 10 WNetGetConnectionW fills every unit of lpRemoteName, no NUL
 * 11 WNetGetUniversalNameW's lpUniversalName runs to the buffer's end with no NUL
 */
#include "mpr_double.h"

#include <sys/mman.h>
#include <unistd.h>

EXPORT void wnet4j_double_hostile(DWORD mode);

static atomic_uint mode_now;
static atomic_uint fresh_names; /* mode 3's counter: each entry a name not given before */

static const WCHAR REMOTE[] = u"\\\\srv\\share";
static const WCHAR LOCAL[] = u"Z:";

void wnet4j_double_hostile(DWORD mode) {
    atomic_store(&mode_now, mode);
}

DWORD hostile_mode(void) {
    return atomic_load(&mode_now);
}

/* A valid "abc" whose NUL is the last unit before a page that is not mapped (made once). */
static WCHAR *before_guard_page;
static pthread_once_t guard_once = PTHREAD_ONCE_INIT;

static void make_guard_page(void) {
    size_t page = (size_t) sysconf(_SC_PAGESIZE);
    char *pages = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED || mprotect(pages + page, page, PROT_NONE) != 0) {
        abort(); /* the mode cannot be served: a test must not pass on a string that is not where it says */
    }
    WCHAR *s = (WCHAR *) (void *) (pages + page - 8);
    s[0] = 'a';
    s[1] = 'b';
    s[2] = 'c';
    s[3] = 0;
    before_guard_page = s;
}

static WCHAR *guarded_string(void) {
    pthread_once(&guard_once, make_guard_page);
    return before_guard_page;
}

/* Writes the decimal digits of n after "\\srv\s" into name (room for 32 units); returns the units. */
static DWORD fresh_name(WCHAR *name, unsigned n) {
    static const WCHAR prefix[] = u"\\\\srv\\s";
    DWORD length = (DWORD) (sizeof prefix / sizeof prefix[0]) - 1;
    memcpy(name, prefix, length * sizeof(WCHAR));
    WCHAR digits[12];
    DWORD count = 0;
    do {
        digits[count++] = (WCHAR) ('0' + n % 10);
        n /= 10;
    } while (n != 0);
    while (count > 0) {
        name[length++] = digits[--count];
    }
    name[length] = 0;
    return length;
}

/* Fills entries from the buffer's start, strings from its end; returns how many fit (at most max). */
static DWORD fill_entries(void *buffer, DWORD size, DWORD max, int fresh) {
    NETRESOURCEW *structs = buffer;
    char *end = (char *) buffer + (size & ~1u);
    DWORD n = 0;
    WCHAR name[32];
    while (n < max) {
        DWORD length = fresh ? fresh_name(name, atomic_fetch_add(&fresh_names, 1u))
                             : (DWORD) (sizeof REMOTE / sizeof REMOTE[0]) - 1;
        size_t need = sizeof(NETRESOURCEW) + string_bytes(length) + string_bytes(2);
        if ((char *) &structs[n] + need > end) {
            break;
        }
        NETRESOURCEW *to = &structs[n];
        memset(to, 0, sizeof *to);
        to->dwScope = 1;
        to->dwType = 1;
        to->dwDisplayType = 3;
        to->dwUsage = 1;
        to->lpLocalName = fresh ? NULL : place_string(&end, LOCAL, 2);
        to->lpRemoteName = place_string(&end, fresh ? name : REMOTE, length);
        n++;
    }
    return n;
}

DWORD hostile_enum_resource(size_t read, DWORD *lpcCount, void *lpBuffer, DWORD size) {
    DWORD mode = hostile_mode();
    if (read > 0 && mode >= 4) {
        *lpcCount = 0;
        return ERROR_NO_MORE_ITEMS; /* the broken read was the first; a backend that goes on finds the end */
    }
    if (size < sizeof(NETRESOURCEW) + 64) {
        *lpcCount = 0;
        return ERROR_MORE_DATA;
    }
    DWORD n = fill_entries(lpBuffer, size, mode == 1 || mode >= 5 ? 1 : mode == 4 ? 3 : 0xFFFFFFFFu, mode == 3);
    NETRESOURCEW *first = lpBuffer;
    *lpcCount = n;
    switch (mode) {
    case 4:
        *lpcCount = 0xFFFFFFFFu;
        break;
    case 5:
        first->lpRemoteName = (WCHAR *) (uintptr_t) 0x41414141000ull;
        break;
    case 6:
        first->lpRemoteName = guarded_string();
        break;
    case 7: {
        WCHAR *end = (WCHAR *) (void *) ((char *) lpBuffer + (size & ~1u));
        WCHAR *s = end - 8;
        for (WCHAR *u = s; u < end; u++) {
            *u = 'A';
        }
        first->lpLocalName = NULL; /* its string was at the end, now overwritten */
        first->lpRemoteName = s;
        break;
    }
    default:
        break;
    }
    return NO_ERROR;
}

DWORD hostile_get_connection(WCHAR *lpRemoteName, DWORD capacity) {
    for (DWORD i = 0; i < capacity; i++) {
        lpRemoteName[i] = 'A';
    }
    return NO_ERROR;
}

int hostile_universal_mode(DWORD mode) {
    return mode == 8 || mode == 9 || mode == 11;
}

DWORD hostile_universal_name(void *lpBuffer, DWORD size) {
    DWORD mode = hostile_mode();
    if (size < sizeof(REMOTE_NAME_INFOW) + 16) {
        return ERROR_MORE_DATA;
    }
    REMOTE_NAME_INFOW *info = lpBuffer;
    memset(info, 0, sizeof *info);
    if (mode == 8) {
        info->lpUniversalName = (WCHAR *) (uintptr_t) 0x10u;
    } else if (mode == 9) {
        info->lpUniversalName = guarded_string();
    } else {
        WCHAR *end = (WCHAR *) (void *) ((char *) lpBuffer + (size & ~1u));
        WCHAR *s = end - 8;
        for (WCHAR *u = s; u < end; u++) {
            *u = 'A';
        }
        info->lpUniversalName = s;
    }
    return NO_ERROR;
}
