package cn.villagestats.workbook.xlsx;

import java.io.IOException;

/** Sheet XML that is not well-formed, found by the sheet scanner. */
final class SheetXmlException extends IOException {

    SheetXmlException(String message) {
        super(message);
    }
}
