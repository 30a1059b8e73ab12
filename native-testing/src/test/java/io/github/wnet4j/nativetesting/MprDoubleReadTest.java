package io.github.wnet4j.nativetesting;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.nativeaccess.Structs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The double's read side on its own: its Windows exports called directly with hand-made buffers
 * (and deliberately broken arguments), checking Windows' buffer rules byte by byte.
 */
class MprDoubleReadTest {
    private static final int P = Native.POINTER_SIZE;

    /** The double's read exports with raw pointers, so a test can break the ABI on purpose. */
    interface RawReads extends Library {
        int WNetGetConnectionW(Pointer localName, Pointer remoteName, Pointer length);

        int WNetOpenEnumW(int scope, int type, int usage, Pointer netResource, Pointer handle);

        int WNetEnumResourceW(Pointer handle, Pointer count, Pointer buffer, Pointer bufferSize);

        int WNetCloseEnum(Pointer handle);

        int WNetGetUniversalNameW(Pointer localPath, int level, Pointer buffer, Pointer bufferSize);
    }

    private static final NetResource Z = new NetResource(1, 1, 3, 1, "Z:", "\\\\srv\\共有", null, "Network");
    private static final NetResource DEVICELESS = new NetResource(1, 1, 3, 1, null, "\\\\srv\\IPC$", null, "Network");

    private MprDouble mpr;
    private RawReads raw;
    private int violationsBefore;

