package cn.villagestats.intake;

import java.io.Closeable;
import java.io.IOException;

/** Closes what was only read from: a failure to close loses nothing, so it is not reported. */
final class Quietly {

    private Quietly() {
    }

    static void close(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // nothing was written, so nothing can be lost
            }
        }
    }
}
