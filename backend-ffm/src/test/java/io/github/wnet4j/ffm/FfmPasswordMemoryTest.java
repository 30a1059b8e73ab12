package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativetesting.PasswordMemoryCheck;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.Test;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** FFM's native copy of a password is zeroed before its arena is closed: the shared {@link PasswordMemoryCheck}. */
class FfmPasswordMemoryTest {
    @Test
    void thePasswordsMemoryIsZeroedBeforeItIsFreed() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        PasswordMemoryCheck check = new PasswordMemoryCheck();
        MprDowncalls functions = FfmBackendProvider.LIBRARY.load(MprLibrary.choice()).functionsOrThrow();
        CallBlocks blocks = new CallBlocks();
        check.run(new FfmBackend(functions, blocks, new FfmConnect(functions, blocks) {
            @Override
            protected void zero(Block block) {
                check.beforeZeroing(block.segment().toArray(JAVA_BYTE));
                super.zero(block);
            }

            @Override
            protected void free(Block block) {
                check.beforeFreeing(block.segment().toArray(JAVA_BYTE));
                super.free(block);
            }
        }));
    }
}
