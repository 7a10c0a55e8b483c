package org.mallcrm.domain.merchant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.stall.BusinessType;

/**
 * A tenant business (商户), from first contact to exit: the same record whether it is a prospect (潜在商户) or
 * trading in the mall (场内商户); only its {@link Stage} changes. Immutable: every change returns a new
 * merchant.
 *
 * <p>Invariants: the stage history is never empty, its entries follow each other without gap (each one is
 * left on the day the next is entered), only the last one is current, and the last one's stage is the
 * merchant's stage. Every move, including signing a lease and exiting, goes through {@link #advance}.
 */
public final class Merchant {

    private final MerchantNo no;
    private final String name;
    private final List<Contact> contacts;
    private final LeadSource leadSource;
    private final QualificationGrade grade;
    private final BusinessType businessType;
    private final String province;
    private final List<StageHistoryEntry> stageHistory;

    private Merchant(MerchantNo no, String name, List<Contact> contacts, LeadSource leadSource,
            QualificationGrade grade, BusinessType businessType, String province,
            List<StageHistoryEntry> stageHistory) {
        this.no = Objects.requireNonNull(no, "merchant number");
        this.name = Texts.requireName(name, "merchant name", 100);
        this.contacts = List.copyOf(contacts == null ? List.of() : contacts);
        this.leadSource = leadSource;
        this.grade = grade;
        this.businessType = businessType;
        this.province = Texts.optionalName(province, "province", 20);
        this.stageHistory = List.copyOf(Objects.requireNonNull(stageHistory, "stage history"));
        checkHistory(no, this.stageHistory);
    }

    /** A new prospect, first contacted on {@code on}. */
    public static Merchant prospect(MerchantNo no, String name, LocalDate on) {
        return enter(no, name, Stage.PROSPECT, on);
    }

    /**
     * A merchant first recorded in {@code stage} on {@code on}: a prospect, or an existing merchant taken over
     * by import (its history starts with that stage).
     */
    public static Merchant enter(MerchantNo no, String name, Stage stage, LocalDate on) {
        return new Merchant(no, name, List.of(), null, null, null, null,
                List.of(StageHistoryEntry.current(Objects.requireNonNull(stage, "stage"), on)));
    }

    /** Rebuilds a stored merchant; throws when the history breaks the invariants. Optional parts may be null. */
    public static Merchant restore(MerchantNo no, String name, List<Contact> contacts, LeadSource leadSource,
            QualificationGrade grade, BusinessType businessType, String province,
            List<StageHistoryEntry> stageHistory) {
        return new Merchant(no, name, contacts, leadSource, grade, businessType, province, stageHistory);
    }

