package dev.retort.processor.check;

import dev.retort.operation.CreateCheck;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.schema.Table;
import dev.retort.sql.CheckValueLists;
import dev.retort.sql.CheckValueLists.ValueList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A list check of an existing table's column (an enum's, {@code status in ('A', 'B')}) dropped and made
 * again without some of its values: rows holding them make the new check fail, and the writers still
 * running write them.
 */
public final class EnumValuesRemovedCheck implements MigrationCheck {

    @Override
    public Set<Check> reports() {
        return Set.of(Check.ENUM_VALUES_REMOVED);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        for (ExistingTableStep<CreateCheck> found : context.onExistingTables(CreateCheck.class)) {
            CreateCheck create = found.operation();
            Optional<ValueList> made = CheckValueLists.of(create.check().expression());
            Optional<Table> before = context.replayed().before().table(create.table());
            if (made.isEmpty() || before.isEmpty()) {
                continue;
            }
            Table now = found.step().before().requireTable(create.table());
            before.get().checks()
                    .filter(old -> !now.constraints().containsKey(old.name()))
                    .flatMap(old -> CheckValueLists.of(old.expression()).stream())
                    .filter(old -> old.column().equals(made.get().column()))
                    .findFirst()
                    .ifPresent(old -> {
                        List<String> removed = old.values().stream().filter(v -> !made.get().values().contains(v))
                                .sorted().toList();
                        if (!removed.isEmpty()) {
                            context.reporter().report(Check.ENUM_VALUES_REMOVED, context.at(found.step()),
                                    ProcessorErrors.enumValuesRemoved(create, old.column(), removed));
                        }
                    });
        }
    }
}
