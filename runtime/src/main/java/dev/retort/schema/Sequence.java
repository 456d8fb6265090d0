package dev.retort.schema;

/** A database sequence, as Hibernate's {@code SEQUENCE} generators use. */
public record Sequence(String name, long start, long increment) {

    public Sequence {
        name = Identifiers.foldQualified(name, "sequence");
        if (increment == 0) {
            throw new SchemaMisfitException("sequence " + name + " cannot increment by 0");
        }
    }

    @Override
    public String toString() {
        return "sequence " + name + " start " + start + " increment " + increment;
    }
}
