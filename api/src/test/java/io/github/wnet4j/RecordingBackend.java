package io.github.wnet4j;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.wnet4j.spi.WNetBackend;

/**
 * A backend that records every call (with the thread it came on), and answers every function
 * with a code the test chooses. Used to see exactly what the door passes on, and when.
 */
class RecordingBackend implements WNetBackend {

    /** One call to the backend, in the order it happened. */
    record Event(String method, String name, int flags, boolean force, Thread thread) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private volatile int code;
    private volatile ExtendedError extendedError = new ExtendedError(0, "", "");

    /** A backend that answers every function with {@code code}. */
    static RecordingBackend answering(int code) {
        RecordingBackend b = new RecordingBackend();
        b.code = code;
        return b;
    }

    /** A backend that answers every function with {@code code}. */
    static RecordingBackend answering(ErrorCode code) {
        return answering(code.value());
    }

    /** What {@link #lastExtendedError()} returns from now on. */
    RecordingBackend withExtendedError(ExtendedError error) {
        this.extendedError = error;
        return this;
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        events.add(new Event("cancelConnection2", name, flags, force, Thread.currentThread()));
        return code;
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        events.add(new Event("cancelConnection", name, -1, force, Thread.currentThread()));
        return code;
    }

    @Override
    public io.github.wnet4j.spi.ConnectionAnswer getConnection(String localName) {
        events.add(new Event("getConnection", localName, -1, false, Thread.currentThread()));
        return new io.github.wnet4j.spi.ConnectionAnswer(code, null);
    }

    @Override
    public io.github.wnet4j.spi.EnumerationAnswer enumerate(int scope, int type, int usage) {
        events.add(new Event("enumerate", null, scope, false, Thread.currentThread()));
        return new io.github.wnet4j.spi.EnumerationAnswer(code, code == 0 ? null : "WNetOpenEnum", List.of());
    }

    @Override
    public io.github.wnet4j.spi.UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        events.add(new Event("getUniversalName", localPath, infoLevel, false, Thread.currentThread()));
        return new io.github.wnet4j.spi.UniversalNameAnswer(code, null, null, null);
    }

    @Override
    public int addConnection2(io.github.wnet4j.spi.NetResource resource, char[] password, String userName, int flags) {
        events.add(new Event("addConnection2", resource.localName(), flags, false, Thread.currentThread()));
        return code;
    }

    @Override
    public int addConnection3(io.github.wnet4j.spi.NetResource resource, char[] password, String userName, int flags) {
        events.add(new Event("addConnection3", resource.localName(), flags, false, Thread.currentThread()));
        return code;
    }

    @Override
    public io.github.wnet4j.spi.UseConnectionAnswer useConnection(io.github.wnet4j.spi.NetResource resource, char[] password,
                                                                   String userName, int flags) {
        events.add(new Event("useConnection", resource.localName(), flags, false, Thread.currentThread()));
        return new io.github.wnet4j.spi.UseConnectionAnswer(code, code == 0 ? resource.remoteName() : null, 0);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        events.add(new Event("addConnection", localName, -1, false, Thread.currentThread()));
        return code;
    }

    @Override
    public ExtendedError lastExtendedError() {
        events.add(new Event("lastExtendedError", null, -1, false, Thread.currentThread()));
        return extendedError;
    }

    /** Every call so far, oldest first. */
    List<Event> events() {
        return List.copyOf(events);
    }

    /** The names of the methods called so far, oldest first. */
    List<String> methods() {
        return events.stream().map(Event::method).toList();
    }

    /** The only call so far. */
    Event onlyEvent() {
        List<Event> all = events();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one backend call, got " + all);
        }
        return all.get(0);
    }
}
