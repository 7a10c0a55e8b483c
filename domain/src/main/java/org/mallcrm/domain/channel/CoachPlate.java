package org.mallcrm.domain.channel;

/** The plate number of a coach (大巴车), e.g. {@code 浙A·12345}: printable text up to 20 characters. */
public record CoachPlate(String value) {

    public CoachPlate {
        value = Texts.require(value, "coach plate", 20);
    }

    public static CoachPlate of(String value) {
        return new CoachPlate(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
