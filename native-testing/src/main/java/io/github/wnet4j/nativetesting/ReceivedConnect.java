package io.github.wnet4j.nativetesting;

import io.github.wnet4j.spi.NetResource;

import java.util.Objects;

/**
 * One connect call as the model behind the double received it.
 *
 * @param function {@code "WNetAddConnection2W"}, {@code "WNetAddConnection3W"}, {@code "WNetUseConnectionW"}
 *     or {@code "WNetAddConnectionW"}
 * @param resource the {@code NETRESOURCEW} as read at its offsets, strings decoded from exactly the units
 *     received (NULL pointers give {@code null}); for {@code WNetAddConnectionW}, which has none, zero fields
 *     and its remote and local names
 * @param password the password received, as its length and digest only
 * @param userName the user name received, or {@code null} for NULL (always for {@code WNetAddConnectionW})
 * @param flags {@code dwFlags} (0 for {@code WNetAddConnectionW})
 */
public record ReceivedConnect(String function, NetResource resource, ReceivedPassword password, String userName,
                              int flags) {
    /**
     * Checks the parts are present.
     *
     * @param function the function
     * @param resource the resource
     * @param password the password
     * @param userName the user name, or {@code null}
     * @param flags the flags
     */
    public ReceivedConnect {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(password, "password");
    }
}
