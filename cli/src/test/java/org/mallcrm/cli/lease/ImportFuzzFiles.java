package org.mallcrm.cli.lease;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The bad import files of issue 14's fuzz, shared by the command-line fuzz ({@link ImportFuzzTest}) and the web
 * upload's ({@code ImportUploadServerTest}): over every import kind (stalls, merchants, trips, scans, receipts and
 * buyers as CSV and some as .xlsx; leases as JSON Lines), each file bad in one known place against the baseline
 * {@link #baseline} builds. Reproducible from its seed.
 */
final class ImportFuzzFiles {

    final Path dir;
    final Random random;
    int fileNo;

    ImportFuzzFiles(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    /** How many kinds {@link #next} takes in turn: the CSV kinds, then leases. */
    static int kinds() {
        return KINDS.size() + 1;
    }

    /** The {@code i}-th bad file: the kinds in turn. */
    Case next(int i) {
        int pick = i % kinds();
        return pick < KINDS.size() ? csvCase(KINDS.get(pick)) : leasesCase();
    }

    /**
     * The database every file is judged against: the worked examples' stalls and merchants, lease L-B1, a trip, a scan,
     * a receipt, and a buyer ({@link #BASE_BUYER}) — so that keys and phones repeated from stored rows are tried too.
     */
    void baseline(LeasingCli mall) {
        mall.createLease("b1.json", LeasingCli.b1With("{\"lease_no\": \"L-B1\"}"));
        mall.ok("import", "trips", csvFile(KINDS.get(2).header(), List.of(row(
                "T-0,CH1,渠道一,QR-0,浙A·00000,2026-03-09,2026-03-09T09:00:00+08:00,2026-03-09T18:00:00+08:00,30")))
                .toString());
        mall.ok("import", "scans", csvFile(KINDS.get(3).header(), List.of(row(
                "S-0,CHANNEL,QR-0,B-0,2026-03-09T10:00:00+08:00"))).toString());
        mall.ok("import", "receipts", csvFile(KINDS.get(4).header(), List.of(row(
                "R-0,L-B1,2026-01-20,50.00,CASH"))).toString());
        mall.ok("import", "buyers", csvFile(KINDS.get(5).header(), List.of(row(
                BASE_BUYER + ",赵敏," + BASE_BUYER_PHONE + ",女装,浙江,TRAIN"))).toString());
    }

    /** The baseline's buyer: a row naming its id with other values, or its phone under another id, is a conflict. */
    static final String BASE_BUYER = "BB-1";
    static final String BASE_BUYER_PHONE = "13900139001";

    /** A CSV import kind: its good rows, and values that are bad in each column. */
    record Kind(String name, List<String> header, List<List<String>> rows, int key, Map<String, List<String>> bad,
            boolean xlsx) {
    }

    /** One generated bad file and where it is bad (0: the file as a whole, with no line to name). */
    record Case(String kind, String what, Path file, int line) {
    }

    static List<String> row(String csv) {
        List<String> out = new ArrayList<>();
        try {
            for (String v : CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(0)) {
                out.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, List<String>> bad(String... columnAndValues) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String s : columnAndValues) {
            int eq = s.indexOf('=');
            m.computeIfAbsent(s.substring(0, eq), k -> new ArrayList<>()).add(s.substring(eq + 1));
        }
        return m;
    }

    static final List<Kind> KINDS = List.of(
            new Kind("stalls", row("stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt"),
                    List.of(row("2F-A-001,2F,A,女装,20.00,100.00,VACANT,\"POLYGON((0 0, 4000 0, 4000 5000, 0 5000, 0 0))\""),
                            row("2F-A-002,2F,A,男装,20.00,110.00,VACANT,\"POLYGON((4000 0, 8000 0, 8000 5000, 4000 5000, 4000 0))\""),
                            row("2F-A-003,2F,B,童装,20.00,120.00,RENOVATING,\"POLYGON((8000 0, 12000 0, 12000 5000, 8000 5000, 8000 0))\"")),
                    0, bad("stall_no=", "stall_no=2F A 001", "stall_no=" + "X".repeat(41), "floor=",
                            "leasable_area_m2=-1", "leasable_area_m2=abc", "leasable_area_m2=1.234", "leasable_area_m2=0",
                            "leasable_area_m2=100000000", "base_rent=-5", "base_rent=x", "base_rent=99999999999",
                            "status=SOLD", "status=", "outline_wkt=POLYGON((0 0, 1 1))", "outline_wkt=garbage",
                            "outline_wkt=", "business_type="), true),
            new Kind("merchants", row("merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province"),
                    List.of(row("M-0100,新商户一,张三,13800000100,展会,PROSPECT,,女装,浙江"),
                            row("M-0101,新商户二,李四,13800000101,老客户介绍,NEGOTIATING,B,男装,广东"),
                            row("M-0102,新商户三,王五,13800000102,展会,QUALIFIED,A,童装,江苏")),
                    0, bad("merchant_no=", "merchant_no=M 1", "name=", "name=" + "名".repeat(300), "stage=WON",
                            "grade=E", "grade=AA"), true),
            new Kind("trips", row("trip_no,channel,channel_name,channel_code,coach_plate,arrival_date,window_start,"
                            + "window_end,reported_headcount"),
                    List.of(row("T-1,CH1,渠道一,QR-1,浙A·00001,2026-03-10,2026-03-10T09:00:00+08:00,2026-03-10T18:00:00+08:00,40"),
                            row("T-2,CH1,渠道一,QR-2,浙A·00002,2026-03-11,2026-03-11T09:00:00+08:00,2026-03-11T18:00:00+08:00,35"),
                            row("T-3,CH2,渠道二,QR-3,浙A·00003,2026-03-12,2026-03-12T09:00:00+08:00,2026-03-12T18:00:00+08:00,20")),
                    0, bad("trip_no=", "trip_no=T 1", "channel=", "channel_code=", "arrival_date=2026-02-30",
                            "arrival_date=tomorrow", "window_start=2026-03-10T09:00", "window_start=x",
                            "window_end=2026-03-10T08:00:00+08:00", "reported_headcount=-1",
                            "reported_headcount=4.5", "reported_headcount=abc"), false),
            new Kind("scans", row("scan_id,kind,code,buyer_id,scanned_at"),
                    List.of(row("S-1,CHECKIN,GATE-1,B-1,2026-03-10T10:00:00+08:00"),
                            row("S-2,CHECKIN,GATE-1,B-2,2026-03-10T10:05:00+08:00"),
                            row("S-3,CHECKIN,GATE-2,B-3,2026-03-10T11:00:00+08:00")),
                    0, bad("scan_id=", "kind=BOTH", "kind=", "code=", "scanned_at=2026-03-10 10:00",
                            "scanned_at=x", "scanned_at="), false),
            new Kind("receipts", row("receipt_no,lease_no,received_on,amount,method"),
                    List.of(row("R-1,L-B1,2026-02-01,100.00,CASH"),
                            row("R-2,L-B1,2026-02-02,200.00,WECHAT"),
                            row("R-3,L-B1,2026-02-03,300.00,")),
                    0, bad("receipt_no=R 1", "lease_no=", "lease_no=L-NOPE", "received_on=2026-02-30",
                            "received_on=x", "received_on=", "amount=0", "amount=-1", "amount=abc", "amount=1.001",
                            "amount=", "amount=99999999999"), true),
            new Kind("buyers", row("buyer_id,name,phone,main_category,province,transport_mode"),
                    List.of(row("BY-1,王芳,13800138001,女装,浙江,COACH"),
                            row("BY-2,李强,+86 138-0013-8002,男装,广东省,自驾"),
                            row("BY-3,张伟,13800138003,童装,江苏,")),
                    0, bad("buyer_id=", "buyer_id=BY 1", "buyer_id=" + "B".repeat(65), "name=", "name=" + "名".repeat(300),
                            "phone=", "phone=12345", "phone=abc", "phone=1380013800", "phone=23800138001",
                            "phone=138001380011", "phone=" + BASE_BUYER_PHONE,
                            "main_category=汽车配件", "province=火星", "transport_mode=BOAT",
                            "transport_mode=飞船", "buyer_id=" + BASE_BUYER), true));


    // ---- CSV kinds ------------------------------------------------------------------------------------------------

    Case csvCase(Kind k) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : k.rows()) {
            rows.add(new ArrayList<>(r));
        }
        int target = random.nextInt(rows.size());
        int line = target + 2;
        List<String> header = new ArrayList<>(k.header());
        String what;
        int type = random.nextInt(14);
        switch (type) {
            case 0, 1 -> {
                List<String> r = rows.get(target);
                if (random.nextBoolean()) {
                    r.remove(random.nextInt(r.size()));
                    what = "fewer fields";
                } else {
                    r.add(random.nextInt(r.size() + 1), "多余");
                    what = "more fields";
                }
            }
            case 2, 3, 4 -> {
                List<String> columns = new ArrayList<>(k.bad().keySet());
                String column = columns.get(random.nextInt(columns.size()));
                List<String> values = k.bad().get(column);
                String value = values.get(random.nextInt(values.size()));
                rows.get(target).set(k.header().indexOf(column), value);
                what = "bad value " + column + "=" + value;
            }
            case 5, 6 -> {
                int column = random.nextInt(header.size());
                String v = rows.get(target).get(column);
                int at = v.isEmpty() ? 0 : random.nextInt(v.length() + 1);
                String control = new String[] {"\u0000", "\u001b[31m", "\u0007", "\u007f", "\u0085"}[random.nextInt(5)];
                rows.get(target).set(column, v.substring(0, at) + control + v.substring(at));
                what = "control character U+" + String.format("%04X", (int) control.charAt(0)) + " in "
                        + header.get(column);
            }
            case 7 -> {
                int other = (target + 1 + random.nextInt(rows.size() - 1)) % rows.size();
                rows.get(other).set(k.key(), rows.get(target).get(k.key()));
                line = Math.max(target, other) + 2;
                what = "key repeated in the file";
            }
            case 8 -> {
                return byteCase(k, rows, target);
            }
            case 9 -> {
                return quoteCase(k, rows, target);
            }
            case 10 -> {
                return headerCase(k, rows);
            }
            case 11 -> {
                // a quoted value spanning two lines, then a row with one field too many after it: the bad row is
                // numbered by its physical line
                int spanning = random.nextInt(rows.size() - 1);
                int c = random.nextInt(header.size());
                rows.get(spanning).set(c, rows.get(spanning).get(c) + "\n续");
                rows.get(rows.size() - 1).add("多余");
                line = rows.size() + 2;
                what = "a line break inside a quoted " + header.get(c) + " before a row too long";
            }
            default -> {
                // the whole file as empty / header only / blank lines only
                String[] shapes = {"", String.join(",", header) + "\n", "\n\n\n", "\uFEFF", "\uFEFF\n"};
                int s = random.nextInt(shapes.length);
                return new Case(k.name(), "nothing to import #" + s, write(k.name(), "csv",
                        shapes[s].getBytes(StandardCharsets.UTF_8)), 0);
            }
        }
        // (in a workbook a missing last field is only an empty cell, so a row is made shorter in CSV alone)
        boolean asXlsx = k.xlsx() && (type <= 4 || type == 7) && !what.equals("fewer fields")
                && random.nextInt(4) == 0;
        if (asXlsx) {
            return new Case(k.name(), what + " (xlsx)", xlsxFile(header, rows), line);
        }
        Layout layout = Layout.random(random);
        if (layout.blankLinesBefore > 0 && line > 1) {
            line += layout.blankLinesBefore;
        }
        return new Case(k.name(), what + layout, write(k.name(), "csv", layout.render(header, rows)), line);
    }

    /** A byte that is not UTF-8 (or a raw NUL) somewhere in row {@code target}. */
    private Case byteCase(Kind k, List<List<String>> rows, int target) {
        byte[][] bads = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xE4, (byte) 0xB8},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}, {0}};
        int b = random.nextInt(bads.length);
        Layout layout = Layout.random(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(layout.bom ? "\uFEFF".getBytes(StandardCharsets.UTF_8) : new byte[0]);
        out.writeBytes((csvLine(k.header()) + layout.eol).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows.size(); i++) {
            String text = csvLine(rows.get(i));
            if (i == target) {
                int at = random.nextInt(text.length() + 1);
                out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bads[b]);
                out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(layout.eol.getBytes(StandardCharsets.UTF_8));
        }
        String name = b == bads.length - 1 ? "a NUL byte" : "bad bytes #" + b;
        return new Case(k.name(), name + layout, write(k.name(), "csv", out.toByteArray()), target + 2);
    }

    /** A quoted field that never closes, or text after a closing quote, in row {@code target}. */
    private Case quoteCase(Kind k, List<List<String>> rows, int target) {
        StringBuilder s = new StringBuilder(csvLine(k.header())).append('\n');
        boolean neverCloses = random.nextBoolean();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (i == target) {
                int c = random.nextInt(r.size());
                List<String> parts = new ArrayList<>();
                for (int j = 0; j < r.size(); j++) {
                    String v = r.get(j);
                    if (j == c) {
                        parts.add(neverCloses ? "\"" + v.replace("\"", "") : "\"" + v.replace("\"", "") + "\"x");
                    } else {
                        parts.add(quote(v));
                    }
                }
                s.append(String.join(",", parts)).append('\n');
            } else {
                s.append(csvLine(r)).append('\n');
            }
        }
        return new Case(k.name(), neverCloses ? "a quote that never closes" : "text after a closing quote",
                write(k.name(), "csv", s.toString().getBytes(StandardCharsets.UTF_8)), target + 2);
    }

    /** A header with an unknown, a repeated or a missing column. */
    private Case headerCase(Kind k, List<List<String>> rows) {
        List<String> header = new ArrayList<>(k.header());
        int c = random.nextInt(header.size());
        String what;
        switch (random.nextInt(3)) {
            case 0 -> {
                header.set(c, header.get(c) + "_x");
                what = "an unknown column";
            }
            case 1 -> {
                header.set(c, header.get((c + 1) % header.size()));
                what = "a repeated column";
            }
            default -> {
                // the key or the column after it: required in every kind (some others are optional)
                int required = random.nextBoolean() ? k.key() : k.key() + 1;
                header.remove(required);
                for (List<String> r : rows) {
                    r.remove(required);
                }
                what = "a missing column";
            }
        }
        return new Case(k.name(), what, csvFile(header, rows), 1);
    }

    /** How a CSV file is laid out around its rows: a BOM, CRLF, blank lines before the first row. */
    record Layout(boolean bom, String eol, int blankLinesBefore) {
        static Layout random(Random r) {
            return new Layout(r.nextInt(4) == 0, r.nextInt(4) == 0 ? "\r\n" : "\n", r.nextInt(5) == 0 ? 2 : 0);
        }

        byte[] render(List<String> header, List<List<String>> rows) {
            StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
            s.append(csvLine(header)).append(eol);
            s.append(eol.repeat(blankLinesBefore));
            for (List<String> r : rows) {
                s.append(csvLine(r)).append(eol);
            }
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return (bom ? " +BOM" : "") + (eol.length() == 2 ? " +CRLF" : "")
                    + (blankLinesBefore > 0 ? " +blank lines" : "");
        }
    }

    static String quote(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static String csvLine(List<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            q.add(quote(v));
        }
        return String.join(",", q);
    }

    Path csvFile(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(csvLine(header)).append('\n');
        for (List<String> r : rows) {
            s.append(csvLine(r)).append('\n');
        }
        return write("good", "csv", s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Path xlsxFile(List<String> header, List<List<String>> rows) {
        Path file = dir.resolve("fuzz-" + (++fileNo) + ".xlsx");
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "mallcrm-fuzz", "1.0");
            Worksheet ws = wb.newWorksheet("rows");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    ws.value(r + 1, c, rows.get(r).get(c));
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private Path write(String kind, String ext, byte[] bytes) {
        Path file = dir.resolve("fuzz-" + kind + "-" + (++fileNo) + "." + ext);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    // ---- leases (JSON Lines) --------------------------------------------------------------------------------------

    static final List<String> LEASES = List.of(
            LeasingCli.b1With("{\"lease_no\": \"L-N1\", \"stall_nos\": [\"1F-A-102\"], \"leasable_area_m2\": \"24.00\", "
                    + "\"security_deposit\": \"0.00\"}"),
            LeasingCli.b1With("{\"lease_no\": \"L-N2\", \"stall_nos\": [\"1F-A-103\"], \"leasable_area_m2\": \"24.00\", "
                    + "\"security_deposit\": \"0.00\"}"),
            LeasingCli.b1With("{\"lease_no\": \"L-N3\", \"merchant_no\": \"M-0002\", \"stall_nos\": [\"1F-A-102\"], "
                    + "\"leasable_area_m2\": \"24.00\", \"security_deposit\": \"0.00\", \"start\": \"2027-01-15\", "
                    + "\"end\": \"2028-01-14\", \"rent_free\": []}"));

    /** Field values that are bad in a lease spec. */
    static final String[] BAD_LEASE_FIELDS = {
        "{\"lease_no\": \"\"}", "{\"lease_no\": \"L N\"}", "{\"lease_no\": \"L-\\u0000\"}", "{\"merchant_no\": \"M-NOPE\"}",
        "{\"stall_nos\": []}", "{\"stall_nos\": [\"9F-Z-999\"]}", "{\"kind\": \"FOREVER\"}", "{\"start\": \"2026-02-30\"}",
        "{\"end\": \"2025-01-01\"}", "{\"end\": \"9999-12-31\"}", "{\"rent_per_m2_month\": 180.5}",
        "{\"rent_per_m2_month\": \"-1\"}", "{\"billing\": \"HOURLY\"}", "{\"advance_days\": -3}",
        "{\"advance_days\": \"x\"}", "{\"escalation\": {\"percent\": \"1000000\", \"every_months\": 1, "
            + "\"anchor\": \"START\", \"compound\": true}}", "{\"security_deposit\": 16380}",
        "{\"leasable_area_m2\": \"0\"}", "{\"proration\": \"SOMETIMES\"}", "{\"stall_nos\": \"1F-A-102\"}",
        "{\"rent_free\": [{\"from\": \"2026-05-01\", \"to\": \"2026-04-01\"}]}", "{\"unknown_field\": 1}",
    };

    Case leasesCase() {
        List<String> lines = new ArrayList<>(LEASES);
        int target = random.nextInt(lines.size());
        String what;
        int line = target + 1;
        byte[] insert = null;
        switch (random.nextInt(8)) {
            case 0 -> {
                String l = lines.get(target);
                lines.set(target, l.substring(0, 1 + random.nextInt(l.length() - 2)));
                what = "a line cut short";
            }
            case 1, 2, 3 -> {
                String field = BAD_LEASE_FIELDS[random.nextInt(BAD_LEASE_FIELDS.length)];
                lines.set(target, withFields(lines.get(target), field));
                what = "bad field " + field;
            }
            case 4 -> {
                String[] notObjects = {"null", "[]", "42", "\"spec\"", "{}", "{\"lease_no\": \"L-N9\"}"};
                String v = notObjects[random.nextInt(notObjects.length)];
                lines.set(target, v);
                what = "not a spec: " + v;
            }
            case 5 -> {
                int other = (target + 1) % lines.size();
                lines.set(other, withFields(lines.get(other), "{\"lease_no\": \""
                        + (target == 0 ? "L-N1" : target == 1 ? "L-N2" : "L-N3") + "\"}"));
                line = Math.max(target, other) + 1;
                what = "lease number repeated";
            }
            case 6 -> {
                byte[][] bads = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE4, (byte) 0xB8}, {0}};
                insert = bads[random.nextInt(bads.length)];
                what = insert.length == 1 && insert[0] == 0 ? "a NUL byte" : "bad bytes";
            }
            default -> {
                lines.add(target, "");
                lines.add(target, "");
                line = target + 3;
                lines.set(target + 2, lines.get(target + 2).replace("\"L-N", "\"L N"));
                what = "blank lines, then a bad lease number";
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean bom = random.nextInt(4) == 0;
        if (bom) {
            out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (insert != null && i == target) {
                int at = 1 + random.nextInt(l.length() - 1);
                out.writeBytes(l.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(insert);
                out.writeBytes(l.substring(at).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(l.getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        }
        return new Case("leases", what + (bom ? " +BOM" : ""), write("leases", "jsonl", out.toByteArray()), line);
    }

    Path jsonl(List<String> lines, String prefix) {
        return write("leases", "jsonl", (prefix + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String withFields(String spec, String fields) {
        try {
            var mapper = org.mallcrm.adapters.http.common.Json.mapper();
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(spec);
            node.setAll((com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(fields));
            return mapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
