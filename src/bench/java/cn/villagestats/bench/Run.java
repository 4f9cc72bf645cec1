package cn.villagestats.bench;

/**
 * One measured process: its wall time from start to exit (what a person waits for), where that
 * time went, and the most memory it held (peak resident set, heap and all).
 */
record Run(boolean outOfMemory, double seconds, Breakdown breakdown, long peakRssMb) {

    static Run outOfMemory(long peakRssMb) {
        return new Run(true, 0, Breakdown.NONE, peakRssMb);
    }

    /**
     * Where the wall time went, in seconds (-1 where it does not apply): before the job (or the
     * reading) began, the load step (or the reading), the steps reading the staged rows back
     * (reconcile and aggregate), the job's other steps, and after the job until the process ended.
     */
    record Breakdown(double startUp, double load, double readBack, double restOfJob, double exit) {

        static final Breakdown NONE = new Breakdown(-1, -1, -1, -1, -1);

        /** A baseline's: the reading between start-up and exit. */
        static Breakdown reading(double startUp, double reading, double exit) {
            return new Breakdown(startUp, reading, -1, -1, exit);
        }
    }
}
