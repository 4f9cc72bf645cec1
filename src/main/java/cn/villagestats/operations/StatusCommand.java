package cn.villagestats.operations;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import cn.villagestats.consolidation.DeadRuns;
import cn.villagestats.consolidation.ReturnLedger;
import cn.villagestats.consolidation.RunHeartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * {@code status} without starting the application: the settings read as Spring Boot reads
 * them, the database opened for reading only ({@link ReadOnlyDatabase}), and the job
 * repository, the return ledger and the dead-run check built on it alone. It never migrates,
 * loads seeds or writes, so it answers on a read-only data folder and with a read-only
 * database role, and in a fraction of the application's start-up time.
 */
final class StatusCommand {

    /** Stack traces, for the log file only (logback-spring.xml). */
    private static final Logger FAILURES = LoggerFactory.getLogger("cn.villagestats.failures");

    private final PrintStream out;
    private final PrintStream err;

    StatusCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Prints the recent runs (or one run's steps) and returns the exit code. */
    int execute(Long executionId, int limit, List<String> springArguments) {
        // Boot's logging system for logback, named rather than looked up in every jar's spring.factories
        LoggingSystem logging = new LogbackLoggingSystem(StatusCommand.class.getClassLoader());
        // quiet, as the application is until its logging is set up: only a failure needs the log file
        logging.beforeInitialize();
        StandardEnvironment settings = BootSettings.of(springArguments);
        try (ReadOnlyDatabase database = ReadOnlyDatabase.open(settings);
             RunHeartbeat heartbeat = new RunHeartbeat(database.jdbc(), duration(settings,
                     "villagestats.run.heartbeat-every", "15s"))) {
            JobRepository jobRepository = jobRepository(database, settings);
            JdbcTemplate jdbc = database.jdbc();
            DeadRuns deadRuns = new DeadRuns(jobRepository, heartbeat, duration(settings, "villagestats.run.dead-after", "2m"));
            StatusPrinter printer = new StatusPrinter(out, id -> ReturnLedger.fileName(jdbc, id), deadRuns::isDead);
            ExecutionHistory history = new ExecutionHistory(jobRepository);
            if (executionId == null) {
                printer.executions(history.recent(limit));
            } else {
                printer.steps(history.find(executionId).orElseThrow(() -> new OperatorException(
                        "没有编号为 #" + executionId + " 的作业 / there is no run #" + executionId)));
            }
            return ExitCode.OK.code();
        } catch (ReadOnlyDatabase.Absent e) {
            err.println("villagestats status: " + e.line());
            return ExitCode.DATABASE_UNAVAILABLE.code();
        } catch (OperatorException e) {
            err.println("villagestats status: " + e.getMessage());
            return ExitCode.REFUSED.code();
        } catch (Exception e) {
            logging.initialize(new LoggingInitializationContext(settings), null, LogFile.get(settings));
            FAILURES.error("villagestats status failed", e);
            // the driver's own exception says more than the data source's wrapping of it
            Throwable cause = e instanceof CannotGetJdbcConnectionException && e.getCause() != null ? e.getCause() : e;
            StartFailure failure = StartFailure.of(cause, settings);
            failure.lines("status").forEach(err::println);
            return failure.exitCode().code();
        }
    }

    /** The job repository on the read-only database, built by hand: a context for three objects costs more than they do. */
    private static JobRepository jobRepository(ReadOnlyDatabase database, StandardEnvironment settings) throws Exception {
        JdbcJobRepositoryFactoryBean repository = new JdbcJobRepositoryFactoryBean();
        repository.setDataSource(database.dataSource());
        repository.setTransactionManager(new JdbcTransactionManager(database.dataSource()));
        String prefix = settings.getProperty("spring.batch.jdbc.table-prefix");
        if (prefix != null) {
            repository.setTablePrefix(prefix);
        }
        repository.afterPropertiesSet();
        return repository.getObject();
    }

    private static Duration duration(StandardEnvironment settings, String name, String otherwise) {
        return DurationStyle.detectAndParse(settings.getProperty(name, otherwise));
    }
}
