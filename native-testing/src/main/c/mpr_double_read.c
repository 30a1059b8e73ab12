/*
 * The read side of the mpr.dll test double: WNetGetConnectionW, WNetOpenEnumW,
 * WNetEnumResourceW, WNetCloseEnum and WNetGetUniversalNameW with Windows' buffer rules, answered
 * from the served model (see docs/specification.md, "Reading connection state", R5 and R11-R12):
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
EXPORT DWORD WNetOpenEnumW(DWORD dwScope, DWORD dwType, DWORD dwUsage, NETRESOURCEW *lpNetResource,
                           HANDLE *lphEnum);
EXPORT DWORD WNetEnumResourceW(HANDLE hEnum, DWORD *lpcCount, void *lpBuffer, DWORD *lpBufferSize);
EXPORT DWORD WNetCloseEnum(HANDLE hEnum);
EXPORT DWORD WNetGetUniversalNameW(const WCHAR *lpLocalPath, DWORD dwInfoLevel, void *lpBuffer,
                                   DWORD *lpBufferSize);
EXPORT DWORD wnet4j_double_snapshot_add(struct snapshot *sink, DWORD scope, DWORD type, DWORD display_type,
                                        DWORD usage, const WCHAR *local, const WCHAR *remote,
                                        const WCHAR *comment, const WCHAR *provider);
EXPORT DWORD wnet4j_double_layout(DWORD *out, DWORD capacity);
EXPORT DWORD wnet4j_double_open_enumerations(void);
EXPORT void wnet4j_double_handle_rejections(DWORD out[2]);
EXPORT void wnet4j_double_check_allocations(BOOL on);
EXPORT DWORD wnet4j_double_buffer_calls(DWORD *out, DWORD max_records);
EXPORT void wnet4j_double_clear_buffer_calls(void);

#define RESOURCE_GLOBALNET 2u
#define ERROR_INVALID_LEVEL 124u
#define FILLER 0xCD
#define STRINGS_PER_ENTRY 4
#define HANDLE_BASE 0x4E450000u /* handles look like Windows': non-zero multiples of 4 */
#define BUFFER_LOG 256u

struct entry {
    DWORD fields[4]; /* scope, type, display type, usage */
    WCHAR *strings[STRINGS_PER_ENTRY]; /* local, remote, comment, provider; NULL for none */
    DWORD units[STRINGS_PER_ENTRY];
};

struct snapshot {
    struct entry *entries;
    size_t count;
    size_t capacity;
    int out_of_memory;
};

