package cn.villagestats.consolidation;

import java.util.List;

import cn.villagestats.validation.IdNumbers;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Why a run or a step did not complete, in one line an operator can read; a 身份证号 the
 * exception quotes (a driver's error on a staged row) is masked, since the line is printed.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    public static String of(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return "";
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED || step.getStatus() == BatchStatus.STOPPED) {
                return step.getStepName() + ": " + of(step);
            }
        }
        String reason = firstLine(execution.getAllFailureExceptions());
        return IdNumbers.maskWithin(reason.isEmpty() ? firstLine(execution.getExitStatus().getExitDescription()) : reason);
    }

    public static String of(StepExecution step) {
        String reason = firstLine(step.getFailureExceptions());
        return IdNumbers.maskWithin(reason.isEmpty() ? rootCause(step.getExitStatus().getExitDescription()) : reason);
    }

    private static String firstLine(List<Throwable> failures) {
        if (failures.isEmpty()) {
            return "";
        }
        Throwable root = failures.get(0);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + firstLine(String.valueOf(root.getMessage()));
    }

    /** A step read back from the repository keeps only its stack trace as text: its last cause says most. */
    private static String rootCause(String stackTrace) {
        String cause = firstLine(stackTrace);
        for (String line : stackTrace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause.replaceFirst("^(\\w+\\.)+(\\w+(Exception|Error))", "$2");
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
