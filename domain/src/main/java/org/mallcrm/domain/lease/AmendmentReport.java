package org.mallcrm.domain.lease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.domain.money.Money;

/**
 * What an amendment changed: the new version, how many installments were kept as issued, the regenerated
 * installments before and after, and the end and totals before and after.
 */
public record AmendmentReport(int version, int keptInstallments, List<Installment> replaced, List<Installment> regenerated,
        LocalDate endBefore, LocalDate endAfter, Money totalBefore, Money totalAfter) {

    public AmendmentReport {
        replaced = List.copyOf(replaced);
        regenerated = List.copyOf(regenerated);
    }

    /** One line per installment number that differs (absent on one side, or another period, due date or amount). */
    public record InstallmentChange(int seq, Installment before, Installment after) {
    }

    public List<InstallmentChange> changes() {
        List<InstallmentChange> result = new ArrayList<>();
        int n = Math.max(replaced.size(), regenerated.size());
        for (int i = 0; i < n; i++) {
            Installment b = i < replaced.size() ? replaced.get(i) : null;
            Installment a = i < regenerated.size() ? regenerated.get(i) : null;
            if (b == null || !b.equals(a)) {
                result.add(new InstallmentChange(keptInstallments + i + 1, b, a));
            }
        }
        return result;
    }
}
