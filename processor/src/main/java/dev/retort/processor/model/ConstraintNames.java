package dev.retort.processor.model;

/** The names Retort gives the constraints and indexes Hibernate would name with a hash. */
final class ConstraintNames {

    private ConstraintNames() {}

    /** A table's name as part of a constraint's: a qualified name's dot becomes an underscore. */
    static String part(String table) {
        return table.replace('.', '_');
    }
}
