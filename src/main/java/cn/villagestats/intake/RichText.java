package cn.villagestats.intake;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a rich-text string, as both a shared string ({@code <si>}) and an inline
 * string ({@code <is>}) hold it: its runs' {@code <t>} joined, phonetic guides
 * ({@code <rPh>}) left out.
 */
final class RichText {

    private RichText() {
    }

    /** Reads from just inside the element {@code enclosing} to its end tag and returns its text. */
    static String readUntilEnd(XMLStreamReader xml, String enclosing) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String local = xml.getLocalName();
                if (local.equals("rPh")) {
                    phonetic++;
                } else if (local.equals("t") && phonetic == 0) {
                    text.append(xml.getElementText());
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
        return text.toString();
    }
}
