package org.mallcrm.cli.access;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm tokens …}: bearer tokens for the HTTP API. */
@Command(name = "tokens",
        mixinStandardHelpOptions = true,
        description = {"Create, list and revoke access tokens for the HTTP API.", "",
            "A token is shown once when created; only its hash is stored."},
        subcommands = {TokensSubcommand.Create.class, TokensSubcommand.ListTokens.class,
            TokensSubcommand.Revoke.class})
public final class TokensSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What a token shows in lists and JSON. */
    public record TokenJson(String name, String role, String merchant, String buyer, String channel,
            String department, boolean group, String createdAt, String revokedAt) {

        static TokenJson of(AccessTokenUseCases.TokenInfo t) {
            Principal p = t.principal();
            String subject = p.subject().orElse(null);
            return new TokenJson(p.name(), p.role().name(), p.role() == Role.MERCHANT ? subject : null,
                    p.role() == Role.BUYER ? subject : null, p.role() == Role.CHANNEL ? subject : null,
                    p.department().orElse(null), p.groupLevel(), t.createdAt().toString(),
                    t.revokedAt().map(Object::toString).orElse(null));
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a token and print it once: {\"token\": \"…\"}. Keep it; it cannot be shown again.",
                "MERCHANT, BUYER and CHANNEL tokens are bound to one merchant, buyer or channel, which must exist: "
                    + "a merchant of the register, a channel of the trips, a buyer the mall has seen in a scan "
                    + "(exit 65 otherwise)."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "${COMPLETION-CANDIDATES}.")
        Role role;

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

        @Option(names = "--name", paramLabel = "NAME",
                description = "A name to list and revoke it by (default: role and subject, e.g. merchant-M-0001).")
        String name;

        @Option(names = "--department", paramLabel = "DEPT", description = "STAFF only: e.g. 招商部, 财务部.")
        String department;

        @Option(names = "--group", description = "STAFF only: a group-level token. It belongs to this mall (--mall) "
                + "and may also read every mall of the database, e.g. GET /api/v1/group/report.")
        boolean group;

        @Override
        public Integer call() {
            Optional<String> subj = Optional.empty();
            Role needs = Role.STAFF;
            if (subject != null) {
                if (subject.merchant != null) {
                    subj = Optional.of(subject.merchant);
                    needs = Role.MERCHANT;
                } else if (subject.buyer != null) {
                    subj = Optional.of(subject.buyer);
                    needs = Role.BUYER;
                } else {
                    subj = Optional.of(subject.channel);
                    needs = Role.CHANNEL;
                }
            }
            if (role != Role.STAFF && subj.isEmpty()) {
                throw CliException.usage("a " + role + " token needs --" + Principal.subjectName(role));
            }
            if (group && role != Role.STAFF) {
                throw CliException.usage("--group is for STAFF tokens only");
            }
            if (role != needs) {
                throw CliException.usage("--" + Principal.subjectName(needs) + " goes with --role " + needs
                        + ", not " + role);
            }
            String n = name != null ? name
                    : role == Role.STAFF ? "staff-" + Long.toString(System.nanoTime() & 0xffffff, 36)
                    : Principal.subjectName(role) + "-" + subj.get();
            AccessTokenUseCases.IssuedToken issued = CliOutcomes.value(CommandSupport.context(spec).tokens()
                    .create(new Principal(n, role, subj, Optional.ofNullable(department), group)));
            var out = spec.commandLine().getOut();
            out.println("{\"token\": \"" + issued.token() + "\"}");
            out.flush();
            CommandSupport.err(spec).println("token '" + issued.name() + "' created; it is shown only this once");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never the tokens themselves).")
    static final class ListTokens implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<TokenJson> all = CommandSupport.context(spec).tokens().list().stream().map(TokenJson::of).toList();
            CommandSupport.output(spec).list(all,
                    List.of("name", "role", "merchant", "buyer", "channel", "department", "group", "created_at",
                            "revoked_at"));
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by name.")
    static final class Revoke implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (!CommandSupport.context(spec).tokens().revoke(name)) {
                throw CliException.refused("no live token named '" + name + "'");
            }
            CommandSupport.err(spec).println("token '" + name + "' revoked");
            return 0;
        }
    }
}
