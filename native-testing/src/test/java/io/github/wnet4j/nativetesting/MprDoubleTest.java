package io.github.wnet4j.nativetesting;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The double on its own: calls its Windows exports directly, with hand-built UTF-16 buffers (and
 * deliberately broken arguments), and checks what reaches the model and what comes back.
 */
class MprDoubleTest {

    /** The double's Windows exports, declared with raw pointers so a test can break the ABI on purpose. */
    interface RawMpr extends Library {
        int WNetCancelConnection2W(Pointer name, int flags, int force);

        int WNetCancelConnectionW(Pointer name, int force);

        int WNetGetLastErrorW(Pointer error, Pointer errorBuf, int errorBufSize, Pointer nameBuf, int nameBufSize);
    }

    private MprDouble mpr;
    private RawMpr raw;

    @BeforeEach
    void loadDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        raw = Native.load(mpr.libraryPath(), RawMpr.class);
    }

    @AfterEach
    void stop() {
        if (mpr != null) {
            mpr.stopServing();
        }
    }

    /** A model that records what it was called with and answers fixed values. */
    static class Recorder extends ReadModel {
        final List<String> calls = new ArrayList<>();
        int code;
        ExtendedError error = new ExtendedError(0, "", "");

        @Override
        public int cancelConnection2(String name, int flags, boolean force) {
            calls.add("2:" + name + ":" + Integer.toHexString(flags) + ":" + force);
            return code;
        }

        @Override
        public int cancelConnection(String name, boolean force) {
            calls.add("1:" + name + ":" + force);
            return code;
        }

        @Override
        public ExtendedError lastExtendedError() {
            return error;
        }
    }

    private static Memory utf16z(String s) {
        // Built by hand, byte by byte in the platform's order: the thing under test must not help.
        Memory m = new Memory(2L * (s.length() + 1));
        for (int i = 0; i < s.length(); i++) {
            m.setShort(2L * i, (short) s.charAt(i));
        }
        m.setShort(2L * s.length(), (short) 0);
        return m;
    }

    private static char[] unitsAt(Memory buffer, int count) {
        char[] units = new char[count];
        for (int i = 0; i < count; i++) {
            units[i] = (char) buffer.getShort(2L * i);
        }
        return units;
    }

    @Test
    void answersNoNetworkWhenNothingIsServed() {
        mpr.stopServing();
        assertEquals(1222, raw.WNetCancelConnection2W(utf16z("Z:"), 0, 0));
        assertEquals(1222, raw.WNetCancelConnectionW(utf16z("Z:"), 1));
    }

    @Test
    void forwardsExactUnitsFlagsAndForceToTheModel() {
        Recorder model = new Recorder();
        model.code = 2250;
        mpr.serve(model);
        String name = "\\\\sërver\\共有\\😀";
        assertEquals(2250, raw.WNetCancelConnection2W(utf16z(name), 0xFFFFFFFF, 1));
        assertEquals(2250, raw.WNetCancelConnectionW(utf16z("LPT1:"), 0));

        assertEquals(List.of("2:" + name + ":ffffffff:true", "1:LPT1::false"), model.calls);
        assertEquals(List.of(
                new MprDouble.ReceivedCall(WNetFunction.CANCEL_CONNECTION2, name, OptionalInt.of(0xFFFFFFFF), true),
                new MprDouble.ReceivedCall(WNetFunction.CANCEL_CONNECTION, "LPT1:", OptionalInt.empty(), false)),
                mpr.receivedCalls());
        assertArrayEquals(name.toCharArray(), mpr.receivedCalls().get(0).units());
    }

    /** The units before the first NUL of a buffer the double wrote. */
    private static String textAt(Memory buffer) {
        StringBuilder text = new StringBuilder();
        for (long i = 0; i < buffer.size() / 2 && buffer.getShort(2 * i) != 0; i++) {
            text.append((char) buffer.getShort(2 * i));
        }
        return text.toString();
    }

    /** A native backend over the raw exports, as the sessions' calls go through one backend. */
    private WNetBackend rawBackend() {
        return new ReadModel() {
            @Override
            public int cancelConnection2(String name, int flags, boolean force) {
                return raw.WNetCancelConnection2W(utf16z(name), flags, force ? 1 : 0);
            }

            @Override
            public int cancelConnection(String name, boolean force) {
                return raw.WNetCancelConnectionW(utf16z(name), force ? 1 : 0);
            }

            @Override
            public ExtendedError lastExtendedError() {
                Memory code = new Memory(4);
                Memory text = new Memory(2 * 64);
                Memory provider = new Memory(2 * 64);
                raw.WNetGetLastErrorW(code, text, 64, provider, 64);
                return new ExtendedError(code.getInt(0), textAt(text), textAt(provider));
            }
        };
    }

    @Test
    void callsFromEachSessionReachThatSessionsModelAndAreAllRecorded() {
        Recorder desktop = new Recorder();
        desktop.code = 2250;
        Recorder elevated = new Recorder();
        elevated.code = 1208;
        elevated.error = new ExtendedError(5, "denied here", "elevated provider");
        mpr.serve(desktop);
        WNetBackend backend = rawBackend();
        WNetBackend fromDesktop = mpr.calledFrom(desktop, backend);
        WNetBackend fromElevated = mpr.calledFrom(elevated, backend);

        assertEquals(2250, fromDesktop.cancelConnection2("Z:", 0, false));
        assertEquals(1208, fromElevated.cancelConnection("Y:", true));
        assertEquals(elevated.error, fromElevated.lastExtendedError());
        assertEquals(2250, fromDesktop.cancelConnection2("X:", 1, true));

        assertEquals(List.of("2:Z::0:false", "2:X::1:true"), desktop.calls);
        assertEquals(List.of("1:Y::true"), elevated.calls);
        assertEquals(List.of("Z:", "Y:", "X:"), mpr.receivedCalls().stream().map(MprDouble.ReceivedCall::name).toList(),
                "switching sessions keeps what was recorded");
        assertEquals(2250, raw.WNetCancelConnection2W(utf16z("W:"), 0, 0), "the double stays on the last session's model");
    }

    @Test
    void passesUnpairedSurrogatesThroughUnchanged() {
        // The api never sends one; the double must still not repair what it received.
        Recorder model = new Recorder();
        mpr.serve(model);
        String name = "\\\\srv\\a\uD800b\uDC00";
        raw.WNetCancelConnection2W(utf16z(name), 0, 0);
        assertArrayEquals(name.toCharArray(), mpr.lastCall().orElseThrow().units());
    }

    @Test
    void rejectsABoolThatIsNotZeroOrOneWithoutCallingTheModel() {
        Recorder model = new Recorder();
        mpr.serve(model);
        int before = mpr.abiViolations();
        assertEquals(87, raw.WNetCancelConnection2W(utf16z("Z:"), 0, 2));
        assertEquals(87, raw.WNetCancelConnectionW(utf16z("Z:"), -1));
        assertEquals(before + 2, mpr.abiViolations());
        assertTrue(model.calls.isEmpty(), model.calls::toString);
    }

    @Test
    void rejectsANullNameWithoutCallingTheModel() {
        Recorder model = new Recorder();
        mpr.serve(model);
        int before = mpr.abiViolations();
        assertEquals(87, raw.WNetCancelConnection2W(null, 0, 0));
        assertEquals(87, raw.WNetCancelConnectionW(null, 0));
        assertEquals(before + 2, mpr.abiViolations());
        assertTrue(model.calls.isEmpty(), model.calls::toString);
    }

    @Test
    void returnsTheModelsExtendedErrorTruncatedToTheCallersBuffers() {
        Recorder model = new Recorder();
        model.error = new ExtendedError(0xFFFFFFFF, "Zugriff verweigert – 共有", "Microsoft Windows Network");
        mpr.serve(model);
        Memory code = new Memory(4);
        Memory text = new Memory(2 * 6);
        Memory provider = new Memory(2 * 100);
        assertEquals(0, raw.WNetGetLastErrorW(code, text, 6, provider, 100));

        assertEquals(0xFFFFFFFF, code.getInt(0));
        assertArrayEquals("Zugri\0".toCharArray(), unitsAt(text, 6));
        assertArrayEquals("Microsoft Windows Network\0".toCharArray(), unitsAt(provider, 26));
    }

    @Test
    void writesNothingIntoAZeroCapacityBuffer() {
        Recorder model = new Recorder();
        model.error = new ExtendedError(5, "text", "name");
        mpr.serve(model);
        Memory code = new Memory(4);
        Memory text = new Memory(2);
        text.setShort(0, (short) 'x');
        assertEquals(0, raw.WNetGetLastErrorW(code, text, 0, null, 0));
        assertEquals(5, code.getInt(0));
        assertEquals('x', text.getShort(0));
    }

    @Test
    void rejectsMissingBuffersWithInvalidAddress() {
        mpr.serve(new Recorder());
        Memory code = new Memory(4);
        Memory buffer = new Memory(2 * 10);
        assertEquals(487, raw.WNetGetLastErrorW(null, buffer, 10, buffer, 10));
        assertEquals(487, raw.WNetGetLastErrorW(code, null, 10, buffer, 10));
        assertEquals(487, raw.WNetGetLastErrorW(code, buffer, 10, null, 10));
    }

    @Test
    void reportsNoExtendedErrorWhenNothingIsServed() {
        mpr.stopServing();
        Memory code = new Memory(4);
        code.setInt(0, 99);
        Memory text = new Memory(2 * 4);
        text.setShort(0, (short) 'x');
        assertEquals(0, raw.WNetGetLastErrorW(code, text, 4, null, 0));
        assertEquals(0, code.getInt(0));
        assertEquals(0, text.getShort(0));
    }

    @Test
    void answersGenFailureAndKeepsTheThrowableWhenTheModelThrows() {
        IllegalStateException boom = new IllegalStateException("model broke");
        mpr.serve(new Recorder() {
            @Override
            public int cancelConnection2(String name, int flags, boolean force) {
                throw boom;
            }

            @Override
            public ExtendedError lastExtendedError() {
                throw boom;
            }
        });
        assertEquals(31, raw.WNetCancelConnection2W(utf16z("Z:"), 0, 0));
        assertEquals(31, raw.WNetGetLastErrorW(new Memory(4), null, 0, null, 0));
        assertEquals(List.of(boom, boom), mpr.modelFailures());
        assertInstanceOf(IllegalStateException.class, mpr.modelFailures().get(0));
    }

    @Test
    void serveForgetsTheCallsReceivedBefore() {
        mpr.serve(new Recorder());
        raw.WNetCancelConnection2W(utf16z("Z:"), 1, 0);
        assertEquals(1, mpr.receivedCalls().size());
        mpr.serve(new Recorder());
        assertTrue(mpr.receivedCalls().isEmpty());
        assertTrue(mpr.lastCall().isEmpty());
    }

    @Test
    void keepsOnlyTheMostRecentCalls() {
        mpr.serve(new Recorder());
        for (int i = 0; i < MprDouble.RECEIVED_CALLS_KEPT + 3; i++) {
            raw.WNetCancelConnection2W(utf16z("\\\\srv\\s" + i), 0, 0);
        }
        List<MprDouble.ReceivedCall> calls = mpr.receivedCalls();
        assertEquals(MprDouble.RECEIVED_CALLS_KEPT, calls.size());
        assertEquals("\\\\srv\\s3", calls.get(0).name());
        assertEquals("\\\\srv\\s" + (MprDouble.RECEIVED_CALLS_KEPT + 2), mpr.lastCall().orElseThrow().name());
        mpr.clearReceivedCalls();
        assertTrue(mpr.receivedCalls().isEmpty());
    }
}
