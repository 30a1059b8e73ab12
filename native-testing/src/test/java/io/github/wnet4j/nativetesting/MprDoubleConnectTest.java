package io.github.wnet4j.nativetesting;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.nativeaccess.ConnectImage;
import io.github.wnet4j.nativeaccess.Structs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_DISK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The double's connect side on its own: its exports called directly with hand-made arguments (some
 * deliberately broken), checking Windows' buffer rules for WNetUseConnectionW (C16, "WNetUseConnection's
 * outputs"), the ABI checks and what reaches the model.
 */
class MprDoubleConnectTest {

    /** The double's connect exports with raw pointers, so that a test can break the ABI on purpose. */
    interface RawConnect extends Library {
        int WNetAddConnection2W(Pointer resource, Pointer password, Pointer user, int flags);

        int WNetAddConnection3W(Pointer hwnd, Pointer resource, Pointer password, Pointer user, int flags);

        int WNetUseConnectionW(Pointer hwnd, Pointer resource, Pointer password, Pointer user, int flags,
                               Pointer accessName, Pointer bufferSize, Pointer result);
    }

    private static final NetResource DRIVE = new NetResource(0, RESOURCETYPE_DISK, 0, 0, "Z:", "\\\\srv\\share", null, null);

    private MprDouble mpr;
    private DoubleConnect connect;
    private RawConnect raw;
    private int violationsBefore;

