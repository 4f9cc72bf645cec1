package cn.villagestats.samples;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.samples.ReturnLayout.Headers;

/** How a clerk's copy of the template spells a column header. */
final class HeaderLabels {

    private HeaderLabels() {
    }

    static String of(ReturnColumn column, Headers headers) {
        String header = column.header();
        return switch (headers) {
            case TEMPLATE -> header;
            case ENGLISH -> column.alias();
            case FULL_WIDTH -> header.replace('(', '（').replace(')', '）');
            // a line break where a narrow column wraps the header
            case WRAPPED -> header.contains("(")
                    ? header.replace("(", "\n(")
                    : header.length() >= 4 ? header.substring(0, 2) + "\n" + header.substring(2) : header;
        };
    }
}
