package dev.retort.processor.model;

import java.util.List;

/**
 * Hibernate's own annotations that change the schema it creates. Read: {@code @Formula} (no column),
 * {@code @NaturalId} (a unique key), {@code @OnDelete} on a to-one relation (the key's action),
 * {@code @ColumnDefault} (a literal default), {@code @Check} (a check), {@code @UuidGenerator} (no
 * sequence). The others are reported, {@code @GenericGenerator} among them.
 */
final class HibernateAnnotations {

    private static final String PACKAGE = "org.hibernate.annotations.";

    static final String FORMULA = PACKAGE + "Formula";
    static final String NATURAL_ID = PACKAGE + "NaturalId";
    static final String ON_DELETE = PACKAGE + "OnDelete";
    static final String COLUMN_DEFAULT = PACKAGE + "ColumnDefault";
    static final String CHECK = PACKAGE + "Check";
    static final String CHECKS = PACKAGE + "Checks";
    static final String JDBC_TYPE_CODE = PACKAGE + "JdbcTypeCode";
    static final String MAP_KEY_JDBC_TYPE_CODE = PACKAGE + "MapKeyJdbcTypeCode";
    /** A generator of Hibernate's own, by class: what it creates (a sequence, a table, nothing) cannot be told. */
    static final String GENERIC_GENERATOR = PACKAGE + "GenericGenerator";
    static final String UUID_GENERATOR = PACKAGE + "UuidGenerator";

    /** On an attribute: they change its column's type, add a column, or make it generated. */
    static final List<String> UNREAD_ON_ATTRIBUTES = List.of(PACKAGE + "JdbcType", PACKAGE + "Type",
            PACKAGE + "Nationalized", PACKAGE + "TenantId", PACKAGE + "GeneratedColumn", PACKAGE + "CollectionId",
            PACKAGE + "Array", PACKAGE + "Struct", PACKAGE + "MapKeyJdbcType", PACKAGE + "MapKeyType");

    /** On an entity: a column of its own, or no table at all. */
    static final List<String> UNREAD_ON_TYPES = List.of(PACKAGE + "SoftDelete", PACKAGE + "Subselect",
            PACKAGE + "TenantId", PACKAGE + "OnDelete");

    private HibernateAnnotations() {}
}
