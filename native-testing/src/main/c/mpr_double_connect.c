/*
 * The connect side of the mpr.dll test double: WNetAddConnection2W, WNetAddConnection3W,
 * WNetUseConnectionW and WNetAddConnectionW with the Windows ABI, answered by the served model's
 * connect callback (installed by wnet4j_double_serve_connect, for the model wnet4j_double_serve
 * serves now: once another model is served, or none, the connect callback is no longer used).
 *
 * ABI checks, each counted as a violation and answered ERROR_INVALID_PARAMETER without calling
 * the model: a NULL lpNetResource or lpRemoteName; an hwndOwner that is not NULL (a library must
 * never show a window); a string with no NUL within MAX_STRING_UNITS units; a user name that is not
 * the one announced with wnet4j_double_expect_user. That last check is how the double sees the
 * password and the user name swapped, as both are LPCWSTR: a test announces the user name it sends
 * (or that it sends NULL) and then passes a password that differs from it, so a backend that swaps
 * the two puts the password, or NULL, where the announced user name should be. Nothing is announced
 * by default and then the order is not checked.
 *
 * WNetUseConnectionW's access-name buffer follows Windows (specification C16, "WNetUseConnection's
 * outputs"): a buffer with a size of 0 is ERROR_INVALID_PARAMETER; a buffer too small for the name
 * is ERROR_MORE_DATA with the size needed (units, NUL included) written back and the model NOT
 * called, so no connection is made; no buffer (and size 0) connects and writes nothing. The size
 * needed is known before the model is asked: the device named, else a picked device ("Z:" for a
 * disk or any type, "LPT1:" for a printer) with CONNECT_REDIRECT, else the remote name.
 *
 * The password is never copied: the model gets the caller's pointer and its length (the Java
 * side reads it into a char[] and clears that after the model has answered). The double's own
 * buffer for the access name is zeroed before it is freed.
 */
#include "mpr_double.h"

#include <stdio.h>

EXPORT DWORD WNetAddConnection2W(NETRESOURCEW *lpNetResource, const WCHAR *lpPassword, const WCHAR *lpUserName,
                                 DWORD dwFlags);
EXPORT DWORD WNetAddConnection3W(HANDLE hwndOwner, NETRESOURCEW *lpNetResource, const WCHAR *lpPassword,
                                 const WCHAR *lpUserName, DWORD dwFlags);
EXPORT DWORD WNetUseConnectionW(HANDLE hwndOwner, NETRESOURCEW *lpNetResource, const WCHAR *lpPassword,
                                const WCHAR *lpUserId, DWORD dwFlags, WCHAR *lpAccessName, DWORD *lpBufferSize,
                                DWORD *lpResult);
EXPORT DWORD WNetAddConnectionW(const WCHAR *lpRemoteName, const WCHAR *lpPassword, const WCHAR *lpLocalName);
EXPORT void wnet4j_double_serve_connect(wnet4j_connect_fn connect);
EXPORT void wnet4j_double_serve_connect_fixed(DWORD code);
EXPORT void wnet4j_double_expect_user(BOOL check, const WCHAR *user);

/* The longest string Windows takes (32,767 units) and its NUL: an unterminated one is read no further. */
#define MAX_STRING_UNITS 32768u
#define CONNECT_REDIRECT 0x80u
#define CONNECT_LOCALDRIVE 0x100u
#define RESOURCETYPE_PRINT 2u

/* The connect callback and the model it belongs to (the value of served when it was installed). */
struct connect_model {
    struct model *owner;
    wnet4j_connect_fn connect;
};

static struct connect_model *_Atomic connect_served;

static pthread_mutex_t expect_lock = PTHREAD_MUTEX_INITIALIZER; /* guards the announced user name */
static int expect_check;
static WCHAR *expect_user; /* NULL: the user name announced is NULL */

void wnet4j_double_serve_connect(wnet4j_connect_fn connect) {
    struct connect_model *next = NULL;
    if (connect != NULL) {
        next = malloc(sizeof *next);
        if (next != NULL) {
            next->owner = atomic_load(&served);
            next->connect = connect;
        }
    }
    /* Leaked on purpose, like the model: a call on another thread may still be reading it. */
    atomic_store(&connect_served, next);
}

