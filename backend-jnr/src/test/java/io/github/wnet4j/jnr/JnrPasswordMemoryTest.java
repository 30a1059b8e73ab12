package io.github.wnet4j.jnr;

import com.kenai.jffi.MemoryIO;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativetesting.PasswordMemoryCheck;
import io.github.wnet4j.nativeaccess.MprLibrary;
import io.github.wnet4j.jnr.functions.MprFunctions;
import jnr.ffi.Runtime;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** jnr-ffi's native copy of a password is zeroed before its block is freed: the shared {@link PasswordMemoryCheck}. */
class JnrPasswordMemoryTest {
    private static byte[] bytes(NativeBlock block) {
        byte[] bytes = new byte[(int) block.size()];
        MemoryIO.getInstance().getByteArray(block.address(), bytes, 0, bytes.length);
        return bytes;
    }

    @Test
    void thePasswordsMemoryIsZeroedBeforeItIsFreed() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        PasswordMemoryCheck check = new PasswordMemoryCheck();
        MprFunctions functions = JnrBackendProvider.LIBRARY.load(MprLibrary.choice()).functionsOrThrow();
        check.run(new JnrBackend(functions, new JnrConnect(functions, Runtime.getSystemRuntime()) {
            @Override
            protected void zero(NativeBlock block) {
                check.beforeZeroing(bytes(block));
                super.zero(block);
            }

            @Override
            protected void free(NativeBlock block) {
                check.beforeFreeing(bytes(block));
                super.free(block);
            }
        }));
    }
}
