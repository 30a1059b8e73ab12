package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.nativetesting.WindowsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What can be checked of the real-Windows fixture away from Windows: it refuses to start, with the
 * reason every Windows clause is skipped with, and it reads the profiles to run from the property.
 */
class WindowsFixtureOffWindowsTest {
    private String profilesBefore;

    @BeforeEach
    void rememberProperty() {
        profilesBefore = System.getProperty(WindowsFixture.PROFILES_PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (profilesBefore == null) {
            System.clearProperty(WindowsFixture.PROFILES_PROPERTY);
        } else {
            System.setProperty(WindowsFixture.PROFILES_PROPERTY, profilesBefore);
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "on Windows the fixture is available")
    void offWindowsTheFixtureIsUnavailableBecauseMprDllExistsOnlyOnWindows() {
        assertEquals(Optional.of("real mpr.dll exists only on Windows"), WindowsFixture.whyUnavailable());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WindowsFixture.create("jnr-windows", new JnrBackend(new UnusedFunctions())));
        assertTrue(e.getMessage().startsWith("real mpr.dll exists only on Windows"), e::getMessage);
        assertTrue(e.getMessage().contains("whyUnavailable()"), e::getMessage);
    }

    @Test
    void theWindowsSuiteRunsTheDocumentedProfileUnlessToldOtherwise() {
        System.clearProperty(WindowsFixture.PROFILES_PROPERTY);
        assertEquals(List.of(BehaviourProfile.documented()), WindowsFixture.profilesFromProperty());
        System.setProperty(WindowsFixture.PROFILES_PROPERTY, "all");
        assertEquals(BehaviourProfile.presets(), WindowsFixture.profilesFromProperty());
        System.setProperty(WindowsFixture.PROFILES_PROPERTY, " legacy-documentation , force-overrides-in-use ");
        assertEquals(List.of(BehaviourProfile.legacyDocumentation(), BehaviourProfile.forceOverridesInUse()),
                WindowsFixture.profilesFromProperty());
    }

    /** Never called: the fixture refuses before it would use the backend. */
    private static final class UnusedFunctions implements MprFunctions {
        @Override
        public int WNetCancelConnection2W(short[] lpName, int dwFlags, int fForce) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetCancelConnectionW(short[] lpName, int fForce) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetGetLastErrorW(jnr.ffi.Pointer lpError, jnr.ffi.Pointer lpErrorBuf, int nErrorBufSize,
                                     jnr.ffi.Pointer lpNameBuf, int nNameBufSize) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetGetConnectionW(short[] lpLocalName, jnr.ffi.Pointer lpRemoteName, jnr.ffi.Pointer lpnLength) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetOpenEnumW(int dwScope, int dwType, int dwUsage, jnr.ffi.Pointer lpNetResource, jnr.ffi.Pointer lphEnum) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetEnumResourceW(jnr.ffi.Pointer hEnum, jnr.ffi.Pointer lpcCount, jnr.ffi.Pointer lpBuffer,
                                     jnr.ffi.Pointer lpBufferSize) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetCloseEnum(jnr.ffi.Pointer hEnum) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetGetUniversalNameW(short[] lpLocalPath, int dwInfoLevel, jnr.ffi.Pointer lpBuffer,
                                         jnr.ffi.Pointer lpBufferSize) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetAddConnection2W(jnr.ffi.Pointer lpNetResource, jnr.ffi.Pointer lpPassword, jnr.ffi.Pointer lpUserName,
                                       int dwFlags) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetAddConnection3W(jnr.ffi.Pointer hwndOwner, jnr.ffi.Pointer lpNetResource, jnr.ffi.Pointer lpPassword,
                                       jnr.ffi.Pointer lpUserName, int dwFlags) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetUseConnectionW(jnr.ffi.Pointer hwndOwner, jnr.ffi.Pointer lpNetResource, jnr.ffi.Pointer lpPassword,
                                      jnr.ffi.Pointer lpUserId, int dwFlags, jnr.ffi.Pointer lpAccessName,
                                      jnr.ffi.Pointer lpBufferSize, jnr.ffi.Pointer lpResult) {
            throw new AssertionError("not called");
        }

        @Override
        public int WNetAddConnectionW(jnr.ffi.Pointer lpRemoteName, jnr.ffi.Pointer lpPassword, jnr.ffi.Pointer lpLocalName) {
            throw new AssertionError("not called");
        }
    }
}
