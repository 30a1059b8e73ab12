package io.github.wnet4j.ffm;

import java.io.FileNotFoundException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.wnet4j.nativeaccess.MprLibrary.EXPORTS;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The functions of one library ({@code MprLibrary.EXPORTS}) as downcall handles, with the Windows ABI spelled out: names
 * are addresses of NUL-terminated UTF-16 units, {@code DWORD} is a {@code JAVA_INT} carrying the
 * unsigned bits, {@code BOOL} a {@code JAVA_INT} of 0 or 1, {@code HANDLE} and every pointer an
 * {@code ADDRESS} (pointer-sized). The native linker uses the platform's C
 * convention, which on 64-bit Windows is the only one ({@code WINAPI} there means nothing else).
 * There is no stdcall option in {@code java.lang.foreign}; the JDK has no 32-bit Windows port from
 * JDK 24 on (JEP 479), and where a JDK has no native linker, binding fails and the provider is
 * unavailable, saying why (the jna backend handles stdcall there).
 */
final class MprDowncalls {
    private static final FunctionDescriptor CANCEL2 = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
    private static final FunctionDescriptor CANCEL = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor LAST_ERROR =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor GET_CONNECTION = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
    private static final FunctionDescriptor OPEN_ENUM =
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    private static final FunctionDescriptor ENUM_RESOURCE = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
    private static final FunctionDescriptor CLOSE_ENUM = FunctionDescriptor.of(JAVA_INT, ADDRESS);
    private static final FunctionDescriptor GET_UNIVERSAL_NAME =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS);
    private static final FunctionDescriptor ADD_CONNECTION2 = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor ADD_CONNECTION3 =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor USE_CONNECTION =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
    private static final FunctionDescriptor ADD_CONNECTION = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);

    private final Downcall cancelConnection2;
    private final Downcall cancelConnection;
    private final Downcall getLastError;
    private final Downcall getConnection;
    private final Downcall openEnum;
    private final Downcall enumResource;
    private final Downcall closeEnum;
    private final Downcall getUniversalName;
    private final Downcall addConnection2;
    private final Downcall addConnection3;
    private final Downcall useConnection;
    private final Downcall addConnection;

    private MprDowncalls(Map<String, MemorySegment> exports) {
        cancelConnection2 = new Downcall(exports.get("WNetCancelConnection2W"), CANCEL2);
        cancelConnection = new Downcall(exports.get("WNetCancelConnectionW"), CANCEL);
        getLastError = new Downcall(exports.get("WNetGetLastErrorW"), LAST_ERROR);
        getConnection = new Downcall(exports.get("WNetGetConnectionW"), GET_CONNECTION);
        openEnum = new Downcall(exports.get("WNetOpenEnumW"), OPEN_ENUM);
        enumResource = new Downcall(exports.get("WNetEnumResourceW"), ENUM_RESOURCE);
        closeEnum = new Downcall(exports.get("WNetCloseEnum"), CLOSE_ENUM);
        getUniversalName = new Downcall(exports.get("WNetGetUniversalNameW"), GET_UNIVERSAL_NAME);
        addConnection2 = new Downcall(exports.get("WNetAddConnection2W"), ADD_CONNECTION2);
        addConnection3 = new Downcall(exports.get("WNetAddConnection3W"), ADD_CONNECTION3);
        useConnection = new Downcall(exports.get("WNetUseConnectionW"), USE_CONNECTION);
        addConnection = new Downcall(exports.get("WNetAddConnectionW"), ADD_CONNECTION);
    }

    /**
     * One export's downcall handle, made at its first call. Making a handle generates its stub, several
     * milliseconds each in a fresh JVM, and a program that cancels one drive needs one of the twelve:
     * binding all of them up front made FFM's cold start slower than JNA's. Every export is still
     * looked up when the library is bound, so a missing one is reported then. Two threads racing on
     * the first call may both make the handle; either one is the same function.
     */
    private static final class Downcall {
        private final MemorySegment address;
        private final FunctionDescriptor descriptor;
        private volatile MethodHandle handle;

        Downcall(MemorySegment address, FunctionDescriptor descriptor) {
            this.address = address;
            this.descriptor = descriptor;
        }

        MethodHandle handle() {
            MethodHandle made = handle;
            if (made == null) {
                made = Linker.nativeLinker().downcallHandle(address, descriptor);
                handle = made;
            }
            return made;
        }
    }

    /**
     * Looks the library up as the system library it is (a name goes to the system's loader: on
     * Windows {@code mpr} is System32's mpr.dll), or by its path, and binds every export. The
     * library stays loaded for the JVM's life, as the load memo remembers it for that long.
     *
     * @throws FileNotFoundException if a path names no file
     * @throws UnsatisfiedLinkError if it loads but lacks an export
     * @throws IllegalArgumentException if the system cannot load it (the message says why)
     * @throws IllegalCallerException if native access is denied to this module
     */
    static MprDowncalls bind(String library) throws FileNotFoundException {
        SymbolLookup lookup;
        if (looksLikePath(library)) {
            Path path = Path.of(library).toAbsolutePath();
            if (!Files.isRegularFile(path)) {
                throw new FileNotFoundException("there is no file at that path");
            }
            lookup = SymbolLookup.libraryLookup(path, Arena.global());
        } else {
            lookup = SymbolLookup.libraryLookup(library, Arena.global());
        }
        List<String> missing = new ArrayList<>();
        Map<String, MemorySegment> found = new HashMap<>();
        for (String export : EXPORTS) {
            Optional<MemorySegment> symbol = lookup.find(export);
            symbol.ifPresentOrElse(address -> found.put(export, address), () -> missing.add(export));
        }
        if (!missing.isEmpty()) {
            throw new UnsatisfiedLinkError("it loads but does not export " + String.join(", ", missing));
        }
        return new MprDowncalls(found);
    }

    /** {@code DWORD WNetCancelConnection2W(LPCWSTR lpName, DWORD dwFlags, BOOL fForce)}. */
    int cancelConnection2(MemorySegment lpName, int dwFlags, int fForce) {
        try {
            return (int) cancelConnection2.handle().invokeExact(lpName, dwFlags, fForce);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetCancelConnectionW(LPCWSTR lpName, BOOL fForce)}. */
    int cancelConnection(MemorySegment lpName, int fForce) {
        try {
            return (int) cancelConnection.handle().invokeExact(lpName, fForce);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /**
     * {@code DWORD WNetGetLastErrorW(LPDWORD lpError, LPWSTR lpErrorBuf, DWORD nErrorBufSize,
     * LPWSTR lpNameBuf, DWORD nNameBufSize)}; sizes in UTF-16 units.
     */
    int getLastError(MemorySegment lpError, MemorySegment lpErrorBuf, int nErrorBufSize,
                     MemorySegment lpNameBuf, int nNameBufSize) {
        try {
            return (int) getLastError.handle().invokeExact(lpError, lpErrorBuf, nErrorBufSize, lpNameBuf, nNameBufSize);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetGetConnectionW(LPCWSTR lpLocalName, LPWSTR lpRemoteName, LPDWORD lpnLength)}; length in units. */
    int getConnection(MemorySegment lpLocalName, MemorySegment lpRemoteName, MemorySegment lpnLength) {
        try {
            return (int) getConnection.handle().invokeExact(lpLocalName, lpRemoteName, lpnLength);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetOpenEnumW(DWORD dwScope, DWORD dwType, DWORD dwUsage, LPNETRESOURCEW lpNetResource, LPHANDLE lphEnum)}. */
    int openEnum(int dwScope, int dwType, int dwUsage, MemorySegment lpNetResource, MemorySegment lphEnum) {
        try {
            return (int) openEnum.handle().invokeExact(dwScope, dwType, dwUsage, lpNetResource, lphEnum);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetEnumResourceW(HANDLE hEnum, LPDWORD lpcCount, LPVOID lpBuffer, LPDWORD lpBufferSize)}; size in bytes. */
    int enumResource(MemorySegment hEnum, MemorySegment lpcCount, MemorySegment lpBuffer, MemorySegment lpBufferSize) {
        try {
            return (int) enumResource.handle().invokeExact(hEnum, lpcCount, lpBuffer, lpBufferSize);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetCloseEnum(HANDLE hEnum)}. */
    int closeEnum(MemorySegment hEnum) {
        try {
            return (int) closeEnum.handle().invokeExact(hEnum);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetGetUniversalNameW(LPCWSTR lpLocalPath, DWORD dwInfoLevel, LPVOID lpBuffer, LPDWORD lpBufferSize)}; size in bytes. */
    int getUniversalName(MemorySegment lpLocalPath, int dwInfoLevel, MemorySegment lpBuffer, MemorySegment lpBufferSize) {
        try {
            return (int) getUniversalName.handle().invokeExact(lpLocalPath, dwInfoLevel, lpBuffer, lpBufferSize);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetAddConnection2W(LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword, LPCWSTR lpUserName, DWORD dwFlags)}. */
    int addConnection2(MemorySegment lpNetResource, MemorySegment lpPassword, MemorySegment lpUserName, int dwFlags) {
        try {
            return (int) addConnection2.handle().invokeExact(lpNetResource, lpPassword, lpUserName, dwFlags);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetAddConnection3W(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword, LPCWSTR lpUserName, DWORD dwFlags)}. */
    int addConnection3(MemorySegment hwndOwner, MemorySegment lpNetResource, MemorySegment lpPassword,
                       MemorySegment lpUserName, int dwFlags) {
        try {
            return (int) addConnection3.handle().invokeExact(hwndOwner, lpNetResource, lpPassword, lpUserName, dwFlags);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /**
     * {@code DWORD WNetUseConnectionW(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword, LPCWSTR lpUserId,
     * DWORD dwFlags, LPWSTR lpAccessName, LPDWORD lpBufferSize, LPDWORD lpResult)}; size in UTF-16 units.
     */
    int useConnection(MemorySegment hwndOwner, MemorySegment lpNetResource, MemorySegment lpPassword, MemorySegment lpUserId,
                      int dwFlags, MemorySegment lpAccessName, MemorySegment lpBufferSize, MemorySegment lpResult) {
        try {
            return (int) useConnection.handle().invokeExact(hwndOwner, lpNetResource, lpPassword, lpUserId, dwFlags,
                    lpAccessName, lpBufferSize, lpResult);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** {@code DWORD WNetAddConnectionW(LPCWSTR lpRemoteName, LPCWSTR lpPassword, LPCWSTR lpLocalName)}. */
    int addConnection(MemorySegment lpRemoteName, MemorySegment lpPassword, MemorySegment lpLocalName) {
        try {
            return (int) addConnection.handle().invokeExact(lpRemoteName, lpPassword, lpLocalName);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** A downcall declares Throwable but throws only unchecked ones (a closed arena, a wrong segment). */
    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("a downcall into mpr threw " + t, t);
    }

    private static boolean looksLikePath(String library) {
        return library.indexOf('/') >= 0 || library.indexOf('\\') >= 0;
    }
}
