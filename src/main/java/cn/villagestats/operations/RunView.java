package cn.villagestats.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A run as the console and the API show it: its status, times, the returns of the period it
 * has loaded of all it found, why it failed, and its steps.
 */
public record RunView(long id, String period, String status, LocalDateTime started, LocalDateTime ended,
                      int returnsLoaded, int returnsFound, String failure, boolean running, List<Step> steps) {

    public RunView {
        steps = List.copyOf(steps);
    }

    /** Whole seconds from start to end (to now while running); null before it started. */
    public Long seconds() {
        if (started == null) {
            return null;
        }
        return Duration.between(started, ended != null ? ended : LocalDateTime.now()).toSeconds();
    }

    /** One step of a run: what it read, wrote and skipped, and why it failed. */
    public record Step(String name, String status, long read, long written, long skipped, String failure) {
    }
}
