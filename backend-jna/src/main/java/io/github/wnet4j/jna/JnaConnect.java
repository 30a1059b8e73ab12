package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.nativeaccess.BufferDance;
import io.github.wnet4j.spi.nativeaccess.BufferDance.Step;
import io.github.wnet4j.spi.nativeaccess.ConnectImage;

import java.util.function.ToIntFunction;

import static io.github.wnet4j.spi.nativeaccess.BufferDance.ERROR_MORE_DATA;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.CONNECTION_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.MAX_BUFFER_BYTES;

/**
 * The connect functions through JNA: the inputs in one {@link Memory} block per call laid out by the
 * shared {@link ConnectImage} (the password in it), zeroed when the call returns or throws and then
 * freed; {@code hwndOwner} NULL; {@code WNetUseConnectionW}'s access-name buffer one block per attempt
 * of the shared buffer dance.
 */
final class JnaConnect {
    private final MprFunctions mpr;

    JnaConnect(MprFunctions mpr) {
        this.mpr = mpr;
    }

    /** Calls with the image in native memory, then zeroes that memory, also when the call throws. */
    private static <R> R withImage(ConnectImage image, java.util.function.Function<Inputs, R> call) {
        try (Memory block = new Memory(image.size())) {
            try {
                image.writeTo(Pointer.nativeValue(block), bytes -> block.write(0, bytes, 0, bytes.length));
                return call.apply(new Inputs(block, image));
            } finally {
                block.clear();
            }
        }
    }

    /** Pointers into the block at the image's offsets: NULL for -1. */
    private record Inputs(Memory block, ConnectImage image) {
        Pointer at(long offset) {
            return offset < 0 ? null : block.share(offset);
        }

        Pointer resource() {
            return at(image.resourceOffset());
        }

        Pointer password() {
            return at(image.passwordOffset());
        }

        Pointer userName() {
            return at(image.userNameOffset());
        }
    }

    private int add(NetResource resource, char[] password, String userName, ToIntFunction<Inputs> call) {
        return withImage(ConnectImage.of(JnaBackend.STRUCTS, resource, password, userName), call::applyAsInt);
    }

    int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return add(resource, password, userName,
                in -> mpr.WNetAddConnection2W(in.resource(), in.password(), in.userName(), flags));
    }

    int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return add(resource, password, userName,
                in -> mpr.WNetAddConnection3W(null, in.resource(), in.password(), in.userName(), flags));
    }

    int addConnection(String remoteName, char[] password, String localName) {
        return withImage(ConnectImage.legacy(remoteName, password, localName),
                in -> mpr.WNetAddConnectionW(in.at(in.image().remoteNameOffset()), in.password(),
                        in.at(in.image().localNameOffset())));
    }

    UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        return withImage(ConnectImage.of(JnaBackend.STRUCTS, resource, password, userName),
                in -> BufferDance.untilItFits(CONNECTION_UNITS, MAX_BUFFER_BYTES / 2, units -> {
                    long sizeAt = ConnectImage.accessSizeOffset(units);
                    try (Memory block = new Memory(sizeAt + 8)) {
                        block.setShort(0, (short) 0); // a buffer left unwritten reads as no name
                        block.setInt(sizeAt, units);
                        block.setInt(sizeAt + 4, 0);
                        int code = mpr.WNetUseConnectionW(null, in.resource(), in.password(), in.userName(), flags,
                                block, block.share(sizeAt, 4), block.share(sizeAt + 4, 4));
                        if (code == ERROR_MORE_DATA) {
                            return Step.moreData(Integer.toUnsignedLong(block.getInt(sizeAt)));
                        }
                        return Step.done(ConnectImage.useAnswer(code, new JnaBuffer(block, 2L * units),
                                block.getInt(sizeAt + 4)));
                    }
                }, ConnectImage.accessNameTooLong()));
    }
}
