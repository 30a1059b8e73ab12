package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.github.wnet4j.spi.Availability;

/** What a provider reports about itself. */
class AvailabilityTest {

    @Test
    void availableCarriesItsReasonAndNoCause() {
        Availability a = Availability.available("loaded mpr.dll from C:\\Windows\\System32");
        assertTrue(a.isAvailable());
        assertEquals("loaded mpr.dll from C:\\Windows\\System32", a.reason());
        assertEquals(Optional.empty(), a.cause());
        assertEquals("available: loaded mpr.dll from C:\\Windows\\System32", a.toString());
    }

    @Test
    void unavailableCarriesItsReasonAndCause() {
        UnsatisfiedLinkError failure = new UnsatisfiedLinkError("mpr");
        Availability a = Availability.unavailable("JNA could not load mpr.dll", failure);
        assertFalse(a.isAvailable());
        assertEquals("JNA could not load mpr.dll", a.reason());
        assertSame(failure, a.cause().orElseThrow());
        assertEquals("unavailable: JNA could not load mpr.dll", a.toString());
        assertEquals(Optional.empty(), Availability.unavailable("not Windows").cause());
    }

    @Test
    void aReasonIsRequiredAndACauseIfOneIsGiven() {
        assertEquals("reason", assertThrows(NullPointerException.class, () -> Availability.available(null)).getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class, () -> Availability.unavailable(null)).getMessage());
        assertEquals("cause", assertThrows(NullPointerException.class,
                () -> Availability.unavailable("why", null)).getMessage());
    }

    @Test
    void answersWithTheSamePartsAreEqualAndAnAvailableOneHasNoCause() {
        assertEquals(Availability.unavailable("not Windows"), new Availability(false, "not Windows", Optional.empty()));
        assertEquals(Availability.available("mpr.dll").hashCode(), new Availability(true, "mpr.dll", Optional.empty()).hashCode());
        assertThrows(IllegalArgumentException.class,
                () -> new Availability(true, "mpr.dll", Optional.of(new UnsatisfiedLinkError("mpr"))));
        assertEquals("cause", assertThrows(NullPointerException.class, () -> new Availability(false, "why", null)).getMessage());
    }
}
