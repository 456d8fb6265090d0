package dev.retort.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The mark Retort puts on every skeleton migration it generates. A migration that still carries it
 * does not compile: read the generated operations, settle every {@code TODO}, then delete the mark.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Unreviewed {

    /** Why the skeleton was generated (the differences it covers). */
    String value() default "";
}
