package org.mallcrm.application.buyer.port.in;

import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;

/**
 * A buyer registers or updates its own profile through its app ({@code POST /api/v1/me}). Registering needs a name
 * and a phone; an update changes only the fields given (an empty text clears an optional field). A phone another
 * buyer holds is refused, naming that buyer. Bad fields are {@link Outcome.Invalid}, each named.
 */
public interface RegisterBuyerUseCase {

    Outcome<Registration> register(RegisterBuyerCommand command);

    /** The fields as sent; {@code Optional.empty()}: not sent (keep). */
    record RegisterBuyerCommand(BuyerId buyer, Optional<String> name, Optional<String> phone,
            Optional<String> mainCategory, Optional<String> province, Optional<String> transportMode) {

        public RegisterBuyerCommand {
            name = name == null ? Optional.empty() : name;
            phone = phone == null ? Optional.empty() : phone;
            mainCategory = mainCategory == null ? Optional.empty() : mainCategory;
            province = province == null ? Optional.empty() : province;
            transportMode = transportMode == null ? Optional.empty() : transportMode;
        }
    }

    /** @param created true when the buyer registered now, false when it updated its profile (or changed nothing) */
    record Registration(Buyer buyer, boolean created) {
    }
}
