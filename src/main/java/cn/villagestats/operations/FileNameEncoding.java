package cn.villagestats.operations;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Whether this JVM can represent the inbox's Chinese file names. Java takes the encoding of
 * file names ({@code sun.jnu.encoding}) from the locale at start; under cron or a minimal
 * server's systemd the locale is often plain {@code C} (ASCII), every Chinese character reads
 * as {@code ?}, and two returns' names collide. {@code -Dsun.jnu.encoding} and
 * {@code -Dfile.encoding} do not change it in Java 17: only the locale does.
 */
final class FileNameEncoding {

    private FileNameEncoding() {
    }

    /** The refusal to print when file names cannot hold Chinese, in Chinese and English; empty when they can. */
    static Optional<String> refusal() {
        return refusal(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
    }

    static Optional<String> refusal(String encoding) {
        if (canEncodeChinese(encoding)) {
            return Optional.empty();
        }
        return Optional.of("""
                villagestats: 系统的区域设置（locale）不是 UTF-8（文件名编码 %1$s），读不出中文文件名，未运行。\
                请设置环境变量 LANG=C.UTF-8，并取消 LC_ALL 或同样设为 C.UTF-8（jobs/nightly.env 已含此设置：\
                cron 须载入该文件，systemd 服务以 EnvironmentFile= 引用），然后重新运行。
                villagestats: the locale is not UTF-8 (file names in %1$s): Chinese file names cannot be read, \
                nothing was run. Set LANG=C.UTF-8 and unset LC_ALL or set it to C.UTF-8 too (jobs/nightly.env \
                does: source it in cron, EnvironmentFile= in systemd), then run again; -Dfile.encoding does not help.
                """.formatted(encoding));
    }

    private static boolean canEncodeChinese(String encoding) {
        try {
            return Charset.forName(encoding).newEncoder().canEncode("泉里村报表");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
