/*
 * The enumeration of the mpr.dll test double: WNetOpenEnumW takes the model's snapshot into the
 * double's memory (the model adds each entry with wnet4j_double_snapshot_add) under a handle of the
 * double's own; WNetEnumResourceW hands out as many entries as fit (structures first, strings
 * packed at the buffer's end, 0xCD between), ERROR_MORE_DATA with the first entry's size when not
 * even one fits, ERROR_NO_MORE_ITEMS at the end (or the model's failure, placed after its entries);
 * WNetCloseEnum frees the handle. A closed (stale) or never-issued handle is ERROR_INVALID_HANDLE,
 * counted; so are the handles open now.
 */
#include "mpr_double.h"

EXPORT DWORD WNetOpenEnumW(DWORD dwScope, DWORD dwType, DWORD dwUsage, NETRESOURCEW *lpNetResource,
                           HANDLE *lphEnum);
EXPORT DWORD WNetEnumResourceW(HANDLE hEnum, DWORD *lpcCount, void *lpBuffer, DWORD *lpBufferSize);
EXPORT DWORD WNetCloseEnum(HANDLE hEnum);
EXPORT DWORD wnet4j_double_snapshot_add(struct snapshot *sink, DWORD scope, DWORD type, DWORD display_type,
                                        DWORD usage, const WCHAR *local, const WCHAR *remote,
                                        const WCHAR *comment, const WCHAR *provider);
EXPORT DWORD wnet4j_double_open_enumerations(void);
EXPORT void wnet4j_double_handle_rejections(DWORD out[2]);

#define RESOURCE_GLOBALNET 2u

#define STRINGS_PER_ENTRY 4
#define HANDLE_BASE 0x4E450000u /* handles look like Windows': non-zero multiples of 4 */

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

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER; /* guards the handles and their counts */
static struct enumeration *open_list;
static DWORD open_count;
static uintptr_t next_id = HANDLE_BASE;
static DWORD stale_handles;
static DWORD unknown_handles;

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
    DWORD hostile = hostile_mode();
    if (hostile >= 1 && hostile <= HOSTILE_LAST_ENUM_MODE) {
        DWORD broken = hostile_enum_resource(e->cursor++, lpcCount, lpBuffer, size);
        pthread_mutex_unlock(&lock);
        log_buffer_call(2, size, broken, 0);
        return broken;
    }
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
            memset(structs_end, FILLER_BYTE, (size_t) (end - structs_end));
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
