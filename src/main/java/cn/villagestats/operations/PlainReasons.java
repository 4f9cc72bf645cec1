package cn.villagestats.operations;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import cn.villagestats.validation.IdNumbers;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Why something failed, in words an operator reads, Chinese and English, instead of an
 * exception's class name: the cause that says most, found anywhere in the chain.
 */
final class PlainReasons {

    private PlainReasons() {
    }

    record Reason(String zh, String en) {

        Reason {
            zh = IdNumbers.maskWithin(zh);
            en = IdNumbers.maskWithin(en);
        }

        String line() {
            return zh + " / " + en;
        }
    }

    static Reason of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Reason reason = known(t);
            if (reason != null) {
                return reason;
            }
        }
        String message = message(root(failure));
        return new Reason("出错：" + message, "error: " + message);
    }

    /** The database could not be reached, or the connection to it was lost. */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static Reason known(Throwable t) {
        if (t instanceof AccessDeniedException e) {
            return new Reason("没有写入权限：" + e.getFile(), "no permission to write " + e.getFile());
        }
        if (t instanceof FileAlreadyExistsException e) {
            return new Reason("应是文件夹的地方有一个文件：" + e.getFile(), "a file stands where a folder is needed: " + e.getFile());
        }
        if (t instanceof NoSuchFileException e) {
            return new Reason("文件或文件夹不存在：" + e.getFile(), "no such file or folder: " + e.getFile());
        }
        if (t instanceof FileSystemException e && String.valueOf(e.getReason()).contains("Read-only")) {
            return new Reason("文件系统只读：" + e.getFile(), "the file system is read-only: " + e.getFile());
        }
        if (t instanceof FileSystemException e && String.valueOf(e.getReason()).contains("No space")) {
            return new Reason("磁盘已满：" + e.getFile(), "the disk is full: " + e.getFile());
        }
        if (t instanceof FileNotFoundException e && String.valueOf(e.getMessage()).contains("Permission denied")) {
            return new Reason("没有写入权限：" + e.getMessage(), "no permission: " + e.getMessage());
        }
        if (t instanceof SQLException s && "3D000".equals(s.getSQLState())) {
            return new Reason("数据库不存在：" + message(s), "the database does not exist: " + message(s));
        }
        if (isDatabaseUnreachable(t)) {
            String message = message(root(t));
            return new Reason("数据库无法连接或连接中断：" + message, "the database could not be reached or the connection was lost: "
                    + message);
        }
        return null;
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The message's first line; the class's simple name only when there is no message. */
    private static String message(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").strip();
    }
}
