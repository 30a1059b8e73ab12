/*
 * The read side of the mpr.dll test double: WNetGetConnectionW, WNetOpenEnumW,
 * WNetEnumResourceW, WNetCloseEnum (those three in mpr_double_enum.c) and WNetGetUniversalNameW
 * with Windows' buffer rules, answered from the served model (see docs/specification.md, "Reading connection state", R5 and R11-R12):
 *
 * - a buffer too small: ERROR_MORE_DATA and the size needed written back (UTF-16 units for
 *   GetConnection, bytes for the others), nothing else written;
 * - structures first in the caller's buffer, the strings they point to packed at its end (so a
 *   backend that assumes the strings follow the structures directly reads the 0xCD filler between);
 * - OpenEnum takes the model's snapshot; EnumResource hands out as many entries as fit (a count of
 *   0xFFFFFFFF asks for all), ERROR_MORE_DATA if not even one fits, ERROR_NO_MORE_ITEMS at the end;
 * - handles are the double's own numbers: a closed one (stale) or one never issued gives
 *   ERROR_INVALID_HANDLE, and both are counted, as are the enumerations still open.
 *
 * ABI checks, each counted as a violation: NULL where Windows requires a pointer, a non-NULL
 * lpNetResource outside RESOURCE_GLOBALNET, and a buffer size larger than the caller's block (the
 * buffer must be the start of a malloc block, as JNA's Memory and jffi's allocateMemory are;
 * malloc_usable_size tells the block's size; wnet4j_double_check_allocations(0) turns it off).
 */
#include "mpr_double.h"

#include <malloc.h>
#include <stdio.h>

EXPORT DWORD WNetGetConnectionW(const WCHAR *lpLocalName, WCHAR *lpRemoteName, DWORD *lpnLength);
EXPORT DWORD WNetGetUniversalNameW(const WCHAR *lpLocalPath, DWORD dwInfoLevel, void *lpBuffer,
                                   DWORD *lpBufferSize);
EXPORT DWORD wnet4j_double_layout(DWORD *out, DWORD capacity);
EXPORT void wnet4j_double_check_allocations(BOOL on);
EXPORT DWORD wnet4j_double_buffer_calls(DWORD *out, DWORD max_records);
EXPORT void wnet4j_double_clear_buffer_calls(void);

#define ERROR_INVALID_LEVEL 124u
#define BUFFER_LOG 256u

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER; /* guards the buffer log */
static DWORD buffer_log[BUFFER_LOG][4]; /* function, size declared, code, size written back */
static DWORD buffer_log_next;
static DWORD buffer_log_count;
static atomic_int check_allocations = 1;

void log_buffer_call(DWORD function, DWORD declared, DWORD code, DWORD needed) {
    pthread_mutex_lock(&log_lock);
    DWORD *record = buffer_log[buffer_log_next];
    record[0] = function;
    record[1] = declared;
    record[2] = code;
    record[3] = needed;
    buffer_log_next = (buffer_log_next + 1) % BUFFER_LOG;
    if (buffer_log_count < BUFFER_LOG) {
        buffer_log_count++;
    }
    pthread_mutex_unlock(&log_lock);
}

/* Whether buf can hold declared bytes; counts a violation if not. */
int buffer_ok(const char *function, const void *buf, size_t declared) {
    char what[200];
    if (buf == NULL) {
        if (declared == 0) {
            return 1; /* a size query */
        }
        snprintf(what, sizeof what, "%s got a NULL buffer declared as %zu bytes", function, declared);
        abi_violation(what);
        return 0;
    }
    if (atomic_load(&check_allocations)) {
        size_t usable = malloc_usable_size((void *) buf);
        if (declared > usable) {
            snprintf(what, sizeof what, "%s was told its buffer holds %zu bytes, but the caller's block holds %zu",
                     function, declared, usable);
            abi_violation(what);
            return 0;
        }
    }
    return 1;
}

