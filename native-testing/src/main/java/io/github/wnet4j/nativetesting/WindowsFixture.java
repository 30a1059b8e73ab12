package io.github.wnet4j.nativetesting;

import io.github.wnet4j.Credentials;
import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.conformance.Capability;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.conformance.ConnectionSpec;
import io.github.wnet4j.conformance.NetworkSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conformance fixture over real Windows: the suite's calls go through a native backend to the real
 * mpr.dll, and this fixture seeds and observes the machine itself. It shares temporary folders of its
 * own ({@code NetShareAdd}), connects to them with {@code WNetAddConnection2W} (with a device or
 * without, persistent or not), makes remembered-only entries (a persistent connection cancelled with
 * flags 0), holds files open on connections, and observes with {@code WNetGetConnectionW},
 * {@code WNetOpenEnum} and {@code HKCU\Network}.
 *
 * <p>It substitutes free drive letters for the devices the suite wants ({@link #device(String)}), its
 * own shares on this machine for the remote names ({@link #remoteName(String)}) and local accounts of
 * its own ({@code NetUserAdd}, with passwords it generates) for the suite's test accounts
 * ({@link #credentials(String, char[])}), so it leaves alone every account and connection it did
 * not make (an {@code IPC$} connection to this machine made before it is spared only if
 * {@code WNetOpenEnum} lists it, row R7); {@link #close()} cancels its connections, forgets its
 * remembered entries and deletes its shares, accounts and folders. For the connect clauses it declares the network it can make here
 * ({@link FixtureNames}): this machine under three names (NetBIOS, {@code 127.0.0.1},
 * {@code localhost}: three servers to Windows' credential rule), an exact list of its own shares,
 * accounts, an unreachable server under the reserved {@code .invalid} domain, and a share denied to
 * an account (the share's permissions, {@code NetShareSetInfo}). Every capability it does not declare
 * has its own reason ({@link #whyNot(Capability)}). Sharing a folder and making an account need an
 * administrator. Written, compiled and unit-tested on Linux, and never run on Windows yet.
 *
 * <pre>{@code
 * public ConformanceFixture newFixture(BehaviourProfile profile) {
 *     WindowsFixture.whyUnavailable().ifPresent(Assumptions::abort);
 *     return WindowsFixture.create("jna-windows", backend);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: the suite uses one fixture per clause from one thread. Windows connections
 * belong to the logon session, so two fixtures must not run at the same time.
 */
public final class WindowsFixture implements ConformanceFixture {
    /** Why the fixture cannot run elsewhere; every clause is reported skipped with it. */
    public static final String ONLY_ON_WINDOWS = "real mpr.dll exists only on Windows";

    /** The system property choosing the profiles the Windows suite runs under: {@value}. */
    public static final String PROFILES_PROPERTY = "wnet4j.windows.profiles";

    private final String backendName;
    private final WNetBackend backend;
    private final FixtureNetwork network;
    private final Map<String, String> devices = new LinkedHashMap<>();     // wanted (upper case) -> chosen
    private final Map<String, List<FileChannel>> openFiles = new LinkedHashMap<>(); // connection name (upper case) -> files

    private WindowsFixture(String backendName, WNetBackend backend) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.network = new FixtureNetwork();
    }

    /**
     * Why no fixture can be made here, or empty on Windows. Call it before making the backend:
     * {@code WindowsFixture.whyUnavailable().ifPresent(Assumptions::abort)}.
     *
     * @return the reason, or empty on Windows
     */
    public static Optional<String> whyUnavailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Optional.of(ONLY_ON_WINDOWS);
        }
        if (Boolean.getBoolean("w32.ascii")) {
            // jna-platform's structures would then carry ANSI strings to the fixture's W functions.
            return Optional.of("the Windows fixture needs JNA's Unicode mode: do not set -Dw32.ascii=true");
        }
        return Optional.empty();
    }

    /**
     * A fixture whose calls go through {@code backend} to the real mpr.dll.
     *
     * @param backendName the name its reports are filed under ({@code "jna-windows"}, {@code "jnr-windows"}),
     *     so they never overwrite the reports made against the test double
     * @param backend the backend under test, loaded from the real mpr.dll
     * @return the fixture
     * @throws IllegalStateException if this is not Windows
     */
    public static WindowsFixture create(String backendName, WNetBackend backend) {
        whyUnavailable().ifPresent(reason -> {
            throw new IllegalStateException(reason + ": check WindowsFixture.whyUnavailable() first");
        });
        return new WindowsFixture(backendName, backend);
    }

    /**
     * The profiles to run the Windows suite under, from {@value #PROFILES_PROPERTY}: unset means
     * {@code documented}; {@code all} means every preset (the disputed clauses then show which
     * reading this Windows follows); otherwise a comma-separated list of preset names.
     *
     * @return the profiles
     */
    public static List<BehaviourProfile> profilesFromProperty() {
        String wanted = System.getProperty(PROFILES_PROPERTY, "documented").trim();
        if (wanted.equalsIgnoreCase("all")) {
            return BehaviourProfile.presets();
        }
        return Arrays.stream(wanted.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(BehaviourProfile::named).toList();
    }

    @Override
    public String backendName() {
        return backendName;
    }

    @Override
    public WNetBackend backend() {
        return backend;
    }

    @Override
    public Set<Capability> capabilities() {
        return WindowsCapabilities.DECLARED;
    }

    @Override
    public String whyNot(Capability capability) {
        return WindowsCapabilities.whyNot(capability);
    }

    /**
     * A free drive letter standing for {@code wanted} (the same one each time it is asked for, in the
     * case it was asked in): the wanted letter if it is free, else the highest free one. Names that
     * are not drive letters come back unchanged.
     */
    @Override
    public String device(String wanted) {
        Optional<String> letter = WindowsNetworking.driveLetter(wanted);
        if (letter.isEmpty()) {
            return wanted;
        }
        String chosen = devices.computeIfAbsent(letter.get(), w -> WindowsNetworking.claimFreeLetter(w.charAt(0)) + ":");
        return Character.isLowerCase(wanted.charAt(0)) ? chosen.toLowerCase(Locale.ROOT) : chosen;
    }

    /**
     * The remote name standing for {@code wanted} on this machine ({@link FixtureNames}): one of the
     * fixture's own shares, shared on first use, under the machine's name standing for the wanted
     * server; a server under {@code .invalid} is left as written.
     */
    @Override
    public String remoteName(String wanted) {
        return network.remoteName(wanted);
    }

    /**
     * The fixture's local account standing for the suite's {@code userName}, with the password it
     * generated for it when {@code password} is the one the network declared; any other password
     * passes as it is.
     */
    @Override
    public Credentials credentials(String userName, char[] password) {
        return network.credentials(userName, password);
    }

    /**
     * Makes on this machine what {@code network} declares, or throws before making anything if it
     * cannot ({@link FixtureNames#declare}): the declared accounts ({@code NetUserAdd}) and the
     * denied shares (their permissions).
     */
    @Override
    public void declareNetwork(NetworkSpec network) {
        this.network.declare(network);
    }

    // ---- seeding ----

    @Override
    public void connectDevice(String device, String remoteName, ConnectionSpec spec) {
        refuseInUse(spec);
        WindowsNetworking.connect(device, remoteName, spec.persistent());
        openFiles(device, remoteName, device + "\\", spec.openFiles());
    }

    @Override
    public void connectDeviceless(String remoteName, ConnectionSpec spec) {
        refuseInUse(spec);
        WindowsNetworking.connect(null, remoteName, false);
        openFiles(remoteName, remoteName, remoteName + "\\", spec.openFiles());
    }

    /** A remembered entry with no live connection, made the way a user makes one: connect persistently, cancel with flags 0. */
    @Override
    public void remember(String device, String remoteName) {
        WindowsNetworking.connect(device, remoteName, true);
        int code = WindowsNetworking.cancel(device, false, true);
        if (code != 0 || !WindowsNetworking.isRemembered(device)) {
            throw new IllegalStateException("Could not leave " + device + " remembered but not connected: the fixture's"
                    + " own WNetCancelConnection2 with flags 0 gave " + WindowsNetworking.describe(code)
                    + ", remembered now: " + WindowsNetworking.isRemembered(device));
        }
    }

    private static void refuseInUse(ConnectionSpec spec) {
        if (spec.inUse()) {
            throw new UnsupportedOperationException("The Windows fixture cannot make a device used by an active process"
                    + " (it does not declare DEVICE_IN_USE)");
        }
    }

    /**
     * Holds {@code count} files open through the connection: each is written straight into the
     * shared folder (so the share needs no write access) and opened for reading through {@code root}.
     */
    private void openFiles(String connection, String remoteName, String root, int count) {
        if (count == 0) {
            return;
        }
        Path folder = network.folderOf(remoteName).orElseThrow(() -> new IllegalArgumentException("Open files need one of this fixture's own shares"
                        + " (from remoteName(...)), not " + remoteName));
        List<FileChannel> held = openFiles.computeIfAbsent(connection.toUpperCase(Locale.ROOT), c -> new ArrayList<>());
        for (int i = 0; i < count; i++) {
            String fileName = "open-" + Integer.toHexString(connection.toUpperCase(Locale.ROOT).hashCode()) + "-" + held.size() + ".txt";
            Path file = Path.of(root + fileName);
            try {
                Files.writeString(folder.resolve(fileName), "held open by the wnet4j conformance fixture",
                        StandardCharsets.UTF_8);
                held.add(FileChannel.open(file, StandardOpenOption.READ));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not hold a file open on " + connection + ": " + file, e);
            }
        }
    }

    @Override
    public void armProfileFault(ErrorCode fault) {
        throw cannot("make the user profile fail");
    }

    @Override
    public void armProviderErrorOnce(ExtendedError error) {
        throw cannot("make the network provider fail");
    }

    @Override
    public void armProviderErrorAlways(ExtendedError error) {
        throw cannot("make the network provider fail");
    }

    @Override
    public void disarmProviderError() {
        throw cannot("make the network provider fail");
    }

    @Override
    public void setNetworkPresent(boolean present) {
        throw cannot("take the network away");
    }

    @Override
    public void nextLogon() {
        throw cannot("log the user off and on");
    }

    private static UnsupportedOperationException cannot(String what) {
        return new UnsupportedOperationException("The Windows fixture cannot " + what
                + " on a real machine, so it does not declare that capability");
    }

    // ---- observing ----

    /** The system drive ({@code %SystemDrive%}, usually {@code C:}): a local disk, never redirected. */
    @Override
    public String localDrive() {
        return Optional.ofNullable(System.getenv("SystemDrive")).filter(d -> !d.isBlank()).orElse("C:");
    }

    @Override
    public Optional<String> deviceConnection(String device) {
        return WindowsNetworking.connectionOf(device);
    }

    @Override
    public boolean isRemembered(String device) {
        return WindowsNetworking.isRemembered(device);
    }

    @Override
    public boolean hasDevicelessConnection(String remoteName) {
        return WindowsNetworking.devicelessConnections().stream().anyMatch(remoteName::equalsIgnoreCase);
    }

    /**
     * The files this fixture holds open on the live connection {@code name} that Windows still
     * serves: a forced cancel closes them, and reading through a closed one then fails.
     */
    @Override
    public int openFiles(String name) {
        boolean live = WindowsNetworking.driveLetter(name).isPresent()
                ? deviceConnection(name).isPresent() : hasDevicelessConnection(name);
        if (!live) {
            return 0;
        }
        int count = 0;
        for (FileChannel file : openFiles.getOrDefault(name.toUpperCase(Locale.ROOT), List.of())) {
            if (stillServed(file)) {
                count++;
            }
        }
        return count;
    }

    private static boolean stillServed(FileChannel file) {
        try {
            return file.isOpen() && file.read(ByteBuffer.allocate(1), 0) >= 0;
        } catch (IOException e) {
            return false; // the network name is no longer available: Windows closed it
        }
    }

    /**
     * Cancels this fixture's connections (also those the clause made through the backend to the
     * fixture's shares and to its servers' {@code IPC$}), forgets its remembered entries, deletes its
     * shares, accounts and folders, and clears the passwords; each step is tried even when one before
     * it failed.
     */
    @Override
    public void close() {
        List<RuntimeException> problems = new ArrayList<>();
        for (List<FileChannel> files : openFiles.values()) {
            for (FileChannel file : files) {
                try {
                    file.close();
                } catch (IOException e) {
                    // A file Windows already closed with its connection: nothing left to release.
                }
            }
        }
        for (String device : devices.values()) {
            run(problems, () -> {
                WindowsNetworking.cancel(device, true, true);
                WindowsNetworking.forget(device);
            });
        }
        network.close(cleanUp -> run(problems, cleanUp));
        devices.values().forEach(d -> WindowsNetworking.releaseLetter(d.charAt(0)));
        if (!problems.isEmpty()) {
            IllegalStateException e = new IllegalStateException("The Windows fixture could not clean up everything it made");
            problems.forEach(e::addSuppressed);
            throw e;
        }
    }

    private static void run(List<RuntimeException> problems, Runnable cleanUp) {
        try {
            cleanUp.run();
        } catch (RuntimeException e) {
            problems.add(e);
        }
    }

    @Override
    public String toString() {
        return "WindowsFixture[" + backendName + ", devices " + devices + ", " + network + "]";
    }
}
