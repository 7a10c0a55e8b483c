package org.mallcrm.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.AppContext;

/** The demo staff token is minted once and shown again; never more than one is live. */
class DemoTokenTest {

    @TempDir
    Path dir;

    private AppContext open() {
        return AppContext.open(new AppContext.Location("jdbc:sqlite:" + dir.resolve("demo.db")), Optional.empty());
    }

    private long liveDemoTokens(AppContext ctx) {
        return ctx.tokens().list().stream().filter(t -> t.principal().name().startsWith(DemoToken.NAME)
                && t.revokedAt().isEmpty()).count();
    }

    @Test
    void a_database_the_demo_did_not_fill_has_no_demo_token() {
        try (AppContext ctx = open()) {
            assertThat(DemoToken.isDemo(ctx)).isFalse();
            assertThat(DemoToken.stored(ctx)).isEmpty();
            assertThat(Files.exists(dir.resolve("demo.db.demo-token"))).isFalse();
        }
    }

    @Test
    void the_token_minted_once_is_shown_again_by_the_next_start_and_kept_for_its_owner_only() throws Exception {
        String minted;
        try (AppContext ctx = open()) {
            minted = DemoToken.mint(ctx).token();
        }
        try (AppContext again = open()) {
            assertThat(DemoToken.isDemo(again)).isTrue();
            assertThat(DemoToken.stored(again)).contains(new DemoToken.Minted("demo-staff-1", minted));
            assertThat(again.tokens().authenticate(minted)).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("demo-staff-1");
                assertThat(p.department()).contains("管理员");
            });
            assertThat(liveDemoTokens(again)).isEqualTo(1);
        }
        Path file = dir.resolve("demo.db.demo-token");
        assertThat(Files.readString(file).strip()).isEqualTo(minted);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void a_revoked_or_lost_demo_token_is_replaced_and_the_old_one_stops_working() throws Exception {
        try (AppContext ctx = open()) {
            String first = DemoToken.mint(ctx).token();
            Files.delete(dir.resolve("demo.db.demo-token"));
            assertThat(DemoToken.stored(ctx)).isEmpty();

            DemoToken.Minted second = DemoToken.mint(ctx);

            assertThat(second.token()).isNotEqualTo(first);
            assertThat(second.name()).isEqualTo("demo-staff-2");
            assertThat(ctx.tokens().authenticate(first)).isEmpty();
            assertThat(DemoToken.stored(ctx)).contains(second);
            assertThat(liveDemoTokens(ctx)).isEqualTo(1);
            ctx.tokens().revoke(second.name());
            assertThat(DemoToken.stored(ctx)).isEmpty();
            assertThat(DemoToken.isDemo(ctx)).isTrue();
        }
    }
}
