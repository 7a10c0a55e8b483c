package org.mallcrm.application.merchant.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.service.ImportCells;
import org.mallcrm.application.common.service.WholeFileImport;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.merchant.port.in.ImportMerchantsUseCase;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.LeadSource;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.QualificationGrade;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Imports merchants all or nothing. Inside one unit of work it parses every row, checks numbers repeated in the
 * file, compares with what is stored (unchanged, new, or an update that needs {@code --update}) and only when every
 * row is good writes them. A new merchant enters its stage on the row's {@code stage_entered_on}, else today; an
 * update to another stage moves it there on that day through the pipeline's rules (a move the pipeline refuses is
 * a row error). Another {@code stage_entered_on} for the same stage is an update too: it re-dates the stay of a
 * merchant taken over by import, never a history the pipeline has written since.
 */
public final class ImportMerchantsService implements ImportMerchantsUseCase {

    private final Merchants merchants;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ImportMerchantsService(Merchants merchants, UnitOfWork unitOfWork, Clock clock) {
        this.merchants = merchants;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** @param enteredOn the row's {@code stage_entered_on}; null when the column is absent or empty */
    private record Parsed(int line, Merchant merchant, LocalDate enteredOn) {
    }

    @Override
    public ImportOutcome importMerchants(RowStream file, ImportOptions options) {
        return WholeFileImport.run(file, COLUMNS, options,
                (rows, o) -> unitOfWork.inTransaction(() -> importInTransaction(rows, o)));
    }

    private ImportOutcome importInTransaction(List<ImportRow> rows, ImportOptions options) {
        LocalDate today = clock.today();
        List<RowError> errors = new ArrayList<>();
        Map<MerchantNo, Parsed> parsed = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            Parsed m = parse(row, today, errors);
            if (m == null) {
                continue;
            }
            Parsed earlier = parsed.putIfAbsent(m.merchant().no(), m);
            if (earlier != null) {
                errors.add(ImportCells.duplicateInFile(row.line(), "merchant_no", m.merchant().no().value(),
                        "merchant number", earlier.line()));
            }
        }
        Map<MerchantNo, Merchant> stored = merchants.findAll(parsed.keySet());
        List<Merchant> created = new ArrayList<>();
        List<Merchant> updated = new ArrayList<>();
        int unchanged = 0;
        for (Parsed p : parsed.values()) {
            Merchant incoming = p.merchant();
            Merchant existing = stored.get(incoming.no());
            boolean redate = existing != null && existing.stage() == incoming.stage() && p.enteredOn() != null
                    && !p.enteredOn().equals(existing.currentStage().enteredOn());
            String differences = existing == null ? "" : differences(existing, incoming, redate);
            if (existing == null) {
                created.add(incoming);
            } else if (differences.isEmpty()) {
                unchanged++;
            } else if (!options.update()) {
                errors.add(ImportCells.existsDifferent(p.line(), "merchant_no", incoming.no().value(), "merchant",
                        differences));
            } else {
                Merchant next = existing.withName(incoming.name()).withContacts(contactsAfter(existing, incoming))
                        .withLeadSource(incoming.leadSource().orElse(null)).withGrade(incoming.grade().orElse(null))
                        .withBusinessType(incoming.businessType().orElse(null))
                        .withProvince(incoming.province().orElse(null));
                if (existing.stage() != incoming.stage()) {
                    AdvanceOutcome moved = next.advance(incoming.stage(), p.enteredOn() == null ? today : p.enteredOn());
                    if (moved instanceof AdvanceOutcome.Refused r) {
                        boolean date = r.reason() == AdvanceOutcome.Reason.DATE_BEFORE_CURRENT_STAGE;
                        errors.add(date ? new RowError(p.line(), "stage_entered_on", String.valueOf(p.enteredOn()),
                                r.detail()) : new RowError(p.line(), "stage", incoming.stage().name(), r.detail()));
                        continue;
                    }
                    next = ((AdvanceOutcome.Advanced) moved).merchant();
                } else if (redate) {
                    if (existing.stageHistory().size() > 1) {
                        errors.add(new RowError(p.line(), "stage_entered_on", p.enteredOn().toString(),
                                "merchant " + existing.no() + " entered " + existing.stage() + " on "
                                        + existing.currentStage().enteredOn() + " through the pipeline; an import "
                                        + "re-dates only a stage it entered by import"));
                        continue;
                    }
                    next = next.withStageEnteredOn(p.enteredOn());
                }
                updated.add(next);
            }
        }
        if (!errors.isEmpty()) {
            return new ImportOutcome.Rejected(errors);
        }
        if (!options.dryRun()) {
            merchants.insert(created);
            merchants.update(updated);
        }
        return new ImportOutcome.Imported(created.size(), updated.size(), unchanged, options.dryRun());
    }

