package org.mallcrm.application.access.port.out;

import org.mallcrm.domain.access.Role;

/**
 * Whether the record a token is bound to exists in the mall: a MERCHANT token's merchant, a BUYER token's buyer, a
 * CHANNEL token's channel. A token for a record that does not exist is refused when it is created.
 *
 * <p>What counts as an existing buyer is this port's business: today a buyer the mall has seen in scans (buyers
 * are not yet registered as records of their own); once they are (domain-rules §6), a registered buyer too. The
 * buyers work plugs in here, not in the token use case.
 */
@FunctionalInterface
public interface TokenSubjects {

    /**
     * @param role    MERCHANT, BUYER or CHANNEL (STAFF tokens have no subject)
     * @param subject the merchant number, buyer id or channel code, as given
     */
    boolean exists(Role role, String subject);
}
