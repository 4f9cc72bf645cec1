package cn.villagestats.console;

import cn.villagestats.consolidation.CheckedReturn;

/**
 * One uploaded file's answer: the name the client gave (shown, never used on disk), the name
 * it is kept under in the period's inbox (null when it was not kept), what the check found,
 * and the name of its feedback workbook (null when there is none).
 */
public record UploadResult(String file, String storedAs, CheckedReturn checked, String feedback) {

    public boolean stored() {
        return storedAs != null;
    }
}
