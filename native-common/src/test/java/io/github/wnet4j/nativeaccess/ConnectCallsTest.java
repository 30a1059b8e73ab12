package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared connect flow over heap blocks that stand in for native memory: what the downcalls are
 * given, the password's block zeroed before it is freed (also when the downcall throws), and the
 * access-name retry at the size written back.
 */
class ConnectCallsTest {
    private static final NetResource DRIVE = new NetResource(0, 1, 0, 0, "Z:", "\\\\srv\\share", null, null);

    /** A heap block at a made-up address; its life recorded. */
    static final class HeapBlock {
        final HeapBuffer buffer;
        boolean zeroedBeforeFree;
        boolean freed;

        HeapBlock(long size) {
            buffer = new HeapBuffer((int) size, 8);
        }

        boolean allZero() {
            for (int i = 0; i < buffer.size(); i++) {
                if (buffer.byteAt(i) != 0) {
                    return false;
                }
            }
            return true;
        }

        String string(long offset) {
            return Structs.stringAt(buffer, offset, "test", "string");
        }
    }

    /** A pointer argument: a block and an offset into it. */
    record Ref(HeapBlock block, long offset) {
    }

    /** A binding whose downcalls a test scripts; every block it handed out is kept. */
    static class Scripted extends ConnectCalls<HeapBlock, Ref> {
        final List<HeapBlock> blocks = new ArrayList<>();
        final List<String> passwordsSeen = new ArrayList<>();

        Scripted() {
            super(new Structs(8));
        }

        @Override
        protected HeapBlock allocate(long bytes) {
            HeapBlock block = new HeapBlock(bytes);
            blocks.add(block);
            return block;
        }

        @Override
        protected NativeBuffer buffer(HeapBlock block, long declared) {
            return block.buffer;
        }

        @Override
        protected void free(HeapBlock block) {
            block.zeroedBeforeFree = block.allZero();
            block.freed = true;
        }

        @Override
        protected void write(HeapBlock block, byte[] bytes) {
            block.buffer.put(0, bytes);
        }

        @Override
        protected void zero(HeapBlock block) {
            block.buffer.put(0, new byte[(int) block.buffer.size()]);
        }

        @Override
        protected void putInt(HeapBlock block, long offset, int value) {
            block.buffer.putInt((int) offset, value);
        }

        @Override
        protected Ref pointer(HeapBlock block, long offset) {
            return offset < 0 ? null : new Ref(block, offset);
        }

        void sawPassword(Ref password) {
            passwordsSeen.add(password == null ? null : password.block().string(password.offset()));
        }

        @Override
        protected int callAddConnection2(Ref resource, Ref password, Ref userName, int flags) {
            sawPassword(password);
            assertEquals(DRIVE, new Structs(8).netResource(resource.block().buffer, 0));
            return 1219;
        }

        @Override
        protected int callAddConnection3(Ref resource, Ref password, Ref userName, int flags) {
            sawPassword(password);
            throw new IllegalStateException("the downcall threw");
        }

        @Override
        protected int callUseConnection(Ref resource, Ref password, Ref userName, int flags, Ref accessName,
                                        Ref bufferSize, Ref result) {
            sawPassword(password);
            int units = bufferSize.block().buffer.int32(bufferSize.offset());
            if (units < 300) {
                bufferSize.block().buffer.putInt((int) bufferSize.offset(), 300);
                return BufferRetry.ERROR_MORE_DATA;
            }
            accessName.block().buffer.putString((int) accessName.offset(), "Y:", true);
            result.block().buffer.putInt((int) result.offset(), UseConnectionAnswer.CONNECT_LOCALDRIVE);
            return 0;
        }

        @Override
        protected int callAddConnection(Ref remoteName, Ref password, Ref localName) {
            sawPassword(password);
            return remoteName.block().string(remoteName.offset()).equals("\\\\srv\\share")
                    && localName.block().string(localName.offset()).equals("LPT1:") ? 0 : 87;
        }
    }

    @Test
    void thePasswordCrossesAndItsBlockIsZeroedBeforeItIsFreed() {
        Scripted calls = new Scripted();
        char[] password = "pw😀".toCharArray();
        assertEquals(1219, calls.addConnection2(DRIVE, password, "CORP\\svc", 0));
        assertEquals(0, calls.addConnection("\\\\srv\\share", password, "LPT1:"));
        assertEquals(List.of("pw😀", "pw😀"), calls.passwordsSeen);
        assertEquals(2, calls.blocks.size());
        assertTrue(calls.blocks.stream().allMatch(b -> b.freed && b.zeroedBeforeFree), "a block freed with data in it");
        assertArrayEquals("pw😀".toCharArray(), password, "the caller's array is the caller's to clear");
    }

    @Test
    void aDowncallThatThrowsStillZeroesAndFreesTheBlock() {
        Scripted calls = new Scripted();
        assertThrows(IllegalStateException.class, () -> calls.addConnection3(DRIVE, "pw".toCharArray(), null, 0));
        assertEquals(java.util.Collections.singletonList("pw"), calls.passwordsSeen);
        assertTrue(calls.blocks.get(0).freed && calls.blocks.get(0).zeroedBeforeFree);
    }

    @Test
    void theAccessNameIsRetriedAtTheSizeWrittenBackWithTheSameInputs() {
        Scripted calls = new Scripted();
        assertEquals(new UseConnectionAnswer(0, "Y:", UseConnectionAnswer.CONNECT_LOCALDRIVE),
                calls.useConnection(DRIVE, null, null, UseConnectionAnswer.CONNECT_REDIRECT));
        assertEquals(3, calls.blocks.size(), "the inputs, then one block per attempt");
        assertEquals(MprLibrary.CONNECTION_UNITS, calls.blocks.get(1).buffer.size() / 2 - 4);
        assertEquals(2 * 300 + 8, calls.blocks.get(2).buffer.size());
        assertTrue(calls.blocks.stream().allMatch(b -> b.freed), "a block left allocated");
        assertTrue(calls.blocks.get(0).zeroedBeforeFree);
        assertEquals(java.util.Arrays.asList(null, null), calls.passwordsSeen);
    }

    @Test
    void anAccessNameThatNeverFitsEndsWithMoreData() {
        Scripted calls = new Scripted() {
            @Override
            protected int callUseConnection(Ref resource, Ref password, Ref userName, int flags, Ref accessName,
                                            Ref bufferSize, Ref result) {
                int units = bufferSize.block().buffer.int32(bufferSize.offset());
                bufferSize.block().buffer.putInt((int) bufferSize.offset(), units + 1); // always one more: a growing state
                return BufferRetry.ERROR_MORE_DATA;
            }
        };
        UseConnectionAnswer answer = calls.useConnection(DRIVE, null, null, 0);
        assertEquals(BufferRetry.ERROR_MORE_DATA, answer.code());
        assertNull(answer.accessName());
        assertEquals(1 + BufferRetry.MAX_ATTEMPTS, calls.blocks.size(), "bounded like the read side's retries");
    }
}
