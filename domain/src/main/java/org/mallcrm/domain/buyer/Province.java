package org.mallcrm.domain.buyer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 34 provincial-level divisions (省级行政区): 23 provinces, 5 autonomous regions, 4 municipalities and 2
 * special administrative regions. Stored and shown by the full name ({@code 浙江省}); read from the full name,
 * the short name people write ({@code 浙江}, {@code 内蒙古}, {@code 广西}, {@code 香港}), a few common variants
 * ({@code 中国香港}, {@code 广西自治区}) or the code in pinyin ({@code ZHEJIANG}, {@code inner mongolia}).
 */
public enum Province {
    BEIJING("北京市", "北京"),
    TIANJIN("天津市", "天津"),
    HEBEI("河北省", "河北"),
    SHANXI("山西省", "山西"),
    INNER_MONGOLIA("内蒙古自治区", "内蒙古", "内蒙", "内蒙古省", "NEIMENGGU", "NEIMONGOL"),
    LIAONING("辽宁省", "辽宁"),
    JILIN("吉林省", "吉林"),
    HEILONGJIANG("黑龙江省", "黑龙江"),
    SHANGHAI("上海市", "上海"),
    JIANGSU("江苏省", "江苏"),
    ZHEJIANG("浙江省", "浙江"),
    ANHUI("安徽省", "安徽"),
    FUJIAN("福建省", "福建"),
    JIANGXI("江西省", "江西"),
    SHANDONG("山东省", "山东"),
    HENAN("河南省", "河南"),
    HUBEI("湖北省", "湖北"),
    HUNAN("湖南省", "湖南"),
    GUANGDONG("广东省", "广东"),
    GUANGXI("广西壮族自治区", "广西", "广西自治区", "广西省"),
    HAINAN("海南省", "海南"),
    CHONGQING("重庆市", "重庆"),
    SICHUAN("四川省", "四川"),
    GUIZHOU("贵州省", "贵州"),
    YUNNAN("云南省", "云南"),
    TIBET("西藏自治区", "西藏", "西藏省", "XIZANG"),
    SHAANXI("陕西省", "陕西"),
    GANSU("甘肃省", "甘肃"),
    QINGHAI("青海省", "青海"),
    NINGXIA("宁夏回族自治区", "宁夏", "宁夏自治区", "宁夏省"),
    XINJIANG("新疆维吾尔自治区", "新疆", "新疆自治区", "新疆省"),
    TAIWAN("台湾省", "台湾", "中国台湾"),
    HONG_KONG("香港特别行政区", "香港", "中国香港", "香港特区", "XIANGGANG"),
    MACAO("澳门特别行政区", "澳门", "中国澳门", "澳门特区", "MACAU", "AOMEN");

    private static final Map<String, Province> BY_NAME = new HashMap<>();

    static {
        for (Province p : values()) {
            BY_NAME.put(p.fullName, p);
            BY_NAME.put(asciiKey(p.name()), p);
            for (String alias : p.aliases) {
                BY_NAME.put(isAscii(alias) ? asciiKey(alias) : alias, p);
            }
        }
    }

    private final String fullName;
    private final List<String> aliases;

    Province(String fullName, String... aliases) {
        this.fullName = fullName;
        this.aliases = List.of(aliases);
    }

    /** The full name, as stored and shown: {@code 浙江省}, {@code 广西壮族自治区}, {@code 香港特别行政区}. */
    public String fullName() {
        return fullName;
    }

    /** The short name people write: {@code 浙江}, {@code 广西}, {@code 香港}. */
    public String shortName() {
        return aliases.get(0);
    }

    /**
     * The division a text names.
     *
     * @throws IllegalArgumentException naming the text when it is none of the 34
     */
    public static Province parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("province is missing");
        }
        String s = text.strip();
        Province p = BY_NAME.get(isAscii(s) ? asciiKey(s) : s);
        if (p == null) {
            throw new IllegalArgumentException("province '" + s
                    + "' is not one of the 34 provincial-level divisions (e.g. 浙江 or 浙江省, 内蒙古, 香港)");
        }
        return p;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Upper case without spaces, dashes and underscores: "Inner Mongolia" and INNER_MONGOLIA meet. */
    private static String asciiKey(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '_' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return fullName;
    }
}
