/*
 * A test double for mpr.dll: exports WNetCancelConnection2W, WNetCancelConnectionW,
 * WNetGetLastErrorW and the read side (WNetGetConnectionW, WNetOpenEnumW, WNetEnumResourceW,
 * WNetCloseEnum, WNetGetUniversalNameW; in mpr_double_read.c) with the Windows ABI, and answers
 * them by calling back into a model that a test installs with wnet4j_double_serve (in wnet4j, a
 * FakeLogon behind MprDouble).
 *
 * It checks the ABI on the way in (a BOOL that is not 0 or 1, a NULL name) so that a backend which
 * gets the boundary wrong is caught here, and counts each violation. It measures the name itself
 * up to the NUL unit, so the model sees exactly the code units that crossed.
 *
 * One model at a time, process-wide: tests that serve through the double must not run
 * concurrently with each other.
 */
#include "mpr_double.h"

/* A model's last_error answers this to make WNetGetLastErrorW answer NO_ERROR without writing
 * anything, as a provider may: a backend must then not read its buffers' old memory as text. */
#define ANSWER_UNWRITTEN 0xFFFFFFFEu

struct model *_Atomic served;   /* NULL: nothing served */
static atomic_uint abi_violations;

EXPORT DWORD WNetCancelConnection2W(const WCHAR *lpName, DWORD dwFlags, BOOL fForce);
EXPORT DWORD WNetCancelConnectionW(const WCHAR *lpName, BOOL fForce);
EXPORT DWORD WNetGetLastErrorW(DWORD *lpError, WCHAR *lpErrorBuf, DWORD nErrorBufSize,
                               WCHAR *lpNameBuf, DWORD nNameBufSize);
EXPORT void wnet4j_double_serve(wnet4j_cancel2_fn cancel2, wnet4j_cancel_fn cancel,
                                wnet4j_last_error_fn last_error, wnet4j_get_connection_fn get_connection,
                                wnet4j_open_enum_fn open_enum, wnet4j_universal_name_fn universal_name);
EXPORT void wnet4j_double_serve_fixed(DWORD code, DWORD provider_code, const WCHAR *text, const WCHAR *provider);
EXPORT DWORD wnet4j_double_abi_violations(void);
EXPORT DWORD wnet4j_double_last_violation(char *out, DWORD capacity);

static pthread_mutex_t violation_lock = PTHREAD_MUTEX_INITIALIZER;
static char last_violation[256];

void abi_violation(const char *what) {
    atomic_fetch_add(&abi_violations, 1u);
    pthread_mutex_lock(&violation_lock);
    strncpy(last_violation, what, sizeof last_violation - 1);
    last_violation[sizeof last_violation - 1] = '\0';
    pthread_mutex_unlock(&violation_lock);
}

DWORD wnet4j_double_last_violation(char *out, DWORD capacity) {
    if (out == NULL || capacity == 0) {
        return 0;
    }
    pthread_mutex_lock(&violation_lock);
    strncpy(out, last_violation, capacity - 1);
    out[capacity - 1] = '\0';
    pthread_mutex_unlock(&violation_lock);
    return (DWORD) strlen(out);
}

DWORD units_before_nul(const WCHAR *s) {
    DWORD n = 0;
    while (s[n] != 0) {
        n++;
    }
    return n;
}

/* Whether the arguments respect the ABI; counts a violation if not. */
static int abi_ok(const WCHAR *name, BOOL force) {
    if (name == NULL) {
        abi_violation("a cancel got a NULL lpName");
        return 0;
    }
    if (force != 0 && force != 1) {
        abi_violation("a cancel got an fForce that is neither 0 nor 1");
        return 0;
    }
    return 1;
}

DWORD WNetCancelConnection2W(const WCHAR *lpName, DWORD dwFlags, BOOL fForce) {
    if (!abi_ok(lpName, fForce)) {
        return ERROR_INVALID_PARAMETER;
    }
    struct model *m = atomic_load(&served);
    if (m == NULL) {
        return ERROR_NO_NETWORK;
    }
    return m->cancel2(lpName, units_before_nul(lpName), dwFlags, fForce);
}

