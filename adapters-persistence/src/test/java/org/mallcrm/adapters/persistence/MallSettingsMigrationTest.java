package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseRules;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.LeasingPolicy;
import org.mallcrm.domain.settings.MallSettings;
import org.mallcrm.domain.settings.SettingCatalogue;
import org.mallcrm.fixtures.lease.LeaseFixtures;

/**
 * A database made before malls had settings: its leases were signed under the rules' defaults, and after the
 * migration they read back with exactly those rules; its malls read every setting as its default; its tokens are of
 * their own mall only. On SQLite and on PostgreSQL, each migrated by its own files.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class MallSettingsMigrationTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    @Test
    void leases_stored_before_settings_existed_keep_the_defaults_they_were_signed_under() throws Exception {
        String url = store == Store.SQLITE ? "jdbc:sqlite:" + dir.resolve("old.db") : EmbeddedPostgres.blankDatabase();
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:" + Vendor.of(url).migrationFolder()).target("5").load().migrate();
        LeaseTerms terms = LeaseFixtures.b1Terms();
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("insert into mall (id, code, name, created_at) values (1, 'MAIN', 'Main', "
                    + "'2025-01-01T00:00:00Z')");
            c.createStatement().execute("insert into access_token (mall_id, name, token_hash, role, created_at) "
                    + "values (1, 'ops', 'abc', 'STAFF', '2025-01-01T00:00:00Z')");
            c.createStatement().execute("insert into lease (id, mall_id, lease_no, merchant_no, kind, start_on, end_on, "
                    + "version, created_at) values (1, 1, 'L-2026-0001', 'M-0001', 'NEW', '2026-01-15', '2027-01-14', 1, "
                    + "'2025-12-01T00:00:00Z')");
            try (PreparedStatement v = c.prepareStatement("insert into lease_version (lease_id, version, terms) "
                    + "values (1, 1, ?)")) {
                v.setString(1, LeaseTermsText.write(terms));
                v.execute();
            }
            int n = 0;
            for (Installment i : LeaseFixtures.b1Lease().plan().installments()) {
                c.createStatement().execute("insert into installment values (1, " + i.seq() + ", '" + i.periodStart()
                        + "', '" + i.periodEnd() + "', '" + i.dueOn() + "', '" + i.reminderOn() + "', "
                        + i.rent().fen() + ", " + i.managementFee().fen() + ")");
                n++;
            }
            assertThat(n).isEqualTo(4);
        }

        try (Database db = Database.open(url, null, null, 2)) {
            long mall = db.mallId(Optional.empty(), java.time.Instant.parse("2026-01-01T00:00:00Z"));
            var lease = new JooqLeases(db, mall).find(LeaseNo.of("L-2026-0001")).orElseThrow().account().lease();

            assertThat(lease.rules()).isEqualTo(LeaseRules.of(LeasingPolicy.DEFAULT));
            assertThat(lease.plan()).isEqualTo(LeaseFixtures.b1Lease().plan());
            assertThat(new JooqMallSettings(db, mall).current()).isEqualTo(MallSettings.defaults());
            assertThat(new JooqAccessTokens(db, mall).list()).extracting(AccessTokenUseCases.TokenInfo::principal)
                    .singleElement().satisfies(p -> assertThat(p.groupLevel()).isFalse());
            // and the rules a lease is signed under are written for new leases: LeaseRulesText round trip
            LeaseRules changed = LeaseRules.of(MallSettings.defaults()
                    .with(SettingCatalogue.LATE_FEE_GRACE_DAYS, 3).with(SettingCatalogue.LEASE_REMINDER_DAYS, 10)
                    .leasingPolicy());
            assertThat(LeaseRulesText.read(LeaseRulesText.write(changed))).isEqualTo(changed);
        }
    }
}
