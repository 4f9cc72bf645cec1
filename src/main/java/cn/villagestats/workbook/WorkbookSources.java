package cn.villagestats.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.villagestats.workbook.xls.XlsWorkbookSource;
import cn.villagestats.workbook.xlsx.XlsxWorkbookSource;

/**
 * Opens a workbook for streaming by what its bytes are, never by its file name: clerks
 * rename files freely, and WPS saves either format under either extension.
 */
public final class WorkbookSources {

    private WorkbookSources() {
    }

    public static WorkbookSource open(Path file, WorkbookLimits limits) throws UnreadableWorkbookException {
        FileMagic magic = magicOf(file, limits);
        return switch (magic) {
            case OOXML -> XlsxWorkbookSource.open(file, limits);
            case OLE2 -> openOle2(file);
            case BIFF2, BIFF3, BIFF4 -> throw Unreadable.of(
                    "工作簿是很旧的Excel格式，请另存为.xlsx",
                    "the workbook is in a very old Excel format; save it as .xlsx", null);
            case HTML -> throw Unreadable.webPage();
            case XML -> throw Unreadable.xmlSpreadsheet();
            default -> throw TextFiles.looksLikeCsv(file) ? Unreadable.csvText() : Unreadable.notAWorkbook(null);
        };
    }

    private static FileMagic magicOf(Path file, WorkbookLimits limits) throws UnreadableWorkbookException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw Unreadable.of("文件是空的", "the file is empty", null);
            }
            if (size > limits.maxFileBytes()) {
                throw Unreadable.fileTooLarge(size, limits.maxFileBytes());
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                return FileMagic.valueOf(in);
            }
        } catch (IOException | RuntimeException e) {
            throw Unreadable.of("文件无法打开", "the file cannot be opened", e);
        }
    }

    private static WorkbookSource openOle2(Path file) throws UnreadableWorkbookException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw Unreadable.damaged(e);
        }
        // an encrypted .xlsx is an OLE2 container holding the encrypted package
        if (fs.getRoot().hasEntry("EncryptionInfo")) {
            Quietly.close(fs);
            throw Unreadable.passwordProtected(null);
        }
        if (!fs.getRoot().hasEntry("Workbook")) {
            boolean excel95 = fs.getRoot().hasEntry("Book");
            Quietly.close(fs);
            throw excel95
                    ? Unreadable.of("工作簿是Excel 95格式，请另存为.xlsx", "the workbook is in Excel 95 format; save it as .xlsx", null)
                    : Unreadable.notAWorkbook(null);
        }
        return XlsWorkbookSource.open(fs);
    }
}
