package dev.retort.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class implementing {@code dev.retort.migration.MigrationScript} as a schema migration.
 *
 * <p>The ids form a graph: exactly one migration revises nothing (the root), every other one revises
 * one id (or two or more, for a merge), and exactly one migration is revised by no other (the head).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Migration {

    /** A stable, unique id, for example {@code "728d86904477"}. Never change it once applied. */
    String id();

    /** The ids this migration follows: empty for the first migration, two or more for a merge. */
    String[] revises() default {};

    /** What the migration changes, in a sentence. A blank description is an error. */
    String description();
}
