package io.github.wnet4j.spi;

import java.util.List;

/**
 * What an enumeration answered: {@code WNetOpenEnumW}, then {@code WNetEnumResourceW} until
 * {@code ERROR_NO_MORE_ITEMS} (retrying with a larger buffer on {@code ERROR_MORE_DATA}), then
 * {@code WNetCloseEnum}, which the backend calls whenever the open succeeded, also when reading failed.
 *
 * @param code {@code NO_ERROR} if every entry was read and the handle closed; otherwise the first
 *     failing call's code
 * @param failedCall which call failed ({@code "WNetOpenEnum"}, {@code "WNetEnumResource"},
 *     {@code "WNetCloseEnum"}), or {@code null} on success
 * @param resources every entry read, in the order Windows gave them; empty on failure
 */
public record EnumerationAnswer(int code, String failedCall, List<NetResource> resources) {
    /**
     * An answer; the list is copied, so the answer is immutable.
     *
     * @param code the code, as the record says
     * @param failedCall the failing call, or {@code null}
     * @param resources the entries read; copied
     */
    public EnumerationAnswer {
        resources = List.copyOf(resources);
    }
}
