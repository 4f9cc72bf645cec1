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
    /** The command line or a setting was wrong, or the locale cannot hold Chinese file names: nothing was run. */
    USAGE(64),
    /** The database cannot be reached or does not exist: nothing was run. */
    DATABASE_UNAVAILABLE(69),
    /** The data folder (the H2 database) cannot be written: nothing was run. */
    CANNOT_WRITE(73);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
