package io.github.wnet4j.cli;

/** Why a state file cannot be used; its message is one line for the user, naming the file and the reason. */
final class StateFileException extends Exception {
    private static final long serialVersionUID = 1L;

    StateFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
