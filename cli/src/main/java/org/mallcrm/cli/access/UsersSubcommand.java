package org.mallcrm.cli.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.account.Account;
import org.mallcrm.domain.audit.AuditEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm users …}: accounts for the web pages. */
@Command(name = "users",
        mixinStandardHelpOptions = true,
        description = {"Create, list and disable the accounts people sign in to the web pages with.", "",
            "Staff accounts belong to a department (招商部 LEASING, 财务部 FINANCE, 商服部 TENANT_SERVICE, "
                + "客服部 CUSTOMER_SERVICE, 策划部 MARKETING, 档案部 ARCHIVES, 管理员 ADMIN), which decides what they "
                + "may change; MERCHANT, BUYER and CHANNEL accounts see only their own records. Passwords are stored "
                + "only as a slow salted hash. API tokens are separate (mallcrm tokens)."},
        subcommands = {UsersSubcommand.Create.class, UsersSubcommand.ListUsers.class, UsersSubcommand.Disable.class})
public final class UsersSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What an account shows in lists and JSON: never its password hash. */
    public record UserJson(String login, String role, String department, String departmentName, String merchant,
            String buyer, String channel, String status, String lockedUntil, String createdAt, String lastSignInAt,
            String password) {

        static UserJson of(Account a, Instant now, String password) {
            String subject = a.subject().orElse(null);
            return new UserJson(a.login().value(), a.role().name(), a.department().map(Department::name).orElse(null),
                    a.department().map(Department::label).orElse(null),
                    a.role() == Role.MERCHANT ? subject : null, a.role() == Role.BUYER ? subject : null,
                    a.role() == Role.CHANNEL ? subject : null,
                    a.status().name(), a.lockedUntil().filter(now::isBefore).map(Instant::toString).orElse(null),
                    a.createdAt().toString(), a.lastSignInAt().map(Instant::toString).orElse(null), password);
        }
    }

    /** Who made a change from the command line, for the operation log. */
    static Principal operator() {
        String user = System.getProperty("user.name", "ops");
        return new Principal("cli:" + (user.isBlank() ? "ops" : user), Role.STAFF, java.util.Optional.empty(),
                java.util.Optional.empty());
    }

    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create an account. Without --password-stdin a password is generated and printed once "
                + "(\"password\" in the output); keep it, it cannot be shown again.",
                "STAFF needs --department; MERCHANT, BUYER and CHANNEL accounts are bound to one merchant, buyer or "
                    + "channel."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LOGIN", description = "2 to 64 letters, digits or . _ - @ (case does not matter).")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--department", paramLabel = "D",
                description = "STAFF only: 招商部, 财务部, 商服部, 客服部, 策划部, 档案部, 管理员 (or LEASING, FINANCE …).")
        String department;

        @ArgGroup(exclusive = true)
        Subject subject;

        static final class Subject {
            @Option(names = "--merchant", paramLabel = "NO", description = "The merchant (MERCHANT role).")
            String merchant;

            @Option(names = "--buyer", paramLabel = "ID", description = "The buyer (BUYER role).")
            String buyer;

            @Option(names = "--channel", paramLabel = "CODE", description = "The channel (CHANNEL role).")
            String channel;
        }

        @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            String subj = null;
            Role needs = Role.STAFF;
            if (subject != null) {
                if (subject.merchant != null) {
                    subj = subject.merchant;
                    needs = Role.MERCHANT;
                } else if (subject.buyer != null) {
                    subj = subject.buyer;
                    needs = Role.BUYER;
                } else {
                    subj = subject.channel;
                    needs = Role.CHANNEL;
                }
            }
            if (role != Role.STAFF && subj == null) {
                throw CliException.usage("a " + role + " account needs --" + Principal.subjectName(role));
            }
            if (role != needs) {
                throw CliException.usage("--" + Principal.subjectName(needs) + " goes with --role " + needs + ", not "
                        + role);
            }
            if (role != Role.STAFF && department != null) {
                throw CliException.usage("--department is for STAFF accounts only");
            }
            String password = passwordStdin ? readPassword() : null;
            AppContext ctx = CommandSupport.context(spec);
            AccountUseCases.Created created = CliOutcomes.value(ctx.accounts().create(
                    new AccountUseCases.NewAccount(login, role, department, subj, password)));
            Account a = created.account();
            ctx.auditLog().record(operator(), AuditEntry.Via.CLI, "account.create", a.login().value(),
                    a.role() + a.department().map(d -> " " + d.label()).orElse("")
                            + a.subject().map(s -> " " + s).orElse(""));
            CommandSupport.output(spec).one(UserJson.of(a, ctx.clock().now(), created.generatedPassword().orElse(null)));
            CommandSupport.err(spec).println("account '" + a.login() + "' created"
                    + (created.generatedPassword().isPresent() ? "; its password is shown only this once" : ""));
            return ExitCodes.OK;
        }

        private String readPassword() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new CliException(ExitCodes.DATA_ERROR, "--password-stdin: no password on stdin");
                }
                return line;
            } catch (IOException e) {
                throw new CliException(ExitCodes.NO_INPUT, "--password-stdin: cannot read stdin: " + e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts (never a password).")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            Instant now = ctx.clock().now();
            List<UserJson> all = ctx.accounts().list().stream().map(a -> UserJson.of(a, now, null)).toList();
            CommandSupport.output(spec).list(all, List.of("login", "role", "department_name", "merchant", "buyer",
                    "channel", "status", "locked_until", "last_sign_in_at"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: it can no longer sign in, and its sessions end now.")
    static final class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            Account a = CliOutcomes.value(ctx.accounts().disable(login));
            ctx.auditLog().record(operator(), AuditEntry.Via.CLI, "account.disable", a.login().value(), "");
            CommandSupport.err(spec).println("account '" + a.login() + "' disabled");
            return ExitCodes.OK;
        }
    }
}
