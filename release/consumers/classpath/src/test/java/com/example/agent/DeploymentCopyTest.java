package com.example.agent;

import io.github.wnet4j.Credentials;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetException;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.SimulatedNetwork;
import io.github.wnet4j.fake.WithFakeLogon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agent's copy step on the fake: it maps, uses and unmaps a drive through the scope. */
@WithFakeLogon
class DeploymentCopyTest {
    private static final String DEPLOY = "\\\\fileserver\\deploy";

    @BeforeEach
    void declareTheNetwork(FakeLogon logon) {
        logon.network(SimulatedNetwork.builder()
                .server("fileserver", s -> s.share("deploy").account("svc-deploy", "s3cret".toCharArray()))
                .build());
    }

    @Test
    void mapsUsesAndUnmapsTheDrive(FakeLogon logon, WNet wnet) {
        try (Credentials svc = Credentials.of("svc-deploy", "s3cret".toCharArray())) {
            String used = DeploymentCopy.withDrive(wnet, DEPLOY, svc, drive -> {
                assertEquals(Optional.of(DEPLOY), logon.remoteNameOf(drive));   // mapped while the work runs
                return drive;
            });
            assertEquals("Z:", used);   // the first free letter, from Z: down
        }
        assertEquals(List.of(), logon.connections());   // unmapped when it ended
    }

    @Test
    void unmapsTheDriveWhenTheWorkThrows(FakeLogon logon, WNet wnet) {
        try (Credentials svc = Credentials.of("svc-deploy", "s3cret".toCharArray())) {
            assertThrows(IllegalStateException.class, () -> DeploymentCopy.withDrive(wnet, DEPLOY, svc, drive -> {
                throw new IllegalStateException("the copy failed");
            }));
        }
        assertEquals(List.of(), logon.connections());
    }

    @Test
    void aWrongPasswordMapsNothingAndSaysWhy(FakeLogon logon, WNet wnet) {
        try (Credentials wrong = Credentials.of("svc-deploy", "guess".toCharArray())) {
            WNetException e = assertThrows(WNetException.class, () -> DeploymentCopy.withDrive(wnet, DEPLOY, wrong, d -> d));
            assertTrue(e.getMessage().contains(ErrorCode.ERROR_INVALID_PASSWORD.name()), e.getMessage());
        }
        assertEquals(List.of(), logon.connections());
    }
}