    private static void checkHistory(MerchantNo no, List<StageHistoryEntry> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("merchant " + no + " has no stage history");
        }
        for (int i = 0; i < history.size(); i++) {
            StageHistoryEntry e = history.get(i);
            boolean last = i == history.size() - 1;
            if (last != e.isCurrent()) {
                throw new IllegalArgumentException("merchant " + no + ": only the last stage of the history is current");
            }
            if (!last) {
                StageHistoryEntry next = history.get(i + 1);
                if (!e.leftOn().equals(next.enteredOn())) {
                    throw new IllegalArgumentException("merchant " + no + ": " + e.stage() + " was left on "
                            + e.leftOn() + " but " + next.stage() + " entered on " + next.enteredOn());
                }
                if (e.stage() == next.stage()) {
                    throw new IllegalArgumentException("merchant " + no + ": " + e.stage() + " follows itself in the history");
                }
            }
        }
    }

    /**
     * Moves the merchant to {@code target} on {@code on}: closes the current stage (left on {@code on}) and opens
     * the new one. Refused, with the reason, for a move the pipeline does not allow (see {@link Stage}), for the
     * current stage itself, and for a date before the current stage was entered.
     */
    public AdvanceOutcome advance(Stage target, LocalDate on) {
        Objects.requireNonNull(target, "target stage");
        Objects.requireNonNull(on, "date");
        Stage from = stage();
        String refusal = from.refusalTo(target);
        if (target == from) {
            return new AdvanceOutcome.Refused(AdvanceOutcome.Reason.SAME_STAGE, refusal);
        }
        if (refusal != null) {
            return new AdvanceOutcome.Refused(AdvanceOutcome.Reason.TRANSITION_NOT_ALLOWED,
                    from + " → " + target + " refused: " + refusal);
        }
        StageHistoryEntry current = currentStage();
        if (on.isBefore(current.enteredOn())) {
            return new AdvanceOutcome.Refused(AdvanceOutcome.Reason.DATE_BEFORE_CURRENT_STAGE,
                    "merchant " + no + " entered " + from + " on " + current.enteredOn() + "; it cannot leave it on " + on);
        }
        List<StageHistoryEntry> history = new ArrayList<>(stageHistory);
        history.set(history.size() - 1, current.leave(on));
        history.add(StageHistoryEntry.current(target, on));
        return new AdvanceOutcome.Advanced(
                new Merchant(no, name, contacts, leadSource, grade, businessType, province, history), from, target, on);
    }

    /**
     * The same merchant entered its one stage on {@code on} instead: a later import correcting the day a merchant
     * taken over by import entered its stage. Only for a history of that one stay: a merchant the pipeline has
     * moved since keeps its history (callers check {@code stageHistory().size() == 1}).
     *
     * @throws IllegalStateException when the merchant has moved through the pipeline
     */
    public Merchant withStageEnteredOn(LocalDate on) {
        Objects.requireNonNull(on, "date");
        if (stageHistory.size() != 1) {
            throw new IllegalStateException("merchant " + no + " has moved through the pipeline; its history is kept");
        }
        return new Merchant(no, name, contacts, leadSource, grade, businessType, province,
                List.of(StageHistoryEntry.current(stage(), on)));
    }

    public MerchantNo no() {
        return no;
    }

    public String name() {
        return name;
    }

    public List<Contact> contacts() {
        return contacts;
    }

    /** The first contact, if any (the import's {@code contact_name}, {@code phone}). */
    public Optional<Contact> primaryContact() {
        return contacts.isEmpty() ? Optional.empty() : Optional.of(contacts.get(0));
    }

    public Optional<LeadSource> leadSource() {
        return Optional.ofNullable(leadSource);
    }

    /** The qualification grade (资质审核), empty until the merchant is vetted. */
    public Optional<QualificationGrade> grade() {
        return Optional.ofNullable(grade);
    }

    public Optional<BusinessType> businessType() {
        return Optional.ofNullable(businessType);
    }

    public Optional<String> province() {
        return Optional.ofNullable(province);
    }

    public Stage stage() {
        return currentStage().stage();
    }

    /**
     * The merchant as the pipeline knew it at the end of {@code day}: the stays entered by then, the last of them
     * not yet left; empty when the merchant was not yet recorded.
     */
    public java.util.Optional<Merchant> asOf(LocalDate day) {
        List<StageHistoryEntry> kept = new java.util.ArrayList<>();
        for (StageHistoryEntry e : stageHistory) {
            if (!e.enteredOn().isAfter(day)) {
                kept.add(e);
            }
        }
        if (kept.isEmpty()) {
            return java.util.Optional.empty();
        }
        StageHistoryEntry last = kept.get(kept.size() - 1);
        if (last.leftOn() != null && last.leftOn().isAfter(day)) {
            kept.set(kept.size() - 1, StageHistoryEntry.current(last.stage(), last.enteredOn()));
        }
        if (kept.size() == stageHistory.size() && kept.get(kept.size() - 1).equals(currentStage())) {
            return java.util.Optional.of(this);
        }
        return java.util.Optional.of(new Merchant(no, name, contacts, leadSource, grade, businessType, province, kept));
    }

    /** The stay in the current stage (not yet left). */
    public StageHistoryEntry currentStage() {
        return stageHistory.get(stageHistory.size() - 1);
    }

    /** Every stay, oldest first; the last is the current stage. */
    public List<StageHistoryEntry> stageHistory() {
        return stageHistory;
    }

    /** Days in the current stage as of {@code asOf}. */
    public long currentDwellDays(LocalDate asOf) {
        return currentStage().dwellDays(asOf);
    }

    /** The day the merchant first entered {@code stage}, if it ever did. */
    public Optional<LocalDate> firstEntered(Stage stage) {
        return stageHistory.stream().filter(e -> e.stage() == stage).map(StageHistoryEntry::enteredOn).findFirst();
    }

    /** Whether the merchant ever reached SIGNED (or a later stage, e.g. when imported as OPERATING). */
    public boolean everSigned() {
        return stageHistory.stream().anyMatch(e -> e.stage().hasSigned());
    }

    public Merchant withName(String newName) {
        return new Merchant(no, newName, contacts, leadSource, grade, businessType, province, stageHistory);
    }

    public Merchant withContacts(List<Contact> newContacts) {
        return new Merchant(no, name, newContacts, leadSource, grade, businessType, province, stageHistory);
    }

    public Merchant withLeadSource(LeadSource newLeadSource) {
        return new Merchant(no, name, contacts, newLeadSource, grade, businessType, province, stageHistory);
    }

    /** Sets (or, with {@code null}, clears) the qualification grade. */
    public Merchant withGrade(QualificationGrade newGrade) {
        return new Merchant(no, name, contacts, leadSource, newGrade, businessType, province, stageHistory);
    }

    public Merchant withBusinessType(BusinessType newType) {
        return new Merchant(no, name, contacts, leadSource, grade, newType, province, stageHistory);
    }

    public Merchant withProvince(String newProvince) {
        return new Merchant(no, name, contacts, leadSource, grade, businessType, newProvince, stageHistory);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Merchant m && no.equals(m.no) && name.equals(m.name) && contacts.equals(m.contacts)
                && Objects.equals(leadSource, m.leadSource) && grade == m.grade
                && Objects.equals(businessType, m.businessType) && Objects.equals(province, m.province)
                && stageHistory.equals(m.stageHistory);
    }

    @Override
    public int hashCode() {
        return Objects.hash(no, name, contacts, leadSource, grade, businessType, province, stageHistory);
    }

    @Override
    public String toString() {
        return "Merchant[" + no + " " + name + ", " + stage() + " since " + currentStage().enteredOn() + "]";
    }
}
