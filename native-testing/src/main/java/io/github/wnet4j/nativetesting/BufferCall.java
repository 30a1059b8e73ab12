package io.github.wnet4j.nativetesting;

/**
 * One call the double answered with a caller's buffer: what size the caller declared, what the
 * double answered, and, with {@code ERROR_MORE_DATA}, the size it wrote back. A backend that retries
 * properly shows a 234 followed by a call declaring the size written back.
 *
 * @param function {@code "WNetGetConnectionW"} (sizes in UTF-16 units), {@code "WNetEnumResourceW"} or
 *     {@code "WNetGetUniversalNameW"} (sizes in bytes), {@code "WNetUseConnectionW"} (its access-name buffer,
 *     in UTF-16 units)
 * @param declared the size the caller declared (unsigned)
 * @param code what the double answered
 * @param sizeWrittenBack the size written back with {@code ERROR_MORE_DATA}, else 0 (unsigned)
 */
public record BufferCall(String function, long declared, int code, long sizeWrittenBack) {
    /** The functions' names by the double's numbers (1 to 4). */
    static String function(int number) {
        return switch (number) {
            case 1 -> "WNetGetConnectionW";
            case 2 -> "WNetEnumResourceW";
            case 3 -> "WNetGetUniversalNameW";
            case 4 -> "WNetUseConnectionW";
            default -> "function " + number;
        };
    }
}
