package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.nativeaccess.BufferDance;
import io.github.wnet4j.spi.nativeaccess.BufferDance.Step;
import io.github.wnet4j.spi.nativeaccess.ConnectImage;
import io.github.wnet4j.spi.nativeaccess.Structs;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

import java.util.function.Function;
import java.util.function.ToIntFunction;

import static io.github.wnet4j.spi.nativeaccess.BufferDance.ERROR_MORE_DATA;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.CONNECTION_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.MAX_BUFFER_BYTES;

/**
 * The connect functions through jnr-ffi: the inputs in one {@link NativeBlock} per call laid out by
 * the shared {@link ConnectImage} (the password in it), zeroed when the call returns or throws and
 * then freed; {@code hwndOwner} NULL; {@code WNetUseConnectionW}'s access-name buffer one block per
 * attempt of the shared buffer dance.
 */
final class JnrConnect {
    private final MprFunctions mpr;
    private final Runtime runtime;
    private final Structs structs;

    JnrConnect(MprFunctions mpr, Runtime runtime, Structs structs) {
        this.mpr = mpr;
        this.runtime = runtime;
        this.structs = structs;
    }

    /** Pointers into the block at the image's offsets: NULL for -1. */
    private final class Inputs {
        private final NativeBlock block;
        private final ConnectImage image;

        Inputs(NativeBlock block, ConnectImage image) {
            this.block = block;
            this.image = image;
        }

        Pointer at(long offset) {
            return offset < 0 ? null : block.pointer(runtime, offset);
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

    /** Calls with the image in native memory, then zeroes that memory, also when the call throws. */
    private <R> R withImage(ConnectImage image, Function<Inputs, R> call) {
        try (NativeBlock block = new NativeBlock(image.size())) {
            try {
                image.writeTo(block.address(), bytes -> block.putBytes(0, bytes));
                return call.apply(new Inputs(block, image));
            } finally {
                block.zero();
            }
        }
    }

    private int add(NetResource resource, char[] password, String userName, ToIntFunction<Inputs> call) {
        return withImage(ConnectImage.of(structs, resource, password, userName), call::applyAsInt);
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
                in -> mpr.WNetAddConnectionW(in.at(in.image.remoteNameOffset()), in.password(),
                        in.at(in.image.localNameOffset())));
    }

    UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        return withImage(ConnectImage.of(structs, resource, password, userName),
                in -> BufferDance.untilItFits(CONNECTION_UNITS, MAX_BUFFER_BYTES / 2, units -> {
                    long sizeAt = ConnectImage.accessSizeOffset(units);
                    try (NativeBlock block = new NativeBlock(sizeAt + 8)) {
                        block.putShort(0, (short) 0); // a buffer left unwritten reads as no name
                        block.putInt(sizeAt, units);
                        block.putInt(sizeAt + 4, 0);
                        int code = mpr.WNetUseConnectionW(null, in.resource(), in.password(), in.userName(), flags,
                                block.pointer(runtime), block.pointer(runtime, sizeAt),
                                block.pointer(runtime, sizeAt + 4));
                        if (code == ERROR_MORE_DATA) {
                            return Step.moreData(Integer.toUnsignedLong(block.int32(sizeAt)));
                        }
                        return Step.done(ConnectImage.useAnswer(code, new JnrBackend.Declared(block, 2L * units),
                                block.int32(sizeAt + 4)));
                    }
                }, ConnectImage.accessNameTooLong()));
    }
}
