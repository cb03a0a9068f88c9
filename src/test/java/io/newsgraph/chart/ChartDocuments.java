package io.newsgraph.chart;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads charts back with a DOM parser: their marks, panels, tooltips and labels. */
final class ChartDocuments {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private ChartDocuments() {
    }

    static Document parse(String svg) {
        return parse(svg.getBytes(StandardCharsets.UTF_8));
    }

    static Document parse(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(svg));
            assertThat(document.getDocumentElement().getNamespaceURI(), equalTo(SVG_NS));
            assertThat(document.getDocumentElement().getLocalName(), equalTo("svg"));
            return document;
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n"
                    + new String(svg, StandardCharsets.UTF_8), e);
        }
    }

    /** The marks (one per figure), by figure key, in document order. */
    static Map<String, Element> marks(Document svg) {
        return marks(svg.getDocumentElement());
    }

    static Map<String, Element> marks(Element root) {
        Map<String, Element> marks = new LinkedHashMap<>();
        NodeList groups = root.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (Arrays.asList(g.getAttribute("class").split(" ")).contains("mark")) {
                assertThat("one mark per figure", marks.put(g.getAttribute("data-figure"), g), nullValue());
            }
        }
        return marks;
    }

    static List<String> panels(Document svg) {
        List<String> rates = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("panel")) {
                rates.add(g.getAttribute("data-rate"));
            }
        }
        return rates;
    }

    static Element panel(Document svg, String rate) {
        NodeList groups = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("panel") && g.getAttribute("data-rate").equals(rate)) {
                return g;
            }
        }
        throw new AssertionError("no panel " + rate);
    }

    static String kind(Element mark) {
        return mark.getAttribute("class");
    }

    static String title(Element mark) {
        List<Element> titles = children(mark, "title");
        assertThat("a mark has one title", titles.size(), is(1));
        return titles.get(0).getTextContent();
    }

    /** The value labels drawn beside marks. */
    static List<String> labels(Document svg) {
        List<String> labels = new ArrayList<>();
        for (Element mark : marks(svg).values()) {
            children(mark, "text").forEach(t -> labels.add(t.getTextContent()));
        }
        return labels;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    /** An arrow head is "M x1 y1 L x2 y2 L x3 y3 Z": its tip is the second point. */
    static double tipY(Element path) {
        return Double.parseDouble(path.getAttribute("d").split("[ MLZ]+")[4]);
    }

    static double baseY(Element path) {
        return Double.parseDouble(path.getAttribute("d").split("[ MLZ]+")[2]);
    }
}
