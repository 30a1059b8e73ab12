/*
 * The floor for a native cancel: the mpr.dll double's WNetCancelConnection2W called from C in a
 * loop, serving a trivial C model (the same answers as the Java TrivialModel: NO_ERROR, or
 * ERROR_EXTENDED_ERROR followed by WNetGetLastErrorW). No JVM, no binding.
 *
 * Usage: cancel_floor success|extendedError [calls] [runs]
 * Prints one line per run, "ns_per_call=<x>", then "median=<x>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef uint32_t DWORD;
typedef int32_t BOOL;
typedef uint16_t WCHAR;

DWORD WNetCancelConnection2W(const WCHAR *lpName, DWORD dwFlags, BOOL fForce);
DWORD WNetGetLastErrorW(DWORD *lpError, WCHAR *lpErrorBuf, DWORD nErrorBufSize,
                        WCHAR *lpNameBuf, DWORD nNameBufSize);
struct snapshot;
/* The double's six model functions (mpr_double.h): it serves nothing unless all six are given. */
void wnet4j_double_serve(DWORD (*cancel2)(const WCHAR *, DWORD, DWORD, BOOL),
                         DWORD (*cancel)(const WCHAR *, DWORD, BOOL),
                         DWORD (*last_error)(DWORD *, WCHAR *, DWORD, WCHAR *, DWORD),
                         DWORD (*get_connection)(const WCHAR *, DWORD, WCHAR *, DWORD, DWORD *),
                         DWORD (*open_enum)(DWORD, DWORD, DWORD, struct snapshot *, DWORD *),
                         DWORD (*universal_name)(const WCHAR *, DWORD, DWORD, WCHAR *, DWORD, DWORD[3]));

static DWORD answer;

static DWORD model_cancel2(const WCHAR *name, DWORD length, DWORD flags, BOOL force) {
    (void) name; (void) length; (void) flags; (void) force;
    return answer;
}

static DWORD model_cancel(const WCHAR *name, DWORD length, BOOL force) {
    (void) name; (void) length; (void) force;
    return answer;
}

static void put(WCHAR *dst, DWORD capacity, const char *ascii) {
    DWORD n = 0;
    while (ascii[n] != 0 && n + 1 < capacity) {
        dst[n] = (WCHAR) ascii[n];
        n++;
    }
    dst[n] = 0;
}

static DWORD model_last_error(DWORD *code, WCHAR *text, DWORD text_capacity, WCHAR *provider, DWORD provider_capacity) {
    *code = 53;
    put(text, text_capacity, "The network path was not found.");
    put(provider, provider_capacity, "Microsoft Windows Network");
    return 0;
}

/* The read side, never called here: ERROR_NOT_SUPPORTED. */
static DWORD model_get_connection(const WCHAR *name, DWORD length, WCHAR *remote, DWORD capacity, DWORD *remote_length) {
    (void) name; (void) length; (void) remote; (void) capacity; (void) remote_length;
    return 50u;
}

static DWORD model_open_enum(DWORD scope, DWORD type, DWORD usage, struct snapshot *sink, DWORD *failed_call) {
    (void) scope; (void) type; (void) usage; (void) sink; (void) failed_call;
    return 50u;
}

static DWORD model_universal_name(const WCHAR *path, DWORD length, DWORD level, WCHAR *names, DWORD capacity,
                                  DWORD lengths[3]) {
    (void) path; (void) length; (void) level; (void) names; (void) capacity; (void) lengths;
    return 50u;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 2 || (strcmp(argv[1], "success") != 0 && strcmp(argv[1], "extendedError") != 0)) {
        fprintf(stderr, "usage: %s success|extendedError [calls] [runs]\n", argv[0]);
        return 2;
    }
    int extended = strcmp(argv[1], "extendedError") == 0;
    long calls = argc > 2 ? atol(argv[2]) : 2000000L;
    int runs = argc > 3 ? atoi(argv[3]) : 7;
    if (calls <= 0 || runs <= 0 || runs > 99) {
        fprintf(stderr, "calls and runs must be positive (runs at most 99)\n");
        return 2;
    }
    answer = extended ? 1208u : 0u;
    wnet4j_double_serve(model_cancel2, model_cancel, model_last_error, model_get_connection, model_open_enum,
                        model_universal_name);
    if (WNetCancelConnection2W((const WCHAR[]) {'Z', ':', 0}, 0, 0) != answer) {
        fprintf(stderr, "the double did not serve the C model: is it the double this was built against?\n");
        return 1;
    }

    static const WCHAR name[] = {'Z', ':', 0};
    static WCHAR text[4096];
    static WCHAR provider[1024];
    volatile DWORD sink = 0;
    double results[99];
    for (int r = 0; r < runs; r++) {
        struct timespec start, end;
        clock_gettime(CLOCK_MONOTONIC, &start);
        for (long i = 0; i < calls; i++) {
            DWORD code = WNetCancelConnection2W(name, 0, 0);
            if (code == 1208u) {
                DWORD provider_code = 0;
                WNetGetLastErrorW(&provider_code, text, 4096, provider, 1024);
                code += provider_code + text[0] + provider[0];
            }
            sink += code;
        }
        clock_gettime(CLOCK_MONOTONIC, &end);
        double ns = (double) (end.tv_sec - start.tv_sec) * 1e9 + (double) (end.tv_nsec - start.tv_nsec);
        results[r] = ns / (double) calls;
        printf("ns_per_call=%.2f\n", results[r]);
    }
    qsort(results, (size_t) runs, sizeof results[0], compare);
    printf("median=%.2f\n", results[runs / 2]);
    return sink == 0xFFFFFFFFu ? 1 : 0;
}
