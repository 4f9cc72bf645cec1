package cn.villagestats.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.programme.Programmes;
import cn.villagestats.registry.SeedFiles;
import cn.villagestats.registry.Village;
import cn.villagestats.template.ReturnTemplate;

/** {@code template}: writes the return template for one registry village or all of them. */
final class TemplateCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Path seeds;

    TemplateCommand(PrintStream out, PrintStream err, Path seeds) {
        this.out = out;
        this.err = err;
        this.seeds = seeds;
    }

    int execute(YearMonth period, String villageCode, Path folder) throws UsageException {
        List<Village> villages = new SeedFiles(seeds).villages();
        if (villageCode != null) {
            villages = villages.stream().filter(v -> v.code().equals(villageCode.strip())).toList();
            if (villages.isEmpty()) {
                throw new UsageException("村名册（" + seeds.resolve("villages.csv") + "）中没有村代码 " + villageCode,
                        "no village " + villageCode + " in the registry (" + seeds.resolve("villages.csv") + ")");
            }
        }
        List<Path> written = new ArrayList<>();
        Programmes programmes = Programmes.standard();
        try {
            for (Village village : villages) {
                written.add(ReturnTemplate.write(village, period, folder, programmes));
            }
        } catch (IOException e) {
            err.println("villagestats template: " + e);
            return ExitCode.JOB_FAILED.code();
        }
        out.printf("Wrote %d return templates for %s to %s%n", written.size(), period, folder.toAbsolutePath());
        return ExitCode.OK.code();
    }
}
