package cn.villagestats.operations;

/** A command line that cannot be run as given; the message says what is wrong, in Chinese and English. */
class UsageException extends Exception {

    private final String reasonZh;

    UsageException(String reasonZh, String reasonEn) {
        super(reasonEn);
        this.reasonZh = reasonZh;
    }

    String reasonZh() {
        return reasonZh;
    }
}
