package dev.retort.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.retort.migration.CanonicalForm;
import dev.retort.operation.OperationCases.OperationCase;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-operation dispatches outside the records themselves ({@code instanceof} ladders) handle
 * every kind of {@link Operation}: a new record that one of them forgets fails here, not in a user's
 * migration. Inverses are methods of the records, so the compiler checks those.
 */
class DispatchCompletenessTest {

    @Test
    void theCasesCoverEveryKindOfOperation() {
        Set<String> covered = OperationCases.all().stream().map(c -> c.operation().getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = Arrays.stream(Operation.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, covered, "add a case of the new operation to OperationCases");
    }

    static Stream<Arguments> onEveryDatabase() {
        return Arrays.stream(Database.values()).flatMap(database -> OperationCases.all().stream()
                .map(c -> Arguments.of(database + ": " + c.name(), database, c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onEveryDatabase")
    void everyDialectRendersEveryOperation(String name, Database database, OperationCase c) {
        List<String> statements = Dialect.of(database).render(c.operation(), c.before());
        // A Java step has no SQL; a validation has none where constraints are checked as they are added.
        boolean nothingToSay = c.operation() instanceof RunJava
                || c.operation() instanceof ValidateConstraint && database != Database.POSTGRESQL;
        assertEquals(nothingToSay, statements.isEmpty(), name + ": " + statements);
    }

    @Test
    void theCanonicalFormWritesEveryOperation() {
        for (OperationCase c : OperationCases.all()) {
            assertFalse(CanonicalForm.of(List.of(c.operation())).isBlank(), c.name());
        }
    }
}
