package org.mallcrm.domain.merchant;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a merchant stands in the mall's pipeline (阶段), from first contact to exit. A prospect (潜在商户) and a
 * merchant in the mall (场内商户) are the same record in different stages.
 *
 * <p>Allowed moves (every other move is refused by {@link Merchant#advance}):
 * <ul>
 * <li>forward within the deal, skipping ahead as far as {@code SIGNED}: PROSPECT, NEGOTIATING, QUALIFIED and
 * PLACED may move to any later stage up to SIGNED (a walk-in may sign at once);</li>
 * <li>back when a deal cools: NEGOTIATING, QUALIFIED and PLACED may fall back to any earlier stage;</li>
 * <li>SIGNED → OPERATING; SIGNED or OPERATING → EXITING (an exit request); EXITING → EXITED, or back to
 * OPERATING when the exit is called off;</li>
 * <li>EXITED → PROSPECT: a former merchant comes back as a new prospect.</li>
 * </ul>
 * Refused: staying in the same stage, leaving SIGNED or later for a pre-signing stage (a lease exists: exit
 * it instead), reaching OPERATING or EXITING without a lease, and reaching EXITED except through EXITING.
 */
public enum Stage {
    /** 潜在 — a prospect, first contact. */
    PROSPECT("潜在"),
    /** 跟进中 — in talks. */
    NEGOTIATING("跟进中"),
    /** 资质通过 — vetted and graded. */
    QUALIFIED("资质通过"),
    /** 已落位 — a placement (落位单) picks the stall(s). */
    PLACED("已落位"),
    /** 已签约 — a lease is signed. */
    SIGNED("已签约"),
    /** 入驻运营 — trading in the mall. */
    OPERATING("入驻运营"),
    /** 退铺中 — leaving. */
    EXITING("退铺中"),
    /** 已退场 — gone. */
    EXITED("已退场");

    private final String chinese;

    Stage(String chinese) {
        this.chinese = chinese;
    }

    /** Parses a stage name as in the contract ({@code PROSPECT} … {@code EXITED}; case-insensitive, trimmed). */
    public static Stage parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("stage is missing");
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (Stage s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("stage '" + text.strip() + "' must be one of "
                + java.util.Arrays.toString(values()));
    }

    /** The staff's word for the stage. */
    public String chinese() {
        return chinese;
    }

    /** Before a lease: PROSPECT … PLACED. */
    public boolean isPreSigning() {
        return compareTo(SIGNED) < 0;
    }

    /** SIGNED or any later stage: the merchant has (or had) a lease. */
    public boolean hasSigned() {
        return compareTo(SIGNED) >= 0;
    }

    /** The stages this one may move to. */
    public Set<Stage> allowedNext() {
        EnumSet<Stage> next = EnumSet.noneOf(Stage.class);
        for (Stage s : values()) {
            if (refusalTo(s) == null) {
                next.add(s);
            }
        }
        return next;
    }

    public boolean canMoveTo(Stage target) {
        return refusalTo(target) == null;
    }

    /** Why moving to {@code target} is refused, or {@code null} when it is allowed. */
    String refusalTo(Stage target) {
        if (target == this) {
            return "the merchant is already " + this;
        }
        boolean forward = target.compareTo(this) > 0;
        if (isPreSigning()) {
            if (forward) {
                return target.compareTo(SIGNED) <= 0 ? null
                        : target + " needs a signed lease first (" + this + " can go at most to SIGNED)";
            }
            return this == PROSPECT ? "PROSPECT is the first stage" : null;
        }
        return switch (this) {
            case SIGNED -> switch (target) {
                case OPERATING, EXITING -> null;
                case EXITED -> "a merchant exits through EXITING";
                default -> "a signed merchant cannot go back to " + target + "; exit the lease instead";
            };
            case OPERATING -> switch (target) {
                case EXITING -> null;
                case EXITED -> "a merchant exits through EXITING";
                default -> "an operating merchant cannot go back to " + target + "; exit the lease instead";
            };
            case EXITING -> switch (target) {
                case EXITED, OPERATING -> null;
                default -> "an exiting merchant can only finish the exit (EXITED) or call it off (OPERATING)";
            };
            case EXITED -> target == PROSPECT ? null
                    : "an exited merchant comes back only as a new PROSPECT";
            default -> throw new IllegalStateException("unreachable: " + this);
        };
    }
}
