package app.alongside.insight.view;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class BarChartTest {

    static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> & ]]> ' \u0001 Zoë’s 😊";

    private static BarChart chart(String title, List<String> categories, List<String> series,
                                  List<List<Integer>> values, BarChart.Orientation orientation) {
        return new BarChart("chart-1", title, "A summary.", orientation, categories, series, values);
    }

    /** Parses as XML with a namespace-aware parser that fetches nothing. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e + "\n" + svg, e);
        }
    }

    @Test
    public void theSvgIsWellFormedAndNamedByItsTitleAndDescription() {
        for (BarChart.Orientation orientation : BarChart.Orientation.values()) {
            Document svg = parse(chart("Decisions by month", List.of("Jan 2026", "Feb 2026"), List.of("A", "B"),
                    List.of(List.of(1, 2), List.of(0, 3)), orientation).svg());

            Element root = svg.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            assertTrue(root.getAttribute("viewBox").matches("0 0 \\d+ \\d+"));
            assertEquals("chart-1-title chart-1-desc", root.getAttribute("aria-labelledby"));
            Element title = (Element) root.getElementsByTagName("title").item(0);
            Element desc = (Element) root.getElementsByTagName("desc").item(0);
            assertEquals("chart-1-title", title.getAttribute("id"));
            assertEquals("Decisions by month", title.getTextContent());
            assertEquals("chart-1-desc", desc.getAttribute("id"));
            assertEquals("A summary.", desc.getTextContent());
        }
    }

    @Test
    public void hostileTextIsEscapedAndStaysText() {
        for (BarChart.Orientation orientation : BarChart.Orientation.values()) {
            String markup = chart(HOSTILE, List.of(HOSTILE), List.of(HOSTILE, "B"), List.of(List.of(2, 1)),
                    orientation).svg();
            Document svg = parse(markup);

            String expected = HOSTILE.replace("\u0001", "");
            assertEquals(expected, svg.getElementsByTagName("title").item(0).getTextContent());
            assertFalse(markup, markup.contains("<script"));
            assertFalse(markup, markup.contains("<img"));
            assertEquals(0, svg.getElementsByTagName("script").getLength());
            assertNoActiveContent(svg);
        }
    }

    @Test
    public void nothingInTheSvgRunsOrFetches() {
        Document svg = parse(chart("T", List.of("a", "b", "c"), List.of("1", "2", "3", "4", "5"),
                List.of(List.of(1, 2, 3, 4, 5), List.of(0, 0, 0, 0, 1), List.of(9, 0, 0, 0, 0)),
                BarChart.Orientation.HORIZONTAL).svg());

        assertNoActiveContent(svg);
    }

    static void assertNoActiveContent(Document svg) {
        NodeList all = svg.getElementsByTagName("*");
        Set<String> refused = Set.of("script", "foreignobject", "image", "use", "a", "iframe", "style", "animate", "set");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertFalse(element.getTagName(), refused.contains(element.getLocalName().toLowerCase(Locale.ROOT)));
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                String name = element.getAttributes().item(a).getNodeName().toLowerCase(Locale.ROOT);
                String value = element.getAttributes().item(a).getNodeValue();
                assertFalse(name, name.startsWith("on") || name.contains("href"));
                if (value.contains("url(")) {
                    assertTrue("only the chart's own patterns: " + value, value.matches("url\\(#[A-Za-z0-9_-]+\\)"));
                }
            }
        }
    }

    @Test
    public void theWriterRefusesElementsAndAttributesThatCouldRunCode() {
        for (String element : List.of("script", "foreignObject", "image", "use", "a")) {
            try {
                new Svg().open(element);
                fail(element);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
        for (String attribute : List.of("onload", "onClick", "href", "xlink:href")) {
            try {
                new Svg().open("g", attribute, "x");
                fail(attribute);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
    }

    @Test
    public void everySeriesColourHasAtLeastThreeToOneContrastAgainstWhite() {
        for (Palette.Fill fill : Palette.FILLS) {
            double ratio = contrastWithWhite(fill.colour());
            assertTrue(fill.colour() + " has " + ratio, ratio >= 3.0);
        }
        assertTrue(contrastWithWhite(Palette.INK) >= 4.5);
    }

    @Test
    public void seriesAreToldApartByPatternSoGreyscaleStillReads() {
        Set<Palette.Pattern> patterns = new HashSet<>();
        for (Palette.Fill fill : Palette.FILLS) {
            patterns.add(fill.pattern());
        }
        assertEquals(Palette.FILLS.size(), patterns.size());
        String markup = chart("T", List.of("a"), List.of("1", "2", "3"), List.of(List.of(1, 1, 1)),
                BarChart.Orientation.VERTICAL).svg();
        assertEquals(2, parse(markup).getElementsByTagName("pattern").getLength());
    }

    @Test
    public void theLegendNamesEverySeriesAndEachBarItsTotal() {
        String text = parse(chart("T", List.of("Agenda", "Options"), List.of("With", "Without"),
                List.of(List.of(3, 4), List.of(0, 5)), BarChart.Orientation.HORIZONTAL).svg())
                .getDocumentElement().getTextContent();

        assertTrue(text, text.contains("With"));
        assertTrue(text, text.contains("Without"));
        assertTrue(text, text.contains("7"));
        assertTrue(text, text.contains("5"));
    }

    @Test
    public void theAxisEndsAtARoundNumberInAtMostFiveSteps() {
        assertEquals(new BarChart.Axis(1, 1), BarChart.Axis.of(0));
        assertEquals(new BarChart.Axis(5, 1), BarChart.Axis.of(5));
        assertEquals(new BarChart.Axis(8, 2), BarChart.Axis.of(7));
        assertEquals(new BarChart.Axis(50, 10), BarChart.Axis.of(42));
        assertEquals(new BarChart.Axis(100000, 20000), BarChart.Axis.of(100000));
    }

    @Test
    public void manyMonthsStillMakeAReadableChart() {
        List<String> months = new java.util.ArrayList<>();
        List<List<Integer>> values = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            months.add("M" + i);
            values.add(List.of(i % 3, 1, 0));
        }
        Document svg = parse(chart("T", months, List.of("a", "b", "c"), values, BarChart.Orientation.VERTICAL).svg());
        NodeList texts = svg.getElementsByTagName("text");
        int labels = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().matches("M\\d+")) {
                labels++;
            }
        }
        assertEquals("labels at least 16 units apart (every fourth month); the table has them all", 30, labels);
        assertTrue(svg.getElementsByTagName("text").item(svg.getElementsByTagName("text").getLength() - 1)
                .getAttributes().getNamedItem("transform").getNodeValue().startsWith("rotate(-45"));
    }

    /** WCAG 2.x contrast, computed here rather than trusting the palette's own arithmetic. */
    private static double contrastWithWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] channels = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        double[] weights = {0.2126, 0.7152, 0.0722};
        double luminance = 0;
        for (int i = 0; i < 3; i++) {
            double c = channels[i] / 255.0;
            luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }
}