    /** The import names only the primary contact; other contacts stay. */
    private static List<Contact> contactsAfter(Merchant existing, Merchant incoming) {
        List<Contact> contacts = new ArrayList<>(existing.contacts());
        if (incoming.primaryContact().isEmpty()) {
            if (!contacts.isEmpty()) {
                contacts.remove(0);
            }
        } else if (contacts.isEmpty()) {
            contacts.add(incoming.primaryContact().get());
        } else {
            contacts.set(0, incoming.primaryContact().get());
        }
        return contacts;
    }

    private static String differences(Merchant a, Merchant b, boolean redate) {
        List<String> d = new ArrayList<>();
        if (!a.name().equals(b.name())) {
            d.add("name");
        }
        if (!Objects.equals(a.primaryContact().map(Contact::name), b.primaryContact().map(Contact::name))) {
            d.add("contact_name");
        }
        if (!Objects.equals(a.primaryContact().flatMap(Contact::phoneNumber),
                b.primaryContact().flatMap(Contact::phoneNumber))) {
            d.add("phone");
        }
        if (!a.leadSource().equals(b.leadSource())) {
            d.add("lead_source");
        }
        if (a.stage() != b.stage()) {
            d.add("stage " + a.stage() + " → " + b.stage());
        }
        if (redate) {
            d.add("stage_entered_on " + a.currentStage().enteredOn() + " → " + b.currentStage().enteredOn());
        }
        if (!a.grade().equals(b.grade())) {
            d.add("grade");
        }
        if (!a.businessType().equals(b.businessType())) {
            d.add("business_type");
        }
        if (!a.province().equals(b.province())) {
            d.add("province");
        }
        return String.join(", ", d);
    }

    /** Parses one row; adds an error for each bad column and returns null when any column is bad. */
    private static Parsed parse(ImportRow row, LocalDate today, List<RowError> errors) {
        int before = errors.size();
        MerchantNo no = ImportCells.required(row, "merchant_no", errors, MerchantNo::of);
        String name = ImportCells.required(row, "name", errors, v -> {
            Merchant.enter(MerchantNo.of("X"), v, Stage.PROSPECT, today);
            return v;
        });
        Stage stage = row.get("stage").isEmpty() ? Stage.PROSPECT : ImportCells.optional(row, "stage", errors, Stage::parse);
        QualificationGrade grade = ImportCells.optional(row, "grade", errors, QualificationGrade::parse);
        LeadSource source = ImportCells.optional(row, "lead_source", errors, LeadSource::of);
        BusinessType type = ImportCells.optional(row, "business_type", errors, BusinessType::new);
        LocalDate enteredOn = ImportCells.optional(row, "stage_entered_on", errors, v -> pastDate(v, today));
        String province = ImportCells.optional(row, "province", errors, v -> {
            Merchant.enter(MerchantNo.of("X"), "x", Stage.PROSPECT, today).withProvince(v);
            return v;
        });
        Contact contact = null;
        String contactName = row.get("contact_name");
        String phone = row.get("phone");
        if (contactName.isEmpty() && !phone.isEmpty()) {
            errors.add(new RowError(row.line(), "contact_name", "", "a phone needs a contact name"));
        } else if (!contactName.isEmpty()) {
            try {
                contact = Contact.of(contactName, phone.isEmpty() ? null : phone);
            } catch (IllegalArgumentException e) {
                String column = e.getMessage().startsWith("phone") ? "phone" : "contact_name";
                errors.add(ImportCells.badValue(row.line(), column, row.get(column), e.getMessage()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Merchant m = Merchant.enter(no, name, stage, enteredOn == null ? today : enteredOn)
                .withContacts(contact == null ? List.of() : List.of(contact))
                .withLeadSource(source).withGrade(grade).withBusinessType(type).withProvince(province);
        return new Parsed(row.line(), m, enteredOn);
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** An ISO date (YYYY-MM-DD) that is not after {@code today}. */
    private static LocalDate pastDate(String v, LocalDate today) {
        LocalDate d = null;
        if (ISO_DATE.matcher(v).matches()) {
            try {
                d = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null) {
            throw new IllegalArgumentException("not a date; write it as YYYY-MM-DD, e.g. 2025-03-10");
        }
        if (d.isAfter(today)) {
            throw ImportCells.futureDate(today);
        }
        return d;
    }
}
