package org.mallcrm.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/** When a campaign runs: {@code startsAt..endsAt}, both instants included. */
public record CampaignWindow(Instant startsAt, Instant endsAt) {

    public CampaignWindow {
        Objects.requireNonNull(startsAt, "starts_at");
        Objects.requireNonNull(endsAt, "ends_at");
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("the window ends (" + endsAt + ") before it starts (" + startsAt + ")");
        }
    }

    public boolean hasStartedAt(Instant t) {
        return !t.isBefore(startsAt);
    }

    public boolean isOverAt(Instant t) {
        return t.isAfter(endsAt);
    }
}
