package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetFunction;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A JUnit 5 extension that gives every test its own fresh {@link FakeLogon}, kept in JUnit's
 * {@link ExtensionContext.Store} (so tests running in parallel never share one), and injects it, or
 * the {@link WNet} over it or one of its sides ({@link ConnectionCanceller}, {@link ConnectionReader}), as a
 * test parameter.
 *
 * <p>Declarative: {@link WithFakeLogon @WithFakeLogon} or {@code @ExtendWith(FakeLogonExtension.class)}.
 * Programmatic, seeded in the field's initializer (the seed runs on a fresh logon before each test):
 * <pre>{@code
 * @RegisterExtension
 * static final FakeLogonExtension fake = FakeLogonExtension.seeded(logon -> logon
 *         .connectDevice("Z:", "\\\\fileserver\\deploy", c -> c.persistent().openFiles(2)))
 *     .failOnUnexpectedFailures()
 *     .expectFailure(ErrorCode.ERROR_OPEN_FILES);
 * }</pre>
 *
 * <p><b>Unexpected failures.</b> With {@code failOnUnexpectedFailures}, after each test the extension
 * reads the fake's journal and fails the test if any call got a failure outcome whose code the test
 * did not declare expected. The journal records what the code under test was told, not whether it
 * looked, so "handled" is what the test declares: a test of code that retries after
 * {@code ERROR_OPEN_FILES} says so with {@code expectFailure(ERROR_OPEN_FILES)}, for the whole class,
 * or with {@link ExpectedFailures @ExpectedFailures} on the test method, for that test alone. The
 * journal is the user's, so calls from every session are checked. What counts as a failure
 * ({@link #isFailure}):
 *
 * <ul>
 *   <li>a cancel or a connect that did not return {@code NO_ERROR}: it did not do what it was asked;</li>
 *   <li>a read (a lookup, an enumeration, a universal name) that could not look: no network, a
 *       provider error, a parameter the function refuses, a scope the fake does not browse. A read
 *       that looked and answered is not a failure, whatever its code: {@code ERROR_NOT_CONNECTED}
 *       (nothing there, R3 and R15), {@code ERROR_CONNECTION_UNAVAIL} (remembered but not
 *       connected, R2 and R15) and {@code ERROR_BAD_DEVICE} (not a device, or a printer port that
 *       has no paths, R4 and R15) are what the state is, the answers code looks before it cancels.</li>
 * </ul>
 *
 * <p><b>Two sessions.</b> A parameter annotated {@link Elevated @Elevated} is resolved in the elevated
 * twin of the test's logon ({@code @Elevated(linked = true)}: with linked connections); the others
 * in the user's desktop session.
 */
public final class FakeLogonExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeLogonExtension.class);
    /** The read functions the fake journals. */
    private static final Set<WNetFunction> READS = EnumSet.of(WNetFunction.GET_CONNECTION, WNetFunction.OPEN_ENUM,
            WNetFunction.GET_UNIVERSAL_NAME);
    /** What a read answers when it looked: the state, not a failure (R2-R4, R15). */
    private static final Set<ErrorCode> READ_ANSWERS = EnumSet.of(ErrorCode.ERROR_NOT_CONNECTED,
            ErrorCode.ERROR_CONNECTION_UNAVAIL, ErrorCode.ERROR_BAD_DEVICE);

    private final BehaviourProfile profile;
    private final Consumer<FakeLogon> seed;
    private final boolean failOnUnexpectedFailures;
    private final Set<ErrorCode> expectedFailures;
    /** Only for {@link #logon()}: JUnit runs a test's before, body and after on one thread. */
    private final ThreadLocal<FakeLogon> current = new ThreadLocal<>();

    /** For {@code @ExtendWith} and {@link WithFakeLogon}: configured by the annotation, if any. */
    public FakeLogonExtension() {
        this(null, logon -> { }, false, Set.of());
    }

    private FakeLogonExtension(BehaviourProfile profile, Consumer<FakeLogon> seed, boolean failOnUnexpectedFailures,
                               Set<ErrorCode> expectedFailures) {
        this.profile = profile;
        this.seed = seed;
        this.failOnUnexpectedFailures = failOnUnexpectedFailures;
        this.expectedFailures = expectedFailures.isEmpty() ? Set.of() : Set.copyOf(expectedFailures);
    }

    /**
     * {@return an extension whose fresh logon, before each test, is seeded by {@code seed}}
     *
     * @param seed seeds each fresh logon
     */
    public static FakeLogonExtension seeded(Consumer<FakeLogon> seed) {
        return new FakeLogonExtension(null, Objects.requireNonNull(seed, "seed"), false, Set.of());
    }

    /** {@return an extension with empty fresh logons} */
    public static FakeLogonExtension empty() {
        return seeded(logon -> { });
    }

    /**
     * {@return the same, with fresh logons that follow {@code behaviourProfile}}
     *
     * @param behaviourProfile the profile every fresh logon follows
     */
    public FakeLogonExtension profile(BehaviourProfile behaviourProfile) {
        return new FakeLogonExtension(Objects.requireNonNull(behaviourProfile, "behaviourProfile"), seed,
                failOnUnexpectedFailures, expectedFailures);
    }

    /** {@return the same, failing a test whose journal shows a failure it did not declare expected} */
    public FakeLogonExtension failOnUnexpectedFailures() {
        return new FakeLogonExtension(profile, seed, true, expectedFailures);
    }

    /**
     * {@return the same, with these failure codes declared expected (handled by the code under test)}
     *
     * @param codes the failure codes the code under test handles
     */
    public FakeLogonExtension expectFailure(ErrorCode... codes) {
        Set<ErrorCode> all = EnumSet.noneOf(ErrorCode.class);
        all.addAll(expectedFailures);
        all.addAll(Arrays.asList(codes));
        return new FakeLogonExtension(profile, seed, failOnUnexpectedFailures, all);
    }

    /**
     * The current test's logon, for tests that prefer a field to a parameter. Call it from the
     * test's own thread.
     *
     * @return the current test's logon
     * @throws IllegalStateException outside a test
     */
    public FakeLogon logon() {
        FakeLogon logon = current.get();
        if (logon == null) {
            throw new IllegalStateException("no test is running on this thread: call logon() from a test method, "
                    + "or take a FakeLogon parameter");
        }
        return logon;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Settings settings = settings(context);
        FakeLogon logon = FakeLogon.create(settings.profile);
        seed.accept(logon);
        logon.clearJournal(); // the seed's own calls, if any, are not the code under test's
        context.getStore(NAMESPACE).put(key(context), new PerTest(logon, settings));
        current.set(logon);
    }

    /**
     * Whether a journaled call is a failure outcome for {@code failOnUnexpectedFailures}: a call
     * that did not return {@code NO_ERROR}, unless it is a read whose code answers what the state is
     * (see the class comment).
     */
    static boolean isFailure(JournalEntry e) {
        if (e.is(ErrorCode.NO_ERROR)) {
            return false;
        }
        return !READS.contains(e.function()) || !READ_ANSWERS.contains(ErrorCode.forValue(e.code()).orElse(null));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        current.remove();
        PerTest perTest = context.getStore(NAMESPACE).remove(key(context), PerTest.class);
        if (perTest == null || !perTest.settings.failOnUnexpectedFailures || context.getExecutionException().isPresent()) {
            return;
        }
        List<JournalEntry> unexpected = new ArrayList<>();
        for (JournalEntry e : perTest.logon.journal()) {
            boolean declared = ErrorCode.forValue(e.code()).map(perTest.settings.expected::contains).orElse(false);
            if (isFailure(e) && !declared) {
                unexpected.add(e);
            }
        }
        if (!unexpected.isEmpty()) {
            throw new AssertionError("The code under test got " + unexpected.size()
                    + " failure outcome(s) the test did not declare expected:\n  "
                    + unexpected.stream().map(JournalEntry::toString).collect(Collectors.joining("\n  "))
                    + "\nIf the code handles them, declare them: @ExpectedFailures(...) on the test method, or for the class "
                    + "expectFailure(...) or @WithFakeLogon(expectedFailures = ...).");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeLogon.class || type == ConnectionCanceller.class || type == ConnectionReader.class
                || type == WNet.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        PerTest perTest = context.getStore(NAMESPACE).get(key(context), PerTest.class);
        if (perTest == null) {
            throw new ParameterResolutionException("A FakeLogon is made per test method; "
                    + parameter.getParameter().getType().getSimpleName() + " cannot be injected into "
                    + parameter.getDeclaringExecutable() + " (a constructor or lifecycle method outside a test)");
        }
        Class<?> type = parameter.getParameter().getType();
        FakeLogon session = parameter.findAnnotation(Elevated.class).map(e -> {
            try {
                return e.linked() ? perTest.logon.elevatedLinked() : perTest.logon.elevated();
            } catch (IllegalStateException mixed) {
                throw new ParameterResolutionException("@Elevated parameters of one test must agree on linked: "
                        + mixed.getMessage(), mixed);
            }
        }).orElse(perTest.logon);
        return type == FakeLogon.class ? session : type == ConnectionReader.class ? session.wnet().reader()
                : type == WNet.class ? session.wnet() : session.wnet().canceller();
    }

    private static String key(ExtensionContext context) {
        return context.getUniqueId();
    }

    /**
     * This extension's settings, with a {@link WithFakeLogon} on the method or class taking over for
     * the declarative form, and the method's {@link ExpectedFailures} adding to (or replacing) the
     * expected failures.
     */
    private Settings settings(ExtensionContext context) {
        Optional<WithFakeLogon> annotation = AnnotationSupport.findAnnotation(context.getTestMethod(), WithFakeLogon.class)
                .or(() -> context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, WithFakeLogon.class)));
        BehaviourProfile p = profile != null ? profile
                : annotation.map(a -> BehaviourProfile.named(a.profile())).orElse(BehaviourProfile.documented());
        boolean fail = failOnUnexpectedFailures || annotation.map(WithFakeLogon::failOnUnexpectedFailures).orElse(false);
        Set<ErrorCode> expected = EnumSet.noneOf(ErrorCode.class);
        expected.addAll(expectedFailures);
        annotation.ifPresent(a -> expected.addAll(Arrays.asList(a.expectedFailures())));
        Optional<ExpectedFailures> own = AnnotationSupport.findAnnotation(context.getTestMethod(), ExpectedFailures.class);
        own.filter(o -> !o.inherit()).ifPresent(o -> expected.clear());
        own.ifPresent(o -> expected.addAll(Arrays.asList(o.value())));
        return new Settings(p, fail, expected);
    }

    private record Settings(BehaviourProfile profile, boolean failOnUnexpectedFailures, Set<ErrorCode> expected) {
    }

    private record PerTest(FakeLogon logon, Settings settings) {
    }
}
