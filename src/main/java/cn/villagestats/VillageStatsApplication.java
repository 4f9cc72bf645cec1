package cn.villagestats;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VillageStatsApplication {
    public static void main(String[] args) {
        SpringApplication.run(VillageStatsApplication.class, args);
    }
}
