package io.github.wnet4j;

import java.util.function.Supplier;

/** Sets {@code wnet4j.backend} for one action and always restores what was there before. */
final class BackendProperty {
    private BackendProperty() {
    }

    /** Runs {@code action} with the property set to {@code value} (cleared if null), then restores it. */
    static <T> T with(String value, Supplier<T> action) {
        String before = System.getProperty(WNet.BACKEND_PROPERTY);
        try {
            set(value);
            return action.get();
        } finally {
            set(before);
        }
    }

    private static void set(String value) {
        if (value == null) {
            System.clearProperty(WNet.BACKEND_PROPERTY);
        } else {
            System.setProperty(WNet.BACKEND_PROPERTY, value);
        }
    }
}
