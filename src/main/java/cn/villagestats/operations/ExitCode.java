package cn.villagestats.operations;

/** What the process tells cron and the operator; documented in the README. */
public enum ExitCode {
    /** Every registry village has an accepted return and no file was rejected. */
    OK(0),
    /** The job failed; the operator reruns it. */
    JOB_FAILED(1),
    /** The job completed, but some files were rejected or some villages have not reported. */
    INCOMPLETE(2),
    /** The request was refused: another run of the period is in progress, nothing to rerun, no such run. */
    REFUSED(3),
    /** The command line was wrong. */
    USAGE(64);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
