package cn.villagestats.operations;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.villagestats.validation.IdNumbers;

/**
 * {@code %maskedMsg}: a log line's message with every 身份证号 masked, whoever logs it. Our own
 * lines mask at the source; this catches what a library puts in a message (a driver's error
 * quoting a row, say).
 */
public final class MaskedMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return IdNumbers.maskWithin(event.getFormattedMessage());
    }
}
