package cn.villagestats.workbook.xlsx;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a rich-text string, as both a shared string ({@code <si>}) and an inline
 * string ({@code <is>}) hold it: its runs' {@code <t>} joined, phonetic guides
 * ({@code <rPh>}) left out.
 */
final class RichText {

    /** Receives the text of the runs, piece by piece, straight from the parser's buffer. */
    interface Sink {
        void text(char[] chars, int start, int length);
    }

    private RichText() {
    }

    /** Reads from just inside the element {@code enclosing} to its end tag and returns its text. */
    static String readUntilEnd(XMLStreamReader xml, String enclosing) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        readUntilEnd(xml, enclosing, text::append);
        return text.toString();
    }

    /** Reads from just inside the element {@code enclosing} to its end tag, handing its text to {@code sink}. */
    static void readUntilEnd(XMLStreamReader xml, String enclosing, Sink sink) throws XMLStreamException {
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String local = xml.getLocalName();
                if (local.equals("rPh")) {
                    phonetic++;
                } else if (local.equals("t") && phonetic == 0) {
                    elementText(xml, sink);
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                String local = xml.getLocalName();
                if (local.equals("rPh")) {
                    phonetic--;
                } else if (local.equals(enclosing)) {
                    break;
                }
            }
        }
    }

    /** What {@link XMLStreamReader#getElementText()} returns, without making a string of it. */
    private static void elementText(XMLStreamReader xml, Sink sink) throws XMLStreamException {
        while (true) {
            switch (xml.next()) {
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE ->
                        sink.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamReader.END_ELEMENT -> {
                    return;
                }
                case XMLStreamReader.COMMENT, XMLStreamReader.PROCESSING_INSTRUCTION -> { }
                default -> throw new XMLStreamException("unexpected content in a text run", xml.getLocation());
            }
        }
    }
}