void wnet4j_double_expect_user(BOOL check, const WCHAR *user) {
    WCHAR *copy = NULL;
    if (check && user != NULL) {
        DWORD n = units_before_nul(user);
        copy = calloc((size_t) n + 1, sizeof(WCHAR));
        if (copy != NULL) {
            memcpy(copy, user, (size_t) n * sizeof(WCHAR));
        }
    }
    pthread_mutex_lock(&expect_lock);
    free(expect_user);
    expect_user = copy;
    expect_check = check && (user == NULL || copy != NULL);
    pthread_mutex_unlock(&expect_lock);
}

/* The served model's connect callback, or NULL when none is served for the model served now. */
static wnet4j_connect_fn connect_model(void) {
    struct connect_model *c = atomic_load(&connect_served);
    struct model *m = atomic_load(&served);
    return c != NULL && m != NULL && c->owner == m ? c->connect : NULL;
}

/* The units of s before its NUL, at most MAX_STRING_UNITS; NO_STRING for NULL. Counts a violation
 * (and answers MAX_STRING_UNITS) for a string with no NUL within the bound. */
static DWORD measured(const char *function, const char *parameter, const WCHAR *s) {
    if (s == NULL) {
        return NO_STRING;
    }
    for (DWORD n = 0; n < MAX_STRING_UNITS; n++) {
        if (s[n] == 0) {
            return n;
        }
    }
    char what[200];
    snprintf(what, sizeof what, "%s's %s has no NUL within %u units", function, parameter, MAX_STRING_UNITS);
    abi_violation(what);
    return MAX_STRING_UNITS;
}

/* Whether the user name is the one announced (always, when none is); counts a violation if not. */
static int user_as_announced(const char *function, const WCHAR *user, DWORD length) {
    int ok = 1;
    pthread_mutex_lock(&expect_lock);
    if (expect_check) {
        if (expect_user == NULL || user == NULL) {
            ok = expect_user == NULL && user == NULL;
        } else {
            ok = units_before_nul(expect_user) == length
                    && memcmp(expect_user, user, (size_t) length * sizeof(WCHAR)) == 0;
        }
    }
    pthread_mutex_unlock(&expect_lock);
    if (!ok) {
        char what[200];
        snprintf(what, sizeof what, "%s's user name is not the one announced: password and user name swapped?",
                 function);
        abi_violation(what);
    }
    return ok;
}

/* Everything one connect call carries, measured and checked. */
struct connect_call {
    const char *function;
    DWORD number;
    DWORD fields[4];
    const WCHAR *strings[CONNECT_STRINGS];
    DWORD lengths[CONNECT_STRINGS];
};

/* Reads the resource's fields at their offsets and measures every string; 0 after a violation. */
static int take(struct connect_call *call, const NETRESOURCEW *resource, const WCHAR *password, const WCHAR *user) {
    static const char *const names[CONNECT_STRINGS] = {"lpLocalName", "lpRemoteName", "lpComment", "lpProvider",
                                                       "lpPassword", "lpUserName"};
    if (resource != NULL) {
        call->fields[0] = resource->dwScope;
        call->fields[1] = resource->dwType;
        call->fields[2] = resource->dwDisplayType;
        call->fields[3] = resource->dwUsage;
        call->strings[CONNECT_LOCAL] = resource->lpLocalName;
        call->strings[CONNECT_REMOTE] = resource->lpRemoteName;
        call->strings[CONNECT_COMMENT] = resource->lpComment;
        call->strings[CONNECT_PROVIDER] = resource->lpProvider;
    }
    call->strings[CONNECT_PASSWORD] = password;
    call->strings[CONNECT_USER] = user;
    if (call->strings[CONNECT_REMOTE] == NULL) {
        char what[200];
        snprintf(what, sizeof what, "%s got a NULL lpRemoteName", call->function);
        abi_violation(what);
        return 0;
    }
    int ok = 1;
    for (int i = 0; i < CONNECT_STRINGS; i++) {
        call->lengths[i] = measured(call->function, names[i], call->strings[i]);
        ok = ok && (call->strings[i] == NULL || call->lengths[i] < MAX_STRING_UNITS);
    }
    /* WNetAddConnectionW has no user name to check. */
    return ok && (call->number == CONNECT_LEGACY || user_as_announced(call->function, user, call->lengths[CONNECT_USER]));
}

