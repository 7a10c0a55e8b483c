package org.mallcrm.application.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.buyer.port.in.RegisterBuyerUseCase.RegisterBuyerCommand;
import org.mallcrm.application.buyer.port.in.RegisterBuyerUseCase.Registration;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.fixtures.coupon.MarketingWorld;

class RegisterBuyerTest {

    private final MarketingWorld w = new MarketingWorld("2026-10-10T10:00");

    private Outcome<Registration> register(String id, String name, String phone, String category, String province,
            String mode) {
        return w.registration.register(new RegisterBuyerCommand(BuyerId.of(id), Optional.ofNullable(name),
                Optional.ofNullable(phone), Optional.ofNullable(category), Optional.ofNullable(province),
                Optional.ofNullable(mode)));
    }

    @Test
    void a_buyer_registers_then_updates_only_what_it_sends() {
        Outcome<Registration> first = register("b1", "王芳", "13800138000", "女装", "浙江", "COACH");
        assertThat(((Outcome.Done<Registration>) first).value().created()).isTrue();

        Outcome<Registration> update = register("b1", null, null, null, "江苏", "");
        Registration r = ((Outcome.Done<Registration>) update).value();
        assertThat(r.created()).isFalse();
        assertThat(r.buyer().profile().name()).isEqualTo("王芳");
        assertThat(r.buyer().profile().province()).contains(Province.JIANGSU);
        assertThat(r.buyer().profile().transportMode()).isEmpty();
        assertThat(r.buyer().profile().mainCategory()).isPresent();
        assertThat(r.buyer().registeredAt()).isEqualTo(MarketingWorld.at("2026-10-10T10:00"));
    }

    @Test
    void a_phone_already_used_is_refused_naming_the_first_buyer() {
        register("b1", "王芳", "13800138000", null, null, null);
        Outcome<Registration> o = register("b2", "李强", "+86 138 0013 8000", null, null, null);
        assertThat(((Outcome.Refused<Registration>) o).reason()).contains("13800138000").contains("buyer b1");
        assertThat(w.buyers.find(BuyerId.of("b2"))).isEmpty();
    }

    @Test
    void registering_needs_a_name_and_a_phone_and_every_bad_field_is_named() {
        Outcome<Registration> o = register("b1", null, "12345", "家电", "火星", "ROCKET");
        assertThat(((Outcome.Invalid<Registration>) o).errors()).extracting(RowError::column)
                .containsExactly("name", "phone", "main_category", "province", "transport_mode");
        register("b1", "王芳", "13800138000", null, null, null);
        Outcome<Registration> blankName = register("b1", " ", null, null, null, null);
        assertThat(((Outcome.Invalid<Registration>) blankName).errors()).extracting(RowError::column)
                .containsExactly("name");
    }
}
