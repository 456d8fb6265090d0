package dev.retort.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States where the data of a dropped (or narrowed) table or column went, so that the drop is a
 * decision and not an accident. Without it, Retort refuses {@code dropTable}, {@code dropColumn}
 * and lossy type changes in an upgrade.
 *
 * <pre>{@code
 * @DataPreserved(table = "users", column = "name",
 *                note = "copied into first_name and family_name by 93c6f091bafb")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(DataPreserved.List.class)
public @interface DataPreserved {

    /** The table that is dropped, or whose column is dropped or narrowed. */
    String table();

    /** The column; empty when the whole table is dropped. */
    String column() default "";

    /** Where the data went, or why it may go. Must not be blank. */
    String note();

    /** The container of repeated {@link DataPreserved} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        DataPreserved[] value();
    }
}