static int no_window(const char *function, HANDLE hwndOwner) {
    if (hwndOwner != NULL) {
        char what[200];
        snprintf(what, sizeof what, "%s got an hwndOwner that is not NULL: a library must never show a window",
                 function);
        abi_violation(what);
        return 0;
    }
    return 1;
}

static int resource_given(const char *function, const NETRESOURCEW *resource) {
    if (resource == NULL) {
        char what[200];
        snprintf(what, sizeof what, "%s got a NULL lpNetResource", function);
        abi_violation(what);
        return 0;
    }
    return 1;
}

/* Asks the model about a connect call with no access name. */
static DWORD ask(struct connect_call *call, DWORD flags) {
    wnet4j_connect_fn connect = connect_model();
    if (connect == NULL) {
        return ERROR_NO_NETWORK;
    }
    DWORD access_length = NO_STRING;
    DWORD result = 0;
    return connect(call->number, call->fields, call->strings, call->lengths, flags, NULL, 0, &access_length, &result);
}

DWORD WNetAddConnection2W(NETRESOURCEW *lpNetResource, const WCHAR *lpPassword, const WCHAR *lpUserName,
                          DWORD dwFlags) {
    struct connect_call call = {.function = "WNetAddConnection2W", .number = CONNECT_ADD2};
    if (!resource_given(call.function, lpNetResource) || !take(&call, lpNetResource, lpPassword, lpUserName)) {
        return ERROR_INVALID_PARAMETER;
    }
    return ask(&call, dwFlags);
}

DWORD WNetAddConnection3W(HANDLE hwndOwner, NETRESOURCEW *lpNetResource, const WCHAR *lpPassword,
                          const WCHAR *lpUserName, DWORD dwFlags) {
    struct connect_call call = {.function = "WNetAddConnection3W", .number = CONNECT_ADD3};
    if (!no_window(call.function, hwndOwner) || !resource_given(call.function, lpNetResource)
            || !take(&call, lpNetResource, lpPassword, lpUserName)) {
        return ERROR_INVALID_PARAMETER;
    }
    return ask(&call, dwFlags);
}

DWORD WNetAddConnectionW(const WCHAR *lpRemoteName, const WCHAR *lpPassword, const WCHAR *lpLocalName) {
    struct connect_call call = {.function = "WNetAddConnectionW", .number = CONNECT_LEGACY};
    call.strings[CONNECT_REMOTE] = lpRemoteName;
    call.strings[CONNECT_LOCAL] = lpLocalName;
    if (!take(&call, NULL, lpPassword, NULL)) {
        return ERROR_INVALID_PARAMETER;
    }
    return ask(&call, 0);
}

/* Units (NUL included) of the access name the call will get, before it is made (C16). */
static DWORD access_units_needed(const struct connect_call *call, DWORD flags) {
    if (call->strings[CONNECT_LOCAL] != NULL && call->lengths[CONNECT_LOCAL] > 0) {
        return call->lengths[CONNECT_LOCAL] + 1;
    }
    if (flags & CONNECT_REDIRECT) {
        return call->fields[1] == RESOURCETYPE_PRINT ? 6u : 3u; /* "LPT1:" or "Z:" */
    }
    return call->lengths[CONNECT_REMOTE] + 1;
}

