package io.github.wnet4j.nativetesting;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.nativetesting.DoubleExports.Cancel2Callback;
import io.github.wnet4j.nativetesting.DoubleExports.CancelCallback;
import io.github.wnet4j.nativetesting.DoubleExports.DoubleLibrary;
import io.github.wnet4j.nativetesting.DoubleExports.GetConnectionCallback;
import io.github.wnet4j.nativetesting.DoubleExports.LastErrorCallback;
import io.github.wnet4j.nativetesting.DoubleExports.OpenEnumCallback;
import io.github.wnet4j.nativetesting.DoubleExports.UniversalNameCallback;
import io.github.wnet4j.nativetesting.MprDouble.ReceivedCall;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.List;
import java.util.OptionalInt;

import static io.github.wnet4j.nativetesting.DoubleExports.NO_STRING;
import static io.github.wnet4j.nativetesting.DoubleExports.decode;
import static io.github.wnet4j.nativetesting.DoubleExports.encode;

/**
 * The six callbacks for one served model: each decodes what the double received, records it, asks
 * the model on the calling thread, and writes the answer where the double reads it. A model that
 * throws (or answers what cannot be laid out) is recorded and answered with ERROR_GEN_FAILURE.
 */
final class DoubleCallbacks {
    /** ERROR_NOT_ENOUGH_MEMORY: the double could not copy the snapshot. */
    private static final int NOT_ENOUGH_MEMORY = 8;

    final Cancel2Callback cancel2;
    final CancelCallback cancel;
    final LastErrorCallback lastError;
    final GetConnectionCallback getConnection;
    final OpenEnumCallback openEnum;
    final UniversalNameCallback universalName;

    DoubleCallbacks(WNetBackend model, MprDouble recorder, DoubleLibrary library) {
        cancel2 = (name, length, flags, force) -> {
            String decoded = decode(name, length);
            recorder.record(new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, decoded, OptionalInt.of(flags), force != 0));
            try {
                return model.cancelConnection2(decoded, flags, force != 0);
            } catch (RuntimeException | Error e) {
                return recorder.failed(e);
            }
        };
        cancel = (name, length, force) -> {
            String decoded = decode(name, length);
            recorder.record(new ReceivedCall(WNetFunction.CANCEL_CONNECTION, decoded, OptionalInt.empty(), force != 0));
            try {
                return model.cancelConnection(decoded, force != 0);
            } catch (RuntimeException | Error e) {
                return recorder.failed(e);
            }
        };
        lastError = (providerCode, text, textCapacity, provider, providerCapacity) -> {
            try {
                ExtendedError error = model.lastExtendedError();
                if (error == MprDouble.UNWRITTEN) {
                    return MprDouble.ANSWER_UNWRITTEN;
                }
                providerCode.setInt(0, error.providerCode());
                encode(error.text(), text, textCapacity);
                encode(error.providerName(), provider, providerCapacity);
                return 0;
            } catch (RuntimeException | Error e) {
                return recorder.failed(e);
            }
        };
        getConnection = (name, length, remote, capacity, remoteLength) -> {
            String decoded = decode(name, length);
            recorder.record(new ReceivedRead("WNetGetConnectionW", decoded, List.of()));
            try {
                ConnectionAnswer answer = model.getConnection(decoded);
                remoteLength.setInt(0, answer.remoteName() == null ? NO_STRING : encodeWhole(answer.remoteName(), remote, capacity));
                return answer.code();
            } catch (RuntimeException | Error e) {
                remoteLength.setInt(0, NO_STRING);
                return recorder.failed(e);
            }
        };
        openEnum = (scope, type, usage, sink, failedCall) -> {
            recorder.record(new ReceivedRead("WNetOpenEnumW", null, List.of(scope, type, usage)));
            failedCall.setInt(0, 1); // what the double makes of a failure before the answer is complete
            try {
                EnumerationAnswer answer = model.enumerate(scope, type, usage);
                int where = failingCall(answer);
                for (NetResource entry : answer.resources()) {
                    if (add(library, sink, entry) != 0) {
                        return NOT_ENOUGH_MEMORY;
                    }
                }
                failedCall.setInt(0, where);
                return answer.code();
            } catch (RuntimeException | Error e) {
                return recorder.failed(e);
            }
        };
        universalName = (path, length, level, names, capacity, lengths) -> {
            String decoded = decode(path, length);
            recorder.record(new ReceivedRead("WNetGetUniversalNameW", decoded, List.of(level)));
            for (int i = 0; i < 3; i++) {
                lengths.setInt(4L * i, NO_STRING);
            }
            try {
                UniversalNameAnswer answer = model.getUniversalName(decoded, level);
                String[] parts = {answer.universalName(), answer.connectionName(), answer.remainingPath()};
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i] != null) {
                        lengths.setInt(4L * i, encodeWhole(parts[i], names.share(2L * i * capacity), capacity));
                    }
                }
                return answer.code();
            } catch (RuntimeException | Error e) {
                return recorder.failed(e);
            }
        };
    }

    /** Writes a name the model answered, or fails (a model failure) rather than cut it silently. */
    private static int encodeWhole(String name, Pointer buffer, int capacity) {
        if (name.length() >= capacity) {
            throw new IllegalStateException("the model answered a name of " + name.length()
                    + " units; the double carries at most " + (capacity - 1));
        }
        return encode(name, buffer, capacity);
    }

    /** The double's number for the call the answer says failed: 0 none, 1 open, 2 enum, 3 close. */
    private static int failingCall(EnumerationAnswer answer) {
        if (answer.code() == 0) {
            if (answer.failedCall() != null) {
                throw new IllegalStateException("the model's enumeration answered NO_ERROR but names a failing call: " + answer);
            }
            return 0;
        }
        if (answer.failedCall() == null) {
            throw new IllegalStateException("the model's enumeration failed without naming the call: " + answer);
        }
        return switch (answer.failedCall()) {
            case "WNetOpenEnum" -> 1;
            case "WNetEnumResource" -> 2;
            case "WNetCloseEnum" -> 3;
            default -> throw new IllegalStateException("the model's enumeration names an unknown call: " + answer);
        };
    }

    /** One entry into the snapshot: its four strings in one block, NULL pointers for absent ones. */
    private static int add(DoubleLibrary library, Pointer sink, NetResource entry) {
        String[] strings = {entry.localName(), entry.remoteName(), entry.comment(), entry.provider()};
        int units = 0;
        for (String s : strings) {
            units += s == null ? 0 : s.length() + 1;
        }
        short[] all = new short[Math.max(units, 1)];
        long[] offsets = new long[strings.length];
        int at = 0;
        for (int i = 0; i < strings.length; i++) {
            offsets[i] = -1;
            if (strings[i] != null) {
                offsets[i] = 2L * at;
                for (int c = 0; c < strings[i].length(); c++) {
                    all[at++] = (short) strings[i].charAt(c);
                }
                all[at++] = 0;
            }
        }
        try (Memory block = new Memory(2L * all.length)) {
            block.write(0, all, 0, all.length);
            long base = Pointer.nativeValue(block);
            Pointer[] pointers = new Pointer[strings.length];
            for (int i = 0; i < strings.length; i++) {
                pointers[i] = offsets[i] < 0 ? null : new Pointer(base + offsets[i]);
            }
            return library.wnet4j_double_snapshot_add(sink, entry.scope(), entry.type(), entry.displayType(),
                    entry.usage(), pointers[0], pointers[1], pointers[2], pointers[3]);
        }
    }
}
