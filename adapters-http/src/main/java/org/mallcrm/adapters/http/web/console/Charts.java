package org.mallcrm.adapters.http.web.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options, built on the server from the same view records the tables show, so a chart never computes a
 * figure of its own. Each chart is {@code {"option": …, "links": […]}}: clicking the n-th bar opens the n-th link.
 */
final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BLUE = "#2f6fbf";
    static final String GREEN = "#3f9c5a";
    static final String AMBER = "#f5a623";
    static final String RED = "#d64545";
    static final String GREY = "#9aa5b1";

    private Charts() {
    }

    /** A bar chart of one series: categories, values, their links; {@code unit} is put after values in labels. */
    static String bars(List<String> categories, List<BigDecimal> values, List<String> links, String seriesName,
            String unit, String colour, boolean horizontal) {
        // a horizontal chart lists its categories top down, in the table's order
        Map<String, Object> category = Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0), "inverse", horizontal);
        Map<String, Object> value = Map.of("type", "value");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 12, "right", 48, "top", 24, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put(horizontal ? "yAxis" : "xAxis", category);
        option.put(horizontal ? "xAxis" : "yAxis", value);
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName, "data", values,
                "itemStyle", Map.of("color", colour), "cursor", "pointer",
                "label", Map.of("show", true, "position", horizontal ? "right" : "top", "formatter",
                        "{c}" + unit))));
        return json(Map.of("option", option, "links", links));
    }

    /** Two bars side by side per category (e.g. due and collected). */
    static String pair(List<String> categories, String firstName, List<BigDecimal> first, String secondName,
            List<BigDecimal> second, List<String> links) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 12, "right", 24, "top", 36, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(
                Map.of("type", "bar", "name", firstName, "data", first, "itemStyle", Map.of("color", GREY),
                        "cursor", "pointer"),
                Map.of("type", "bar", "name", secondName, "data", second, "itemStyle", Map.of("color", GREEN),
                        "cursor", "pointer")));
        return json(Map.of("option", option, "links", links));
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart option is plain data", e);
        }
    }

    /** Basis points as a percentage number for a chart axis, e.g. 6825 → 68.25 (exact). */
    static BigDecimal percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2);
    }
}
