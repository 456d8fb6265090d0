package dev.retort.tools.revision;

import dev.retort.runner.RetortException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** A new migration's id and class name. */
final class RevisionNames {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionNames() {}

    /** Twelve random hexadecimal digits, as Alembic's revision ids, none of {@code taken}. */
    static String freshId(Set<String> taken) {
        while (true) {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (taken.stream().noneMatch(t -> t.startsWith(id) || id.startsWith(t))) {
                return id;
            }
        }
    }

    /**
     * The message as a class name, {@code "add phone to users"} as {@code AddPhoneToUsers}; with a
     * number after it when the package already has that class.
     */
    static String className(String message, String packageName, Set<String> existing) {
        StringBuilder name = new StringBuilder();
        for (String word : message.split("[^\\p{Alnum}]+")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        if (name.length() == 0) {
            throw new RetortException("the message \"" + message + "\" has no word to name the migration's class:"
                    + " say in a few words what it changes, e.g. -m \"add phone to users\"");
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, 'M');
        }
        String base = name.toString();
        String candidate = base;
        for (int n = 2; existing.contains(qualified(packageName, candidate)); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    static String qualified(String packageName, String className) {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}
