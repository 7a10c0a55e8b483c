package org.mallcrm.adapters.persistence.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.channel.TierMode;
import org.mallcrm.domain.money.Money;

/**
 * The commission rules as the contract's JSON document ({@code {"default": {...}, "channels": {"CODE": {...}}}}),
 * read and written; also the form in which the database keeps rules and the policy of a closed statement. A
 * channel may give only some keys: the others are the default's. Money and percentages are strings
 * ({@code "20.00"}, {@code "10"}); every bad key is reported with its path.
 */
public final class CommissionRulesJson {

    /**
     * Reads a number written with a fraction as the exact decimal it is written as ({@code 20.50} stays 20.50, not a
     * double, nor stripped to 20.5), so that an amount or a percentage given as a JSON number is held to the rule a
     * string is.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Set<String> KEYS = Set.of("rate_per_head", "tiers", "tier_mode", "monthly_cap", "min_heads",
            "cap_at_reported", "cap_tolerance_pct", "variance_flag_pct", "scan_order_tolerance_minutes");

    private CommissionRulesJson() {
    }

    /** Bad rules: each entry names the path of the key at fault and why. */
    public static final class InvalidRules extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        InvalidRules(List<String> problems) {
            super("the commission rules are not valid: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Rules as a person gives them: keys left out of {@code "default"} are {@code base}'s (the mall's default policy
     * as set now), keys left out of a channel are the default's.
     */
    public static CommissionRules parse(String json, CommissionPolicy base) {
        try {
            return read(MAPPER.readTree(json), base);
        } catch (JsonProcessingException e) {
            throw new InvalidRules(List.of("not JSON: " + e.getOriginalMessage()));
        }
    }

    /** Rules as stored: {@code "default"} names every key (the default in force when they were set). */
    public static CommissionRules parseStored(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<String> problems = new ArrayList<>();
            CommissionPolicy base = root == null || !root.isObject() || root.get("default") == null ? null
                    : full(root.get("default"), "default", problems);
            if (base == null || !problems.isEmpty()) {
                problems.add(0, "stored rules lack a complete \"default\"");
                throw new InvalidRules(problems);
            }
            return read(root, base);
        } catch (JsonProcessingException e) {
            throw new InvalidRules(List.of("not JSON: " + e.getOriginalMessage()));
        }
    }

