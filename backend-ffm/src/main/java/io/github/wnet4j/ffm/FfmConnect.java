package io.github.wnet4j.ffm;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.nativeaccess.BufferDance;
import io.github.wnet4j.spi.nativeaccess.BufferDance.Step;
import io.github.wnet4j.spi.nativeaccess.ConnectImage;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import static io.github.wnet4j.spi.nativeaccess.BufferDance.ERROR_MORE_DATA;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.CONNECTION_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.MAX_BUFFER_BYTES;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The connect functions through {@code java.lang.foreign}: the inputs in one block of a confined arena
 * per call, laid out by the shared {@link ConnectImage} (the password in it), zeroed when the call
 * returns or throws and before the arena frees it; {@code hwndOwner} NULL; {@code WNetUseConnectionW}'s
 * access-name buffer one block per attempt of the shared buffer dance. A connect is rare beside a
 * cancel, so it borrows no {@link CallBlocks} block.
 */
final class FfmConnect {
    private final MprDowncalls mpr;

    FfmConnect(MprDowncalls mpr) {
        this.mpr = mpr;
    }

    /** Pointers into the block at the image's offsets: NULL for -1. */
    private record Inputs(MemorySegment block, ConnectImage image) {
        MemorySegment at(long offset) {
            return offset < 0 ? MemorySegment.NULL : block.asSlice(offset);
        }

        MemorySegment resource() {
            return at(image.resourceOffset());
        }

        MemorySegment password() {
            return at(image.passwordOffset());
        }

        MemorySegment userName() {
            return at(image.userNameOffset());
        }
    }

    /** Calls with the image in native memory, then zeroes that memory, also when the call throws. */
    private static <R> R withImage(ConnectImage image, Function<Inputs, R> call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment block = arena.allocate(image.size(), 8);
            try {
                image.writeTo(block.address(), bytes -> MemorySegment.copy(bytes, 0, block, JAVA_BYTE, 0, bytes.length));
                return call.apply(new Inputs(block, image));
            } finally {
                block.fill((byte) 0);
            }
        }
    }

    private int add(NetResource resource, char[] password, String userName, ToIntFunction<Inputs> call) {
        return withImage(ConnectImage.of(FfmBackend.STRUCTS, resource, password, userName), call::applyAsInt);
    }

    int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return add(resource, password, userName,
                in -> mpr.addConnection2(in.resource(), in.password(), in.userName(), flags));
    }

    int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return add(resource, password, userName,
                in -> mpr.addConnection3(MemorySegment.NULL, in.resource(), in.password(), in.userName(), flags));
    }

    int addConnection(String remoteName, char[] password, String localName) {
        return withImage(ConnectImage.legacy(remoteName, password, localName),
                in -> mpr.addConnection(in.at(in.image().remoteNameOffset()), in.password(),
                        in.at(in.image().localNameOffset())));
    }

    UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        return withImage(ConnectImage.of(FfmBackend.STRUCTS, resource, password, userName),
                in -> BufferDance.untilItFits(CONNECTION_UNITS, MAX_BUFFER_BYTES / 2, units -> {
                    long sizeAt = ConnectImage.accessSizeOffset(units);
                    try (Arena attempt = Arena.ofConfined()) {
                        MemorySegment block = attempt.allocate(sizeAt + 8, 8); // zeroed: unwritten reads as no name
                        block.set(JAVA_SHORT, 0, (short) 0);
                        block.set(JAVA_INT, sizeAt, units);
                        int code = mpr.useConnection(MemorySegment.NULL, in.resource(), in.password(), in.userName(),
                                flags, block, block.asSlice(sizeAt, 4), block.asSlice(sizeAt + 4, 4));
                        if (code == ERROR_MORE_DATA) {
                            return Step.moreData(Integer.toUnsignedLong(block.get(JAVA_INT, sizeAt)));
                        }
                        return Step.done(ConnectImage.useAnswer(code, new FfmBuffer(block, 2L * units),
                                block.get(JAVA_INT, sizeAt + 4)));
                    }
                }, ConnectImage.accessNameTooLong()));
    }
}
