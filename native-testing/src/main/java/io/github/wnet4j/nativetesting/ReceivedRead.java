package io.github.wnet4j.nativetesting;

import java.util.List;
import java.util.Objects;

/**
 * One read call as the model behind the double received it. WNetEnumResourceW and WNetCloseEnum
 * never reach the model (the double serves them from the snapshot WNetOpenEnumW took), so they do
 * not appear; {@link MprDouble#bufferCalls()} shows the buffers they were given.
 *
 * @param function {@code "WNetGetConnectionW"}, {@code "WNetOpenEnumW"} or {@code "WNetGetUniversalNameW"}
 * @param name the local name or path, decoded from exactly the UTF-16 units received; {@code null}
 *     for WNetOpenEnumW, which has none
 * @param arguments the DWORDs: scope, type and usage for WNetOpenEnumW; the info level for
 *     WNetGetUniversalNameW; none for WNetGetConnectionW
 */
public record ReceivedRead(String function, String name, List<Integer> arguments) {
    /**
     * Checks the parts and copies the arguments.
     *
     * @param function the function
     * @param name the name, or {@code null} for WNetOpenEnumW
     * @param arguments the DWORDs
     */
    public ReceivedRead {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
    }
}
