package org.mallcrm.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * The demo mall's staff token: minted once, when the demo generator fills a database, and shown again by every
 * {@code serve --demo} on it, instead of a new never-expiring STAFF token at every start.
 *
 * <p>The database keeps only the token's hash, like every token's. To show it again the token itself is kept in a
 * file beside the database file, {@code <database>.demo-token}, readable by its owner only: whoever can read that
 * file can read the database file beside it anyway. It is written only for a database the demo generator filled
 * (a real mall never gets one); a database that is not a file (a server database) gets a new demo token at each
 * start, the previous one revoked, so there is never more than one.
 */
public final class DemoToken {

    /** Demo tokens are named {@code demo-staff-1}, {@code demo-staff-2} … (a token name is never reused). */
    public static final String NAME = "demo-staff";

    private DemoToken() {
    }

    /** The file beside an SQLite database file that keeps its demo token; empty for any other database. */
    static Optional<Path> file(AppContext ctx) {
        String url = ctx.database().url();
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix) || url.contains("?") || url.contains(":memory:")
                || url.substring(prefix.length()).startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(url.substring(prefix.length()) + ".demo-token"));
    }

    /**
     * Whether the demo generator filled this database: a demo token was minted in it (live or revoked; an earlier
     * version named them {@code demo-staff-<time>}).
     */
    public static boolean isDemo(AppContext ctx) {
        return ctx.tokens().list().stream().anyMatch(t -> isDemoName(t.principal().name()));
    }

    private static boolean isDemoName(String name) {
        return name.startsWith(NAME + "-");
    }

    /** A demo token and the name it is listed and revoked by. */
    public record Minted(String name, String token) {
    }

    /** The demo token kept beside the database, if it is there and still live. */
    public static Optional<Minted> stored(AppContext ctx) {
        Optional<Path> file = file(ctx);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(file.get(), StandardCharsets.UTF_8).strip();
            return ctx.tokens().authenticate(token).filter(p -> isDemoName(p.name()) && p.role() == Role.STAFF)
                    .map(p -> new Minted(p.name(), token));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Mints the demo staff token (管理员, every capability), revoking every earlier demo token, and keeps it beside the database file.
     * Returns it.
     */
    public static Minted mint(AppContext ctx) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (AccessTokenUseCases.TokenInfo t : ctx.tokens().list()) {
            names.add(t.principal().name());
            if (isDemoName(t.principal().name()) && t.revokedAt().isEmpty()) {
                ctx.tokens().revoke(t.principal().name());
            }
        }
        int n = 1;
        while (names.contains(NAME + "-" + n)) {
            n++;
        }
        String name = NAME + "-" + n;
        String token = CliOutcomes.value(ctx.tokens().create(new Principal(name, Role.STAFF,
                Optional.empty(), Optional.of("管理员")))).token();
        file(ctx).ifPresent(f -> keep(f, token));
        return new Minted(name, token);
    }

    /** Writes the token to an owner-only file, replacing the old one in one move. */
    private static void keep(Path file, String token) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".demo-token", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply, as to the database file
            }
            Files.writeString(tmp, token + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the demo token in " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temp file beside the database; nothing reads it
                }
            }
        }
    }
}
