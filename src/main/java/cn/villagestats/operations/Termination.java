package cn.villagestats.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM (systemd, kill) and SIGINT (Ctrl-C) asking a command to stop, while it runs: in
 * place of the JVM's own ending, which would close the database under a running
 * consolidation and leave it STARTED, the command stops the run as {@code stop} does and
 * exits as usual. A second signal ends the process at once. Closing puts the JVM's handlers back.
 */
final class Termination implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final CountDownLatch requested = new CountDownLatch(1);
    private final List<Installed> installed = new ArrayList<>();
    private volatile String signal;

    private record Installed(Signal signal, SignalHandler previous) {
    }

    private Termination() {
    }

    static Termination install() {
        Termination termination = new Termination();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                termination.installed.add(new Installed(signal, Signal.handle(signal, termination::received)));
            } catch (IllegalArgumentException unknownHere) {
                // a platform without this signal: its default stays
            }
        }
        return termination;
    }

    private void received(Signal received) {
        if (signal != null) {
            Runtime.getRuntime().halt(128 + received.getNumber());
        }
        signal = "SIG" + received.getName();
        requested.countDown();
    }

    boolean isRequested() {
        return signal != null;
    }

    /** The signal that asked to stop, e.g. SIGTERM; null while none did. */
    String signal() {
        return signal;
    }

    void await() throws InterruptedException {
        requested.await();
    }

    boolean await(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        for (Installed handler : installed) {
            Signal.handle(handler.signal(), handler.previous());
        }
    }
}
