package org.mallcrm.adapters.http.channel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Idempotency;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.channel.port.in.RecordScanUseCase;
import org.mallcrm.application.channel.port.in.RecordScanUseCase.RecordScanCommand;
import org.mallcrm.application.channel.port.in.RecordScanUseCase.RecordScanOutcome;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ChannelRows;
import org.mallcrm.domain.channel.FieldError;
import org.mallcrm.domain.channel.RowOutcome;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;
import org.mallcrm.domain.channel.TripRow;
import org.mallcrm.domain.time.MallTime;

/**
 * Channel routes: buyers post scans ({@code /scans}); channel operators register and read their own trips and
 * statements ({@code /me/trips}, {@code /me/statements}); staff read every trip and the reconciliation
 * ({@code /trips}, {@code /commissions}).
 */
public final class ChannelRoutes {

    /** What a buyer's app posts; only kind and code are required. */
    public record ScanRequest(String scanId, String kind, String code, String scannedAt) {
    }

    /** What a channel operator posts to register a trip; channel_code defaults to {@code QR-<trip_no>}. */
    public record TripRequest(String tripNo, String channelCode, String coachPlate, String arrivalDate,
            String windowStart, String windowEnd, Integer reportedHeadcount) {
    }

    /** A closed statement in a list (its lines are one GET away). */
    public record StatementSummaryJson(String channel, String month, String status, String closedAt, int trips,
            long validHeads, long paidHeads, String total) {
    }

    private final TripUseCases trips;
    private final RecordScanUseCase scans;
    private final ReconcileUseCase reconcile;
    private final StatementUseCases statements;

    public ChannelRoutes(TripUseCases trips, RecordScanUseCase scans, ReconcileUseCase reconcile,
            StatementUseCases statements) {
        this.trips = trips;
        this.scans = scans;
        this.reconcile = reconcile;
        this.statements = statements;
    }

    /** {@code /api/v1/scans}. */
    public HttpService scans() {
        return rules -> rules.post("/", this::postScan);
    }

    /** {@code /api/v1/trips} (staff). */
    public HttpService staffTrips() {
        return rules -> rules.get("/", (req, res) -> {
            Optional<ChannelCode> channel = Optional.ofNullable(Params.text(req, "channel"))
                    .map(ChannelRoutes::channelParameter);
            listTrips(req, res, channel);
        }).get("/{no}", (req, res) -> {
            Responses.ok(res, ChannelJson.TripJson.of(trip(req.path().pathParameters().get("no"), Optional.empty())));
        }).get("/{no}/heads", (req, res) -> {
            Trip t = trip(req.path().pathParameters().get("no"), Optional.empty());
            var line = statements.line(t.tripNo()).orElseThrow(() -> ApiException.notFound("no trip " + t.tripNo()));
            Responses.ok(res, ChannelJson.TripHeadsJson.of(line.line(), line.status()));
        });
    }

    /** {@code /api/v1/commissions?from=&to=} (staff): the reconciliation of the trips arriving in the period. */
    public HttpService commissions() {
        return rules -> rules.get("/", (req, res) -> {
            LocalDate from = Params.requiredDate(req, "from");
            LocalDate to = Params.requiredDate(req, "to");
            if (to.isBefore(from)) {
                throw ApiException.badParameter("to", "is before from");
            }
            if (from.plusDays(366).isBefore(to)) {
                throw ApiException.badParameter("to", "a period is at most a year");
            }
            ChannelJson.ReconciliationJson all = ChannelJson.ReconciliationJson.of(from, to,
                    reconcile.reconcile(from, to));
            Responses.PageJson<ChannelJson.TripResultJson> trips = Responses.page(req, all.trips(), t -> t);
            Responses.ok(res, all.page(trips.items(), trips.nextCursor()));
        });
    }

    /** {@code /api/v1/me/trips} (channel operators): their own trips; POST registers one. */
    public HttpService myTrips() {
        return rules -> rules.get("/", (req, res) -> {
            ChannelCode mine = myChannel(req);
            listTrips(req, res, Optional.of(mine));
        }).get("/{no}", (req, res) -> {
            ChannelCode mine = myChannel(req);
            Responses.ok(res, ChannelJson.TripJson.of(trip(req.path().pathParameters().get("no"), Optional.of(mine))));
        }).post("/", (req, res) -> {
            ChannelCode mine = myChannel(req);
            TripRequest body = Bodies.read(req, TripRequest.class);
            Trip trip = parseTrip(body, mine);
            switch (trips.register(trip)) {
                case TripUseCases.RegisterOutcome.Registered r -> Responses.created(res, ChannelJson.TripJson.of(r.trip()));
                case TripUseCases.RegisterOutcome.Refused r -> throw ApiException.conflict("trip-refused", r.reason());
            }
        });
    }

