package io.github.wnet4j.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * What a user would write by hand with java.lang.foreign alone to connect a drive with a user name and
 * password and cancel it again: downcall handles for {@code WNetAddConnection2W} and
 * {@code WNetCancelConnection2W} from the same library, the {@code NETRESOURCEW} and the strings
 * written to native memory once up front. The baseline of the FFM connect + cancel row.
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
        device = utf16(arena, deviceName.toCharArray());
        MemorySegment remote = utf16(arena, remoteName.toCharArray());
        user = utf16(arena, userName.toCharArray());
        password = utf16(arena, passwordChars);
        resource = arena.allocate(BareJnaConnect.NETRESOURCE_BYTES, 8); // x64 NETRESOURCEW, zeroed
        resource.set(JAVA_INT, 4, BareJnaConnect.RESOURCETYPE_DISK);
        resource.set(ADDRESS, 16, device);
        resource.set(ADDRESS, 24, remote);
    }

    private static MemorySegment utf16(Arena arena, char[] chars) {
        short[] units = new short[chars.length + 1];
        for (int i = 0; i < chars.length; i++) {
            units[i] = (short) chars[i];
        }
        return arena.allocateFrom(JAVA_SHORT, units);
    }

    /** As {@link BareJnaConnect#connectAndCancel()}. */
    long connectAndCancel() {
        try {
            int connected = (int) add2.invokeExact(resource, password, user, 0);
            int cancelled = (int) cancel2.invokeExact(device, 0, 0);
            return ((long) connected << 32) | cancelled;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
