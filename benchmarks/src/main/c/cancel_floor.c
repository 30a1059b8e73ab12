/*
 * The floor for a native cancel: the mpr.dll double's WNetCancelConnection2W called from C in a
 * loop, with the answer served in C by the double itself (wnet4j_double_serve_fixed: NO_ERROR, or
 * ERROR_EXTENDED_ERROR followed by WNetGetLastErrorW, with the benchmarks' provider error). No JVM,
 * no binding.
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
/* The double's model answered in C (mpr_double.c), as FfmCancelBenchmark's "inC" rows serve it. */
void wnet4j_double_serve_fixed(DWORD code, DWORD provider_code, const WCHAR *text, const WCHAR *provider);

/* NativeCancelBenchmark.PROVIDER_ERROR's two texts, as UTF-16 units. */
static void put(WCHAR *dst, const char *ascii) {
    DWORD n = 0;
    while (ascii[n] != 0) {
        dst[n] = (WCHAR) ascii[n];
        n++;
    }
    dst[n] = 0;
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
    DWORD answer = extended ? 1208u : 0u;
    static WCHAR error_text[64];
    static WCHAR error_provider[64];
    put(error_text, "The network path was not found.");
    put(error_provider, "Microsoft Windows Network");
    wnet4j_double_serve_fixed(answer, 53, error_text, error_provider);
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
