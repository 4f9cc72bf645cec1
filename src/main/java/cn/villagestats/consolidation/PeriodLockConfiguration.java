package cn.villagestats.consolidation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The period run lock, asking the job repository whether a holder is still running. */
@Configuration
class PeriodLockConfiguration {

    @Bean
    PeriodLock periodLock(JdbcTemplate jdbc, JobRepository jobRepository) {
        return new PeriodLock(jdbc, id -> {
            JobExecution holder = jobRepository.getJobExecution(id);
            return holder != null && holder.isRunning();
        }, thisProcess(), Clock.systemUTC());
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
