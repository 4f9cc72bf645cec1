package cn.villagestats.workbook.xls;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.villagestats.workbook.Quietly;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.Unreadable;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookSource;

/**
 * A legacy {@code .xls} workbook read record by record from its {@code Workbook} stream.
 * The globals are read once; each sheet is reached by re-scanning the stream from its
 * start, which costs a little time and keeps memory flat.
 */
public final class XlsWorkbookSource implements WorkbookSource {

    private final POIFSFileSystem fs;
    private final XlsGlobals globals;

    private XlsWorkbookSource(POIFSFileSystem fs, XlsGlobals globals) {
        this.fs = fs;
        this.globals = globals;
    }

    public static XlsWorkbookSource open(POIFSFileSystem fs) throws UnreadableWorkbookException {
        try (InputStream in = fs.createDocumentInputStream("Workbook")) {
            return new XlsWorkbookSource(fs, XlsGlobals.read(new RecordFactoryInputStream(in, true)));
        } catch (EncryptedDocumentException e) {
            Quietly.close(fs);
            throw Unreadable.passwordProtected(e);
        } catch (IOException | RuntimeException e) {
            Quietly.close(fs);
            throw Unreadable.damaged(e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return globals.sheetNames();
    }

    @Override
    public SheetCursor openSheet(String name) throws UnreadableWorkbookException {
        int index = globals.streamIndexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no sheet " + name);
        }
        InputStream in = null;
        try {
            in = fs.createDocumentInputStream("Workbook");
            return new XlsSheetCursor(name, index, in, new RecordFactoryInputStream(in, true), globals);
        } catch (EncryptedDocumentException e) {
            Quietly.close(in);
            throw Unreadable.passwordProtected(e);
        } catch (IOException | RuntimeException e) {
            Quietly.close(in);
            throw Unreadable.sheetDamaged(name, e);
        }
    }

    @Override
    public void close() {
        Quietly.close(fs);
    }
}