struct enumeration {
    uintptr_t id;
    struct snapshot snap;
    size_t cursor;
    DWORD enum_code;  /* the model's failure for WNetEnumResource, once the entries are read */
    DWORD close_code; /* the model's failure for WNetCloseEnum */
    struct enumeration *next;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER; /* guards everything below */
static struct enumeration *open_list;
static DWORD open_count;
static uintptr_t next_id = HANDLE_BASE;
static DWORD stale_handles;
static DWORD unknown_handles;
static DWORD buffer_log[BUFFER_LOG][4]; /* function, size declared, code, size written back */
static DWORD buffer_log_next;
static DWORD buffer_log_count;
static atomic_int check_allocations = 1;

static void log_buffer_call(DWORD function, DWORD declared, DWORD code, DWORD needed) {
    pthread_mutex_lock(&lock);
    DWORD *record = buffer_log[buffer_log_next];
    record[0] = function;
    record[1] = declared;
    record[2] = code;
    record[3] = needed;
    buffer_log_next = (buffer_log_next + 1) % BUFFER_LOG;
    if (buffer_log_count < BUFFER_LOG) {
        buffer_log_count++;
    }
    pthread_mutex_unlock(&lock);
}

/* Whether buf can hold declared bytes; counts a violation if not. */
static int buffer_ok(const char *function, const void *buf, size_t declared) {
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

static size_t string_bytes(DWORD units) {
    return units == NO_STRING ? 0 : ((size_t) units + 1) * sizeof(WCHAR);
}

/* Copies units (and a NUL) to just below *end, moves *end down, and returns where it went. */
static WCHAR *place_string(char **end, const WCHAR *units, DWORD count) {
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

DWORD wnet4j_double_snapshot_add(struct snapshot *sink, DWORD scope, DWORD type, DWORD display_type,
                                 DWORD usage, const WCHAR *local, const WCHAR *remote,
                                 const WCHAR *comment, const WCHAR *provider) {
    if (sink->count == sink->capacity) {
        size_t grown = sink->capacity == 0 ? 16 : sink->capacity * 2;
        struct entry *more = realloc(sink->entries, grown * sizeof *more);
        if (more == NULL) {
            sink->out_of_memory = 1;
            return ERROR_NOT_ENOUGH_MEMORY;
        }
        sink->entries = more;
        sink->capacity = grown;
    }
    struct entry *e = &sink->entries[sink->count];
    memset(e, 0, sizeof *e);
    e->fields[0] = scope;
    e->fields[1] = type;
    e->fields[2] = display_type;
    e->fields[3] = usage;
    const WCHAR *strings[STRINGS_PER_ENTRY] = {local, remote, comment, provider};
    for (int i = 0; i < STRINGS_PER_ENTRY; i++) {
        e->units[i] = NO_STRING;
        if (strings[i] != NULL) {
            DWORD n = units_before_nul(strings[i]);
            e->strings[i] = malloc(string_bytes(n));
            if (e->strings[i] == NULL) {
                sink->out_of_memory = 1;
                sink->count++; /* freed with the snapshot */
                return ERROR_NOT_ENOUGH_MEMORY;
            }
            memcpy(e->strings[i], strings[i], string_bytes(n));
            e->units[i] = n;
        }
    }
    sink->count++;
    return NO_ERROR;
}

static void free_snapshot(struct snapshot *snap) {
    for (size_t i = 0; i < snap->count; i++) {
        for (int s = 0; s < STRINGS_PER_ENTRY; s++) {
            free(snap->entries[i].strings[s]);
        }
    }
    free(snap->entries);
}

DWORD WNetOpenEnumW(DWORD dwScope, DWORD dwType, DWORD dwUsage, NETRESOURCEW *lpNetResource, HANDLE *lphEnum) {
    if (lphEnum == NULL) {
        abi_violation("WNetOpenEnumW got a NULL lphEnum");
        return ERROR_INVALID_ADDRESS;
    }
    if (lpNetResource != NULL && dwScope != RESOURCE_GLOBALNET) {
        abi_violation("WNetOpenEnumW got an lpNetResource, which must be NULL unless dwScope is RESOURCE_GLOBALNET");
        return ERROR_INVALID_PARAMETER;
    }
    struct model *m = atomic_load(&served);
    if (m == NULL) {
        return ERROR_NO_NETWORK;
    }
    struct enumeration *e = calloc(1, sizeof *e);
    if (e == NULL) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    DWORD failed_call = 0;
    DWORD code = m->open_enum(dwScope, dwType, dwUsage, &e->snap, &failed_call);
    if (code == NO_ERROR && e->snap.out_of_memory) {
        code = ERROR_NOT_ENOUGH_MEMORY;
        failed_call = 1;
    }
    if (code != NO_ERROR && (failed_call == 2 || failed_call == 3)) {
        /* The open succeeds; the failure comes from the call the model named. */
        *(failed_call == 2 ? &e->enum_code : &e->close_code) = code;
    } else if (code != NO_ERROR) {
        free_snapshot(&e->snap);
        free(e);
        return code;
    }
    pthread_mutex_lock(&lock);
    e->id = next_id;
    next_id += 4;
    e->next = open_list;
    open_list = e;
    open_count++;
    pthread_mutex_unlock(&lock);
    *lphEnum = (HANDLE) e->id;
    return NO_ERROR;
}

/* The enumeration with this handle, or NULL (counted as stale or unknown); the lock is held. */
static struct enumeration **find_locked(HANDLE hEnum) {
    uintptr_t id = (uintptr_t) hEnum;
    for (struct enumeration **at = &open_list; *at != NULL; at = &(*at)->next) {
        if ((*at)->id == id) {
            return at;
        }
    }
    if (id >= HANDLE_BASE && id < next_id && (id - HANDLE_BASE) % 4 == 0) {
        stale_handles++;
    } else {
        unknown_handles++;
    }
    return NULL;
}

static size_t entry_bytes(const struct entry *e) {
    size_t bytes = sizeof(NETRESOURCEW);
    for (int s = 0; s < STRINGS_PER_ENTRY; s++) {
        bytes += string_bytes(e->units[s]);
    }
    return bytes;
}

DWORD WNetEnumResourceW(HANDLE hEnum, DWORD *lpcCount, void *lpBuffer, DWORD *lpBufferSize) {
    if (lpcCount == NULL || lpBufferSize == NULL) {
        abi_violation("WNetEnumResourceW got a NULL lpcCount or lpBufferSize");
        return ERROR_INVALID_ADDRESS;
    }
    DWORD size = *lpBufferSize;
    if (!buffer_ok("WNetEnumResourceW", lpBuffer, size)) {
        return ERROR_INVALID_ADDRESS;
    }
    if (atomic_load(&served) == NULL) {
        return ERROR_NO_NETWORK; /* R11: no network is tested before the handle */
    }
    if (*lpcCount == 0) {
        return ERROR_INVALID_PARAMETER;
    }
    pthread_mutex_lock(&lock);
    struct enumeration **at = find_locked(hEnum);
    if (at == NULL) {
        pthread_mutex_unlock(&lock);
        return ERROR_INVALID_HANDLE;
    }
    struct enumeration *e = *at;
    struct snapshot *snap = &e->snap;
    DWORD code = NO_ERROR;
    DWORD needed = 0;
    size_t fit = 0;
    size_t total = 0;
    if (e->cursor == snap->count) {
        code = e->enum_code != NO_ERROR ? e->enum_code : ERROR_NO_MORE_ITEMS;
        *lpcCount = 0;
    } else {
        size_t wanted = *lpcCount; /* 0xFFFFFFFF: as many as fit */
        while (fit < wanted && e->cursor + fit < snap->count
               && total + entry_bytes(&snap->entries[e->cursor + fit]) <= (size & ~1u)) {
            total += entry_bytes(&snap->entries[e->cursor + fit]);
            fit++;
        }
        if (fit == 0) {
            needed = (DWORD) entry_bytes(&snap->entries[e->cursor]);
            *lpBufferSize = needed;
            code = ERROR_MORE_DATA;
        } else {
            NETRESOURCEW *structs = lpBuffer;
            char *end = (char *) lpBuffer + (size & ~1u);
            for (size_t i = 0; i < fit; i++) {
                const struct entry *from = &snap->entries[e->cursor + i];
                NETRESOURCEW *to = &structs[i];
                to->dwScope = from->fields[0];
                to->dwType = from->fields[1];
                to->dwDisplayType = from->fields[2];
                to->dwUsage = from->fields[3];
                to->lpLocalName = place_string(&end, from->strings[0], from->units[0]);
                to->lpRemoteName = place_string(&end, from->strings[1], from->units[1]);
                to->lpComment = place_string(&end, from->strings[2], from->units[2]);
                to->lpProvider = place_string(&end, from->strings[3], from->units[3]);
            }
            char *structs_end = (char *) &structs[fit];
            memset(structs_end, FILLER, (size_t) (end - structs_end));
            *lpcCount = (DWORD) fit;
            e->cursor += fit;
        }
    }
    pthread_mutex_unlock(&lock);
    log_buffer_call(2, size, code, needed);
    return code;
}

DWORD WNetCloseEnum(HANDLE hEnum) {
    /* No network check: a handle the caller holds can always be closed. */
    pthread_mutex_lock(&lock);
    struct enumeration **at = find_locked(hEnum);
    if (at == NULL) {
        pthread_mutex_unlock(&lock);
        return ERROR_INVALID_HANDLE;
    }
    struct enumeration *e = *at;
    *at = e->next;
    open_count--;
    pthread_mutex_unlock(&lock);
    /* Decision: a close the model fails still frees the handle (a caller cannot retry it usefully). */
    DWORD code = e->close_code;
    free_snapshot(&e->snap);
    free(e);
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
            memset((char *) lpBuffer + header, FILLER, (size_t) (end - ((char *) lpBuffer + header)));
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

DWORD wnet4j_double_open_enumerations(void) {
    pthread_mutex_lock(&lock);
    DWORD n = open_count;
    pthread_mutex_unlock(&lock);
    return n;
}

void wnet4j_double_handle_rejections(DWORD out[2]) {
    pthread_mutex_lock(&lock);
    out[0] = stale_handles;
    out[1] = unknown_handles;
    pthread_mutex_unlock(&lock);
}

void wnet4j_double_check_allocations(BOOL on) {
    atomic_store(&check_allocations, on != 0);
}

DWORD wnet4j_double_buffer_calls(DWORD *out, DWORD max_records) {
    pthread_mutex_lock(&lock);
    DWORD n = buffer_log_count < max_records ? buffer_log_count : max_records;
    DWORD first = (buffer_log_next + BUFFER_LOG - buffer_log_count) % BUFFER_LOG;
    DWORD skip = buffer_log_count - n; /* keep the most recent n */
    for (DWORD i = 0; i < n; i++) {
        memcpy(out + 4 * i, buffer_log[(first + skip + i) % BUFFER_LOG], 4 * sizeof(DWORD));
    }
    pthread_mutex_unlock(&lock);
    return n;
}

void wnet4j_double_clear_buffer_calls(void) {
    pthread_mutex_lock(&lock);
    buffer_log_count = 0;
    buffer_log_next = 0;
    pthread_mutex_unlock(&lock);
}
