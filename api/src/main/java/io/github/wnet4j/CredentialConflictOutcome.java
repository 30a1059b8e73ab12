package io.github.wnet4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a connect that cures a credential conflict did, step by step: the first attempt; on
 * ERROR_SESSION_CREDENTIAL_CONFLICT (1219), a cancel of each connection that held the server; and one
 * retry when every one of them was cancelled (specification rows C9 "One set of credentials per
 * server" and C10 "The conflict ends").
 *
 * <pre>{@code
 * CredentialConflictOutcome cure = wnet.connectCancellingConflicts(request, false);
 * cure.steps().forEach(step -> System.out.println(step.describe()));
 * cure.result().orThrow();
 * }</pre>
 *
 * @param first the first attempt
 * @param cancels the cancels of the connections that held the server, in the order they were listed;
 *     empty unless the first attempt answered 1219
 * @param retry the second attempt, made only when every cancel succeeded (or found nothing to cancel)
 */
public record CredentialConflictOutcome(ConnectOutcome first, List<CancelOutcome> cancels, Optional<ConnectOutcome> retry) {
    /**
     * Checks the parts.
     *
     * @param first the first attempt
     * @param cancels the cancels of the holders
     * @param retry the second attempt, if one was made
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if there are cancels or a retry without a conflict first
     */
    public CredentialConflictOutcome {
        Objects.requireNonNull(first, "first");
        cancels = List.copyOf(cancels);
        Objects.requireNonNull(retry, "retry");
        if ((!cancels.isEmpty() || retry.isPresent()) && first.code() != ConnectOutcome.CREDENTIAL_CONFLICT) {
            throw new IllegalArgumentException("connections are cancelled and the connect retried only after "
                    + "ERROR_SESSION_CREDENTIAL_CONFLICT (1219), not after code " + first.code());
        }
    }

    /** {@return the attempt that counts: the retry if there was one, else the first} */
    public ConnectOutcome result() {
        return retry.orElse(first);
    }

    /** {@return whether the connection was made, at the first attempt or the retry} */
    public boolean isSuccess() {
        return result().isSuccess();
    }

    /** {@return every call made, in order: the first attempt, the cancels, the retry} */
    public List<WNetOutcome> steps() {
        ArrayList<WNetOutcome> steps = new ArrayList<>();
        steps.add(first);
        steps.addAll(cancels);
        retry.ifPresent(steps::add);
        return List.copyOf(steps);
    }

    /** {@return each step's sentence, one per line, and why there was no retry if there was none after a conflict} */
    public String describe() {
        StringBuilder s = new StringBuilder();
        steps().forEach(step -> s.append(step.describe()).append(System.lineSeparator()));
        if (first.code() == ConnectOutcome.CREDENTIAL_CONFLICT && retry.isEmpty()) {
            s.append("Not retried: a connection that holds the server could not be cancelled (see above); close its files, "
                    + "or ask again with force=true to close them.").append(System.lineSeparator());
        }
        return s.toString().stripTrailing();
    }

    /** {@return {@link #describe()}} */
    @Override
    public String toString() {
        return describe();
    }

    /** The first attempt, then on 1219 the cancels of the holders and one retry if all of them went. */
    static CredentialConflictOutcome connect(ConnectionMaker maker, ConnectionCanceller canceller, ConnectRequest request,
                                             boolean force) {
        ConnectOutcome first = maker.connect(request);
        if (first.code() != ConnectOutcome.CREDENTIAL_CONFLICT) {
            return new CredentialConflictOutcome(first, List.of(), Optional.empty());
        }
        ArrayList<CancelOutcome> cancels = new ArrayList<>();
        boolean allGone = true;
        for (NetworkConnection holder : first.serverHeldBy()) {
            // Live connections only: a remembered entry is the user's and comes back at the next logon.
            CancelOutcome cancel = canceller.cancelConnection2(holder.device().orElse(holder.remoteName()), Set.of(), force);
            cancels.add(cancel);
            allGone &= cancel.isSuccessOrNotConnected();
        }
        Optional<ConnectOutcome> retry = allGone ? Optional.of(maker.connect(request)) : Optional.empty();
        return new CredentialConflictOutcome(first, cancels, retry);
    }
}
