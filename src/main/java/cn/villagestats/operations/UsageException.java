package cn.villagestats.operations;

/** A command line that cannot be run as given; the message says what is wrong. */
class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
