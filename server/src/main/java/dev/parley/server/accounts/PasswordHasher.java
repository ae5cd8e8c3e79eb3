package dev.parley.server.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;

/**
 * Argon2id password hashing through password4j, with the OWASP minimum parameters
 * (m = 19 MiB, t = 2, p = 1, 32-byte output, 16-byte random salt). Hashes are stored in the
 * PHC string format, which carries its parameters, so they can be raised later and old hashes
 * still verify. At most one hash per core runs at a time: each takes 19 MiB and tens of
 * milliseconds, so a burst of logins queues here instead of exhausting memory and CPU.
 *
 * <p>Verifying a login for an unknown user still runs one Argon2 computation against a fixed
 * dummy hash, so response time does not reveal which user names exist.
 */
final class PasswordHasher {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private final Semaphore running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final String dummyHash = hash("parley-dummy-password");

    String hash(String password) {
        running.acquireUninterruptibly();
        try {
            return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
        } finally {
            running.release();
        }
    }

    boolean verify(String password, String storedHash) {
        running.acquireUninterruptibly();
        try {
            if (storedHash == null) {
                Argon2Function.getInstanceFromHash(dummyHash).check(password, dummyHash);
                return false;
            }
            return Argon2Function.getInstanceFromHash(storedHash).check(password, storedHash);
        } catch (RuntimeException badHash) {
            return false;
        } finally {
            running.release();
        }
    }
}
