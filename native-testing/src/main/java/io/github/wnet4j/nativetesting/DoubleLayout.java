package io.github.wnet4j.nativetesting;

import java.util.List;

/**
 * The read side's structures as the C compiler laid them out for this platform, exported by the
 * double ({@code offsetof} and {@code sizeof}), for backends' layouts to be checked against.
 *
 * @param netResourceOffsets {@code NETRESOURCEW}'s eight fields: dwScope, dwType, dwDisplayType,
 *     dwUsage, lpLocalName, lpRemoteName, lpComment, lpProvider
 * @param netResourceSize {@code sizeof(NETRESOURCEW)}
 * @param universalNameInfoSize {@code sizeof(UNIVERSAL_NAME_INFOW)}
 * @param remoteNameInfoOffsets {@code REMOTE_NAME_INFOW}'s three fields
 * @param remoteNameInfoSize {@code sizeof(REMOTE_NAME_INFOW)}
 * @param handleSize {@code sizeof(HANDLE)}
 */
public record DoubleLayout(List<Integer> netResourceOffsets, int netResourceSize, int universalNameInfoSize,
                           List<Integer> remoteNameInfoOffsets, int remoteNameInfoSize, int handleSize) {
    /** How many values the double exports. */
    static final int VALUES = 15;

    /** The values in the double's order. */
    static DoubleLayout of(int[] v) {
        return new DoubleLayout(List.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]), v[8], v[9],
                List.of(v[10], v[11], v[12]), v[13], v[14]);
    }
}
