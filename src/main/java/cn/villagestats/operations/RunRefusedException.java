package cn.villagestats.operations;

/**
 * A start, rerun, stop, abandon or recover the command line would refuse (its exit code 3),
 * asked for from the web console or the API; the message says why in plain words.
 */
public class RunRefusedException extends RuntimeException {

    RunRefusedException(String message) {
        super(message);
    }
}
