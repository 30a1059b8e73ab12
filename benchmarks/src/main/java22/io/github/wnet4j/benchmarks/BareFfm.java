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
 * What a user would write by hand with java.lang.foreign alone, without wnet4j: downcall handles with
 * the same signatures, from the same library, called with the name written into native memory once
 * up front and the WNetGetLastErrorW buffers allocated once. The baseline for the FFM backend's
 * overhead (which checks the name and allocates per call, as a thread-safe library must).
 */
final class BareFfm {
    private final MethodHandle cancel2;
    private final MethodHandle lastError;
    private final MemorySegment name;
    private final MemorySegment code;
    private final MemorySegment text;
    private final MemorySegment provider;

    BareFfm(String libraryPath, String deviceName) {
        Arena arena = Arena.global();
        SymbolLookup lookup = SymbolLookup.libraryLookup(Path.of(libraryPath), arena);
        Linker linker = Linker.nativeLinker();
        cancel2 = linker.downcallHandle(lookup.find("WNetCancelConnection2W").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        lastError = linker.downcallHandle(lookup.find("WNetGetLastErrorW").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        short[] units = new short[deviceName.length() + 1];
        for (int i = 0; i < deviceName.length(); i++) {
            units[i] = (short) deviceName.charAt(i);
        }
        name = arena.allocateFrom(JAVA_SHORT, units);
        code = arena.allocate(JAVA_INT);
        text = arena.allocate(JAVA_SHORT, BareJna.TEXT_UNITS);
        provider = arena.allocate(JAVA_SHORT, BareJna.PROVIDER_UNITS);
    }

    /** The code WNetCancelConnection2W returns for the pre-encoded name, no flags, no force. */
    int cancel() {
        try {
            return (int) cancel2.invokeExact(name, 0, 0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** As {@link BareJna#cancelAndReadExtendedError()}. */
    Object cancelAndReadExtendedError() {
        int result = cancel();
        if (result != 1208) {
            return result;
        }
        try {
            int ignored = (int) lastError.invokeExact(code, text, BareJna.TEXT_UNITS, provider, BareJna.PROVIDER_UNITS);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return new Object[] {code.get(JAVA_INT, 0), string(text), string(provider)};
    }

    private static String string(MemorySegment units) {
        long n = 0;
        while (n < units.byteSize() / 2 && units.getAtIndex(JAVA_SHORT, n) != 0) {
            n++;
        }
        char[] chars = new char[(int) n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) units.getAtIndex(JAVA_SHORT, i);
        }
        return new String(chars);
    }
}
