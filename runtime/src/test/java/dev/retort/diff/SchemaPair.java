package dev.retort.diff;

import dev.retort.schema.Schema;

/** Two schemas to diff, printed in full when a property fails. */
record SchemaPair(Schema from, Schema to) {

    @Override
    public String toString() {
        return "\nfrom:\n" + from + "\nto:\n" + to + "\n";
    }
}
