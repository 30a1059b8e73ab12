package io.github.wnet4j.nativetesting;

/**
 * The ways the hostile double breaks the read functions' buffer contract, as a broken third-party
 * network provider may (issue 22), in the order of {@code mpr_double_hostile.c}'s mode numbers.
 * Each says which call meets it and what a native backend must report: a contract violation
 * naming {@link #function()}, whose message contains {@link #says()}, never a crash, a hang, or a
 * truncated or empty success.
 */
public enum HostileMode {
    /** Every WNetEnumResourceW gives the same one entry and never ERROR_NO_MORE_ITEMS. */
    ENDLESS_ONE_ENTRY(Read.ENUMERATE, "reads in a row without a new entry"),
    /** Every WNetEnumResourceW fills the buffer with the same entries. */
    ENDLESS_FULL_BUFFER(Read.ENUMERATE, "reads in a row without a new entry"),
    /** Every WNetEnumResourceW fills the buffer with entries never given before. */
    ENDLESS_NEW_ENTRIES(Read.ENUMERATE, "entries in one enumeration"),
    /** WNetEnumResourceW writes 3 entries and leaves {@code *lpcCount} at 0xFFFFFFFF. */
    COUNT_ALL_ONES(Read.ENUMERATE, "*lpcCount = 4294967295"),
    /** An entry's {@code lpRemoteName} dangles at 0x41414141000. */
    DANGLING_ENTRY_POINTER(Read.ENUMERATE, "entry 0's lpRemoteName points to 0x41414141000, outside the caller's"),
    /** An entry's {@code lpRemoteName} is a valid 3-unit string 8 bytes before an unmapped page. */
    ENTRY_STRING_BEFORE_UNMAPPED_PAGE(Read.ENUMERATE, "entry 0's lpRemoteName points to 0x"),
    /** An entry's {@code lpRemoteName} runs to the buffer's end with no NUL. */
    UNTERMINATED_ENTRY_STRING(Read.ENUMERATE, "entry 0's lpRemoteName has no terminating NUL"),
    /** UNIVERSAL_NAME_INFOW's {@code lpUniversalName} is 0x10. */
    UNIVERSAL_NAME_POINTER_0X10(Read.UNIVERSAL_NAME, "lpUniversalName points to 0x10, outside the caller's"),
    /** UNIVERSAL_NAME_INFOW's {@code lpUniversalName} is a valid string 8 bytes before an unmapped page. */
    UNIVERSAL_NAME_BEFORE_UNMAPPED_PAGE(Read.UNIVERSAL_NAME, "lpUniversalName points to 0x"),
    /** WNetGetConnectionW fills every unit of {@code lpRemoteName} and writes no NUL. */
    UNTERMINATED_REMOTE_NAME(Read.GET_CONNECTION, "lpRemoteName has no terminating NUL"),
    /** UNIVERSAL_NAME_INFOW's {@code lpUniversalName} runs to the buffer's end with no NUL. */
    UNTERMINATED_UNIVERSAL_NAME(Read.UNIVERSAL_NAME, "lpUniversalName has no terminating NUL");

    /** The read function a mode breaks. */
    public enum Read {
        /** WNetOpenEnumW, WNetEnumResourceW, WNetCloseEnum. */
        ENUMERATE("WNetEnumResourceW"),
        /** WNetGetConnectionW. */
        GET_CONNECTION("WNetGetConnectionW"),
        /** WNetGetUniversalNameW at UNIVERSAL_NAME_INFO_LEVEL. */
        UNIVERSAL_NAME("WNetGetUniversalNameW");

        private final String function;

        Read(String function) {
            this.function = function;
        }
    }

    private final Read read;
    private final String says;

    HostileMode(Read read, String says) {
        this.read = read;
        this.says = says;
    }

    /** {@return the call that meets this mode} */
    public Read read() {
        return read;
    }

    /** {@return the Windows function the violation must name} */
    public String function() {
        return read.function;
    }

    /** {@return what the violation's message must say} */
    public String says() {
        return says;
    }
}
