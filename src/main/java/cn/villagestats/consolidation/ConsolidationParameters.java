package cn.villagestats.consolidation;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of {@code consolidateReturnsJob}, written and read here alone: no step, bean
 * or listener names a parameter itself. The period, the inbox and a run key identify an
 * instance: a new night's run is a new instance, a rerun restarts the failed one. The output
 * folder does not identify the run.
 */
public final class ConsolidationParameters {

    public static final String PERIOD = "period";
    public static final String INBOX = "inbox";
    public static final String RUN_KEY = "run.key";
    public static final String OUT = "out";

    private ConsolidationParameters() {
    }

    public static JobParameters of(YearMonth period, Path inbox, String runKey, Path out) {
        return new JobParametersBuilder()
                .addString(PERIOD, period.toString())
                .addString(INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(RUN_KEY, runKey)
                .addString(OUT, out.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }

    static JobParametersValidator validator() {
        return parameters -> {
            for (String name : new String[] {PERIOD, INBOX, RUN_KEY, OUT}) {
                if (parameters.getString(name) == null) {
                    throw new InvalidJobParametersException("missing job parameter '" + name + "'");
                }
            }
            try {
                YearMonth.parse(parameters.getString(PERIOD));
            } catch (DateTimeParseException e) {
                throw new InvalidJobParametersException("period must look like 2020-12: " + parameters.getString(PERIOD));
            }
        };
    }

    /** The period consolidated, as {@code 2020-12}. */
    public static String period(JobParameters parameters) {
        return parameters.getString(PERIOD);
    }

    /** The folder the period's returns were read from; null in parameters the validator has not passed. */
    public static Path inbox(JobParameters parameters) {
        return folder(parameters, INBOX);
    }

    /** The folder the reports are written to; null in parameters the validator has not passed. */
    public static Path out(JobParameters parameters) {
        return folder(parameters, OUT);
    }

    private static Path folder(JobParameters parameters, String name) {
        String folder = parameters.getString(name);
        return folder == null ? null : Path.of(folder);
    }
}
