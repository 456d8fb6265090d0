package dev.retort.cli;

import java.io.Console;
import java.util.Map;

/** The password: from RETORT_PASSWORD, else asked for on the console; never printed or logged. */
public final class PasswordSource {

    public static final String VARIABLE = "RETORT_PASSWORD";

    /** Asks for a password; null when there is no one to ask. */
    @FunctionalInterface
    public interface Prompt {
        char[] ask(String question);
    }

    private final Map<String, String> environment;
    private final Prompt prompt;

    public PasswordSource(Map<String, String> environment, Prompt prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    /** The console's prompt, or none when the input is not a terminal. */
    public static Prompt console() {
        return question -> {
            Console console = System.console();
            return console == null ? null : console.readPassword("%s", question);
        };
    }

    String passwordFor(String user) {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        if (user == null) {
            return null;
        }
        char[] typed = prompt.ask("Password for " + user + ": ");
        return typed == null ? null : new String(typed);
    }
}
