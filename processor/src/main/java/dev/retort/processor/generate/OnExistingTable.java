package dev.retort.processor.generate;

import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AttachPrimaryKey;
import dev.retort.operation.AttachUniqueConstraint;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DropIndex;
import dev.retort.operation.Operation;
import dev.retort.operation.SetNotNull;
import dev.retort.operation.ValidateConstraint;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import java.util.List;

/**
 * The forms of a change to a table that holds rows which keep PostgreSQL's strongest lock short: a
 * foreign key or check added not valid and validated, NOT NULL set safely, a unique constraint or
 * primary key attached to a unique index built online, an index dropped online.
 */
final class OnExistingTable {

    private OnExistingTable() {}

    /** Whether the operation, on an existing table, has a safer form here. */
    static boolean shapes(Operation operation) {
        return operation instanceof SetNotNull set && !set.safely()
                || operation instanceof CreateForeignKey fk && !fk.notValid()
                || operation instanceof CreateCheck check && !check.notValid()
                || operation instanceof CreateUniqueConstraint
                || operation instanceof AddPrimaryKey
                || operation instanceof DropIndex drop && !drop.online();
    }

    static List<SkeletonStep> steps(Operation operation) {
        if (operation instanceof SetNotNull set) {
            return List.of(new SkeletonStep(new SetNotNull(set.table(), set.column(), true),
                    "Set safely: PostgreSQL checks the rows with a NOT VALID check, validated, without blocking them."));
        } else if (operation instanceof CreateForeignKey fk) {
            return List.of(new SkeletonStep(new CreateForeignKey(fk.table(), fk.foreignKey(), true),
                            "Added not valid, then validated: PostgreSQL checks the rows without blocking their writes."),
                    SkeletonStep.of(new ValidateConstraint(fk.table(), fk.foreignKey().name())));
        } else if (operation instanceof CreateCheck check) {
            return List.of(new SkeletonStep(new CreateCheck(check.table(), check.check(), true),
                            "Added not valid, then validated: PostgreSQL checks the rows without blocking their writes."),
                    SkeletonStep.of(new ValidateConstraint(check.table(), check.check().name())));
        } else if (operation instanceof CreateUniqueConstraint unique) {
            Index index = new Index(indexFor(unique.constraint().name()), unique.constraint().columns(), true);
            return List.of(new SkeletonStep(new CreateIndex(unique.table(), index, true),
                            "Its index built online first, then attached: the constraint does not block writes."),
                    SkeletonStep.of(new AttachUniqueConstraint(unique.table(), unique.constraint().name(), index.name())));
        } else if (operation instanceof AddPrimaryKey key) {
            Index index = new Index(indexFor(Identifiers.namePart(key.table()) + "_pkey"), key.key().columns(), true);
            return List.of(new SkeletonStep(new CreateIndex(key.table(), index, true),
                            "Its index built online first, then attached: the key does not block writes."),
                    SkeletonStep.of(new AttachPrimaryKey(key.table(), index.name())));
        } else if (operation instanceof DropIndex drop) {
            return List.of(new SkeletonStep(new DropIndex(drop.table(), drop.name(), true),
                    "Dropped online: the drop must not block reads and writes of an existing table."));
        }
        throw new IllegalArgumentException("no safer form for " + operation.describe());
    }

    /** The name of the index built for a constraint: {@code ux_<constraint>}, within PostgreSQL's 63 bytes. */
    private static String indexFor(String constraint) {
        String name = "ux_" + constraint;
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