DWORD WNetUseConnectionW(HANDLE hwndOwner, NETRESOURCEW *lpNetResource, const WCHAR *lpPassword,
                         const WCHAR *lpUserId, DWORD dwFlags, WCHAR *lpAccessName, DWORD *lpBufferSize,
                         DWORD *lpResult) {
    struct connect_call call = {.function = "WNetUseConnectionW", .number = CONNECT_USE};
    if (!no_window(call.function, hwndOwner) || !resource_given(call.function, lpNetResource)
            || !take(&call, lpNetResource, lpPassword, lpUserId)) {
        return ERROR_INVALID_PARAMETER;
    }
    DWORD capacity = 0;
    if (lpAccessName != NULL) {
        if (lpBufferSize == NULL) {
            abi_violation("WNetUseConnectionW got an lpAccessName without an lpBufferSize");
            return ERROR_INVALID_PARAMETER;
        }
        capacity = *lpBufferSize;
        if (capacity == 0) {
            return ERROR_INVALID_PARAMETER; /* C16: a buffer declared as 0 units; Windows' answer, not an ABI fault */
        }
        if (!buffer_ok("WNetUseConnectionW", lpAccessName, (size_t) capacity * sizeof(WCHAR))) {
            return ERROR_INVALID_ADDRESS;
        }
        DWORD needed = access_units_needed(&call, dwFlags);
        if (capacity < needed) {
            *lpBufferSize = needed;
            log_buffer_call(4, capacity, ERROR_MORE_DATA, needed);
            return ERROR_MORE_DATA;
        }
    }
    wnet4j_connect_fn connect = connect_model();
    if (connect == NULL) {
        return ERROR_NO_NETWORK;
    }
    WCHAR *access = calloc(MODEL_TEXT_CAPACITY, sizeof(WCHAR));
    if (access == NULL) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    DWORD access_length = NO_STRING;
    DWORD result = 0;
    DWORD code = connect(call.number, call.fields, call.strings, call.lengths, dwFlags, access, MODEL_TEXT_CAPACITY,
                         &access_length, &result);
    DWORD needed = 0;
    if (code == NO_ERROR) {
        if (lpResult != NULL) {
            *lpResult = result;
        }
        if (lpAccessName != NULL && access_length != NO_STRING) {
            if (access_length >= MODEL_TEXT_CAPACITY) {
                access_length = MODEL_TEXT_CAPACITY - 1;
            }
            if (capacity < access_length + 1) {
                /* The model connected to a longer name than C16 foresees: its fault, reported as Windows would. */
                needed = access_length + 1;
                *lpBufferSize = needed;
                code = ERROR_MORE_DATA;
            } else {
                memcpy(lpAccessName, access, (size_t) access_length * sizeof(WCHAR));
                lpAccessName[access_length] = 0;
            }
        }
    }
    memset(access, 0, MODEL_TEXT_CAPACITY * sizeof(WCHAR));
    free(access);
    if (lpAccessName != NULL) {
        log_buffer_call(4, capacity, code, needed);
    }
    return code;
}

/* A connect model answered in C, for measuring a binding's own cost (as wnet4j_double_serve_fixed):
 * every connect answers one code; a WNetUseConnectionW that succeeds gets the device or the remote
 * name, with CONNECT_LOCALDRIVE for a device. */
static atomic_uint fixed_connect_code;

static DWORD fixed_connect(DWORD function, const DWORD *fields, const WCHAR *const *strings, const DWORD *lengths,
                           DWORD flags, WCHAR *access, DWORD access_capacity, DWORD *access_length, DWORD *result) {
    (void) fields; (void) flags;
    DWORD code = atomic_load(&fixed_connect_code);
    if (function == CONNECT_USE && code == NO_ERROR && access != NULL) {
        int device = strings[CONNECT_LOCAL] != NULL && lengths[CONNECT_LOCAL] > 0;
        int which = device ? CONNECT_LOCAL : CONNECT_REMOTE;
        DWORD n = lengths[which] < access_capacity ? lengths[which] : access_capacity - 1;
        memcpy(access, strings[which], (size_t) n * sizeof(WCHAR));
        access[n] = 0;
        *access_length = n;
        *result = device ? CONNECT_LOCALDRIVE : 0u;
    }
    return code;
}

void wnet4j_double_serve_connect_fixed(DWORD code) {
    atomic_store(&fixed_connect_code, code);
    wnet4j_double_serve_connect(fixed_connect);
}
