package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A scripted model for the double's connect side: every connect answers one code; a
 * {@code WNetUseConnectionW} that succeeds connects the device named, or with
 * {@link UseConnectionAnswer#CONNECT_REDIRECT} and no device picks {@code "Z:"} ({@code "LPT1:"} for a
 * printer), with {@link UseConnectionAnswer#CONNECT_LOCALDRIVE}, or else the remote name. It keeps a
 * reference to every password array the double handed it, so that a test can see each was cleared
 * once the call returned. What a boundary test of the connect side serves, so that only the crossing
 * is checked (the decisions are the fake's).
 */
public class ConnectModel extends ReadModel {
    private final int code;
    private final List<char[]> handed = new ArrayList<>();

    /**
     * A model answering {@code code}.
     *
     * @param code what every connect answers
     */
    public ConnectModel(int code) {
        this.code = code;
    }

    /**
     * A model answering {@code code}, with this WNetGetLastErrorW.
     *
     * @param code what every connect answers
     * @param lastError what WNetGetLastErrorW reports, asked on the calling thread
     */
    public ConnectModel(int code, Supplier<ExtendedError> lastError) {
        super(lastError);
        this.code = code;
    }

    private synchronized void keep(char[] password) {
        if (password != null) {
            handed.add(password);
        }
    }

    /** {@return the password arrays the double handed this model, in call order (not copies)} */
    public synchronized List<char[]> passwordsHanded() {
        return List.copyOf(handed);
    }

    /**
     * What a connect to this remote name answers: the model's code, unless a subclass decides per name.
     *
     * @param remoteName the remote name received
     * @return the code
     */
    protected int code(String remoteName) {
        return code;
    }

    @Override
    public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        keep(password);
        return code(resource.remoteName());
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        keep(password);
        return code(resource.remoteName());
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        keep(password);
        return code(remoteName);
    }

    @Override
    public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        keep(password);
        int code = code(resource.remoteName());
        if (code != 0) {
            return new UseConnectionAnswer(code, null, 0);
        }
        if (resource.localName() != null) {
            return new UseConnectionAnswer(0, resource.localName(), UseConnectionAnswer.CONNECT_LOCALDRIVE);
        }
        if ((flags & UseConnectionAnswer.CONNECT_REDIRECT) != 0) {
            String picked = resource.type() == NetResource.RESOURCETYPE_PRINT ? "LPT1:" : "Z:";
            return new UseConnectionAnswer(0, picked, UseConnectionAnswer.CONNECT_LOCALDRIVE);
        }
        return new UseConnectionAnswer(0, resource.remoteName(), 0);
    }
}
