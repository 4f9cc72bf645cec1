package cn.villagestats.consolidation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The period run lock, and how a run whose process is gone is told from a live one. */
@Configuration
class PeriodLockConfiguration {

    /** A lock held by a run whose process is gone is free: that run is closed as failed when it is met. */
    @Bean
    PeriodLock periodLock(JdbcTemplate jdbc, DeadRuns deadRuns) {
        return new PeriodLock(jdbc, deadRuns::stillRunning, thisProcess(), Clock.systemUTC());
    }

    @Bean
    RunHeartbeat runHeartbeat(JdbcTemplate jdbc, @Value("${villagestats.run.heartbeat-every:15s}") Duration every) {
        return new RunHeartbeat(jdbc, every);
    }

    @Bean
    DeadRuns deadRuns(JobRepository jobRepository, RunHeartbeat runHeartbeat,
                      @Value("${villagestats.run.dead-after:2m}") Duration deadAfter) {
        return new DeadRuns(jobRepository, runHeartbeat, deadAfter);
    }

    @Bean
    PeriodLockListener periodLockListener(PeriodLock periodLock) {
        return new PeriodLockListener(periodLock);
    }

    private static String thisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "unknown host");
        }
        return host + " pid " + ProcessHandle.current().pid();
    }
}
