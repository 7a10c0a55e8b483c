package org.mallcrm.cli.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliRun;

/** {@code users create|list|disable}: accounts for the web pages, as the contract describes them. */
class UsersCommandsTest {

    @TempDir
    Path dir;

    private SessionUseCases.SignInOutcome signIn(String login, String password) {
        try (AppContext ctx = AppContext.open(new AppContext.Location("jdbc:sqlite:" + dir.resolve("m.db")),
                java.util.Optional.empty())) {
            return ctx.sessions().signIn(login, password, new SessionUseCases.Client("test", "test"));
        }
    }

    @Test
    void a_staff_account_gets_a_generated_password_once_and_signs_in_with_it() {
        CliRun cli = new CliRun(dir.resolve("m.db"));
        JsonNode admin = cli.json("users", "create", "admin", "--role", "STAFF", "--department", "管理员");
        assertThat(admin.get("department").asText()).isEqualTo("ADMIN");
        String password = admin.get("password").asText();
        assertThat(password).hasSize(14);
        assertThat(signIn("admin", password)).isInstanceOf(SessionUseCases.SignedIn.class);

        JsonNode list = cli.json("users", "list");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("password").isNull()).isTrue();
        assertThat(list.get(0).get("last_sign_in_at").asText()).isNotBlank();
        assertThat(cli.ok("users", "list").out()).doesNotContain(password).contains("管理员");
    }

    @Test
    void a_password_can_come_from_stdin_and_a_disabled_account_cannot_sign_in() {
        CliRun cli = new CliRun(dir.resolve("m.db"));
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("财务部的密码 2026\n".getBytes(StandardCharsets.UTF_8)));
            JsonNode li = cli.json("users", "create", "li.na", "--role", "STAFF", "--department", "FINANCE",
                    "--password-stdin");
            assertThat(li.get("password").isNull()).isTrue();
        } finally {
            System.setIn(stdin);
        }
        assertThat(signIn("li.na", "财务部的密码 2026")).isInstanceOf(SessionUseCases.SignedIn.class);
        cli.ok("users", "disable", "li.na");
        assertThat(signIn("li.na", "财务部的密码 2026")).isInstanceOfSatisfying(SessionUseCases.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(SessionUseCases.Reason.DISABLED));
        assertThat(cli.json("users", "list").get(0).get("status").asText()).isEqualTo("DISABLED");
        assertThat(cli.run("users", "disable", "li.na").exitCode()).isEqualTo(1);
        assertThat(cli.run("users", "disable", "nobody").exitCode()).isEqualTo(1);
    }

    @Test
    void bad_accounts_are_refused_with_the_field_and_the_reason() {
        CliRun cli = new CliRun(dir.resolve("m.db"));
        CliRun.Result noDept = cli.run("users", "create", "wang", "--role", "STAFF");
        assertThat(noDept.exitCode()).isEqualTo(65);
        assertThat(noDept.err()).contains("department").contains("招商部");
        assertThat(cli.run("users", "create", "m1", "--role", "MERCHANT").exitCode()).isEqualTo(64);
        assertThat(cli.run("users", "create", "m1", "--role", "STAFF", "--merchant", "M-0001").exitCode())
                .isEqualTo(64);
        CliRun.Result noMerchant = cli.run("users", "create", "m1", "--role", "MERCHANT", "--merchant", "M-0001");
        assertThat(noMerchant.exitCode()).isEqualTo(1);
        assertThat(noMerchant.err()).contains("M-0001");
        cli.ok("users", "create", "admin", "--role", "STAFF", "--department", "ADMIN");
        CliRun.Result taken = cli.run("users", "create", "ADMIN", "--role", "STAFF", "--department", "ADMIN");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("taken");
        assertThat(cli.json("users", "list")).hasSize(1);
    }
}
