package cn.villagestats.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.registry.Village;

/**
 * Reads the registry file ({@code village_code,village_name,households,poor_households},
 * with a header line) so the generator can run without the application context.
 */
public final class VillagesCsv {

    private VillagesCsv() {
    }

    public static List<Village> read(Path csv) throws IOException {
        List<Village> villages = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length != 4) {
                throw new IOException(csv + " line " + (i + 1) + ": expected 4 fields");
            }
            villages.add(new Village(f[0].strip(), f[1].strip(), Integer.parseInt(f[2].strip()),
                    Integer.parseInt(f[3].strip())));
        }
        return villages;
    }
}
