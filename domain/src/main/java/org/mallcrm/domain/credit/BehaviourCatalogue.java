package org.mallcrm.domain.credit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mall's catalogue of behaviour types, codes unique. Replaced as a whole ({@code credit types --set}). */
public record BehaviourCatalogue(List<BehaviourType> types) {

    public BehaviourCatalogue {
        types = List.copyOf(types);
        Map<String, BehaviourType> seen = new LinkedHashMap<>();
        for (BehaviourType t : types) {
            if (seen.putIfAbsent(t.code(), t) != null) {
                throw new IllegalArgumentException("behaviour type code " + t.code() + " appears twice");
            }
        }
    }

    public static BehaviourCatalogue of(BehaviourType... types) {
        return new BehaviourCatalogue(List.of(types));
    }

    public Optional<BehaviourType> find(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
