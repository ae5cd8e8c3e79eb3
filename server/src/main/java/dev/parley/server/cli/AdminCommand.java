package dev.parley.server.cli;

import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.AccountAdmin;
import dev.parley.server.config.AppDirs;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley admin}: account administration on a stopped server's data directory (specs
 * ID-5, S-4): {@code create-superuser} and {@code reset-password}. Passwords are read from the
 * terminal without echo, or from the first line of standard input when there is no terminal
 * (scripts: {@code echo "$PW" | parley admin …}); never from an argument, where they would show
 * in the process list and the shell history.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Administers accounts in a server's data directory (stop the server first).",
        subcommands = {AdminCommand.CreateSuperuser.class, AdminCommand.ResetPassword.class})
public final class AdminCommand implements Callable<Integer> {
    /** Where passwords come from when there is no terminal; tests replace it. */
    static InputStream stdin = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** Options both subcommands share. */
    abstract static class AccountCommand implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: the per-user data directory).")
        Path data;

        @Option(names = "--username", required = true, paramLabel = "NAME", description = "The account's user name.")
        String username;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract String run(AccountAdmin admin, char[] password);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String name = "parley admin " + spec.name();
            char[] password;
            try {
                password = readPassword(out);
            } catch (IOException e) {
                err.println(name + ": cannot read the password: " + e.getMessage());
                return 1;
            }
            if (password == null) {
                err.println(name + ": no password given (type it at the prompt, or pipe it on standard input)");
                return 2;
            }
            Path dir = data != null ? data : AppDirs.resolve().serverData();
            try (AccountAdmin admin = AccountAdmin.open(dir)) {
                out.println(run(admin, password));
                return 0;
            } catch (ParleyException e) {
                err.println(name + ": " + explain(e));
                return 1;
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("already in use") || message.contains("locked")) {
                    err.println(name + ": the database in " + dir + " is in use: stop the server first");
                } else {
                    err.println(name + ": " + message);
                }
                return 1;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        /** From the terminal (twice, to catch typos) or the first line of standard input. */
        private static char[] readPassword(PrintWriter out) throws IOException {
            Console console = System.console();
            if (console != null && stdin == System.in) {
                char[] first = console.readPassword("Password: ");
                char[] second = console.readPassword("Repeat the password: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    out.println("The passwords differ.");
                    return null;
                }
                Arrays.fill(second, '\0');
                return first.length == 0 ? null : first;
            }
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? null : line.toCharArray();
        }

        private static String explain(ParleyException e) {
            return switch (e.code()) {
                case USERNAME_TAKEN -> "that user name is taken (or reserved for guests)";
                case USER_NOT_FOUND -> "no such user";
                case WEAK_PASSWORD -> "the password must have " + e.params().get("min") + " to " + e.params().get("max") + " characters";
                case INVALID_FIELD -> "the user name must have 3 to 32 letters, digits, '.', '-' or '_'";
                case FORBIDDEN -> "a superuser exists already; reset its password with 'parley admin reset-password'";
                default -> e.code().wireName();
            };
        }
    }

    /** {@code parley admin create-superuser}. */
    @Command(name = "create-superuser", mixinStandardHelpOptions = true,
            description = "Creates the superuser, who appoints admins in the client. There is one superuser.")
    static final class CreateSuperuser extends AccountCommand {
        @Override
        String run(AccountAdmin admin, char[] password) {
            UserInfo user = admin.createSuperuser(username, password);
            return "Superuser " + user.username() + " created (id " + user.id() + ").";
        }
    }

    /** {@code parley admin reset-password}. */
    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Sets a new password for an account and ends all of its sessions.")
    static final class ResetPassword extends AccountCommand {
        @Override
        String run(AccountAdmin admin, char[] password) {
            admin.resetPassword(username, password);
            return "Password of " + username + " reset; its sessions have ended.";
        }
    }
}
