package cn.villagestats.workbook;

import java.io.Closeable;
import java.io.IOException;

/** Closes what was only read from: a failure to close loses nothing, so it is not reported. */
public final class Quietly {

    private Quietly() {
    }

    public static void close(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // nothing was written, so nothing can be lost
            }
        }
    }
}