    /** {@code /api/v1/me/statements} (channel operators): closed statements; {@code /{month}} one, draft or closed. */
    public HttpService myStatements() {
        return rules -> rules.get("/", (req, res) -> {
            ChannelCode mine = myChannel(req);
            List<StatementSummaryJson> list = new ArrayList<>();
            for (var s : statements.closed(Optional.of(mine))) {
                list.add(new StatementSummaryJson(s.channel().value(), s.month().toString(), s.status().name(),
                        ChannelJson.instant(s.closedAt()), s.lines().size(), s.validHeads(), s.paidHeads(),
                        s.total().toString()));
            }
            Responses.ok(res, Responses.page(req, list, j -> j));
        }).get("/{month}", (req, res) -> {
            ChannelCode mine = myChannel(req);
            String raw = req.path().pathParameters().get("month");
            YearMonth month = Dates.monthOrNull(raw);
            if (month == null) {
                throw ApiException.notFound("no statement " + Problems.quote(raw));
            }
            String h = Params.text(req, "heads");
            if (h != null && !h.equals("true") && !h.equals("false")) {
                throw ApiException.badParameter("heads", "must be true or false");
            }
            boolean heads = "true".equals(h);
            Responses.ok(res, ChannelJson.StatementJson.of(statements.statement(mine, month), heads));
        });
    }

    private static final HeaderName REPLAYED = Idempotency.REPLAYED;
    private static final Set<String> SCAN_FIELDS = Set.of("scan_id", "kind", "code", "scanned_at");

