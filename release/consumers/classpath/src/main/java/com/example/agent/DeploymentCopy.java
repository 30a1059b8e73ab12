package com.example.agent;

import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.ConnectionScope;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.WNet;

import java.util.function.Function;

/** A deployment agent's copy step: a drive mapped for the step's length only, through a scope. */
public final class DeploymentCopy {
    private DeploymentCopy() {
    }

    /**
     * Maps any free drive to {@code share} as {@code account}, hands the drive letter to {@code work}, and
     * unmaps the drive when the work ends, also when it throws.
     */
    public static <T> T withDrive(WNet wnet, String share, Credentials account, Function<String, T> work) {
        try (ConnectionScope scope = wnet.scope()) {
            String drive = scope.connect(ConnectRequest.anyFreeDevice(share).with(account))
                    .orThrow().device().orElseThrow();   // a WNetException names the call, the code and the remedy
            return work.apply(drive);
        }
    }
}
