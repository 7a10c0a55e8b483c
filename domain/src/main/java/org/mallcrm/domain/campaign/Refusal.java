package org.mallcrm.domain.campaign;

import java.util.Objects;

/**
 * Why a buyer's or merchant's request was refused: a stable code for machines (the enum constant's name, e.g.
 * {@code OUT_OF_STOCK}) and a sentence for people.
 */
public record Refusal<C extends Enum<C>>(C code, String detail) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public static <C extends Enum<C>> Refusal<C> of(C code, String detail) {
        return new Refusal<>(code, detail);
    }
}
