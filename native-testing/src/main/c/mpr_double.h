/*
 * What the two halves of the mpr.dll test double share: the Windows types, the codes, the
 * structures of the read side, and the model's callbacks (installed together by
 * wnet4j_double_serve).
 */
#ifndef WNET4J_MPR_DOUBLE_H
#define WNET4J_MPR_DOUBLE_H

#define _GNU_SOURCE /* malloc_usable_size */
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef uint32_t DWORD;
typedef int32_t BOOL;
typedef uint16_t WCHAR; /* UTF-16 code units, also on Linux where wchar_t is 4 bytes */
typedef void *HANDLE;   /* pointer-sized, as on Windows */

#define EXPORT __attribute__((visibility("default")))

#define NO_ERROR 0u
#define ERROR_INVALID_HANDLE 6u
#define ERROR_NOT_ENOUGH_MEMORY 8u
#define ERROR_GEN_FAILURE 31u
#define ERROR_INVALID_PARAMETER 87u
#define ERROR_MORE_DATA 234u
#define ERROR_NO_MORE_ITEMS 259u
#define ERROR_INVALID_ADDRESS 487u
#define ERROR_NO_NETWORK 1222u

/* Units (NUL included) of the buffers the model writes its texts and names into: the most any
 * caller could ask for is far below this, and anything longer is truncated like Windows does. */
#define MODEL_TEXT_CAPACITY 32768u

/* A model's string length meaning "no string": the double writes a NULL pointer. */
#define NO_STRING 0xFFFFFFFFu

/* Winnetwk.h's structures, laid out by this compiler for this platform's pointer size: 48 bytes
 * on x64, 32 on x86 (wnet4j_double_layout exports the offsets for the Java side to check). */
typedef struct {
    DWORD dwScope;
    DWORD dwType;
    DWORD dwDisplayType;
    DWORD dwUsage;
    WCHAR *lpLocalName;
    WCHAR *lpRemoteName;
    WCHAR *lpComment;
    WCHAR *lpProvider;
} NETRESOURCEW;

typedef struct {
    WCHAR *lpUniversalName;
} UNIVERSAL_NAME_INFOW;

typedef struct {
    WCHAR *lpUniversalName;
    WCHAR *lpConnectionName;
    WCHAR *lpRemainingPath;
} REMOTE_NAME_INFOW;

/* What one OpenEnum's model answer holds, copied into the double's memory. */
struct snapshot;

typedef DWORD (*wnet4j_cancel2_fn)(const WCHAR *name, DWORD length_units, DWORD flags, BOOL force);
typedef DWORD (*wnet4j_cancel_fn)(const WCHAR *name, DWORD length_units, BOOL force);
typedef DWORD (*wnet4j_last_error_fn)(DWORD *provider_code, WCHAR *text, DWORD text_capacity,
                                      WCHAR *provider, DWORD provider_capacity);
/* The model writes the remote name into remote (capacity units, NUL included) and its length in
 * units into *remote_length, or NO_STRING for none. */
typedef DWORD (*wnet4j_get_connection_fn)(const WCHAR *name, DWORD length_units, WCHAR *remote,
                                          DWORD remote_capacity, DWORD *remote_length);
/* The model adds its entries with wnet4j_double_snapshot_add(sink, ...) and says which call fails
 * with its code: 0 none, 1 WNetOpenEnum, 2 WNetEnumResource, 3 WNetCloseEnum. */
typedef DWORD (*wnet4j_open_enum_fn)(DWORD scope, DWORD type, DWORD usage, struct snapshot *sink,
                                     DWORD *failed_call);
/* The model writes the universal name, connection name and remaining path into names (three
 * buffers of capacity units each, one after the other) and their lengths (or NO_STRING). */
typedef DWORD (*wnet4j_universal_name_fn)(const WCHAR *path, DWORD length_units, DWORD level,
                                          WCHAR *names, DWORD capacity, DWORD lengths[3]);

struct model {
    wnet4j_cancel2_fn cancel2;
    wnet4j_cancel_fn cancel;
    wnet4j_last_error_fn last_error;
    wnet4j_get_connection_fn get_connection;
    wnet4j_open_enum_fn open_enum;
    wnet4j_universal_name_fn universal_name;
};

/* The model served now, or NULL (mpr_double.c). */
extern struct model *_Atomic served;

/* Counts one ABI violation and remembers what it was (mpr_double.c). */
void abi_violation(const char *what);

DWORD units_before_nul(const WCHAR *s);

/* The read side's shared helpers (mpr_double_read.c). */
#define FILLER_BYTE 0xCD /* what the gap between structures and strings holds */
/* Records one call with a buffer: function 1 GetConnection, 2 EnumResource, 3 GetUniversalName. */
void log_buffer_call(DWORD function, DWORD declared, DWORD code, DWORD needed);
/* Whether buf can hold declared bytes (NULL only with 0); counts a violation if not. */
int buffer_ok(const char *function, const void *buf, size_t declared);
/* Bytes of a string of this many units and its NUL; 0 for NO_STRING. */
size_t string_bytes(DWORD units);
/* Copies units and a NUL to just below *end, moves *end down, returns where it went (NULL for none). */
WCHAR *place_string(char **end, const WCHAR *units, DWORD count);

/* The hostile modes (mpr_double_hostile.c): the mode on now, 0 for none; modes 1-7 are the
 * enumeration's, 8, 9 and 11 WNetGetUniversalNameW's, 10 WNetGetConnectionW's. */
#define HOSTILE_LAST_ENUM_MODE 7u
#define HOSTILE_CONNECTION_MODE 10u
DWORD hostile_mode(void);
/* Read number `read` (from 0) of one enumeration under an enumeration mode. */
DWORD hostile_enum_resource(size_t read, DWORD *lpcCount, void *lpBuffer, DWORD size);
DWORD hostile_get_connection(WCHAR *lpRemoteName, DWORD capacity);
DWORD hostile_universal_name(void *lpBuffer, DWORD size);
int hostile_universal_mode(DWORD mode);

#endif

/* The connect side (mpr_double_connect.c), served beside the model above. */

/* Which connect function a wnet4j_connect_fn call answers. */
#define CONNECT_ADD2 1u    /* WNetAddConnection2W */
#define CONNECT_ADD3 2u    /* WNetAddConnection3W */
#define CONNECT_USE 3u     /* WNetUseConnectionW */
#define CONNECT_LEGACY 4u  /* WNetAddConnectionW */

/* The strings of one connect call, in this order, in the model's strings[] and lengths[]. */
#define CONNECT_LOCAL 0
#define CONNECT_REMOTE 1
#define CONNECT_COMMENT 2
#define CONNECT_PROVIDER 3
#define CONNECT_PASSWORD 4
#define CONNECT_USER 5
#define CONNECT_STRINGS 6

/* One connect call for the model: fields[4] is dwScope, dwType, dwDisplayType, dwUsage as read at
 * their offsets (zero for WNetAddConnectionW, which has no NETRESOURCEW); strings[] the caller's own
 * pointers (NULL for none; the password is not copied), lengths[] their units before the NUL
 * (NO_STRING for NULL). For WNetUseConnectionW the model writes the access name into access
 * (access_capacity units, NUL included) and its length into *access_length (NO_STRING for none), and
 * *lpResult into *result; for the others access is NULL. */
typedef DWORD (*wnet4j_connect_fn)(DWORD function, const DWORD *fields, const WCHAR *const *strings,
                                   const DWORD *lengths, DWORD flags, WCHAR *access, DWORD access_capacity,
                                   DWORD *access_length, DWORD *result);