    @BeforeEach
    void loadDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        raw = Native.load(mpr.libraryPath(), RawReads.class);
        violationsBefore = mpr.abiViolations();
        mpr.serve(new ReadModel() {
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return new ConnectionAnswer(0, "\\\\srv\\😀");
            }

            @Override
            public EnumerationAnswer enumerate(int scope, int type, int usage) {
                return new EnumerationAnswer(0, null, List.of(Z, DEVICELESS));
            }

            @Override
            public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
                return new UniversalNameAnswer(0, "\\\\srv\\s\\f", infoLevel == 2 ? "\\\\srv\\s" : null,
                        infoLevel == 2 ? "\\f" : null);
            }
        });
    }

    @AfterEach
    void stop() {
        if (mpr != null) {
            mpr.stopServing();
        }
    }

    private static Memory utf16z(String s) {
        Memory m = new Memory(2L * (s.length() + 1));
        for (int i = 0; i < s.length(); i++) {
            m.setShort(2L * i, (short) s.charAt(i));
        }
        m.setShort(2L * s.length(), (short) 0);
        return m;
    }

    private static Memory dword(int value) {
        Memory m = new Memory(4);
        m.setInt(0, value);
        return m;
    }

    private static String stringAt(Pointer p) {
        StringBuilder s = new StringBuilder();
        for (long i = 0; p.getShort(i) != 0; i += 2) {
            s.append((char) p.getShort(i));
        }
        return s.toString();
    }

    @Test
    void theLayoutTheCompilerMadeIsTheSpecificationsAndTheSharedOne() {
        DoubleLayout layout = mpr.layout();
        Structs structs = new Structs(P);
        List<Integer> expected = P == 8 ? List.of(0, 4, 8, 12, 16, 24, 32, 40) : List.of(0, 4, 8, 12, 16, 20, 24, 28);
        assertEquals(expected, layout.netResourceOffsets());
        assertEquals(P == 8 ? 48 : 32, layout.netResourceSize());
        assertEquals(structs.netResourceSize(), layout.netResourceSize());
        for (int i = 0; i < 4; i++) {
            assertEquals(structs.netResourceStringOffset(i), layout.netResourceOffsets().get(4 + i));
        }
        assertEquals(structs.universalNameInfoSize(1), layout.universalNameInfoSize());
        assertEquals(structs.universalNameInfoSize(2), layout.remoteNameInfoSize());
        assertEquals(List.of(0, P, 2 * P), layout.remoteNameInfoOffsets());
        assertEquals(P, layout.handleSize());
    }

    @Test
    void getConnectionWritesBackTheUnitsNeededAndNothingElse() {
        Memory length = dword(3);
        Memory buffer = new Memory(6);
        buffer.setShort(0, (short) 'x');
        assertEquals(234, raw.WNetGetConnectionW(utf16z("Z:"), buffer, length));
        assertEquals("\\\\srv\\😀".length() + 1, length.getInt(0), "units, the NUL included");
        assertEquals('x', buffer.getShort(0));
        Memory fits = new Memory(2L * length.getInt(0));
        assertEquals(0, raw.WNetGetConnectionW(utf16z("Z:"), fits, length));
        assertEquals("\\\\srv\\😀", stringAt(fits));
        // A NULL buffer of size 0 asks for the size.
        Memory zero = dword(0);
        assertEquals(234, raw.WNetGetConnectionW(utf16z("Z:"), null, zero));
        assertEquals(9, zero.getInt(0));
        assertEquals(violationsBefore, mpr.abiViolations());
    }

    @Test
    void aBufferDeclaredLargerThanItsBlockIsAViolationAndNothingIsWritten() {
        Memory buffer = new Memory(64);
        assertEquals(487, raw.WNetGetConnectionW(utf16z("Z:"), buffer, dword(64))); // 64 units = 128 bytes
        assertEquals(violationsBefore + 1, mpr.abiViolations());
        assertTrue(mpr.lastViolation().contains("WNetGetConnectionW was told its buffer holds 128 bytes"),
                mpr::lastViolation);
        assertEquals(487, raw.WNetGetUniversalNameW(utf16z("Z:\\f"), 1, buffer, dword(200)));
        assertEquals(violationsBefore + 2, mpr.abiViolations());
        assertEquals(List.of(), mpr.receivedReads(), "the model is not asked");
    }

    @Test
    void nullsWhereWindowsRequiresPointersAreViolations() {
        assertEquals(87, raw.WNetGetConnectionW(null, new Memory(8), dword(4)));
        assertEquals(487, raw.WNetGetConnectionW(utf16z("Z:"), new Memory(8), null));
        assertEquals(487, raw.WNetOpenEnumW(1, 0, 0, null, null));
        assertEquals(87, raw.WNetOpenEnumW(1, 0, 0, new Memory(48), new Memory(P)));
        assertEquals(487, raw.WNetEnumResourceW(Pointer.createConstant(4), null, new Memory(8), dword(8)));
        assertEquals(487, raw.WNetGetUniversalNameW(utf16z("Z:\\f"), 1, new Memory(8), null));
        assertEquals(87, raw.WNetGetUniversalNameW(null, 1, new Memory(8), dword(8)));
        assertEquals(violationsBefore + 7, mpr.abiViolations());
    }

    private Pointer open() {
        Memory handle = new Memory(P);
        assertEquals(0, raw.WNetOpenEnumW(1, 0, 0, null, handle));
        return handle.getPointer(0);
    }

    @Test
    void entriesComeStructuresFirstWithTheirStringsAtTheBuffersEnd() {
        int before = mpr.openEnumerations();
        Pointer handle = open();
        assertEquals(before + 1, mpr.openEnumerations());
        Memory buffer = new Memory(1024);
        Memory count = dword(-1);
        assertEquals(0, raw.WNetEnumResourceW(handle, count, buffer, dword(1024)));
        assertEquals(2, count.getInt(0));
        int size = new Structs(P).netResourceSize();
        long base = Pointer.nativeValue(buffer);
        for (int i = 0; i < 2; i++) {
            long remote = Pointer.nativeValue(buffer.getPointer((long) i * size + 16 + P));
            assertTrue(remote >= base + 2L * size && remote < base + 1024, "the strings follow the structures");
        }
        assertEquals("Z:", stringAt(buffer.getPointer(16)));
        assertEquals("\\\\srv\\共有", stringAt(buffer.getPointer(16 + P)));
        assertEquals(null, buffer.getPointer(16 + 2 * P), "no comment: NULL");
        assertEquals(null, buffer.getPointer(size + 16), "deviceless: NULL lpLocalName");
        assertEquals((byte) 0xCD, buffer.getByte(2L * size), "the gap holds the double's filler");
        assertEquals(259, raw.WNetEnumResourceW(handle, dword(-1), buffer, dword(1024)));
        assertEquals(0, raw.WNetCloseEnum(handle));
        assertEquals(before, mpr.openEnumerations());
    }

    @Test
    void aCountAsksForAtMostThatManyAndTooSmallABufferForOneWritesBackItsSize() {
        Pointer handle = open();
        Memory small = new Memory(40);
        Memory size = dword(40);
        assertEquals(234, raw.WNetEnumResourceW(handle, dword(-1), small, size));
        int first = new Structs(P).netResourceSize() + 2 * 3 + 2 * 9 + 2 * 8; // "Z:", "\\srv\共有", "Network"
        assertEquals(first, size.getInt(0), "bytes for the first entry");
        Memory buffer = new Memory(1024);
        Memory count = dword(1);
        assertEquals(0, raw.WNetEnumResourceW(handle, count, buffer, dword(1024)));
        assertEquals(1, count.getInt(0));
        assertEquals("Z:", stringAt(buffer.getPointer(16)), "the failed call did not skip the entry");
        assertEquals(0, raw.WNetEnumResourceW(handle, count, buffer, dword(1024)));
        assertEquals(null, buffer.getPointer(16));
        assertEquals(87, raw.WNetEnumResourceW(handle, dword(0), buffer, dword(1024)));
        assertEquals(0, raw.WNetCloseEnum(handle));
    }

    @Test
    void closedAndNeverIssuedHandlesAreInvalidAndCounted() {
        Pointer handle = open();
        assertEquals(0, raw.WNetCloseEnum(handle));
        int stale = mpr.staleHandleUses();
        int unknown = mpr.unknownHandleUses();
        assertEquals(6, raw.WNetCloseEnum(handle));
        assertEquals(6, raw.WNetEnumResourceW(handle, dword(-1), new Memory(64), dword(64)));
        assertEquals(stale + 2, mpr.staleHandleUses());
        assertEquals(6, raw.WNetCloseEnum(Pointer.createConstant(0x1234)));
        assertEquals(6, raw.WNetCloseEnum(null));
        assertEquals(unknown + 2, mpr.unknownHandleUses());
    }

    @Test
    void withNoNetworkEnumResourceAnswersThatBeforeLookingAtTheHandleAndCloseStillCloses() {
        int before = mpr.openEnumerations();
        Pointer handle = open();
        mpr.stopServing();
        assertEquals(1222, raw.WNetEnumResourceW(Pointer.createConstant(0x1234), dword(-1), new Memory(64), dword(64)));
        assertEquals(1222, raw.WNetOpenEnumW(1, 0, 0, null, new Memory(P)));
        assertEquals(0, raw.WNetCloseEnum(handle));
        assertEquals(before, mpr.openEnumerations());
    }

    @Test
    void theRemoteNameLevelPointsIntoTheBufferAndWritesBackBytes() {
        Memory size = dword(8);
        assertEquals(234, raw.WNetGetUniversalNameW(utf16z("Z:\\f"), 2, new Memory(8), size));
        int needed = 3 * P + 2 * (9 + 1) + 2 * (7 + 1) + 2 * (2 + 1);
        assertEquals(needed, size.getInt(0), "bytes: the structure and three names");
        Memory buffer = new Memory(needed);
        assertEquals(0, raw.WNetGetUniversalNameW(utf16z("Z:\\f"), 2, buffer, size));
        assertEquals("\\\\srv\\s\\f", stringAt(buffer.getPointer(0)));
        assertEquals("\\\\srv\\s", stringAt(buffer.getPointer(P)));
        assertEquals("\\f", stringAt(buffer.getPointer(2L * P)));
        assertEquals(List.of(new ReceivedRead("WNetGetUniversalNameW", "Z:\\f", List.of(2)),
                new ReceivedRead("WNetGetUniversalNameW", "Z:\\f", List.of(2))), mpr.receivedReads());
    }

    @Test
    void anEnumerationAnswerThatNamesNoFailingCallIsAModelFailure() {
        mpr.serve(new ReadModel() {
            @Override
            public EnumerationAnswer enumerate(int scope, int type, int usage) {
                return new EnumerationAnswer(1222, null, List.of());
            }
        });
        assertEquals(31, raw.WNetOpenEnumW(1, 0, 0, null, new Memory(P)));
        assertEquals(1, mpr.modelFailures().size());
        assertInstanceOf(IllegalStateException.class, mpr.modelFailures().get(0));
    }
}
