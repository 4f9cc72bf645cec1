package cn.villagestats;

import cn.villagestats.operations.VillageStatsCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** villagestats: the villages' monthly returns, consolidated into township totals. */
@SpringBootApplication
public class VillageStatsApplication {

    public static void main(String[] args) {
        System.exit(new VillageStatsCli(System.out, VillageStatsCli.standardError()).execute(args));
    }
}
