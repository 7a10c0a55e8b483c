package org.mallcrm.domain.credit;

import java.util.Objects;
import org.mallcrm.domain.common.Identifiers;
import org.mallcrm.domain.common.Texts;

/**
 * An entry of the mall's catalogue of behaviours (日常行为考核项): late opening −1, blocking the aisle −3, overdue
 * rent −5, a bonus +2 …
 *
 * @param code             stable key ({@code LATE_OPENING}), letters, digits, '-', '_', '.'
 * @param points           added to the score when it counts: negative for a fault, positive for a bonus
 * @param evidenceRequired a record of this type must carry evidence (a photo reference, a document number)
 */
public record BehaviourType(String code, String name, int points, Severity severity, boolean evidenceRequired) {

    public BehaviourType {
        code = Identifiers.require(code, "behaviour type code");
        name = Texts.requireName(name, "behaviour type name", 60);
        Objects.requireNonNull(severity, "severity");
        if (Math.abs((long) points) > 1000) {
            throw new IllegalArgumentException("points of " + code + " must lie within ±1000");
        }
    }

    public static BehaviourType normal(String code, String name, int points) {
        return new BehaviourType(code, name, points, Severity.NORMAL, false);
    }

    public static BehaviourType severe(String code, String name, int points) {
        return new BehaviourType(code, name, points, Severity.SEVERE, false);
    }

    public boolean isSevere() {
        return severity == Severity.SEVERE;
    }
}
