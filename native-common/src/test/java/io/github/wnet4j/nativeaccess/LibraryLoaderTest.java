package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.nativeaccess.LibraryLoader.Loaded;
import io.github.wnet4j.nativeaccess.MprLibrary.Choice;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The once-per-JVM memo of load attempts and the library choice every native backend shares. */
class LibraryLoaderTest {
    private static final Choice NAMED = new Choice("/opt/lib/libmprdouble.so", "from a test", true);

    @Test
    void eachLibraryIsAttemptedOnceEvenUnderConcurrentFirstUse() throws Exception {
        AtomicInteger binds = new AtomicInteger();
        LibraryLoader<String> once = new LibraryLoader<>("a test", library -> {
            binds.incrementAndGet();
            Thread.sleep(20); // widen the window a racy memo would lose
            return "functions of " + library;
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Loaded<String>>> asks = IntStream.range(0, 32)
                    .<Callable<Loaded<String>>>mapToObj(i -> () -> once.load(NAMED)).toList();
            List<Future<Loaded<String>>> answers = pool.invokeAll(asks);
            for (Future<Loaded<String>> answer : answers) {
                assertSame(answers.get(0).get(), answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, binds.get());
        assertEquals("functions of /opt/lib/libmprdouble.so", once.load(NAMED).functionsOrThrow());
        assertEquals(Set.of(NAMED.library()), once.librariesTried());
    }

    @Test
    void aFailureIsRememberedAndSaysWhatWhereWhyAndWhatToDo() {
        AtomicInteger binds = new AtomicInteger();
        LibraryLoader<String> once = new LibraryLoader<>("a test", library -> {
            binds.incrementAndGet();
            throw new FileNotFoundException("there is no file at that path");
        });
        Loaded<String> failed = once.load(NAMED);
        assertSame(failed, once.load(NAMED));
        assertEquals(1, binds.get());
        String reason = failed.availability().reason();
        assertFalse(failed.availability().isAvailable());
        assertTrue(reason.startsWith("could not load the mpr library '/opt/lib/libmprdouble.so' (from a test)"
                + " through a test: there is no file at that path. "), reason);
        assertTrue(reason.endsWith(MprLibrary.remedy()), reason);
        IllegalStateException e = assertThrows(IllegalStateException.class, failed::functionsOrThrow);
        assertEquals(reason, e.getMessage());
        assertTrue(e.getCause() instanceof FileNotFoundException);
    }

    @Test
    void theChoiceComesFromThePropertyOrIsTheDefault() {
        String before = System.getProperty(MprLibrary.PROPERTY);
        try {
            System.clearProperty(MprLibrary.PROPERTY);
            assertEquals(new Choice("mpr", "the default; system property wnet4j.mpr.library is not set", false),
                    MprLibrary.choice());
            System.setProperty(MprLibrary.PROPERTY, "  /x/libmprdouble.so ");
            assertEquals(new Choice("/x/libmprdouble.so", "from system property wnet4j.mpr.library", true),
                    MprLibrary.choice());
        } finally {
            if (before == null) {
                System.clearProperty(MprLibrary.PROPERTY);
            } else {
                System.setProperty(MprLibrary.PROPERTY, before);
            }
        }
    }
}
