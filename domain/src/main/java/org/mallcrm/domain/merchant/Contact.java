package org.mallcrm.domain.merchant;

import java.util.Optional;
import org.mallcrm.domain.common.Texts;

/**
 * A person at the merchant (联系人): the boss, a shop manager, the accountant.
 *
 * @param name  required
 * @param phone optional, as written (digits, '+', '-', spaces, at most 20 characters)
 * @param role  optional, e.g. 老板, 店长
 */
public record Contact(String name, String phone, String role) {

    public Contact {
        name = Texts.requireName(name, "contact name", 40);
        phone = Texts.optionalName(phone, "phone", 20);
        if (phone != null && !phone.matches("\\+?[0-9][0-9 -]*")) {
            throw new IllegalArgumentException("phone '" + phone + "' must be digits, spaces or '-', with an optional leading '+'");
        }
        role = Texts.optionalName(role, "contact role", 20);
    }

    public static Contact of(String name, String phone) {
        return new Contact(name, phone, null);
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> roleName() {
        return Optional.ofNullable(role);
    }
}
