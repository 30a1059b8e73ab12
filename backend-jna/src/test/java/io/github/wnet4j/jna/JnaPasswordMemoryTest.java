package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativetesting.PasswordMemoryCheck;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** JNA's native copy of a password is zeroed before its Memory is freed: the shared {@link PasswordMemoryCheck}. */
class JnaPasswordMemoryTest {
    @Test
    void thePasswordsMemoryIsZeroedBeforeItIsFreed() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        PasswordMemoryCheck check = new PasswordMemoryCheck();
        MprFunctions functions = JnaBackendProvider.LIBRARY.load(MprLibrary.choice()).functionsOrThrow();
        check.run(new JnaBackend(functions, new JnaConnect(functions) {
            @Override
            protected void zero(Memory block) {
                check.beforeZeroing(block.getByteArray(0, (int) block.size()));
                super.zero(block);
            }

            @Override
            protected void free(Memory block) {
                check.beforeFreeing(block.getByteArray(0, (int) block.size()));
                super.free(block);
            }
        }));
    }
}
