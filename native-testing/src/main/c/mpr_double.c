/*
 * A test double for mpr.dll: exports WNetCancelConnection2W, WNetCancelConnectionW and
 * WNetGetLastErrorW with the Windows ABI, and answers them by calling back into a model that a
 * test installs with wnet4j_double_serve (in wnet4j, a FakeLogon behind MprDouble).
 *
 * It checks the ABI on the way in (a BOOL that is not 0 or 1, a NULL name) so that a backend which
 * gets the boundary wrong is caught here, and counts each violation. It measures the name itself
 * up to the NUL unit, so the model sees exactly the code units that crossed.
 *
 * One model at a time, process-wide: tests that serve through the double must not run
 * concurrently with each other.
 */
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef uint32_t DWORD;
typedef int32_t BOOL;
typedef uint16_t WCHAR; /* UTF-16 code units, also on Linux where wchar_t is 4 bytes */

#define EXPORT __attribute__((visibility("default")))

#define NO_ERROR 0u
#define ERROR_NOT_ENOUGH_MEMORY 8u
#define ERROR_INVALID_PARAMETER 87u
#define ERROR_INVALID_ADDRESS 487u
#define ERROR_NO_NETWORK 1222u

/* Units (NUL included) of the buffers the model writes the extended error into: the most any
 * caller could ask for is far below this, and anything longer is truncated like Windows does. */
#define MODEL_TEXT_CAPACITY 32768u

/* A model's last_error answers this to make WNetGetLastErrorW answer NO_ERROR without writing
 * anything, as a provider may: a backend must then not read its buffers' old memory as text. */
#define ANSWER_UNWRITTEN 0xFFFFFFFEu

typedef DWORD (*wnet4j_cancel2_fn)(const WCHAR *name, DWORD length_units, DWORD flags, BOOL force);
typedef DWORD (*wnet4j_cancel_fn)(const WCHAR *name, DWORD length_units, BOOL force);
typedef DWORD (*wnet4j_last_error_fn)(DWORD *provider_code, WCHAR *text, DWORD text_capacity,
                                      WCHAR *provider, DWORD provider_capacity);

/* The model's callbacks. Set together by wnet4j_double_serve; read once per call. */
struct model {
    wnet4j_cancel2_fn cancel2;
    wnet4j_cancel_fn cancel;
    wnet4j_last_error_fn last_error;
};

static struct model *_Atomic served;   /* NULL: nothing served */
static atomic_uint abi_violations;

EXPORT DWORD WNetCancelConnection2W(const WCHAR *lpName, DWORD dwFlags, BOOL fForce);
EXPORT DWORD WNetCancelConnectionW(const WCHAR *lpName, BOOL fForce);
EXPORT DWORD WNetGetLastErrorW(DWORD *lpError, WCHAR *lpErrorBuf, DWORD nErrorBufSize,
                               WCHAR *lpNameBuf, DWORD nNameBufSize);
EXPORT void wnet4j_double_serve(wnet4j_cancel2_fn cancel2, wnet4j_cancel_fn cancel,
                                wnet4j_last_error_fn last_error);
EXPORT DWORD wnet4j_double_abi_violations(void);

static DWORD units_before_nul(const WCHAR *s) {
    DWORD n = 0;
    while (s[n] != 0) {
        n++;
    }
    return n;
}

/* Whether the arguments respect the ABI; counts a violation if not. */
static int abi_ok(const WCHAR *name, BOOL force) {
    if (name == NULL || (force != 0 && force != 1)) {
        atomic_fetch_add(&abi_violations, 1u);
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
                         wnet4j_last_error_fn last_error) {
    struct model *next = NULL;
    if (cancel2 != NULL && cancel != NULL && last_error != NULL) {
        next = malloc(sizeof *next);
        if (next != NULL) {
            next->cancel2 = cancel2;
            next->cancel = cancel;
            next->last_error = last_error;
        }
    }
    /* The previous model is leaked on purpose: a call on another thread may still be reading it,
     * and a few bytes per serve() in a test process cost nothing. */
    atomic_store(&served, next);
}

DWORD wnet4j_double_abi_violations(void) {
    return atomic_load(&abi_violations);
}
