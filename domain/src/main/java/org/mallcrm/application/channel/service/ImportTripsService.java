package org.mallcrm.application.channel.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mallcrm.application.channel.port.in.ImportTripsUseCase;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.service.ImportCells;
import org.mallcrm.application.common.service.WholeFileImport;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ChannelRows;
import org.mallcrm.domain.channel.FieldError;
import org.mallcrm.domain.channel.RowOutcome;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;
import org.mallcrm.domain.channel.TripRow;

/**
 * Imports trips all or nothing, inside one unit of work: parses every row, checks trip numbers and channel codes
 * repeated in the file or naming another stored trip, compares with what is stored (unchanged, new, or an update
 * that needs {@code --update}), creates the channels the file names for the first time, and writes only when every
 * row is good.
 */
public final class ImportTripsService implements ImportTripsUseCase {

    private final Trips trips;
    private final UnitOfWork unitOfWork;

    public ImportTripsService(Trips trips, UnitOfWork unitOfWork) {
        this.trips = trips;
        this.unitOfWork = unitOfWork;
    }

    private record Parsed(int line, TripRow row) {
    }

    @Override
    public ImportOutcome importTrips(RowStream file, ImportOptions options) {
        return WholeFileImport.run(file, COLUMNS, options,
                (rows, o) -> unitOfWork.inTransaction(() -> importInTransaction(rows, o)));
    }

    private ImportOutcome importInTransaction(List<ImportRow> rows, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        Map<TripNo, Parsed> parsed = new LinkedHashMap<>();
        Map<ScanCode, Parsed> byCode = new HashMap<>();
        Map<ChannelCode, Parsed> channelNamedAt = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            RowOutcome<TripRow> outcome = ChannelRows.trip(row.values());
            if (outcome instanceof RowOutcome.Invalid<TripRow> invalid) {
                for (FieldError e : invalid.errors()) {
                    errors.add(ImportCells.refused(row.line(), e.column(), e.value(), e.reason(), e.missing()));
                }
                continue;
            }
            TripRow tr = ((RowOutcome.Valid<TripRow>) outcome).value();
            Trip t = tr.trip();
            Parsed p = new Parsed(row.line(), tr);
            Parsed earlier = parsed.putIfAbsent(t.tripNo(), p);
            if (earlier != null) {
                errors.add(ImportCells.duplicateInFile(row.line(), "trip_no", t.tripNo().value(), "trip number",
                        earlier.line()));
                continue;
            }
            Parsed sameCode = byCode.putIfAbsent(t.channelCode(), p);
            if (sameCode != null) {
                errors.add(new RowError(row.line(), "channel_code", t.channelCode().value(),
                        "channel code also names trip " + sameCode.row().trip().tripNo() + " on line "
                                + sameCode.line(), RowError.DUPLICATE_IN_FILE,
                        List.of(String.valueOf(sameCode.line()), sameCode.row().trip().tripNo().value())));
            }
            Parsed named = channelNamedAt.putIfAbsent(t.channel(), p);
            if (named != null && !named.row().channel().name().equals(tr.channel().name())) {
                errors.add(new RowError(row.line(), "channel_name", tr.channel().name(), "channel " + t.channel()
                        + " is named '" + named.row().channel().name() + "' on line " + named.line()));
            }
        }

        Map<TripNo, Trip> stored = trips.findAll(parsed.keySet());
        Map<ScanCode, Trip> storedByCode = trips.findByCodes(byCode.keySet());
        List<Trip> created = new ArrayList<>();
        List<Trip> updated = new ArrayList<>();
        int unchanged = 0;
        for (Parsed p : parsed.values()) {
            Trip t = p.row().trip();
            Trip holder = storedByCode.get(t.channelCode());
            if (holder != null && !holder.tripNo().equals(t.tripNo())) {
                errors.add(new RowError(p.line(), "channel_code", t.channelCode().value(),
                        "channel code already names stored trip " + holder.tripNo(), RowError.CODE_TAKEN,
                        List.of(holder.tripNo().value())));
                continue;
            }
            Trip existing = stored.get(t.tripNo());
            if (existing == null) {
                created.add(t);
            } else if (existing.equals(t)) {
                unchanged++;
            } else if (!options.update()) {
                errors.add(ImportCells.existsDifferent(p.line(), "trip_no", t.tripNo().value(), "trip",
                        differences(existing, t)));
            } else {
                updated.add(t);
            }
        }
        if (!errors.isEmpty()) {
            return new ImportOutcome.Rejected(errors);
        }
        if (!options.dryRun()) {
            Map<ChannelCode, Channel> known = trips.channels(channelNamedAt.keySet());
            List<Channel> newChannels = new ArrayList<>();
            for (Parsed p : channelNamedAt.values()) {
                if (!known.containsKey(p.row().channel().code())) {
                    newChannels.add(p.row().channel());
                }
            }
            trips.insertChannels(newChannels);
            trips.update(updated);
            trips.insert(created);
        }
        return new ImportOutcome.Imported(created.size(), updated.size(), unchanged, options.dryRun());
    }

    static String differences(Trip a, Trip b) {
        List<String> d = new ArrayList<>();
        if (!a.channel().equals(b.channel())) {
            d.add("channel " + a.channel() + " → " + b.channel());
        }
        if (!a.channelCode().equals(b.channelCode())) {
            d.add("channel_code " + a.channelCode() + " → " + b.channelCode());
        }
        if (!a.coachPlate().equals(b.coachPlate())) {
            d.add("coach_plate " + a.coachPlate() + " → " + b.coachPlate());
        }
        if (!a.arrivalDate().equals(b.arrivalDate())) {
            d.add("arrival_date " + a.arrivalDate() + " → " + b.arrivalDate());
        }
        if (!a.windowStart().equals(b.windowStart())) {
            d.add("window_start");
        }
        if (!a.windowEnd().equals(b.windowEnd())) {
            d.add("window_end");
        }
        if (a.reportedHeadcount() != b.reportedHeadcount()) {
            d.add("reported_headcount " + a.reportedHeadcount() + " → " + b.reportedHeadcount());
        }
        return String.join(", ", d);
    }
}
