package cn.villagestats.users;

/** A {@code user} command that cannot be carried out; the message says why, in Chinese and English. */
public class UserRefusedException extends RuntimeException {

    public UserRefusedException(String message) {
        super(message);
    }
}