    public static CommissionRules read(JsonNode root, CommissionPolicy base) {
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidRules(List.of("the rules must be a JSON object with \"default\" and \"channels\""));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("default") && !k.equals("channels")) {
                problems.add(k + ": unknown key; the keys are default and channels");
            }
        }
        CommissionPolicy defaults = base;
        JsonNode d = root.get("default");
        if (d != null && !d.isNull()) {
            defaults = policy(d, base, "default", problems);
        }
        Map<ChannelCode, CommissionPolicy> channels = new TreeMap<>();
        JsonNode cs = root.get("channels");
        if (cs != null && !cs.isNull()) {
            if (!cs.isObject()) {
                problems.add("channels: must be an object of channel code → rules");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = cs.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    try {
                        ChannelCode code = ChannelCode.of(e.getKey());
                        channels.put(code, policy(e.getValue(), defaults, "channels." + e.getKey(), problems));
                    } catch (IllegalArgumentException ex) {
                        problems.add("channels." + e.getKey() + ": " + ex.getMessage());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRules(problems);
        }
        return new CommissionRules(defaults, channels);
    }

    /** One policy: the keys given override {@code base}. */
    public static CommissionPolicy policy(JsonNode node, CommissionPolicy base, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object");
            return base;
        }
        int before = problems.size();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                problems.add(path + "." + k + ": unknown key");
            }
        }
        CommissionPolicy p = base;
        try {
            if (given(node, "rate_per_head")) {
                p = p.withRatePerHead(money(node.get("rate_per_head"), path + ".rate_per_head"));
            }
            if (node.has("tiers")) {
                p = p.withTiers(tiers(node.get("tiers"), path + ".tiers"));
            }
            if (given(node, "tier_mode")) {
                p = p.withTierMode(tierMode(node.get("tier_mode"), path + ".tier_mode"));
            }
            if (node.has("monthly_cap")) {
                JsonNode cap = node.get("monthly_cap");
                p = p.withMonthlyCap(cap.isNull() ? Optional.empty()
                        : Optional.of(money(cap, path + ".monthly_cap")));
            }
            if (given(node, "min_heads")) {
                p = p.withMinHeads(whole(node.get("min_heads"), path + ".min_heads"));
            }
            if (given(node, "cap_at_reported")) {
                JsonNode b = node.get("cap_at_reported");
                if (!b.isBoolean()) {
                    throw new Bad(path + ".cap_at_reported: must be true or false");
                }
                p = p.withCapAtReported(b.booleanValue());
            }
            if (given(node, "cap_tolerance_pct")) {
                p = p.withCapTolerance(percent(node.get("cap_tolerance_pct"), path + ".cap_tolerance_pct"));
            }
            if (given(node, "variance_flag_pct")) {
                p = p.withVarianceFlag(percent(node.get("variance_flag_pct"), path + ".variance_flag_pct"));
            }
            if (given(node, "scan_order_tolerance_minutes")) {
                p = p.withScanOrderToleranceMinutes(whole(node.get("scan_order_tolerance_minutes"),
                        path + ".scan_order_tolerance_minutes"));
            }
        } catch (Bad e) {
            problems.add(e.getMessage());
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
        }
        return problems.size() > before ? base : p;
    }

    /** A key given with a value; {@code null} means "not used here", as if the key were left out. */
    private static boolean given(JsonNode node, String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    private static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private static Money money(JsonNode v, String path) {
        if (!v.isTextual() && !v.isNumber()) {
            throw new Bad(path + ": must be an amount like \"20.00\"");
        }
        try {
            return Money.parse(decimalText(v, "amount"));
        } catch (IllegalArgumentException e) {
            throw new Bad(path + ": " + e.getMessage());
        }
    }

    private static Percent percent(JsonNode v, String path) {
        if (!v.isTextual() && !v.isNumber()) {
            throw new Bad(path + ": must be a percentage like \"10\"");
        }
        try {
            return Percent.parse(decimalText(v, "percentage"));
        } catch (IllegalArgumentException e) {
            throw new Bad(path + ": " + e.getMessage());
        }
    }

    /**
     * The text of an amount or a percentage: a string as given; a JSON number as the plain decimal it is written as
     * ({@code 20}, {@code 20.5}, {@code 20.50}), read then by the same rule as a string. A number with more than two
     * decimals, or one written with an exponent and no decimals left ({@code 1e2}), is refused here, before its
     * digits are written out.
     */
    private static String decimalText(JsonNode v, String what) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        BigDecimal d = v.decimalValue();
        if (d.scale() < 1) {
            throw new IllegalArgumentException(what + " " + d.unscaledValue() + "E" + -d.scale()
                    + " is written with an exponent; write it out, e.g. "
                    + "\"" + (what.equals("amount") ? "100.00" : "10") + "\"");
        }
        if (d.scale() > 2) {
            throw new IllegalArgumentException(what + " " + (d.scale() > 20 ? d.toString() : d.toPlainString())
                    + " has more than 2 decimal places");
        }
        return d.toPlainString();
    }

    private static int whole(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Bad(path + ": must be a whole number");
        }
        return v.intValue();
    }

    private static TierMode tierMode(JsonNode v, String path) {
        try {
            return TierMode.valueOf(v.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Bad(path + ": must be MARGINAL or WHOLE");
        }
    }

    private static List<Tier> tiers(JsonNode v, String path) {
        if (v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new Bad(path + ": must be null or a list of {\"from\": 1, \"rate\": \"15.00\"}");
        }
        List<Tier> list = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode t = v.get(i);
            String at = path + "[" + i + "]";
            if (!t.isObject() || !t.has("from") || !t.has("rate") || t.size() != 2) {
                throw new Bad(at + ": must be {\"from\": N, \"rate\": \"15.00\"}");
            }
            try {
                list.add(new Tier(whole(t.get("from"), at + ".from"), money(t.get("rate"), at + ".rate")));
            } catch (IllegalArgumentException e) {
                throw new Bad(at + ": " + e.getMessage());
            }
        }
        return list;
    }

    /** The document: the default policy in full, and each channel's in full. */
    public static ObjectNode toJson(CommissionRules rules) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("default", toJson(rules.defaults()));
        ObjectNode channels = root.putObject("channels");
        new TreeMap<>(rules.channels()).forEach((code, p) -> channels.set(code.value(), toJson(p)));
        return root;
    }

    public static ObjectNode toJson(CommissionPolicy p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rate_per_head", p.ratePerHead().toString());
        if (p.tiers().isEmpty()) {
            o.putNull("tiers");
        } else {
            ArrayNode tiers = o.putArray("tiers");
            for (Tier t : p.tiers()) {
                tiers.addObject().put("from", t.from()).put("rate", t.rate().toString());
            }
        }
        o.put("tier_mode", p.tierMode().name());
        if (p.monthlyCap().isPresent()) {
            o.put("monthly_cap", p.monthlyCap().get().toString());
        } else {
            o.putNull("monthly_cap");
        }
        o.put("min_heads", p.minHeads());
        o.put("cap_at_reported", p.capAtReported());
        o.put("cap_tolerance_pct", p.capTolerance().toString());
        o.put("variance_flag_pct", p.varianceFlag().toString());
        o.put("scan_order_tolerance_minutes", p.scanOrderToleranceMinutes());
        return o;
    }

    public static String write(CommissionRules rules) {
        return toJson(rules).toString();
    }

    public static String write(CommissionPolicy policy) {
        return toJson(policy).toString();
    }

    /** A policy written in full (as a closed statement keeps it): every key must be there. */
    private static CommissionPolicy full(JsonNode node, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object");
            return null;
        }
        for (String k : new java.util.TreeSet<>(KEYS)) {
            if (!node.has(k)) {
                problems.add(path + "." + k + ": missing");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        // every key is given, so nothing of this starting point remains
        CommissionPolicy blank = new CommissionPolicy(Money.ZERO, List.of(), TierMode.MARGINAL, Optional.empty(), 0,
                false, Percent.ZERO, Percent.ZERO, 0);
        return policy(node, blank, path, problems);
    }

    /** A policy written in full (a closed statement's). */
    public static CommissionPolicy parsePolicy(String json) {
        List<String> problems = new ArrayList<>();
        try {
            CommissionPolicy p = full(MAPPER.readTree(json), "policy", problems);
            if (!problems.isEmpty()) {
                throw new InvalidRules(problems);
            }
            return p;
        } catch (JsonProcessingException e) {
            throw new InvalidRules(List.of("not JSON: " + e.getOriginalMessage()));
        }
    }
}
