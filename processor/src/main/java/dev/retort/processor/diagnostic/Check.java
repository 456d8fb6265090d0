package dev.retort.processor.diagnostic;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every check Retort runs, with its stable name (used in messages, in
 * {@code -Aretort.check.<name_with_underscores>=error|warning|off} and in {@code @SuppressWarnings("retort:<name>")})
 * and its default severity.
 */
public enum Check {
    MISSING_DOWNGRADE("missing-downgrade", Severity.ERROR),
    DOWNGRADE_NOT_INVERSE("downgrade-not-inverse", Severity.ERROR),
    DROP_WITHOUT_NOTE("drop-without-note", Severity.ERROR),
    NARROWING_WITHOUT_NOTE("narrowing-without-note", Severity.ERROR),
    RENAME_AS_DROP("rename-as-drop", Severity.ERROR),
    UNSAFE_NOT_NULL("unsafe-not-null", Severity.ERROR),
    NOT_NULL_WITHOUT_BACKFILL("not-null-without-backfill", Severity.ERROR),
    DRIFT("drift", Severity.ERROR),
    UNREVIEWED("unreviewed", Severity.ERROR),
    GRAPH("graph", Severity.ERROR),
    UNKNOWN_OBJECT("unknown-object", Severity.ERROR),
    UNREADABLE("unreadable", Severity.ERROR),
    INVALID_OPERATION("invalid-operation", Severity.ERROR),
    UNDOCUMENTED("undocumented", Severity.ERROR),
    INVALID_ANNOTATION("invalid-annotation", Severity.ERROR),

    ENTITY_WITHOUT_ID("entity-without-id", Severity.ERROR),
    MAPPED_BY("mapped-by", Severity.ERROR),
    RELATION_TARGET("relation-target", Severity.ERROR),
    TABLE_CONFLICT("table-conflict", Severity.ERROR),
    INVALID_MAPPING("invalid-mapping", Severity.ERROR),
    UNSUPPORTED_MAPPING("unsupported-mapping", Severity.ERROR),

    UNIQUE_ON_EXISTING_TABLE("unique-on-existing-table", Severity.WARNING),
    DDL_IN_EXECUTE("ddl-in-execute", Severity.WARNING),
    FK_WITHOUT_INDEX("fk-without-index", Severity.WARNING),
    BLOCKING_INDEX("blocking-index", Severity.WARNING),
    VOLATILE_DEFAULT("volatile-default", Severity.WARNING),
    LOSSY_DOWNGRADE("lossy-downgrade", Severity.WARNING),
    CONSTRAINT_NOT_VALID("constraint-not-valid", Severity.WARNING),
    NEVER_VALIDATED("constraint-never-validated", Severity.WARNING),
    BLOCKING_SET_NOT_NULL("blocking-set-not-null", Severity.WARNING),
    TABLE_REWRITE("table-rewrite", Severity.WARNING),
    IDENTIFIER_TOO_LONG("identifier-too-long", Severity.ERROR),
    /**
     * Off: Retort quotes a reserved word wherever it writes one, and the list is the union of three
     * databases' (some words are reserved in one only), so it would fire on names Hibernate handles.
     */
    RESERVED_WORD("reserved-word", Severity.OFF),
    DROPPED_FOREIGN_KEY("dropped-foreign-key", Severity.WARNING),
    DROPPED_NOT_NULL("dropped-not-null", Severity.WARNING),
    ENUM_VALUES_REMOVED("enum-values-removed", Severity.WARNING),
    /** Off: the entity model decides the types, and an int id is its choice; on to audit the schema. */
    INTEGER_KEY("integer-key", Severity.OFF),
    /** Off: a LocalDateTime maps to it, which the model chose; on to audit the schema. */
    TIMESTAMP_WITHOUT_TIME_ZONE("timestamp-without-time-zone", Severity.OFF),
    /** Off: a char or @Column(columnDefinition) asks for it, which the model chose; on to audit the schema. */
    CHAR_TYPE("char-type", Severity.OFF),

    /** A build that compiles only some files cannot see part of the module: what it could not check. */
    PARTIAL_BUILD("partial-build", Severity.WARNING),

    /** The Tree API is unavailable: bodies cannot be read. Cannot be turned into an error. */
    TREE_API("tree-api", Severity.WARNING),
    /** Retort itself failed on an element: always an error, never suppressed. */
    INTERNAL("internal", Severity.ERROR);

    private final String checkName;
    private final Severity defaultSeverity;

    Check(String checkName, Severity defaultSeverity) {
        this.checkName = checkName;
        this.defaultSeverity = defaultSeverity;
    }

    /** The stable kebab-case name. */
    public String checkName() {
        return checkName;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether a build option or {@code @SuppressWarnings} may change this check's severity. */
    public boolean configurable() {
        return this != INTERNAL;
    }

    public static Optional<Check> named(String name) {
        return Arrays.stream(values()).filter(c -> c.checkName.equals(name)).findFirst();
    }
}
