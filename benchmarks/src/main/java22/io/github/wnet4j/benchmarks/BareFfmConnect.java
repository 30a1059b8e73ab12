package io.github.wnet4j.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * What a user would write by hand with java.lang.foreign alone to connect a drive with a user name and
 * password and cancel it again: downcall handles for {@code WNetAddConnection2W} and
 * {@code WNetCancelConnection2W} from the same library, made once. Two ways, as {@link BareJnaConnect}:
 *
 * <ul>
 *   <li>{@link #connect} and {@link #cancel}, the baseline of the FFM connect + cancel row: each call
 *       takes Java values and opens a confined arena, writes each string as NUL-terminated UTF-16 into
 *       it (the password from its char array), lays out the {@code NETRESOURCEW}, makes the downcall,
 *       zeroes the password's native copy and closes the arena. No name checks.</li>
 *   <li>{@link #connectAndCancelWrittenOnce()}, a context row only: the structure and strings written
 *       once up front, so a call is the two downcalls alone.</li>
 * </ul>
 */
final class BareFfmConnect {
    private final MethodHandle add2;
    private final MethodHandle cancel2;
    private final MemorySegment resource;
    private final MemorySegment device;
    private final MemorySegment password;
    private final MemorySegment user;

    BareFfmConnect(String libraryPath, String deviceName, String remoteName, String userName, char[] passwordChars) {
        Arena arena = Arena.global();
        SymbolLookup lookup = SymbolLookup.libraryLookup(Path.of(libraryPath), arena);
        Linker linker = Linker.nativeLinker();
        add2 = linker.downcallHandle(lookup.find("WNetAddConnection2W").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        cancel2 = linker.downcallHandle(lookup.find("WNetCancelConnection2W").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        device = utf16(arena, deviceName);
        MemorySegment remote = utf16(arena, remoteName);
        user = utf16(arena, userName);
        password = utf16(arena, passwordChars);
        resource = netResource(arena, device, remote);
    }

    /** x64 NETRESOURCEW for a disk share: zeroed, then dwType, lpLocalName and lpRemoteName. */
    private static MemorySegment netResource(Arena arena, MemorySegment localName, MemorySegment remoteName) {
        MemorySegment resource = arena.allocate(BareJnaConnect.NETRESOURCE_BYTES, 8);
        resource.set(JAVA_INT, 4, BareJnaConnect.RESOURCETYPE_DISK);
        resource.set(ADDRESS, 16, localName);
        resource.set(ADDRESS, 24, remoteName);
        return resource;
    }

    /** NUL-terminated UTF-16 (JAVA_CHAR is in native byte order, as LPCWSTR is). */
    private static MemorySegment utf16(Arena arena, String s) {
        MemorySegment units = arena.allocate(JAVA_CHAR, s.length() + 1L); // zeroed: the last unit is the NUL
        for (int i = 0; i < s.length(); i++) {
            units.setAtIndex(JAVA_CHAR, i, s.charAt(i));
        }
        return units;
    }

    private static MemorySegment utf16(Arena arena, char[] chars) {
        MemorySegment units = arena.allocate(JAVA_CHAR, chars.length + 1L);
        MemorySegment.copy(chars, 0, units, JAVA_CHAR, 0, chars.length);
        return units;
    }

    /** WNetAddConnection2W of a drive, no flags, from Java values, in an arena of its own; the password's copy zeroed. */
    int connect(String deviceName, String remoteName, String userName, char[] passwordChars) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment lpNetResource = netResource(arena, utf16(arena, deviceName), utf16(arena, remoteName));
            MemorySegment lpPassword = utf16(arena, passwordChars);
            try {
                return (int) add2.invokeExact(lpNetResource, lpPassword, utf16(arena, userName), 0);
            } finally {
                lpPassword.fill((byte) 0);
            }
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** WNetCancelConnection2W of a device, no flags, no force, from a Java string, in an arena of its own. */
    int cancel(String deviceName) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) cancel2.invokeExact(utf16(arena, deviceName), 0, 0);
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    /** The context row: the two downcalls with everything written up front; both codes. */
    long connectAndCancelWrittenOnce() {
        try {
            int connected = (int) add2.invokeExact(resource, password, user, 0);
            int cancelled = (int) cancel2.invokeExact(device, 0, 0);
            return ((long) connected << 32) | cancelled;
        } catch (Throwable t) {
            throw rethrown(t);
        }
    }

    private static RuntimeException rethrown(Throwable t) {
        return t instanceof RuntimeException e ? e : new IllegalStateException(t);
    }
}
