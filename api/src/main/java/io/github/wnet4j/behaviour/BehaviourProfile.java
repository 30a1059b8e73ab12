package io.github.wnet4j.behaviour;

import io.github.wnet4j.CancelFlag;

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
 * <p>Build variants with {@link #toBuilder(String)}. The profile lives in a package of its own
 * because a program that cancels connections on Windows never needs it: only the fake, the
 * conformance suite and a test that chooses how its simulated Windows answers do.
 *
 * @param name the profile's name, lower-case letters, digits and {@code -}; used in reports
 *     ({@code target/conformance/<backend>-<profile>.json})
 * @param legacyCancelFlags row 1: the flags {@code WNetCancelConnection(name, force)} acts with
 * @param remoteNameScope row 3: which connections a remote name cancels through {@code WNetCancelConnection2}
 * @param forceOverridesDeviceInUse row 9: whether {@code fForce} overrides {@code ERROR_DEVICE_IN_USE}
 * @param logonFailureForBadPassword row C12: whether a known user's wrong password answers
 *     {@code ERROR_LOGON_FAILURE} (1326) as an unknown user does, rather than {@code ERROR_INVALID_PASSWORD} (86)
 * @param legacyAddTemporary row C18: whether the legacy {@code WNetAddConnection} leaves a device connection
 *     unremembered (Wine's reading) rather than remembered (Microsoft's pages)
 */
public record BehaviourProfile(String name, Set<CancelFlag> legacyCancelFlags, RemoteNameScope remoteNameScope,
                               boolean forceOverridesDeviceInUse, boolean logonFailureForBadPassword,
                               boolean legacyAddTemporary) {

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

    private static final BehaviourProfile DOCUMENTED =
            new BehaviourProfile("documented", Set.of(), RemoteNameScope.DEVICELESS_ONLY, false, false, false);

    private static final BehaviourProfile LEGACY_DOCUMENTATION = DOCUMENTED.toBuilder("legacy-documentation")
            .legacyCancelFlags(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE))
            .remoteNameScope(RemoteNameScope.ALL_CONNECTIONS)
            .build();

    private static final BehaviourProfile FORCE_OVERRIDES_IN_USE = DOCUMENTED.toBuilder("force-overrides-in-use")
            .forceOverridesDeviceInUse(true)
            .build();

    /**
     * Checks the profile and copies the flags.
     *
     * @param name the profile's name
     * @param legacyCancelFlags the flags the legacy function acts with; copied
     * @param remoteNameScope which connections a remote name cancels
     * @param forceOverridesDeviceInUse whether {@code fForce} overrides {@code ERROR_DEVICE_IN_USE}
     * @param logonFailureForBadPassword whether a known user's wrong password answers 1326
     * @param legacyAddTemporary whether the legacy WNetAddConnection leaves a device connection unremembered
     * @throws NullPointerException if an argument is null or the flags hold null
     * @throws IllegalArgumentException if the name is not lower-case letters, digits and {@code -}
     */
    public BehaviourProfile {
        checkName(name);
        CancelFlag.toBits(legacyCancelFlags); // rejects null and null elements
        legacyCancelFlags = Set.copyOf(legacyCancelFlags);
        Objects.requireNonNull(remoteNameScope, "remoteNameScope");
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

    /** {@return the documented profile, except that {@code fForce} also overrides {@code ERROR_DEVICE_IN_USE}} */
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
     * A builder starting from this profile, under a new name.
     *
     * @param newName the new profile's name
     * @return a builder starting from this profile, under a new name
     */
    public Builder toBuilder(String newName) {
        return new Builder(newName, this);
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

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a profile name is lower-case letters, digits and '-' (it names report files): \"" + name + "\"");
        }
        return name;
    }

    /** {@return the name, then each decision: {@code documented[legacyCancelFlags=[], ...]}} */
    @Override
    public String toString() {
        return name + "[legacyCancelFlags=" + legacyCancelFlags + ", remoteNameScope=" + remoteNameScope
                + ", forceOverridesDeviceInUse=" + forceOverridesDeviceInUse
                + ", logonFailureForBadPassword=" + logonFailureForBadPassword + ", legacyAddTemporary=" + legacyAddTemporary + "]";
    }

    /** Builds a {@link BehaviourProfile}. */
    public static final class Builder {
        private final String name;
        private Set<CancelFlag> legacyCancelFlags;
        private RemoteNameScope remoteNameScope;
        private boolean forceOverridesDeviceInUse;
        private boolean logonFailureForBadPassword;
        private boolean legacyAddTemporary;

        private Builder(String name, BehaviourProfile from) {
            this.name = checkName(name); // now, not at build(), so the mistake shows where it was made
            this.legacyCancelFlags = from.legacyCancelFlags;
            this.remoteNameScope = from.remoteNameScope;
            this.forceOverridesDeviceInUse = from.forceOverridesDeviceInUse;
            this.logonFailureForBadPassword = from.logonFailureForBadPassword;
            this.legacyAddTemporary = from.legacyAddTemporary;
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
         * Row C12: whether a known user's wrong password answers {@code ERROR_LOGON_FAILURE} (1326).
         *
         * @param logonFailure whether a known user's wrong password answers 1326 rather than 86
         * @return this builder
         */
        public Builder logonFailureForBadPassword(boolean logonFailure) {
            this.logonFailureForBadPassword = logonFailure;
            return this;
        }

        /**
         * Row C18: whether the legacy {@code WNetAddConnection} leaves a device connection unremembered.
         *
         * @param temporary whether the legacy function's connection is not remembered
         * @return this builder
         */
        public Builder legacyAddTemporary(boolean temporary) {
            this.legacyAddTemporary = temporary;
            return this;
        }

        /** {@return the profile} */
        public BehaviourProfile build() {
            return new BehaviourProfile(name, legacyCancelFlags, remoteNameScope, forceOverridesDeviceInUse,
                    logonFailureForBadPassword, legacyAddTemporary);
        }
    }
}
