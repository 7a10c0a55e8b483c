package org.mallcrm.cli.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mallcrm.cli.e2e.JarProcess;

/**
 * {@code mallcrm serve --demo} from the packaged jar on 127.0.0.1 and a free port, on a database in a folder of its
 * own: what a newcomer runs. Knows where it listens and the staff sign-in and token it printed; runs the CLI on the
 * same database to compare what the pages show with what the commands report.
 */
public final class DemoServer implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)");
    private static final Pattern SIGN_IN = Pattern.compile("staff sign-in: (\\S+) / (\\S+)$");
    private static final Pattern TOKEN = Pattern.compile("demo staff token: (\\S+)");

    private final Path dir;
    private final Process process;
    private final String base;
    private final String adminLogin;
    private final String adminPassword;
    private final String token;
    private final StringBuilder log = new StringBuilder();

    private DemoServer(Path dir) throws IOException {
        this.dir = dir;
        this.process = JarProcess.start(dir, "--db", "demo.db", "serve", "--demo", "--port", "0");
        process.getOutputStream().close();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String b = null;
        String login = null;
        String password = null;
        String t = null;
        for (String line; (b == null || login == null || t == null) && (line = err.readLine()) != null; ) {
            log.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                b = m.group(1);
            }
            Matcher s = SIGN_IN.matcher(line);
            if (s.find()) {
                login = s.group(1);
                password = s.group(2);
            }
            Matcher k = TOKEN.matcher(line);
            if (k.find()) {
                t = k.group(1);
            }
        }
        if (b == null || login == null || t == null) {
            process.destroyForcibly();
            throw new IllegalStateException("serve --demo did not say where it listens and how to sign in:\n" + log);
        }
        this.base = b;
        this.adminLogin = login;
        this.adminPassword = password;
        this.token = t;
        // keep reading stderr so that the server never blocks on a full pipe
        Thread drain = new Thread(() -> {
            try {
                for (String line; (line = err.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        }, "demo-server-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts {@code serve --demo} in {@code dir} (the demo is generated there: seconds, longer on a busy machine). */
    public static DemoServer start(Path dir) throws IOException {
        return new DemoServer(dir);
    }

    public String url(String path) {
        return base + path;
    }

    public String adminLogin() {
        return adminLogin;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public String token() {
        return token;
    }

    /** Runs the CLI on the server's database (SQLite lets both at it). */
    public JarProcess.Result cli(String... args) throws IOException, InterruptedException {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = "demo.db";
        System.arraycopy(args, 0, all, 2, args.length);
        return JarProcess.run(dir, all);
    }

    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
