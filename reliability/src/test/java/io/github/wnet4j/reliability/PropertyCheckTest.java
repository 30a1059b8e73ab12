package io.github.wnet4j.reliability;

import io.github.wnet4j.spi.UseConnectionAnswer;

import io.github.wnet4j.spi.NetResource;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property runner finds planted bugs, shrinks them to the minimal failing case, and replays a
 * failure from the seed it prints.
 */
class PropertyCheckTest {

    private static final long SEED = 20_261_202L;
    private static final int UPDATE_PROFILE = CancelFlag.CONNECT_UPDATE_PROFILE.bit();

    /**
     * The planted bug: a backend over a fake logon that, after a forced cancel with
     * CONNECT_UPDATE_PROFILE has forgotten a device's remembered entry, puts the entry back. Only a
     * remembered entry followed by such a call shows it.
     */
    record KeepsRememberedEntryWhenForced(FakeLogon logon) implements WNetBackend {
        @Override
        public int cancelConnection2(String name, int flags, boolean force) {
            Optional<String> device = ReferenceModel.device(name);
            Optional<String> remembered = device.flatMap(logon::rememberedRemoteName);
            int code = logon.backend().cancelConnection2(name, flags, force);
            if (force && remembered.isPresent() && !logon.isRemembered(device.get())) {
                logon.remember(device.get(), remembered.get());
            }
            return code;
        }

        @Override
        public int cancelConnection(String name, boolean force) {
            return logon.backend().cancelConnection(name, force);
        }

        @Override
        public ExtendedError lastExtendedError() {
            return logon.backend().lastExtendedError();
        }

        @Override
        public ConnectionAnswer getConnection(String localName) {
            return logon.backend().getConnection(localName);
        }

        @Override
        public EnumerationAnswer enumerate(int scope, int type, int usage) {
            return logon.backend().enumerate(scope, type, usage);
        }

        @Override
        public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
            return logon.backend().getUniversalName(localPath, infoLevel);
        }
    