    @BeforeEach
    void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        connect = DoubleConnect.of(mpr);
        raw = Native.load(mpr.libraryPath(), RawConnect.class);
        violationsBefore = mpr.abiViolations();
        mpr.clearBufferCalls();
    }

    @AfterEach
    void stop() {
        if (mpr != null) {
            mpr.stopServing();
            connect.stopCheckingUserName();
        }
    }

    /** The resource and the strings, laid out by the shared code in one JNA block; the block and the offsets. */
    private record Inputs(Memory block, ConnectImage image) {
        static Inputs of(NetResource resource, char[] password, String user) {
            ConnectImage image = ConnectImage.of(new Structs(Native.POINTER_SIZE), resource, password, user);
            Memory block = new Memory(image.size());
            image.writeTo(Pointer.nativeValue(block), bytes -> block.write(0, bytes, 0, bytes.length));
            return new Inputs(block, image);
        }

        Pointer at(long offset) {
            return offset < 0 ? null : block.share(offset);
        }
    }

    /** WNetUseConnectionW with an access-name buffer of {@code units} (none for -1) and the size DWORD given. */
    private int use(Inputs in, int units, Memory size, Memory result) {
        Memory access = units < 0 ? null : new Memory(2L * Math.max(units, 1));
        if (access != null) {
            access.setShort(0, (short) 0);
        }
        return raw.WNetUseConnectionW(null, in.block(), in.at(in.image().passwordOffset()),
                in.at(in.image().userNameOffset()), 0, access, size, result);
    }

    private static Memory dword(int value) {
        Memory m = new Memory(4);
        m.setInt(0, value);
        return m;
    }

    @Test
    void aBufferDeclaredAsZeroUnitsIsInvalidParameterAndConnectsNothing() {
        mpr.serve(new ConnectModel(0));
        Memory size = dword(0);
        assertEquals(87, use(Inputs.of(DRIVE, null, null), 4, size, dword(0)));
        assertEquals(List.of(), connect.receivedConnects());
        assertEquals(violationsBefore, mpr.abiViolations(), "Windows' own answer, not an ABI fault");
    }

    @Test
    void noBufferAndASizeOfZeroConnectsAndWritesNothing() {
        mpr.serve(new ConnectModel(0));
        Memory size = dword(0);
        Memory result = dword(0);
        assertEquals(0, use(Inputs.of(DRIVE, null, null), -1, size, result));
        assertEquals(0, size.getInt(0));
        assertEquals(UseConnectionAnswer.CONNECT_LOCALDRIVE, result.getInt(0));
        assertEquals(1, connect.receivedConnects().size());
        assertEquals(0, use(Inputs.of(DRIVE, null, null), -1, null, result), "no buffer needs no size");
    }

    @Test
    void aBufferTooSmallGetsTheSizeNeededAndConnectsNothing() {
        mpr.serve(new ConnectModel(0));
        Memory size = dword(2);
        assertEquals(234, use(Inputs.of(DRIVE, null, null), 2, size, dword(0)));
        assertEquals(3, size.getInt(0), "\"Z:\" and its NUL");
        assertEquals(List.of(), connect.receivedConnects(), "ERROR_MORE_DATA must make no connection");
        NetResource deviceless = new NetResource(0, RESOURCETYPE_DISK, 0, 0, null, "\\\\srv\\share", null, null);
        size.setInt(0, 5);
        assertEquals(234, use(Inputs.of(deviceless, null, null), 5, size, dword(0)));
        assertEquals("\\\\srv\\share".length() + 1, size.getInt(0), "the remote name and its NUL");
    }

    @Test
    void onSuccessTheSizeIsLeftAsGivenAndTheDeviceWritten() {
        mpr.serve(new ConnectModel(0));
        Memory size = dword(3);
        Memory access = new Memory(6);
        Memory result = dword(0);
        Inputs in = Inputs.of(DRIVE, null, null);
        assertEquals(0, raw.WNetUseConnectionW(null, in.block(), null, null, 0, access, size, result));
        assertEquals(3, size.getInt(0));
        assertArrayEquals(new short[] {'Z', ':', 0}, access.getShortArray(0, 3));
        assertEquals(UseConnectionAnswer.CONNECT_LOCALDRIVE, result.getInt(0));
    }

    @Test
    void aWindowOwnerIsAnAbiViolationAndTheModelIsNotAsked() {
        mpr.serve(new ConnectModel(0));
        Inputs in = Inputs.of(DRIVE, null, null);
        Memory window = new Memory(8);
        assertEquals(87, raw.WNetAddConnection3W(window, in.block(), null, null, 0));
        assertEquals(violationsBefore + 1, mpr.abiViolations());
        assertTrue(mpr.lastViolation().contains("hwndOwner"), mpr.lastViolation());
        assertEquals(87, raw.WNetUseConnectionW(window, in.block(), null, null, 0, null, null, null));
        assertEquals(violationsBefore + 2, mpr.abiViolations());
        assertEquals(List.of(), connect.receivedConnects());
    }

    @Test
    void aMissingResourceOrRemoteNameIsAnAbiViolation() {
        mpr.serve(new ConnectModel(0));
        assertEquals(87, raw.WNetAddConnection2W(null, null, null, 0));
        assertTrue(mpr.lastViolation().contains("lpNetResource"), mpr.lastViolation());
        Inputs in = Inputs.of(DRIVE, null, null);
        in.block().setPointer(new Structs(Native.POINTER_SIZE).netResourceStringOffset(1), null);
        assertEquals(87, raw.WNetAddConnection2W(in.block(), null, null, 0));
        assertTrue(mpr.lastViolation().contains("lpRemoteName"), mpr.lastViolation());
        assertEquals(violationsBefore + 2, mpr.abiViolations());
        assertEquals(List.of(), connect.receivedConnects());
    }

    @Test
    void aStringWithNoNulWithinTheLongestNameIsAnAbiViolation() {
        mpr.serve(new ConnectModel(0));
        Memory unterminated = new Memory(2L * 32_768); // exactly the bound: the double reads no further
        for (int i = 0; i < 32_768; i++) {
            unterminated.setShort(2L * i, (short) 'a');
        }
        assertEquals(87, raw.WNetAddConnection2W(Inputs.of(DRIVE, null, null).block(), unterminated, null, 0));
        assertEquals(violationsBefore + 1, mpr.abiViolations());
        assertTrue(mpr.lastViolation().contains("lpPassword has no NUL"), mpr.lastViolation());
        assertEquals(List.of(), connect.receivedConnects());
    }

    @Test
    void aPasswordAndUserNameSwappedAreSeenOnceTheUserNameIsAnnounced() {
        mpr.serve(new ConnectModel(0));
        Inputs in = Inputs.of(DRIVE, "pw😀".toCharArray(), "CORP\\svc");
        Pointer password = in.at(in.image().passwordOffset());
        Pointer user = in.at(in.image().userNameOffset());
        connect.expectUserName("CORP\\svc");
        assertEquals(0, raw.WNetAddConnection2W(in.block(), password, user, 0));
        assertEquals(violationsBefore, mpr.abiViolations());
        assertEquals(87, raw.WNetAddConnection2W(in.block(), user, password, 0));
        assertEquals(violationsBefore + 1, mpr.abiViolations());
        assertTrue(mpr.lastViolation().contains("swapped"), mpr.lastViolation());
        connect.expectUserName(null);
        assertEquals(87, raw.WNetAddConnection2W(in.block(), null, password, 0), "NULL announced, a string passed");
        connect.stopCheckingUserName();
        assertEquals(0, raw.WNetAddConnection2W(in.block(), user, password, 0), "unchecked once the check stops");
        assertEquals(2, connect.receivedConnects().size());
    }

    @Test
    void aModelThatThrowsIsGenFailureAndItsPasswordArrayIsStillCleared() {
        char[][] handed = new char[1][];
        mpr.serve(new ConnectModel(0) {
            @Override
            public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
                handed[0] = password;
                throw new IllegalStateException("the model fails");
            }
        });
        Inputs in = Inputs.of(DRIVE, "pw😀".toCharArray(), null);
        assertEquals(31, raw.WNetAddConnection2W(in.block(), in.at(in.image().passwordOffset()), null, 0));
        assertArrayEquals(new char[4], handed[0]);
        assertInstanceOf(IllegalStateException.class, mpr.modelFailures().get(0));
    }

    @Test
    void answeredInCEveryConnectGetsTheFixedCodeAndStoppedTheyGetNoNetwork() {
        mpr.serveInC(1219, new io.github.wnet4j.ExtendedError(0, "", ""));
        Inputs in = Inputs.of(DRIVE, null, null);
        assertEquals(1219, raw.WNetAddConnection2W(in.block(), null, null, 0));
        connect.serveInC(0);
        Memory result = dword(0);
        Memory size = dword(8);
        Memory access = new Memory(16);
        assertEquals(0, raw.WNetUseConnectionW(null, in.block(), null, null, 0, access, size, result));
        assertArrayEquals(new short[] {'Z', ':', 0}, access.getShortArray(0, 3));
        assertEquals(List.of(), connect.receivedConnects(), "answered in C: nothing recorded");
        mpr.stopServing();
        assertEquals(1222, raw.WNetAddConnection2W(in.block(), null, null, 0));
    }
}
