package org.mallcrm.adapters.http.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgWriterTest {

    @Test
    void text_and_attributes_are_escaped_and_read_back_unchanged() {
        String nasty = "A&B <script>alert('x')</script> \"quoted\" 女装 ]]> 😀";
        String xml = new SvgWriter().open("svg", "xmlns", "http://www.w3.org/2000/svg", "data-x", nasty)
                .text("text", nasty, "title", nasty)
                .finish();

        assertThat(xml).doesNotContain("<script>");
        Document doc = Xml.parse(xml);
        Element svg = doc.getDocumentElement();
        assertThat(svg.getAttribute("data-x")).isEqualTo(nasty);
        Element text = Xml.first(svg, "text");
        assertThat(text.getTextContent()).isEqualTo(nasty);
        assertThat(text.getAttribute("title")).isEqualTo(nasty);
    }

    @Test
    void characters_xml_cannot_hold_are_dropped_and_line_breaks_in_attributes_kept() {
        String xml = new SvgWriter().open("svg").text("text", "a\u0000b\u0007c\uD800d\uFFFEe", "t", "1\n2\t3")
                .finish();

        Element svg = Xml.parse(xml).getDocumentElement();
        assertThat(Xml.first(svg, "text").getTextContent()).isEqualTo("abcde");
        assertThat(Xml.first(svg, "text").getAttribute("t")).isEqualTo("1\n2\t3");
    }

    @Test
    void finish_closes_what_is_open_in_order() {
        String xml = new SvgWriter().open("svg").open("g", "id", "a").open("g", "id", "b")
                .empty("rect", "x", "1").finish();

        Element b = (Element) Xml.parse(xml).getElementsByTagName("rect").item(0).getParentNode();
        assertThat(b.getAttribute("id")).isEqualTo("b");
        assertThat(((Element) b.getParentNode()).getAttribute("id")).isEqualTo("a");
    }

    @Test
    void a_null_attribute_is_left_out() {
        String xml = new SvgWriter().open("svg").empty("rect", "transform", null, "x", "2").finish();
        assertThat(xml).contains("<rect x=\"2\"/>");
    }

    @Test
    void misuse_is_refused() {
        assertThatThrownBy(() -> new SvgWriter().open("svg onload=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SvgWriter().open("svg", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SvgWriter().open("svg", "a b", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SvgWriter().close()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SvgWriter().open("svg").close().open("svg"))
                .isInstanceOf(IllegalStateException.class);
    }
}
