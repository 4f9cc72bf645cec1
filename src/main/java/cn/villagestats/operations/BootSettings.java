package cn.villagestats.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The application's settings for a command that answers without starting it, in Spring Boot's
 * order: the command line's {@code --name=value}, system properties, the environment, then
 * {@code application.properties} and {@code application-<profile>.properties} of the active
 * profiles from {@code ./config/}, {@code ./}, the jar's {@code config/} and the jar. Where
 * the configuration uses more of Boot than that (YAML files, {@code spring.config.*},
 * profile groups, multi-document files), Boot's own loader reads it, at its own cost.
 */
final class BootSettings {

    private static final List<String> LOCATIONS = List.of("file:./config/", "file:./", "classpath:config/", "classpath:");

    private BootSettings() {
    }

    static StandardEnvironment of(List<String> springArguments) {
        StandardEnvironment settings = new StandardEnvironment();
        settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                springArguments.toArray(String[]::new)));
        try {
            if (!readPlainly(settings)) {
                ConfigDataEnvironmentPostProcessor.applyTo(settings);
            }
        } catch (IOException e) {
            ConfigDataEnvironmentPostProcessor.applyTo(settings);
        }
        return settings;
    }

    /** Adds the properties files; false where Boot's loader is needed instead (nothing is added then). */
    private static boolean readPlainly(StandardEnvironment settings) throws IOException {
        if (usesMoreOfBoot(settings) || hasYaml(Path.of("config")) || hasYaml(Path.of("."))) {
            return false;
        }
        List<PropertiesPropertySource> plain = read("application");
        if (plain == null || plain.stream().anyMatch(BootSettings::usesMoreOfBoot)) {
            return false;
        }
        StandardEnvironment withPlain = new StandardEnvironment();
        settings.getPropertySources().forEach(withPlain.getPropertySources()::addLast);
        plain.forEach(withPlain.getPropertySources()::addLast);
        List<String> profiles = Arrays.stream(withPlain.getProperty("spring.profiles.active", "").split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).toList();
        List<PropertiesPropertySource> sources = new ArrayList<>();
        // the last profile named wins, as in Boot; a profile's files win over the plain ones
        for (int i = profiles.size() - 1; i >= 0; i--) {
            List<PropertiesPropertySource> ofProfile = read("application-" + profiles.get(i));
            if (ofProfile == null || ofProfile.stream().anyMatch(BootSettings::usesMoreOfBoot)) {
                return false;
            }
            sources.addAll(ofProfile);
        }
        sources.addAll(plain);
        sources.forEach(settings.getPropertySources()::addLast);
        return true;
    }

    /** The file {@code name.properties} at each location, highest precedence first; null where one is multi-document. */
    private static List<PropertiesPropertySource> read(String name) throws IOException {
        List<PropertiesPropertySource> sources = new ArrayList<>();
        for (String location : LOCATIONS) {
            String file = name + ".properties";
            try (InputStream in = open(location, file)) {
                if (in != null) {
                    String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (text.lines().anyMatch(line -> line.equals("#---") || line.equals("!---"))) {
                        return null;
                    }
                    Properties properties = new Properties();
                    // as Boot reads them: UTF-8 (Properties#load(InputStream) would take ISO-8859-1)
                    properties.load(new StringReader(new String(text.getBytes(StandardCharsets.ISO_8859_1),
                            StandardCharsets.UTF_8)));
                    sources.add(new PropertiesPropertySource(location + file, properties));
                }
            }
        }
        return sources;
    }

    private static InputStream open(String location, String file) throws IOException {
        if (location.startsWith("classpath:")) {
            return BootSettings.class.getClassLoader().getResourceAsStream(location.substring("classpath:".length()) + file);
        }
        Path path = Path.of(location.substring("file:".length()), file);
        return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
    }

    private static boolean usesMoreOfBoot(StandardEnvironment settings) {
        return Stream.of("spring.config.location", "spring.config.import", "spring.config.additional-location",
                "spring.config.name", "spring.profiles.include").anyMatch(settings::containsProperty);
    }

    private static boolean usesMoreOfBoot(PropertiesPropertySource source) {
        return Arrays.stream(source.getPropertyNames()).anyMatch(name -> name.startsWith("spring.config.")
                || name.startsWith("spring.profiles.include") || name.startsWith("spring.profiles.group"));
    }

    private static boolean hasYaml(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith("application") && (n.endsWith(".yml") || n.endsWith(".yaml")));
        }
    }
}
