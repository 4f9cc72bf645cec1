package cn.villagestats.operations;

/** An operator's request that cannot be carried out; the message says why and what to do. */
class OperatorException extends RuntimeException {

    OperatorException(String message) {
        super(message);
    }
}
