package org.mallcrm.domain.buyer;

import java.util.List;
import java.util.Locale;

/** How a buyer comes to the mall (交通方式). Read from the code or the Chinese label. */
public enum TransportMode {
    COACH("大巴车", "大巴", "旅游大巴"),
    SELF_DRIVE("自驾", "自驾车"),
    TRAIN("火车", "高铁", "动车"),
    FLIGHT("飞机", "航班"),
    LOGISTICS("物流", "物流托运", "托运"),
    OTHER("其他", "其它");

    private final String label;
    private final List<String> aliases;

    TransportMode(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The Chinese label: 大巴车, 自驾 …. */
    public String label() {
        return label;
    }

    /**
     * @throws IllegalArgumentException listing the modes when the text names none
     */
    public static TransportMode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("transport mode is missing");
        }
        String s = text.strip();
        String code = s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (TransportMode m : values()) {
            if (m.name().equals(code) || m.label.equals(s) || m.aliases.contains(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("transport mode '" + s
                + "' is not one of COACH, SELF_DRIVE, TRAIN, FLIGHT, LOGISTICS, OTHER");
    }
}