size_t string_bytes(DWORD units) {
    return units == NO_STRING ? 0 : ((size_t) units + 1) * sizeof(WCHAR);
}

/* Copies units (and a NUL) to just below *end, moves *end down, and returns where it went. */
WCHAR *place_string(char **end, const WCHAR *units, DWORD count) {
    if (units == NULL || count == NO_STRING) {
        return NULL;
    }
    *end -= string_bytes(count);
    WCHAR *at = (WCHAR *) (void *) *end;
    memcpy(at, units, (size_t) count * sizeof(WCHAR));
    at[count] = 0;
    return at;
}

DWORD WNetGetConnectionW(const WCHAR *lpLocalName, WCHAR *lpRemoteName, DWORD *lpnLength) {
    if (lpLocalName == NULL) {
        abi_violation("WNetGetConnectionW got a NULL lpLocalName");
        return ERROR_INVALID_PARAMETER;
    }
    if (lpnLength == NULL) {
        abi_violation("WNetGetConnectionW got a NULL lpnLength");
        return ERROR_INVALID_ADDRESS;
    }
    DWORD capacity = *lpnLength; /* in units */
    if (!buffer_ok("WNetGetConnectionW", lpRemoteName, (size_t) capacity * sizeof(WCHAR))) {
        return ERROR_INVALID_ADDRESS;
    }
    if (hostile_mode() == HOSTILE_CONNECTION_MODE) {
        return hostile_get_connection(lpRemoteName, capacity);
    }
    struct model *m = atomic_load(&served);
    if (m == NULL) {
        return ERROR_NO_NETWORK;
    }
    WCHAR *remote = calloc(MODEL_TEXT_CAPACITY, sizeof(WCHAR));
    if (remote == NULL) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    DWORD length = NO_STRING;
    DWORD code = m->get_connection(lpLocalName, units_before_nul(lpLocalName), remote, MODEL_TEXT_CAPACITY, &length);
    DWORD needed = 0;
    if (length != NO_STRING) {
        if (length >= MODEL_TEXT_CAPACITY) {
            length = MODEL_TEXT_CAPACITY - 1;
        }
        /* Decision: a name that comes with ERROR_CONNECTION_UNAVAIL (R2) needs room too. */
        if (capacity < length + 1) {
            needed = length + 1;
            *lpnLength = needed;
            code = ERROR_MORE_DATA;
        } else {
            memcpy(lpRemoteName, remote, (size_t) length * sizeof(WCHAR));
            lpRemoteName[length] = 0;
        }
    }
    free(remote);
    log_buffer_call(1, capacity, code, needed);
    return code;
}

