package cn.villagestats.intake;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The relationships of one package part ({@code _rels/.rels}, {@code xl/_rels/workbook.xml.rels}),
 * read with StAX: which part each relationship id and type leads to, as a zip entry name.
 * External targets (links to other files) lead to no part and are left out.
 *
 * @param byId the relationships by id, in document order
 */
record Relationships(Map<String, Relationship> byId) {

    Relationships {
        byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** One relationship; {@code part} is the zip entry name of its target. */
    record Relationship(String id, String type, String part) {
    }

    /** The target of the first relationship of a type, or null. */
    String first(String type) {
        return byId.values().stream().filter(r -> r.type().equals(type)).map(Relationship::part).findFirst()
                .orElse(null);
    }

    /** The relationships part of {@code source} (the package itself when empty), as the zip names it. */
    static String partOf(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    /** Reads the relationships of {@code source} from its {@code .rels} part; the caller closes the stream. */
    static Relationships read(InputStream in, String source) throws XMLStreamException, UnreadableReturnException {
        Map<String, Relationship> byId = new LinkedHashMap<>();
        String part = partOf(source);
        XMLStreamReader xml = SheetXml.open(in);
        try {
            while (xml.hasNext()) {
                if (SheetXml.next(xml, part) == XMLStreamReader.START_ELEMENT
                        && xml.getLocalName().equals("Relationship")
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String id = xml.getAttributeValue(null, "Id");
                    String type = xml.getAttributeValue(null, "Type");
                    String target = xml.getAttributeValue(null, "Target");
                    if (id != null && type != null && target != null) {
                        byId.putIfAbsent(id, new Relationship(id, type, resolve(source, target)));
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new Relationships(byId);
    }

    /**
     * A target URI taken relative to the source part's folder (or from the package root when
     * it starts with {@code /}), dot segments removed and percent escapes decoded.
     */
    static String resolve(String source, String target) {
        String path = target.startsWith("/") ? target : source.substring(0, source.lastIndexOf('/') + 1) + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        String name = String.join("/", segments);
        // URLDecoder would turn '+' into a space; in a URI path it is a plus
        return name.indexOf('%') < 0 ? name : URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
