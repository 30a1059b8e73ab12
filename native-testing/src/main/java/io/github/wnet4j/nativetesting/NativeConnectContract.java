package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_DISK;
import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_PRINT;
import static io.github.wnet4j.spi.UseConnectionAnswer.CONNECT_LOCALDRIVE;
import static io.github.wnet4j.spi.UseConnectionAnswer.CONNECT_REDIRECT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The connect side across the native boundary, for any native backend: WNetAddConnection2W,
 * WNetAddConnection3W, WNetUseConnectionW and WNetAddConnectionW through the backend into the C
 * double, whose scripted {@link ConnectModel} answers. Checked: every NETRESOURCEW field and string
 * arrives as sent (the fields hold values distinct from each other, so one read at another's offset
 * shows), the password (non-BMP characters, up to the longest) arrives unit for unit, before the
 * user name (the double is told the user name to expect, so a swap is an ABI violation), and is
 * handed to the model as an array cleared once the model has answered; the caller's array is left
 * as it was; WNetUseConnectionW's access name comes back whole after a retry at the size written
 * back, the too-small call making no connection; codes pass through; a password holding U+0000 or a
 * bad name is refused before the double; no ABI violation; the password is in no captured output.
 *
 * <p>That the backend zeroes its own native copy of the password is not observable from here (it
 * frees that memory right after zeroing it, and freed memory may be reused at once): each backend's
 * tests check it inside the backend, with {@link PasswordMemoryCheck}.
 *
 * <p>Subclass it in the backend's tests with {@code newBackend()}; where the double is unavailable
 * every test skips with {@link MprDouble#whyUnavailable()}. It serves through the one process-wide
 * double, so it must not run concurrently with other tests that use it.
 */
public abstract class NativeConnectContract {
    private static final String PROVIDER = "Microsoft Windows Network";
    /** Field values distinct from each other, so that a field read at another's offset shows. */
    static final NetResource RESOURCE = new NetResource(0x11, RESOURCETYPE_DISK, 0x33, 0x44, "Z:",
            "\\\\sërver\\共有\\😀", "a comment ü", PROVIDER);
    static final String USER = "DOMÄIN\\usér😀";
    private static final String SECRET = "Pä😀ss🔑wörd";

    private MprDouble mpr;
    private DoubleConnect connect;
    private WNetBackend backend;
    private int violationsBefore;

    /** A backend under test, made as discovery would (by its provider); called once per test. */
    protected abstract WNetBackend newBackend();

    /** {@return a fresh copy of the test's password, with characters outside the BMP} */
    static char[] password() {
        return SECRET.toCharArray();
    }

    @BeforeEach
    final void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        connect = DoubleConnect.of(mpr);
        backend = newBackend();
        violationsBefore = mpr.abiViolations();
        mpr.clearBufferCalls();
    }

    @AfterEach
    final void noCallBrokeTheAbi() {
        if (mpr != null) {
            mpr.stopServing();
            connect.stopCheckingUserName();
            assertEquals(violationsBefore, mpr.abiViolations(), mpr::lastViolation);
            assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
        }
    }

    private ConnectModel serve(int code) {
        ConnectModel model = new ConnectModel(code);
        mpr.serve(model);
        return model;
    }

    /** One call of the function named, as the api would make it; WNetUseConnectionW's code only. */
    private int call(String function, NetResource resource, char[] password, String user, int flags) {
        return switch (function) {
            case "WNetAddConnection2W" -> backend.addConnection2(resource, password, user, flags);
            case "WNetAddConnection3W" -> backend.addConnection3(resource, password, user, flags);
            case "WNetUseConnectionW" -> backend.useConnection(resource, password, user, flags).code();
            default -> throw new IllegalArgumentException(function);
        };
    }

    private void assertReceived(String function, NetResource resource, char[] password, String user, int flags) {
        List<ReceivedConnect> received = connect.receivedConnects();
        assertEquals(1, received.size(), () -> "calls the model received: " + received);
        ReceivedConnect call = received.get(0);
        assertEquals(function, call.function());
        assertEquals(resource, call.resource());
        assertEquals(user, call.userName());
        assertEquals(flags, call.flags());
        // The message names lengths only: never the password.
        assertTrue(call.password().matches(password), () -> "the password that crossed differs: " + call.password()
                + " received, " + (password == null ? "NULL" : password.length + " units") + " sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WNetAddConnection2W", "WNetAddConnection3W", "WNetUseConnectionW"})
    void everyFieldAndStringCrossesAsSent(String function) {
        serve(0);
        connect.expectUserName(USER);
        char[] password = password();
        assertEquals(0, call(function, RESOURCE, password, USER, 0x1));
        assertReceived(function, RESOURCE, password, USER, 0x1);
        assertArrayEquals(password(), password, "the backend must leave the caller's array alone");
    }

    @Test
    void theLegacyFunctionCarriesTheRemoteNameThePasswordAndTheDevice() {
        serve(0);
        connect.expectUserName(USER); // WNetAddConnectionW has no user name: nothing to compare
        char[] password = password();
        assertEquals(0, backend.addConnection("\\\\srv\\😀", password, "LPT1:"));
        assertReceived("WNetAddConnectionW", new NetResource(0, 0, 0, 0, "LPT1:", "\\\\srv\\😀", null, null),
                password, null, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WNetAddConnection2W", "WNetAddConnection3W", "WNetUseConnectionW"})
    void noPasswordAndNoUserCrossAsNullAndAnEmptyPasswordAsEmpty(String function) {
        NetResource deviceless = new NetResource(0, RESOURCETYPE_DISK, 0, 0, null, "\\\\srv\\share", null, null);
        serve(0);
        connect.expectUserName(null);
        call(function, deviceless, null, null, 0);
        assertReceived(function, deviceless, null, null, 0);
        serve(0);
        call(function, deviceless, new char[0], null, 0);
        assertReceived(function, deviceless, new char[0], null, 0);
        assertEquals(0, connect.receivedConnects().get(0).password().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"WNetAddConnection2W", "WNetAddConnection3W", "WNetUseConnectionW"})
    void theLongestNamesUserAndPasswordCrossWhole(String function) {
        // 32,767 units each, the most the api accepts, with surrogate pairs throughout.
        String remote = "\\\\" + "😀".repeat(16_382) + "s";
        String user = "u" + "𝄞".repeat(16_383);
        char[] password = ("😀".repeat(16_383) + "p").toCharArray();
        NetResource deviceless = new NetResource(0, RESOURCETYPE_DISK, 0, 0, null, remote, null, null);
        serve(0);
        connect.expectUserName(user);
        assertEquals(0, call(function, deviceless, password, user, 0));
        assertReceived(function, deviceless, password, user, 0);
    }

    @Test
    void theModelsPasswordArrayIsClearedOnceItHasAnswered() {
        ConnectModel model = serve(0);
        backend.addConnection2(RESOURCE, password(), USER, 0);
        backend.addConnection3(RESOURCE, password(), USER, 0);
        backend.useConnection(RESOURCE, password(), USER, 0);
        backend.addConnection("\\\\srv\\share", password(), "Z:");
        assertEquals(4, model.passwordsHanded().size());
        for (char[] handed : model.passwordsHanded()) {
            assertEquals(SECRET.length(), handed.length);
            assertArrayEquals(new char[SECRET.length()], handed, "a password array handed to the model was not cleared");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1219, 86, 1326, 85, 1202, 67, 53, 5, 87, 1208, 0xFFFFFFFF})
    void codesPassThrough(int code) {
        serve(code);
        assertEquals(code, backend.addConnection2(RESOURCE, password(), USER, 0));
        assertEquals(code, backend.addConnection3(RESOURCE, password(), USER, 0));
        assertEquals(new UseConnectionAnswer(code, null, 0), backend.useConnection(RESOURCE, password(), USER, 0));
        assertEquals(code, backend.addConnection("\\\\srv\\share", password(), "Z:"));
    }

    @Test
    void afterAProviderErrorTheExtendedErrorIsReadOnTheCallingThread() throws Exception {
        // C20 ("provider error"): 1208, then WNetGetLastErrorW on the same thread.
        mpr.serve(new ConnectModel(1208, () -> new ExtendedError(86, Thread.currentThread().getName(), PROVIDER)));
        String here = Thread.currentThread().getName();
        assertEquals(1208, backend.addConnection2(RESOURCE, password(), USER, 0));
        assertEquals(new ExtendedError(86, here, PROVIDER), backend.lastExtendedError());
        String[] there = new String[2];
        CompletableFuture.runAsync(() -> {
            there[0] = Thread.currentThread().getName();
            backend.useConnection(RESOURCE, password(), USER, 0);
            there[1] = backend.lastExtendedError().text();
        }).get();
        assertEquals(there[0], there[1]);
    }

    @Test
    void useConnectionGivesTheDeviceNamedOrPickedOrTheRemoteName() {
        serve(0);
        assertEquals(new UseConnectionAnswer(0, "Z:", CONNECT_LOCALDRIVE), backend.useConnection(RESOURCE, null, null, 0));
        NetResource deviceless = new NetResource(0, RESOURCETYPE_DISK, 0, 0, null, "\\\\srv\\😀", null, null);
        assertEquals(new UseConnectionAnswer(0, "\\\\srv\\😀", 0), backend.useConnection(deviceless, null, null, 0));
        assertEquals(new UseConnectionAnswer(0, "Z:", CONNECT_LOCALDRIVE),
                backend.useConnection(deviceless, null, null, CONNECT_REDIRECT));
        NetResource printer = new NetResource(0, RESOURCETYPE_PRINT, 0, 0, null, "\\\\srv\\printer", null, null);
        assertEquals(new UseConnectionAnswer(0, "LPT1:", CONNECT_LOCALDRIVE),
                backend.useConnection(printer, null, null, CONNECT_REDIRECT));
    }

    @Test
    void anAccessNameLongerThanTheFirstBufferComesBackWholeAndTheTooSmallCallConnectsNothing() {
        String remote = "\\\\sërver\\" + "共".repeat(MprLibrary.CONNECTION_UNITS);
        NetResource deviceless = new NetResource(0, RESOURCETYPE_DISK, 0, 0, null, remote, null, null);
        serve(0);
        assertEquals(new UseConnectionAnswer(0, remote, 0), backend.useConnection(deviceless, password(), USER, 0));
        long needed = remote.length() + 1;
        assertEquals(List.of(new BufferCall("WNetUseConnectionW", MprLibrary.CONNECTION_UNITS, 234, needed),
                new BufferCall("WNetUseConnectionW", needed, 0, 0)), mpr.bufferCalls());
        assertEquals(1, connect.receivedConnects().size(), "the call answered ERROR_MORE_DATA reached the model");
    }

    @Test
    void aPasswordHoldingNulOrABadNameIsRefusedBeforeTheDouble() {
        serve(0);
        char[] withNul = (SECRET + "\0tail").toCharArray();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> backend.addConnection2(RESOURCE, withNul, USER, 0));
        assertFalse(refused.getMessage().contains(SECRET), "the refusal names the password");
        assertThrows(IllegalArgumentException.class, () -> backend.useConnection(RESOURCE, withNul, USER, 0));
        assertThrows(IllegalArgumentException.class, () -> backend.addConnection("\\\\srv\\share", withNul, "Z:"));
        NetResource badRemote = new NetResource(0, RESOURCETYPE_DISK, 0, 0, "Z:", "\\\\srv\\a\0b", null, null);
        assertThrows(IllegalArgumentException.class, () -> backend.addConnection3(badRemote, null, null, 0));
        NetResource badDevice = new NetResource(0, RESOURCETYPE_DISK, 0, 0, "Z:\uD800", "\\\\srv\\share", null, null);
        assertThrows(IllegalArgumentException.class, () -> backend.addConnection2(badDevice, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> backend.addConnection2(RESOURCE, null, "", 0));
        assertEquals(List.of(), connect.receivedConnects(), "a refused call reached the double");
    }

    @Test
    void aConnectFromAnotherSessionReachesThatSessionsModel() {
        ConnectModel served = serve(0);
        ConnectModel other = new ConnectModel(1219);
        WNetBackend fromOther = mpr.calledFrom(other, backend);
        assertEquals(1219, fromOther.addConnection2(RESOURCE, password(), USER, 0));
        assertEquals(1219, fromOther.addConnection3(RESOURCE, password(), USER, 0));
        assertEquals(new UseConnectionAnswer(1219, null, 0), fromOther.useConnection(RESOURCE, password(), USER, 0));
        assertEquals(1219, fromOther.addConnection("\\\\srv\\share", password(), "Z:"));
        assertEquals(4, other.passwordsHanded().size());
        assertEquals(List.of(), served.passwordsHanded());
        assertEquals(4, connect.receivedConnects().size());
    }

    @Test
    void thePasswordIsInNoCapturedOutput() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        StringBuilder texts = new StringBuilder();
        try (PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(both);
            System.setErr(both);
            serve(1219);
            backend.addConnection2(RESOURCE, password(), USER, 0);
            texts.append(backend.useConnection(RESOURCE, password(), USER, 0));
            texts.append(connect.receivedConnects());
            texts.append(assertThrows(IllegalArgumentException.class,
                    () -> backend.addConnection3(RESOURCE, (SECRET + "\0").toCharArray(), USER, 0)).getMessage());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String all = captured.toString(StandardCharsets.UTF_8) + texts;
        assertTrue(texts.length() > 0, "nothing was captured to look at");
        assertFalse(all.contains(SECRET), "a captured output or text holds the password");
        assertFalse(all.contains("Pä"), "a captured output or text holds the start of the password");
    }
}