    /**
     * The streaming parser and generator of the scan route, with buffers shared across threads: Jackson's default
     * keeps them per thread, and every request runs on a new virtual thread, so each would allocate its own.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build();

    /**
     * The scan body read with the streaming parser: this route takes thousands of posts a second, and binding a
     * record by reflection costs several times more. Unknown fields are refused, as everywhere.
     */
    private static ScanRequest scanBody(ServerRequest req) {
        Map<String, String> fields = new HashMap<>(8);
        byte[] body = Bodies.bytesOfJson(req);
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ApiException.badParameter("body", "must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (!SCAN_FIELDS.contains(name)) {
                    throw ApiException.badParameter(Problems.truncate(name, 100), "is not a field of this request; "
                            + "the fields are scan_id, kind, code, scanned_at");
                }
                if (fields.containsKey(name)) {
                    throw ApiException.badParameter("body", "has a field twice");
                }
                if (v == JsonToken.VALUE_STRING) {
                    if (p.getTextLength() > Bodies.MAX_TEXT) {
                        throw ApiException.badParameter(name, "is longer than " + Bodies.MAX_TEXT + " characters");
                    }
                    fields.put(name, p.getText());
                } else if (v != JsonToken.VALUE_NULL) {
                    throw ApiException.badParameter(name, "must be a string");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw ApiException.badParameter("body", "is not one JSON object");
            }
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("body", "is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScanRequest(fields.get("scan_id"), fields.get("kind"), fields.get("code"), fields.get("scanned_at"));
    }

    /** The scan as JSON (the hot route's answer). */
    private static void sendScan(ServerResponse res, Scan s, Optional<TripNo> trip, boolean replayed) {
        res.status(201);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        if (replayed) {
            res.header(REPLAYED, "true");
        }
        res.send(scanJson(s, trip));
    }

    /**
     * The scan as compact JSON bytes, as Jackson's generator writes it: joined straight when every text is printable
     * ASCII with no quote or backslash, which needs no escape (every scan of the gates' and coaches' codes; a third
     * of the answer's cost went to the generator), through the generator otherwise.
     */
    static byte[] scanJson(Scan s, Optional<TripNo> trip) {
        String id = s.scanId().value();
        String code = s.code().value();
        String buyer = s.buyer().value();
        String tripNo = trip.map(TripNo::value).orElse(null);
        String at = ChannelJson.instant(s.scannedAt());
        if (plain(id) && plain(code) && plain(buyer) && plain(at) && (tripNo == null || plain(tripNo))) {
            return ("{\"scan_id\":\"" + id + "\",\"kind\":\"" + s.kind().name() + "\",\"code\":\"" + code
                    + "\",\"buyer_id\":\"" + buyer + "\",\"scanned_at\":\"" + at + "\",\"trip_no\":"
                    + (tripNo == null ? "null" : "\"" + tripNo + "\"") + "}").getBytes(StandardCharsets.US_ASCII);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("scan_id", id);
                g.writeStringField("kind", s.kind().name());
                g.writeStringField("code", code);
                g.writeStringField("buyer_id", buyer);
                g.writeStringField("scanned_at", at);
                g.writeFieldName("trip_no");
                if (tripNo != null) {
                    g.writeString(tripNo);
                } else {
                    g.writeNull();
                }
                g.writeEndObject();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether JSON writes the text between its quotes as it is: printable ASCII, no quote, no backslash. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void postScan(ServerRequest req, ServerResponse res) {
        ScanRequest body = scanBody(req);
        List<ApiException.FieldError> errors = new ArrayList<>();
        ScanKind kind = null;
        if (body.kind() == null || body.kind().isBlank()) {
            errors.add(new ApiException.FieldError("kind", "is missing; CHANNEL or CHECKIN"));
        } else {
            try {
                kind = ScanKind.valueOf(body.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new ApiException.FieldError("kind", "must be CHANNEL or CHECKIN"));
            }
        }
        ScanCode code = field(errors, "code", body.code(), ScanCode::of);
        Optional<String> id = Optional.ofNullable(body.scanId()).filter(s -> !s.isBlank());
        id.ifPresent(s -> field(errors, "scan_id", s, org.mallcrm.domain.channel.ScanId::of));
        Optional<Instant> at = Optional.ofNullable(body.scannedAt()).filter(s -> !s.isBlank())
                .map(s -> field(errors, "scanned_at", s, ChannelRows::instant));
        Optional<String> key = Idempotency.key(req);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        BuyerId buyer = Caller.buyer(req);
        RecordScanOutcome outcome = scans.record(new RecordScanCommand(buyer, id, key, kind, code, at,
                Caller.tokenToConfirm(req)));
        switch (outcome) {
            case RecordScanOutcome.Recorded r -> sendScan(res, r.scan(), r.trip(), false);
            case RecordScanOutcome.Replayed r -> sendScan(res, r.scan(), r.trip(), true);
            case RecordScanOutcome.Conflict c -> throw ApiException.conflict("scan-id-taken", c.reason());
            case RecordScanOutcome.TokenRefused t -> throw ApiException.unauthorized();
        }
    }

    private void listTrips(ServerRequest req, ServerResponse res, Optional<ChannelCode> channel) {
        Page<Trip> page = trips.list(channel, Params.cursor(req, TripNo::of), Params.limit(req));
        Responses.ok(res, Responses.page(page, ChannelJson.TripJson::of));
    }

    /** A trip by number; another channel's trip is 404 to a channel operator. */
    private Trip trip(String raw, Optional<ChannelCode> owner) {
        TripNo no = Params.id("trip", raw, TripNo::of);
        Trip t = trips.find(no).orElseThrow(() -> ApiException.notFound("no trip " + Problems.quote(raw)));
        if (owner.isPresent() && !owner.get().equals(t.channel())) {
            throw ApiException.notFound("no trip " + Problems.quote(raw));
        }
        return t;
    }

    private ChannelCode myChannel(ServerRequest req) {
        return Caller.channel(req);
    }

    private static Trip parseTrip(TripRequest b, ChannelCode channel) {
        Map<String, String> row = new HashMap<>();
        row.put("trip_no", b.tripNo());
        row.put("channel", channel.value());
        row.put("channel_name", channel.value());
        row.put("channel_code", b.channelCode() == null || b.channelCode().isBlank()
                ? (b.tripNo() == null ? null : "QR-" + b.tripNo().strip()) : b.channelCode());
        row.put("coach_plate", b.coachPlate());
        String arrival = b.arrivalDate();
        if ((arrival == null || arrival.isBlank()) && b.windowStart() != null) {
            try {
                arrival = ChannelRows.instant(b.windowStart()).atZone(MallTime.ZONE)
                        .toLocalDate().toString();
            } catch (IllegalArgumentException e) {
                arrival = null;
            }
        }
        row.put("arrival_date", arrival);
        row.put("window_start", b.windowStart());
        row.put("window_end", b.windowEnd());
        row.put("reported_headcount", b.reportedHeadcount() == null ? null : b.reportedHeadcount().toString());
        RowOutcome<TripRow> outcome = ChannelRows.trip(row);
        if (outcome instanceof RowOutcome.Invalid<TripRow> invalid) {
            List<ApiException.FieldError> errors = new ArrayList<>();
            for (FieldError e : invalid.errors()) {
                errors.add(new ApiException.FieldError(e.column(), e.reason()));
            }
            throw ApiException.badRequest(errors);
        }
        return ((RowOutcome.Valid<TripRow>) outcome).value().trip();
    }

    private interface Parser<T> {
        T parse(String s);
    }

    private static <T> T field(List<ApiException.FieldError> errors, String name, String raw, Parser<T> parser) {
        if (raw == null || raw.isBlank()) {
            errors.add(new ApiException.FieldError(name, "is missing"));
            return null;
        }
        try {
            return parser.parse(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new ApiException.FieldError(name, e.getMessage()));
            return null;
        }
    }

    private static ChannelCode channelParameter(String raw) {
        try {
            return ChannelCode.of(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("channel", e.getMessage());
        }
    }
}