DWORD WNetCancelConnectionW(const WCHAR *lpName, BOOL fForce) {
    if (!abi_ok(lpName, fForce)) {
        return ERROR_INVALID_PARAMETER;
    }
    struct model *m = atomic_load(&served);
    if (m == NULL) {
        return ERROR_NO_NETWORK;
    }
    return m->cancel(lpName, units_before_nul(lpName), fForce);
}

/* Copies src (NUL-terminated within src_capacity units) into dst, truncated to dst_capacity units
 * including the NUL, and always NUL-terminates when there is room for anything at all. */
static void copy_truncated(WCHAR *dst, DWORD dst_capacity, const WCHAR *src, DWORD src_capacity) {
    if (dst_capacity == 0) {
        return;
    }
    DWORD n = 0;
    while (n < src_capacity && src[n] != 0 && n + 1 < dst_capacity) {
        dst[n] = src[n];
        n++;
    }
    dst[n] = 0;
}

DWORD WNetGetLastErrorW(DWORD *lpError, WCHAR *lpErrorBuf, DWORD nErrorBufSize,
                        WCHAR *lpNameBuf, DWORD nNameBufSize) {
    /* Windows' own buffer rules, checked before anything is written. */
    if (lpError == NULL || (lpErrorBuf == NULL && nErrorBufSize != 0)
            || (lpNameBuf == NULL && nNameBufSize != 0)) {
        return ERROR_INVALID_ADDRESS;
    }
    struct model *m = atomic_load(&served);
    if (m == NULL) {
        /* Nothing served: like a thread that never received ERROR_EXTENDED_ERROR. */
        *lpError = 0;
        copy_truncated(lpErrorBuf, nErrorBufSize, (const WCHAR[]) {0}, 1);
        copy_truncated(lpNameBuf, nNameBufSize, (const WCHAR[]) {0}, 1);
        return NO_ERROR;
    }
    /* The model writes into the double's own buffers, so truncation is decided here, once. */
    WCHAR *text = calloc(MODEL_TEXT_CAPACITY, sizeof(WCHAR));
    WCHAR *provider = calloc(MODEL_TEXT_CAPACITY, sizeof(WCHAR));
    DWORD code = 0;
    DWORD result = ERROR_NOT_ENOUGH_MEMORY;
    if (text != NULL && provider != NULL) {
        result = m->last_error(&code, text, MODEL_TEXT_CAPACITY, provider, MODEL_TEXT_CAPACITY);
        if (result == ANSWER_UNWRITTEN) {
            result = NO_ERROR;
        } else if (result == NO_ERROR) {
            *lpError = code;
            copy_truncated(lpErrorBuf, nErrorBufSize, text, MODEL_TEXT_CAPACITY);
            copy_truncated(lpNameBuf, nNameBufSize, provider, MODEL_TEXT_CAPACITY);
        }
    }
    free(text);
    free(provider);
    return result;
}

void wnet4j_double_serve(wnet4j_cancel2_fn cancel2, wnet4j_cancel_fn cancel,
                         wnet4j_last_error_fn last_error, wnet4j_get_connection_fn get_connection,
                         wnet4j_open_enum_fn open_enum, wnet4j_universal_name_fn universal_name) {
    struct model *next = NULL;
    if (cancel2 != NULL && cancel != NULL && last_error != NULL && get_connection != NULL
            && open_enum != NULL && universal_name != NULL) {
        next = malloc(sizeof *next);
        if (next != NULL) {
            next->cancel2 = cancel2;
            next->cancel = cancel;
            next->last_error = last_error;
            next->get_connection = get_connection;
            next->open_enum = open_enum;
            next->universal_name = universal_name;
        }
    }
    /* The previous model is leaked on purpose: a call on another thread may still be reading it,
     * and a few bytes per serve() in a test process cost nothing. */
    atomic_store(&served, next);
}

