package cn.villagestats.workbook.xlsx;

import java.util.Random;

/**
 * Sheet XML with every form the sheet readers must take alike, drawn at random: shared,
 * inline and formula strings, numbers plain and not, dates, booleans, errors, blank and
 * empty cells, references present and missing, entities, CDATA, comments, prefixed names,
 * single quotes and white space inside tags.
 */
final class RandomSheetXml {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Two shared strings, the second of them with a phonetic guide. */
    static final String SHARED_STRINGS = "<sst xmlns=\"" + MAIN + "\" count=\"2\" uniqueCount=\"2\">"
            + "<si><t>泉里村</t></si><si><t>张三</t><rPh><t>x</t></rPh></si></sst>";

    private static final String[] TEXTS = {"村东路", "A&amp;B &lt;C&gt;", "&#x6751;&#26449;", "<![CDATA[<不是标签> & ]]>", "<![CDATA[cr\r\nlf\rcr]]>",
        "tab\there", "line\r\nend", "  ", "𠀀 (outside the BMP)", "x<!-- note -->y", "&quot;&apos;"};
    private static final String[] NUMBERS = {"0", "-0", "12", "-3.25", "0.1", "1250.0", "1E-3", "3.7098219800101E17",
        "123456789012345", "1234567890123456", ".5", "45123", " 7 "};

    private final Random random;

    RandomSheetXml(long seed) {
        this.random = new Random(seed);
    }

    /** A worksheet around the given rows, as Excel writes its frame. */
    static String sheetWith(String rows) {
        return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    String sheet(int rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n")
                .append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:x=\"").append(MAIN).append("\" xmlns:x14ac=\"urn:x14ac")
                .append("\"><dimension ref=\"A1:H9\"/><!-- written by a test --><sheetData>");
        int number = 0;
        for (int r = 0; r < rows; r++) {
            number += 1 + random.nextInt(3);
            String row = random.nextInt(8) == 0 ? "x:row" : "row";
            boolean withNumber = random.nextInt(6) != 0;
            xml.append('<').append(row).append(withNumber ? " r=\"" + number + "\"" : "")
                    .append(random.nextBoolean() ? " spans=\"1:8\" x14ac:dyDescent='0.25'" : "");
            if (random.nextInt(10) == 0) {
                xml.append("/>");
                continue;
            }
            xml.append(">\n");
            int column = 0;
            for (int c = random.nextInt(8); c >= 0; c--) {
                column += 1 + random.nextInt(2);
                cell(xml, column, number, random.nextInt(5) != 0);
            }
            xml.append("</").append(row).append(" >");
        }
        return xml.append("</sheetData><mergeCells count=\"0\"/></worksheet>").toString();
    }

    private void cell(StringBuilder xml, int column, int row, boolean withReference) {
        String reference = withReference ? " r=\"" + letters(column) + row + "\"" : "";
        String style = random.nextInt(3) == 0 ? " s=\"" + random.nextInt(3) + "\"" : "";
        String open = "<c" + reference + style;
        switch (random.nextInt(10)) {
            case 0 -> xml.append(open).append(" t=\"s\"><v>").append(random.nextInt(2)).append("</v></c>");
            case 1 -> xml.append(open).append(" t='inlineStr'><is><r><t>").append(text()).append("</t></r><r><t>")
                    .append(text()).append("</t></r><rPh><t>ignored</t></rPh></is></c>");
            case 2 -> xml.append(open).append(" t=\"str\"><f>A1&amp;\"x\"</f><v>").append(text()).append("</v></c>");
            case 3 -> xml.append(open).append(" t=\"b\"><v>").append(random.nextInt(2)).append("</v></c>");
            case 4 -> xml.append(open).append(" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>");
            case 5 -> xml.append(open).append("/>");
            case 6 -> xml.append(open).append("><f>SUM(A1:A2)</f></c>");
            case 7 -> xml.append(open).append(">\n  <v>").append(NUMBERS[random.nextInt(NUMBERS.length)]).append("</v>\n</c>");
            default -> xml.append(open.replace("<c", "<x:c")).append("><x:v>")
                    .append(NUMBERS[random.nextInt(NUMBERS.length)]).append("</x:v></x:c>");
        }
    }

    private String text() {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    private static String letters(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
