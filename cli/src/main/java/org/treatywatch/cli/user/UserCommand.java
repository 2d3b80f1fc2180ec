package org.treatywatch.cli.user;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.OutputException;
import org.treatywatch.cli.StoreOption;
import org.treatywatch.cli.UsageException;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoreException;
import org.treatywatch.web.auth.Passwords;
import org.treatywatch.web.auth.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code treatywatch user}: analysts' accounts for the web app (issue 5, "Analysts"). Reading the
 * web app is open to all; reviewing claims and ingesting articles needs an analyst, who signs in
 * with the password set here or sends an API token from {@code user token}.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage analysts: the people who review claims in the web app.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class})
public final class UserCommand implements Runnable {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    /** Where passwords come from when there is no terminal; tests replace it. */
    static InputStream stdin = System.in;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new UsageException("analyst name '" + name + "' is not valid: use 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return name;
    }

    /** {@code user add NAME}: a new analyst, password read from the terminal or the first line of stdin. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an analyst. The password is asked twice on a terminal (not echoed), "
                    + "or read from the first line of standard input: printf '%%s\\n' \"$PW\" | treatywatch user add NAME"})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the analyst's sign-in name")
        String name;

        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            checkName(name);
            char[] password = readPassword(spec.commandLine().getErr());
            try {
                String problem = Passwords.check(password);
                if (problem != null) {
                    throw new UsageException(problem);
                }
                String hash = Passwords.hash(password);
                try (Store s = store.openOrCreate(spec.commandLine().getErr())) {
                    if (s.analyst(name).isPresent()) {
                        throw new UsageException("an analyst named '" + name + "' already exists");
                    }
                    s.addAnalyst(name, hash);
                } catch (StoreException e) {
                    throw new UsageException(e.getMessage(), e);
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getErr().println("treatywatch: analyst '" + name + "' added; sign in at /signin");
            return ExitCodes.OK;
        }
    }

    /** {@code user token NAME}: a new API token, printed once on stdout. */
    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"Make an API token for an analyst's scripts and print it once on standard output. "
                    + "Send it as 'Authorization: Bearer TOKEN'. Only its SHA-256 is stored."})
    static final class Token implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the analyst who owns the token")
        String name;

        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            checkName(name);
            String token = Tokens.newApiToken();
            try (Store s = store.open()) {
                Analyst analyst = s.analyst(name).orElseThrow(() -> new UsageException(
                        "no analyst named '" + name + "': add one with 'treatywatch user add " + name + "'"));
                s.addApiToken(analyst.id(), Tokens.sha256Hex(token));
            } catch (StoreException e) {
                throw new UsageException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println(token);
            if (spec.commandLine().getOut().checkError()) {
                throw OutputException.stdout("the token was stored but not shown; make another with 'treatywatch user token "
                        + name + "'");
            }
            spec.commandLine().getErr().println("treatywatch: API token for '" + name + "' (shown once: keep it secret)");
            return ExitCodes.OK;
        }
    }

    /**
     * Whether the console is a real terminal. From JDK 22 {@link System#console()} is not null even
     * when the streams are redirected, and {@code Console.isTerminal()} tells; before, a console
     * exists only on a terminal. Asked by reflection because we compile for Java 21.
     */
    static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** The password from the terminal (asked twice, not echoed) or else the first line of stdin. */
    static char[] readPassword(PrintWriter err) {
        Console console = System.console();
        if (console != null && stdin == System.in && isTerminal(console)) {
            char[] first = console.readPassword("Password for the new analyst: ");
            char[] second = console.readPassword("The same password again: ");
            if (first == null || second == null) {
                throw new UsageException("no password given");
            }
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new UsageException("the two passwords differ");
            }
            return first;
        }
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new UsageException("no password on standard input: pipe it in as one line, or run on a terminal");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UsageException("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
