package dev.retort.processor.diagnostic;

import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;

/** How a check's findings are reported. */
public enum Severity {
    ERROR(Diagnostic.Kind.ERROR),
    WARNING(Diagnostic.Kind.WARNING),
    OFF(null);

    private final Diagnostic.Kind kind;

    Severity(Diagnostic.Kind kind) {
        this.kind = kind;
    }

    /** The javac diagnostic kind; null for {@link #OFF}. */
    public Diagnostic.Kind kind() {
        return kind;
    }

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
