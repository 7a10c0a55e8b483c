package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.persistence.channel.JdbcScans;
import org.mallcrm.adapters.persistence.channel.JooqTrips;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqTokenSubjectsTest {

    @Parameter
    Store store;

    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_token_subject_exists_when_the_mall_has_the_merchant_the_channel_or_a_scan_of_the_buyer() {
        db = TestDatabases.fresh(store);
        long mall = TestDatabases.defaultMall(db);
        new JooqMerchants(db, mall).insert(List.of(Merchant.enter(MerchantNo.of("M-0001"), "杭州丽人服饰",
                Stage.OPERATING, LocalDate.parse("2026-01-01"))));
        new JooqTrips(db, mall).insertChannels(List.of(new Channel(ChannelCode.of("CH1"), "义乌旅行社")));
        new JdbcScans(db, mall).insertIfAbsent(new Scan(ScanId.of("S1"), ScanKind.CHECKIN, ScanCode.of("GATE-1"),
                BuyerId.of("B001"), Instant.parse("2026-01-02T02:00:00Z")));
        JooqTokenSubjects subjects = new JooqTokenSubjects(db, mall);

        assertThat(subjects.exists(Role.MERCHANT, "M-0001")).isTrue();
        assertThat(subjects.exists(Role.CHANNEL, "CH1")).isTrue();
        assertThat(subjects.exists(Role.BUYER, "B001")).isTrue();
        assertThat(subjects.exists(Role.MERCHANT, "M-0002")).isFalse();
        assertThat(subjects.exists(Role.CHANNEL, "CH2")).isFalse();
        assertThat(subjects.exists(Role.BUYER, "B002")).isFalse();
        assertThat(subjects.exists(Role.BUYER, "GATE-1")).isFalse();
    }
}
