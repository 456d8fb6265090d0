package dev.retort.processor.model;

import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * The generation of Hibernate ORM the application runs, whose DDL the expected schema is: 6 (6.6,
 * what Spring Boot 3 brings) or 7 (Spring Boot 4). They differ in a few places: 7 gives a time of
 * day no fractional seconds, checks the values of a discriminator and of an order column, keeps a
 * set of values unique, makes a version NOT NULL, and keeps a generator declared on an id to it.
 */
public enum HibernateGeneration {
    HIBERNATE_6, HIBERNATE_7;

    /** A type of Hibernate 7's that 6.6 does not have. */
    private static final String SEVEN_ONLY = "org.hibernate.annotations.EmbeddedColumnNaming";
    private static final String ANY_HIBERNATE = "org.hibernate.annotations.Check";

    /** {@code 6}, {@code 6.6}, {@code 7}, {@code 7.4.15.Final}: the generation of that version; empty for another. */
    public static Optional<HibernateGeneration> named(String version) {
        String major = version.strip().split("\\.", 2)[0];
        switch (major) {
            case "6": return Optional.of(HIBERNATE_6);
            case "7": return Optional.of(HIBERNATE_7);
            default: return Optional.empty();
        }
    }

    /** The generation on the compile class path; 6 when Hibernate is not there (nor can be told apart). */
    static HibernateGeneration onClassPath(Elements elements) {
        return elements.getTypeElement(SEVEN_ONLY) != null && elements.getTypeElement(ANY_HIBERNATE) != null
                ? HIBERNATE_7 : HIBERNATE_6;
    }

    public boolean atLeast7() {
        return this == HIBERNATE_7;
    }
}
