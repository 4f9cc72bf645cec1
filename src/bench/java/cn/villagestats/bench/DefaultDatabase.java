package cn.villagestats.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The settings of the default H2 database ({@code spring.datasource.url} in
 * {@code application.properties}, after its path), so that the benchmark's fresh H2 file is
 * opened as production opens its own.
 */
final class DefaultDatabase {

    private DefaultDatabase() {
    }

    /** Everything after the file's path, from the first {@code ;} on; empty when there is none. */
    static String settings() {
        String url = defaultUrl();
        int settings = url.indexOf(';');
        return settings < 0 ? "" : url.substring(settings);
    }

    private static String defaultUrl() {
        Properties properties = new Properties();
        try (InputStream in = DefaultDatabase.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
