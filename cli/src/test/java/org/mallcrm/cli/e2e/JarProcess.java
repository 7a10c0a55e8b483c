package org.mallcrm.cli.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged CLI jar as a separate process, the way ops and scripts run it. */
public final class JarProcess {

    public record Result(int exitCode, String out, String err) {
    }

    private JarProcess() {
    }

    public static Path jar() {
        String p = System.getProperty("mallcrm.jar");
        Path jar = p == null ? Path.of("target", "mallcrm.jar") : Path.of(p);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("the CLI jar is not built: " + jar.toAbsolutePath());
        }
        // absolute, so that a process started in another folder finds it
        return jar.toAbsolutePath();
    }

    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        // the jar's temporary files (spilled import errors) go where the test's go
        cmd.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        // SQLite's native library as the build unpacked it, as ./mallcrm runs it: the driver then copies nothing
        // into the temporary folder, where a process killed on purpose (ImportCrashE2E) left its copy behind
        nativeLibrary().ifPresent(dir -> cmd.add("-Dorg.sqlite.lib.path=" + dir));
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The folder of SQLite's native library for this machine in target/sqlite-native, when the build unpacked it. */
    static java.util.Optional<Path> nativeLibrary() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(java.util.Locale.ROOT);
        String platform = os.contains("linux") ? "Linux" : os.contains("mac") ? "Mac" : null;
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        if (platform == null || cpu == null) {
            return java.util.Optional.empty();
        }
        Path dir = jar().getParent().resolve("sqlite-native/org/sqlite/native/" + platform + "/" + cpu);
        boolean present = Files.exists(dir.resolve("libsqlitejdbc.so")) || Files.exists(dir.resolve("libsqlitejdbc.dylib"));
        return present ? java.util.Optional.of(dir) : java.util.Optional.empty();
    }

    public static Process start(Path workDir, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).directory(workDir.toFile());
        pb.environment().put("MALLCRM_NO_PROGRESS", "1");
        return pb.start();
    }

    public static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Process p = start(workDir, args);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("mallcrm " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
