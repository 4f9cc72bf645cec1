package cn.villagestats.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.Spaces;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookSource;
import cn.villagestats.workbook.WorkbookSources;
import cn.villagestats.returns.ReturnSheet;

/**
 * Opens a village return: checks it is a readable workbook with the cover, every programme's
 * sheet and every required header before any data row is read, so a broken return fails whole
 * and early. The programme sheets are given by the caller, in the order their rows are read.
 */
public final class ReturnWorkbookReader {

    private ReturnWorkbookReader() {
    }

    public static ReturnWorkbook open(Path file, List<ReturnSheet> sheets) throws UnreadableReturnException {
        return open(file, IntakeLimits.defaults(), sheets);
    }

    /** Opens a return within the given limits; a return over a limit is unreadable, with a reason naming it. */
    public static ReturnWorkbook open(Path file, IntakeLimits limits, List<ReturnSheet> sheets)
            throws UnreadableReturnException {
        WorkbookSource source;
        try {
            source = WorkbookSources.open(file, limits.workbook());
        } catch (UnreadableWorkbookException e) {
            throw UnreadableReturnException.of(e);
        }
        Map<CoverField, SheetCell> cover = Map.of();
        try {
            // the cover first: a return rejected for its programme sheets still says whose it is
            String coverName = onlySheet(ReturnSheet.COVER, source.sheetNames());
            if (coverName != null) {
                cover = CoverReader.read(source, coverName);
            }
            List<String> notices = new ArrayList<>();
            Map<ReturnSheet, String> names = findSheets(source.sheetNames(), sheets, notices);
            List<SheetLayout> layouts = new ArrayList<>();
            for (ReturnSheet sheet : sheets) {
                SheetLayout layout = HeaderResolver.resolve(source, sheet, names.get(sheet), notices);
                if (!layout.isEmpty()) {
                    layouts.add(layout);
                }
            }
            return new StreamingReturnWorkbook(source, cover, layouts, notices, limits.maxRowsPerSheet());
        } catch (UnreadableWorkbookException e) {
            source.close();
            throw UnreadableReturnException.of(e).withCover(cover);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** The one sheet of the workbook that is this template sheet; null when there is none or more than one. */
    private static String onlySheet(ReturnSheet sheet, List<String> sheetNames) {
        List<String> named = sheetNames.stream().filter(name -> HeaderNames.names(sheet, name)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The workbook's name of the cover and of each programme sheet; a missing or doubled sheet rejects the return. */
    static Map<ReturnSheet, String> findSheets(List<String> sheetNames, List<ReturnSheet> programmeSheets,
            List<String> notices) throws UnreadableReturnException {
        List<ReturnSheet> template = new ArrayList<>();
        template.add(ReturnSheet.COVER);
        template.addAll(programmeSheets);
        Map<ReturnSheet, String> found = new IdentityHashMap<>();
        for (String name : sheetNames) {
            ReturnSheet sheet = sheetNamed(template, name);
            if (isInstructions(name)) {
                continue;
            }
            if (sheet != null && found.containsKey(sheet)) {
                // reading either alone would drop the other's rows without a word
                throw new UnreadableReturnException("工作簿中有两张“" + sheet.chineseName() + "”表（“" + found.get(sheet)
                        + "”和“" + name + "”），请只保留一张后重新报送", "two sheets for " + sheet.chineseName() + " ("
                        + found.get(sheet) + " and " + name + "): keep one and send the workbook again");
            }
            if (sheet != null) {
                found.put(sheet, name);
            } else {
                notices.add("工作表“" + name + "”不是模板中的工作表，已忽略 / sheet " + name + " ignored");
            }
        }
        for (ReturnSheet sheet : template) {
            if (!found.containsKey(sheet)) {
                throw new UnreadableReturnException("缺少工作表“" + sheet.chineseName() + "”",
                        "sheet " + sheet.chineseName() + " (" + sheet.englishName() + ") is missing");
            }
        }
        return found;
    }

    /** The template's own 填表说明 sheet is expected, not worth a warning. */
    private static boolean isInstructions(String name) {
        String trimmed = Spaces.strip(name);
        return trimmed.equals("填表说明") || trimmed.equalsIgnoreCase("Instructions");
    }

    private static ReturnSheet sheetNamed(List<ReturnSheet> template, String name) {
        for (ReturnSheet sheet : template) {
            if (HeaderNames.names(sheet, name)) {
                return sheet;
            }
        }
        return null;
    }
}