DWORD WNetGetUniversalNameW(const WCHAR *lpLocalPath, DWORD dwInfoLevel, void *lpBuffer, DWORD *lpBufferSize) {
    if (lpLocalPath == NULL) {
        abi_violation("WNetGetUniversalNameW got a NULL lpLocalPath");
        return ERROR_INVALID_PARAMETER;
    }
    if (lpBufferSize == NULL) {
        abi_violation("WNetGetUniversalNameW got a NULL lpBufferSize");
        return ERROR_INVALID_ADDRESS;
    }
    DWORD size = *lpBufferSize;
    if (!buffer_ok("WNetGetUniversalNameW", lpBuffer, size)) {
        return ERROR_INVALID_ADDRESS;
    }
    if (hostile_universal_mode(hostile_mode())) {
        return hostile_universal_name(lpBuffer, size);
    }
    struct model *m = atomic_load(&served);
    if (m == NULL) {
        return ERROR_NO_NETWORK;
    }
    WCHAR *names = calloc(3 * (size_t) MODEL_TEXT_CAPACITY, sizeof(WCHAR));
    if (names == NULL) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    DWORD lengths[3] = {NO_STRING, NO_STRING, NO_STRING};
    DWORD code = m->universal_name(lpLocalPath, units_before_nul(lpLocalPath), dwInfoLevel, names,
                                   MODEL_TEXT_CAPACITY, lengths);
    DWORD needed = 0;
    if (code == NO_ERROR) {
        size_t count = dwInfoLevel == 1 ? 1 : dwInfoLevel == 2 ? 3 : 0;
        size_t header = dwInfoLevel == 1 ? sizeof(UNIVERSAL_NAME_INFOW) : sizeof(REMOTE_NAME_INFOW);
        size_t bytes = header;
        for (size_t i = 0; i < count; i++) {
            if (lengths[i] != NO_STRING && lengths[i] >= MODEL_TEXT_CAPACITY) {
                lengths[i] = MODEL_TEXT_CAPACITY - 1;
            }
            bytes += string_bytes(lengths[i]);
        }
        if (count == 0) {
            code = ERROR_INVALID_LEVEL; /* the model answered a level the double cannot lay out */
        } else if (size < bytes) {
            needed = (DWORD) bytes;
            *lpBufferSize = needed;
            code = ERROR_MORE_DATA;
        } else {
            char *end = (char *) lpBuffer + (size & ~1u);
            WCHAR *pointers[3] = {NULL, NULL, NULL};
            for (size_t i = 0; i < count; i++) {
                pointers[i] = place_string(&end, names + i * MODEL_TEXT_CAPACITY, lengths[i]);
            }
            memcpy(lpBuffer, pointers, count * sizeof(WCHAR *));
            memset((char *) lpBuffer + header, FILLER_BYTE, (size_t) (end - ((char *) lpBuffer + header)));
        }
    }
    free(names);
    log_buffer_call(3, size, code, needed);
    return code;
}

DWORD wnet4j_double_layout(DWORD *out, DWORD capacity) {
    const DWORD layout[] = {
        offsetof(NETRESOURCEW, dwScope), offsetof(NETRESOURCEW, dwType), offsetof(NETRESOURCEW, dwDisplayType),
        offsetof(NETRESOURCEW, dwUsage), offsetof(NETRESOURCEW, lpLocalName), offsetof(NETRESOURCEW, lpRemoteName),
        offsetof(NETRESOURCEW, lpComment), offsetof(NETRESOURCEW, lpProvider), sizeof(NETRESOURCEW),
        sizeof(UNIVERSAL_NAME_INFOW), offsetof(REMOTE_NAME_INFOW, lpUniversalName),
        offsetof(REMOTE_NAME_INFOW, lpConnectionName), offsetof(REMOTE_NAME_INFOW, lpRemainingPath),
        sizeof(REMOTE_NAME_INFOW), sizeof(HANDLE),
    };
    DWORD n = (DWORD) (sizeof layout / sizeof layout[0]);
    for (DWORD i = 0; i < n && i < capacity; i++) {
        out[i] = layout[i];
    }
    return n;
}

void wnet4j_double_check_allocations(BOOL on) {
    atomic_store(&check_allocations, on != 0);
}

DWORD wnet4j_double_buffer_calls(DWORD *out, DWORD max_records) {
    pthread_mutex_lock(&log_lock);
    DWORD n = buffer_log_count < max_records ? buffer_log_count : max_records;
    DWORD first = (buffer_log_next + BUFFER_LOG - buffer_log_count) % BUFFER_LOG;
    DWORD skip = buffer_log_count - n; /* keep the most recent n */
    for (DWORD i = 0; i < n; i++) {
        memcpy(out + 4 * i, buffer_log[(first + skip + i) % BUFFER_LOG], 4 * sizeof(DWORD));
    }
    pthread_mutex_unlock(&log_lock);
    return n;
}

void wnet4j_double_clear_buffer_calls(void) {
    pthread_mutex_lock(&log_lock);
    buffer_log_count = 0;
    buffer_log_next = 0;
    pthread_mutex_unlock(&log_lock);
}
