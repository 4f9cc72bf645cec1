package cn.villagestats.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a measured JVM starts: its name in the table, its options and the jar it runs. Every
 * JVM gets the same heap; the baselines run with the JVM's defaults, their best here.
 */
record JvmSetup(String name, List<String> options, Path jar) {

    static final String SHIPPED = "JAVA_OPTS";
    static final String DEFAULTS = "defaults";
    static final String SHIPPED_CDS = "JAVA_OPTS + CDS";

    JvmSetup {
        options = List.copyOf(options);
    }

    /** The command's start: java, the heap, the options. */
    List<String> java(String heap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(options);
        return command;
    }
}
