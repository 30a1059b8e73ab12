package io.github.wnet4j.fake;

import io.github.wnet4j.WNetFunction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journal's bound: the shared logon keeps the newest {@link FakeLogon#SHARED_JOURNAL_LIMIT}
 * entries and counts the rest; a logon a test creates keeps everything unless it asks for a bound.
 */
class JournalLimitTest {

    private static List<Long> sequences(FakeLogon logon) {
        return logon.journal().stream().map(JournalEntry::sequence).toList();
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void theSharedLogonKeepsTheNewestEntriesAndSaysHowManyItDropped() {
        FakeLogon shared = FakeLogon.shared();
        shared.clearJournal();
        int calls = FakeLogon.SHARED_JOURNAL_LIMIT + 2_500;
        for (int i = 0; i < calls; i++) {
            shared.backend().cancelConnection2(i % 2 == 0 ? "Q:" : "\\\\journal\\test", 0, false);
        }
        List<JournalEntry> journal = shared.journal();
        assertEquals(FakeLogon.SHARED_JOURNAL_LIMIT, journal.size());
        assertEquals(2_500, shared.journalDropped());
        assertEquals(journal.get(0).sequence() + FakeLogon.SHARED_JOURNAL_LIMIT - 1, journal.get(journal.size() - 1).sequence());
        assertTrue(shared.toString().contains("10000 calls journaled (2500 older dropped: the journal keeps the newest 10000)"),
                shared::toString);
        shared.clearJournal();
        assertEquals(0, shared.journalDropped(), "clearing starts the count again");
    }

    @Test
    void aLogonATestCreatesKeepsItsWholeJournal() {
        FakeLogon logon = FakeLogon.create();
        int calls = FakeLogon.SHARED_JOURNAL_LIMIT * 3 + 7;
        for (int i = 0; i < calls; i++) {
            logon.backend().cancelConnection(i % 3 == 0 ? "\\\\srv\\x" : "Z:", false);
        }
        assertEquals(range(1, calls), sequences(logon));
        assertEquals(0, logon.journalDropped());
        assertTrue(logon.toString().endsWith(calls + " calls journaled]"), logon::toString);
    }

    @Test
    void aBoundDropsTheOldestNowAndLaterAndClearingKeepsTheSequence() {
        FakeLogon logon = FakeLogon.create();
        for (int i = 0; i < 10; i++) {
            logon.backend().cancelConnection2("Z:", 0, false);
        }
        logon.journalLimit(4);
        assertEquals(range(7, 10), sequences(logon));
        assertEquals(6, logon.journalDropped());
        for (int i = 0; i < 600; i++) { // many times the bound
            logon.backend().cancelConnection2(i % 2 == 0 ? "Y:" : "\\\\srv\\x", 0, false);
        }
        assertEquals(range(607, 610), sequences(logon));
        assertEquals(606, logon.journalDropped());
        logon.journalLimit(1000);
        assertEquals(range(607, 610), sequences(logon), "raising the bound brings nothing dropped back");
        logon.clearJournal().backend().cancelConnection2("Z:", 0, false);
        assertEquals(List.of(611L), sequences(logon));
        assertEquals(0, logon.journalDropped());
        logon.journalLimit(0).backend().cancelConnection2("Z:", 0, false);
        assertEquals(List.of(), logon.journal());
        assertEquals(2, logon.journalDropped());
        assertThrows(IllegalArgumentException.class, () -> logon.journalLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> logon.journalLimit(Journal.MAX_LIMIT + 1));
    }

    @Test
    void aBoundedJournalUnderConcurrentCallsStaysOneGaplessOrder() throws InterruptedException {
        FakeLogon logon = FakeLogon.create().journalLimit(1_000);
        String[] names = {"A:", "B:", "LPT3", "\\\\srv\\x"};
        int rounds = 20_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (String name : names) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < rounds; i++) {
                    logon.backend().cancelConnection2(name, 0, false);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long total = (long) names.length * rounds;
        assertEquals(range(total - 999, total), sequences(logon), "the newest 1,000, in order, no gap");
        assertEquals(total - 1_000, logon.journalDropped());
        assertTrue(logon.journal().stream().allMatch(e -> e.function() == WNetFunction.CANCEL_CONNECTION2));
    }
}