        @Override
        public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
            return logon.backend().addConnection2(resource, password, userName, flags);
        }

        @Override
        public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
            return logon.backend().addConnection3(resource, password, userName, flags);
        }

        @Override
        public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
            return logon.backend().useConnection(resource, password, userName, flags);
        }

        @Override
        public int addConnection(String remoteName, char[] password, String localName) {
            return logon.backend().addConnection(remoteName, password, localName);
        }
    }

    /** The model-based check over a logon reached through the planted bug. */
    private static Consumer<ModelSequences.Sequence> overPlantedBug() {
        ModelHarness.Tally scratch = new ModelHarness.Tally();
        return s -> ModelSequences.run(s, profile -> {
            FakeLogon logon = FakeLogon.create(profile);
            WNetBackend buggy = new KeepsRememberedEntryWhenForced(logon);
            return new ModelHarness(profile, List.of(new ModelHarness.Subject("planted bug", logon,
                    WNet.over("planted", buggy), logon.reader(), buggy)), scratch);
        });
    }

    private static PropertyCheck.Failure plantedFailure(long seed) {
        PropertyCheck<ModelSequences.Sequence> property = ModelSequences.over("planted bug", BehaviourProfile.documented());
        return assertThrows(PropertyCheck.Failure.class, () -> property.run(ModelSequences.TRIES, overPlantedBug(), seed, false));
    }

    @Test
    void aPlantedBugIsShrunkToTheTwoStepsThatShowIt() {
        PropertyCheck.Failure failure = plantedFailure(SEED);
        ModelSequences.Sequence original = (ModelSequences.Sequence) failure.original();
        List<Op> minimal = ((ModelSequences.Sequence) failure.minimal()).steps();
        assertEquals(ModelSequences.MAX_STEPS, original.steps().size(), "the failing sequence as generated");
        assertEquals(2, minimal.size(), "minimal sequence: a remembered entry, then a forced call that forgets it: " + minimal);

        // The first step makes a remembered entry, with every argument at its simplest.
        String device;
        if (minimal.get(0) instanceof Op.ConnectDevice c) {
            assertEquals(new Op.ConnectDevice(c.device(), Op.REMOTE_NAMES.get(0), true, 0, false), c, "simplified seeding");
            device = c.device();
        } else {
            Op.Remember r = assertInstanceOf(Op.Remember.class, minimal.get(0), "the first step remembers a device");
            assertEquals(Op.REMOTE_NAMES.get(0), r.remoteName(), "simplified remote name");
            device = r.device();
        }
        // The second step is a forced call with CONNECT_UPDATE_PROFILE on that device, nothing else set.
        Op call = minimal.get(1);
        String called;
        if (call instanceof Op.Cancel2 c) {
            assertTrue(c.updateProfile() && c.force(), "the forced call with CONNECT_UPDATE_PROFILE: " + c);
            called = c.name();
        } else {
            Op.RawCancel2 raw = assertInstanceOf(Op.RawCancel2.class, call, "the second step is a forced cancel: " + call);
            assertTrue(raw.force() && raw.flags() == UPDATE_PROFILE, "raw flags shrunk to the one bit that matters: " + raw);
            called = raw.name();
        }
        assertEquals(ReferenceModel.device(device), ReferenceModel.device(called), "the call names the remembered device");
        assertTrue(failure.getMessage().contains("-D" + PropertyCheck.SEED_PROPERTY + "=" + failure.seed()),
                "the message names the seed that replays it: " + failure.getMessage());
    }

    @Test
    void theSeedInTheMessageReplaysTheSameCaseAndTheSameMinimalCase() {
        PropertyCheck.Failure first = plantedFailure(SEED);
        PropertyCheck<ModelSequences.Sequence> property = ModelSequences.over("planted bug", BehaviourProfile.documented());
        PropertyCheck.Failure replayed = assertThrows(PropertyCheck.Failure.class,
                () -> property.run(1, overPlantedBug(), first.seed(), true));
        assertEquals(first.seed(), replayed.seed());
        assertEquals(first.original(), replayed.original(), "the seed generates the same sequence");
        assertEquals(first.minimal(), replayed.minimal(), "and it shrinks to the same minimal sequence");
    }

    @Test
    void theSystemPropertyReplaysExactlyOneCase() {
        PropertyCheck.Failure first = plantedFailure(SEED);
        AtomicInteger generated = new AtomicInteger();
        PropertyCheck<ModelSequences.Sequence> counting = ModelSequences.over("planted bug", r -> {
            generated.incrementAndGet();
            return BehaviourProfile.documented();
        });
        String before = System.getProperty(PropertyCheck.SEED_PROPERTY);
        System.setProperty(PropertyCheck.SEED_PROPERTY, Long.toString(first.seed()));
        try {
            PropertyCheck.Failure replayed = assertThrows(PropertyCheck.Failure.class,
                    () -> counting.run(ModelSequences.TRIES, overPlantedBug()));
            assertEquals(first.original(), replayed.original(), "-D" + PropertyCheck.SEED_PROPERTY + " replays the case");
            assertEquals(1, generated.get(), "one case generated, not " + ModelSequences.TRIES);
        } finally {
            if (before == null) {
                System.clearProperty(PropertyCheck.SEED_PROPERTY);
            } else {
                System.setProperty(PropertyCheck.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void theSameBaseSeedFindsTheSameFailure() {
        assertEquals(plantedFailure(SEED).seed(), plantedFailure(SEED).seed());
    }

    @Test
    void aStringIsShrunkToTheOneUnitThatFails() {
        PropertyCheck<String> names = PropertyCheck.of("no sharp s", r -> HostileNameProperties.anyString(r, 12)
                + (r.nextInt(4) == 0 ? "straße" : ""), PropertyCheck.string());
        PropertyCheck.Failure failure = assertThrows(PropertyCheck.Failure.class, () -> names.run(1000, name -> {
            if (name.indexOf('ß') >= 0) {
                throw new AssertionError("planted: a name with ß");
            }
        }, SEED, false));
        assertEquals("ß", failure.minimal());
        assertTrue(((String) failure.original()).length() > 1, "the generated name was longer: " + failure.original());
    }

    @Test
    void aPassingPropertyRunsEveryTry() {
        AtomicInteger checked = new AtomicInteger();
        int ran = PropertyCheck.of("always holds", r -> r.nextInt(10), PropertyCheck.noShrinking())
                .run(1000, i -> checked.incrementAndGet(), SEED, false);
        assertEquals(1000, ran);
        assertEquals(1000, checked.get());
    }

    @Test
    void shrinkingKeepsTheKindOfFailure() {
        // Shorter lists fail another way (an exception, not an assertion): the minimal case keeps the assertion.
        PropertyCheck<List<Integer>> lists = PropertyCheck.of("lists", r -> List.of(1, 2, 3, 4),
                PropertyCheck.list(i -> List.of()));
        PropertyCheck.Failure failure = assertThrows(PropertyCheck.Failure.class, () -> lists.run(1, l -> {
            if (l.size() < 3) {
                throw new IllegalStateException("another failure");
            }
            throw new AssertionError("the one planted");
        }, SEED, false));
        assertEquals(3, ((List<?>) failure.minimal()).size(), "shrunk only as far as the same failure holds");
        assertEquals(Optional.of(AssertionError.class), Optional.ofNullable(failure.getCause()).map(Object::getClass));
    }
}
