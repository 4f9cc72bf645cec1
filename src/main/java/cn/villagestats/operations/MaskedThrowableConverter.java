package cn.villagestats.operations;

import ch.qos.logback.classic.spi.IThrowableProxy;
import cn.villagestats.validation.IdNumbers;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** {@code %maskedEx}: Boot's stack trace of a log line, with every 身份证号 in its messages masked. */
public final class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return IdNumbers.maskWithin(super.throwableProxyToString(throwable));
    }
}
