package cn.villagestats.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class data sharing archive, made by the script operators run ({@code jobs/villagestats-cds.sh})
 * with the nightly {@code JAVA_OPTS}, so that the benchmark measures what they install.
 */
final class Cds {

    private Cds() {
    }

    /** The setup running {@code dir}'s extracted jar with the archive and the shipped options. */
    static JvmSetup archive(Path jar, Path dir, List<String> shipped) throws Exception {
        System.out.printf("class data sharing archive: jobs/villagestats-cds.sh %s %s%n", jar, dir);
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("jobs", "villagestats-cds.sh").toString(),
                jar.toString(), dir.toString()).inheritIO();
        builder.environment().put("JAVA_OPTS", String.join(" ", shipped));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("jobs/villagestats-cds.sh failed (exit " + exit + ")");
        }
        List<String> options = new ArrayList<>(shipped);
        options.add("-XX:SharedArchiveFile=" + dir.resolve("villagestats.jsa"));
        return new JvmSetup(JvmSetup.SHIPPED_CDS, options, dir.resolve("villagestats.jar"));
    }
}
