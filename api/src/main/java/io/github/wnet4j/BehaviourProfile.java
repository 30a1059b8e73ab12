package io.github.wnet4j;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How Windows answers on the points where public sources disagree, as a value, in the manner of
 * jimfs's {@code Configuration}. The fake behaves as its profile says; the conformance suite expects
 * what the profile says; a real-Windows fixture declares the profile it believes Windows follows.
 *
 * <p>The three disputed points (rows 1, 3 and 9 of the project's behaviour table):
 * <ul>
 *   <li>{@link #legacyCancelFlags()}: the flags the legacy {@code WNetCancelConnection} implies
 *       (Wine and ReactOS: none; the Windows 95 DDK and the 1992 Win32 documentation:
 *       {@code CONNECT_UPDATE_PROFILE}).</li>
 *   <li>{@link #remoteNameScope()}: which connections a remote name cancels through
 *       {@code WNetCancelConnection2} (today's pages: only deviceless ones; the older
 *       WNetCancelConnection2 page: all connections to the resource). The legacy
 *       {@code WNetCancelConnection} cancels only deviceless connections under every profile, as its
 *       own page says. Remote names never touch remembered entries either way.</li>
 *   <li>{@link #forceOverridesDeviceInUse()}: whether {@code fForce} overrides
 *       {@code ERROR_DEVICE_IN_USE} (no source says so).</li>
 * </ul>
 *
 * <p>Instances are immutable; build variants with {@link #toBuilder(String)}.
 */
public final class BehaviourProfile {

    /**
     * Which connections a remote name such as {@code \\server\share} cancels through
     * {@code WNetCancelConnection2}; the legacy {@code WNetCancelConnection} cancels only deviceless
     * ones whatever the scope (specification row 3).
     */
    public enum RemoteNameScope {
        /** Only connections to the resource that have no local device (today's documentation). */
        DEVICELESS_ONLY,
        /** Every connection to the resource, with a device or without (the older WNetCancelConnection2 page; that function only). */
        ALL_CONNECTIONS
    }

    private static final BehaviourProfile DOCUMENTED = new Builder("documented").build();

    private static final BehaviourProfile LEGACY_DOCUMENTATION = DOCUMENTED.toBuilder("legacy-documentation")
            .legacyCancelFlags(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE))
            .remoteNameScope(RemoteNameScope.ALL_CONNECTIONS)
            .build();

    private static final BehaviourProfile FORCE_OVERRIDES_IN_USE = DOCUMENTED.toBuilder("force-overrides-in-use")
            .forceOverridesDeviceInUse(true)
            .build();

    private final String name;
    private final Set<CancelFlag> legacyCancelFlags;
    private final RemoteNameScope remoteNameScope;
    private final boolean forceOverridesDeviceInUse;

    private BehaviourProfile(Builder b) {
        this.name = b.name;
        this.legacyCancelFlags = b.legacyCancelFlags;
        this.remoteNameScope = b.remoteNameScope;
        this.forceOverridesDeviceInUse = b.forceOverridesDeviceInUse;
    }

    /**
     * The default decisions: the legacy function implies no flags, a remote name cancels only
     * deviceless connections, and {@code fForce} does not override a device in use.
     *
     * @return the default decisions
     */
    public static BehaviourProfile documented() {
        return DOCUMENTED;
    }

    /**
     * The older documentation's readings: the legacy function implies {@code CONNECT_UPDATE_PROFILE}
     * (Windows 95 DDK, 1992 Win32 documentation) and a remote name passed to
     * {@code WNetCancelConnection2} cancels all connections to the resource (the older
     * WNetCancelConnection2 page; the legacy function still cancels only deviceless ones).
     *
     * @return the older documentation's readings
     */
    public static BehaviourProfile legacyDocumentation() {
        return LEGACY_DOCUMENTATION;
    }

    /**
     * The documented profile, except that {@code fForce} also overrides {@code ERROR_DEVICE_IN_USE}.
     *
     * @return the documented profile, except that {@code fForce} also overrides {@code ERROR_DEVICE_IN_USE}
     */
    public static BehaviourProfile forceOverridesInUse() {
        return FORCE_OVERRIDES_IN_USE;
    }

    /**
     * Every named profile: {@link #documented()} first. Between them they cover each reading of each disputed point.
     *
     * @return every named profile
     */
    public static List<BehaviourProfile> presets() {
        return List.of(DOCUMENTED, LEGACY_DOCUMENTATION, FORCE_OVERRIDES_IN_USE);
    }

    /**
     * The preset with this name.
     *
     * @param name the preset's name
     * @return the preset with this name
     * @throws IllegalArgumentException naming the presets if there is none
     */
    public static BehaviourProfile named(String name) {
        for (BehaviourProfile p : presets()) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no behaviour profile named \"" + name + "\"; the profiles are "
                + presets().stream().map(BehaviourProfile::name).toList());
    }

    /**
     * The profile's name, used in reports ({@code target/conformance/<backend>-<profile>.json}).
     *
     * @return the profile's name, used in reports ({@code target/conformance/<backend>-<profile>.json})
     */
    public String name() {
        return name;
    }

    /**
     * Row 1: the flags {@code WNetCancelConnection(name, force)} acts with.
     *
     * @return the flags the legacy function acts with
     */
    public Set<CancelFlag> legacyCancelFlags() {
        return legacyCancelFlags;
    }

    /**
     * Row 3: which connections a remote name cancels through {@code WNetCancelConnection2}.
     *
     * @return which connections a remote name cancels through {@code WNetCancelConnection2}
     */
    public RemoteNameScope remoteNameScope() {
        return remoteNameScope;
    }

    /**
     * Row 9: whether {@code fForce} overrides {@code ERROR_DEVICE_IN_USE}.
     *
     * @return whether {@code fForce} overrides {@code ERROR_DEVICE_IN_USE}
     */
    public boolean forceOverridesDeviceInUse() {
        return forceOverridesDeviceInUse;
    }

    /**
     * A builder starting from this profile, under a new name.
     *
     * @param newName the new profile's name
     * @return a builder starting from this profile, under a new name
     */
    public Builder toBuilder(String newName) {
        return new Builder(newName)
                .legacyCancelFlags(legacyCancelFlags)
                .remoteNameScope(remoteNameScope)
                .forceOverridesDeviceInUse(forceOverridesDeviceInUse);
    }

    /**
     * A builder starting from the documented profile.
     *
     * @param name the new profile's name
     * @return a builder starting from the documented profile
     */
    public static Builder builder(String name) {
        return DOCUMENTED.toBuilder(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BehaviourProfile p && name.equals(p.name)
                && legacyCancelFlags.equals(p.legacyCancelFlags) && remoteNameScope == p.remoteNameScope
                && forceOverridesDeviceInUse == p.forceOverridesDeviceInUse;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, legacyCancelFlags, remoteNameScope, forceOverridesDeviceInUse);
    }

    @Override
    public String toString() {
        return name + "[legacyCancelFlags=" + legacyCancelFlags + ", remoteNameScope=" + remoteNameScope
                + ", forceOverridesDeviceInUse=" + forceOverridesDeviceInUse + "]";
    }

    /** Builds a {@link BehaviourProfile}. */
    public static final class Builder {
        private final String name;
        private Set<CancelFlag> legacyCancelFlags = Set.of();
        private RemoteNameScope remoteNameScope = RemoteNameScope.DEVICELESS_ONLY;
        private boolean forceOverridesDeviceInUse;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("a profile name is lower-case letters, digits and '-' (it names report files): \"" + name + "\"");
            }
            this.name = name;
        }

        /**
         * Row 1: the flags the legacy function acts with.
         *
         * @param flags the flags the legacy function acts with
         * @return this builder
         */
        public Builder legacyCancelFlags(Set<CancelFlag> flags) {
            CancelFlag.toBits(flags); // rejects null and null elements
            this.legacyCancelFlags = Set.copyOf(flags);
            return this;
        }

        /**
         * Row 3: which connections a remote name cancels.
         *
         * @param scope which connections a remote name cancels
         * @return this builder
         */
        public Builder remoteNameScope(RemoteNameScope scope) {
            this.remoteNameScope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /**
         * Row 9: whether {@code fForce} overrides {@code ERROR_DEVICE_IN_USE}.
         *
         * @param overrides whether {@code fForce} overrides {@code ERROR_DEVICE_IN_USE}
         * @return this builder
         */
        public Builder forceOverridesDeviceInUse(boolean overrides) {
            this.forceOverridesDeviceInUse = overrides;
            return this;
        }

        /**
         * The profile.
         *
         * @return the profile
         */
        public BehaviourProfile build() {
            return new BehaviourProfile(this);
        }
    }
}
