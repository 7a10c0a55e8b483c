package org.mallcrm.domain.lease;

import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.money.Money;

/** A lease's payment plan (收款计划): its installments in order, numbered 1…n. */
public record PaymentPlan(List<Installment> installments) {

    public PaymentPlan {
        installments = List.copyOf(installments);
        for (int i = 0; i < installments.size(); i++) {
            if (installments.get(i).seq() != i + 1) {
                throw new IllegalArgumentException("installments must be numbered 1…n in order");
            }
        }
    }

    /** Rent over the whole plan (the contract value the 定金 cap is taken on). */
    public Money totalRent() {
        return Money.sum(installments.stream().map(Installment::rent).toList());
    }

    public Money totalManagementFee() {
        return Money.sum(installments.stream().map(Installment::managementFee).toList());
    }

    /** Everything the plan bills: rent plus management fee. */
    public Money total() {
        return totalRent().plus(totalManagementFee());
    }

    public Optional<Installment> installment(int seq) {
        return seq >= 1 && seq <= installments.size() ? Optional.of(installments.get(seq - 1)) : Optional.empty();
    }

    public int size() {
        return installments.size();
    }
}
