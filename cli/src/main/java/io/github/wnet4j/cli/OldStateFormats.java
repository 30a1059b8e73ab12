package io.github.wnet4j.cli;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;

import java.util.List;

/**
 * The state file's shapes before version {@value StateFile#VERSION}, still read: version 1 (one
 * user's one desktop session) and version 2 (one user's logon sessions). Both load as one user
 * named {@value StateFile#DEFAULT_USER}; wnet writes them again only as version {@value StateFile#VERSION}.
 */
final class OldStateFormats {
    /** The shape of version 1, written before sessions: one user's one desktop session. */
    record Version1(int version, String profile, List<DeviceEntry> devices, List<StateFile.DevicelessEntry> deviceless,
                    List<StateFile.RememberedEntry> remembered) {
    }

    /** A redirected device of version 1, which said itself whether it was persistent. */
    record DeviceEntry(String device, String remoteName, boolean persistent, int openFiles, boolean inUse) {
    }

    /**
     * The shape of version 2: one user, the profile's remembered entries (the user's, S1), and every
     * logon session with its own device map, the desktop session first. It is one user of version 3.
     */
    record Version2(int version, String profile, List<StateFile.RememberedEntry> remembered,
                    List<StateFile.SessionEntry> sessions) {
        StateFile.UserEntry user() {
            return new StateFile.UserEntry(StateFile.DEFAULT_USER, profile, remembered, sessions);
        }
    }

    private OldStateFormats() {
    }

    /**
     * The one desktop session of a version-1 file. Remembered entries first, then the connections: a
     * device remembered under another spelling of its remote name (row 13) is then seeded as it was;
     * one remembered to another remote name is refused (specification row 16).
     */
    static FakeLogon toLogon(Version1 state, BehaviourProfile override) {
        FakeLogon logon = FakeLogon.create(StateFile.profile(state.profile(), override));
        for (StateFile.RememberedEntry r : StateFile.orEmpty(state.remembered())) {
            logon.remember(StateFile.required(r.device(), "device"), StateFile.required(r.remoteName(), "remoteName"));
        }
        for (DeviceEntry d : StateFile.orEmpty(state.devices())) {
            String device = StateFile.required(d.device(), "device");
            String remote = StateFile.required(d.remoteName(), "remoteName");
            if (d.persistent() && logon.isRemembered(device)) {
                throw new IllegalArgumentException(device + " is persistent and also listed as remembered");
            }
            StateFile.refuseRememberedElsewhere(logon, device, remote);
            logon.connectDevice(device, remote, o -> {
                if (d.persistent()) {
                    o.persistent();
                }
                StateFile.options(o, d.openFiles(), d.inUse());
            });
        }
        StateFile.deviceless(logon, state.deviceless());
        return logon;
    }
}