/* A model answered in C, for measuring a binding without the callback into Java that a Java model
 * costs on every call (about 1.2 us through JNA, most of a call over the double otherwise): every
 * cancel answers one code, WNetGetLastErrorW one provider error, and the read side
 * ERROR_NOT_SUPPORTED. Each serve makes a new answer, leaked like the model, so a call still reading
 * the previous one is never given freed memory. */
struct fixed_answer {
    DWORD code;
    DWORD provider_code;
    WCHAR *text;     /* NUL-terminated */
    WCHAR *provider; /* NUL-terminated */
};

static struct fixed_answer *_Atomic fixed;

#define ERROR_NOT_SUPPORTED 50u

static DWORD fixed_cancel2(const WCHAR *name, DWORD length, DWORD flags, BOOL force) {
    (void) name; (void) length; (void) flags; (void) force;
    return atomic_load(&fixed)->code;
}

static DWORD fixed_cancel(const WCHAR *name, DWORD length, BOOL force) {
    (void) name; (void) length; (void) force;
    return atomic_load(&fixed)->code;
}

static DWORD fixed_last_error(DWORD *code, WCHAR *text, DWORD text_capacity, WCHAR *provider, DWORD provider_capacity) {
    struct fixed_answer *answer = atomic_load(&fixed);
    *code = answer->provider_code;
    copy_truncated(text, text_capacity, answer->text, units_before_nul(answer->text) + 1);
    copy_truncated(provider, provider_capacity, answer->provider, units_before_nul(answer->provider) + 1);
    return NO_ERROR;
}

static DWORD fixed_get_connection(const WCHAR *name, DWORD length, WCHAR *remote, DWORD capacity,
                                  DWORD *remote_length) {
    (void) name; (void) length; (void) remote; (void) capacity; (void) remote_length;
    return ERROR_NOT_SUPPORTED;
}

static DWORD fixed_open_enum(DWORD scope, DWORD type, DWORD usage, struct snapshot *sink, DWORD *failed_call) {
    (void) scope; (void) type; (void) usage; (void) sink; (void) failed_call;
    return ERROR_NOT_SUPPORTED;
}

static DWORD fixed_universal_name(const WCHAR *path, DWORD length, DWORD level, WCHAR *names, DWORD capacity,
                                  DWORD lengths[3]) {
    (void) path; (void) length; (void) level; (void) names; (void) capacity; (void) lengths;
    return ERROR_NOT_SUPPORTED;
}

static WCHAR *units_copy(const WCHAR *units) {
    DWORD n = units == NULL ? 0 : units_before_nul(units);
    WCHAR *copy = calloc((size_t) n + 1, sizeof(WCHAR));
    if (copy != NULL && n > 0) {
        memcpy(copy, units, (size_t) n * sizeof(WCHAR));
    }
    return copy;
}

void wnet4j_double_serve_fixed(DWORD code, DWORD provider_code, const WCHAR *text, const WCHAR *provider) {
    struct fixed_answer *answer = malloc(sizeof *answer);
    if (answer == NULL) {
        wnet4j_double_serve(NULL, NULL, NULL, NULL, NULL, NULL);
        return;
    }
    answer->code = code;
    answer->provider_code = provider_code;
    answer->text = units_copy(text);
    answer->provider = units_copy(provider);
    if (answer->text == NULL || answer->provider == NULL) {
        wnet4j_double_serve(NULL, NULL, NULL, NULL, NULL, NULL);
        return;
    }
    atomic_store(&fixed, answer);
    wnet4j_double_serve(fixed_cancel2, fixed_cancel, fixed_last_error, fixed_get_connection, fixed_open_enum,
                        fixed_universal_name);
}

DWORD wnet4j_double_abi_violations(void) {
    return atomic_load(&abi_violations);
}
