package dev.retort.processor;

import dev.retort.graph.GraphProblem;
import dev.retort.graph.MigrationNames;
import dev.retort.operation.AddColumn;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.Operation;
import dev.retort.operation.SetNotNull;
import dev.retort.migration.DslSource;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SqlType;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.sql.IdentifierLimit;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Every message Retort prints, in one place: each says what is wrong and how to fix it, in one or
 * two lines. The check's name is added by the reporter.
 */
public final class ProcessorErrors {

    private static final int HINT_STATEMENTS = 3;

    private ProcessorErrors() {}

    // Reading bodies

    public static String unreadableValue() {
        return "Retort cannot read this value at compile time: use a literal or a constant.";
    }

    public static String unreadableLocal(String local) {
        return "Retort cannot read local variable '" + local
                + "' at compile time: declare it with a literal or constant initializer, or use a literal.";
    }

    public static String notAConstant(Element field) {
        return "Retort cannot read '" + field.getSimpleName()
                + "' at compile time: use a literal, or a static final constant with a readable initializer.";
    }

    public static String opOutsideCall(String op) {
        return "Retort reads only calls on " + op + ", such as " + op + ".addColumn(...): keep no other reference to it"
                + " (move such code into " + op + ".run(connection -> { ... })).";
    }

    public static String unknownDslMethod(String method) {
        return "Retort cannot call " + method + " at compile time: this build's retort-processor"
                + " and retort-runtime versions differ; use the same version for both.";
    }

    public static String notAnOpCall() {
        return "Retort reads upgrade and downgrade as a straight list of op calls: move this statement into"
                + " op.run(connection -> { ... }), or use literals and constants.";
    }

    public static String bodyNotInSource(ExecutableElement method) {
        return "Retort cannot read the body of " + method.getEnclosingElement().getSimpleName() + "."
                + method.getSimpleName() + ": it is not in the sources being compiled; declare it in the migration.";
    }

    public static String unreadableClassFile(TypeElement migration, ExecutableElement method, String why) {
        return "Retort cannot read " + migration.getSimpleName() + "." + method.getSimpleName() + " from its class file,"
                + " since it is not among the files compiled now: " + why + ". Its checks, drift and Retort's outputs"
                + " wait for a build that compiles " + migration.getSimpleName() + ".";
    }

    public static String invalidValue(SchemaMisfitException misfit) {
        return misfit.getMessage() + ": fix this value.";
    }

    public static String nullArgument() {
        return "this operation needs a value here, not null.";
    }

    public static String misfit(Operation operation, SchemaMisfitException misfit) {
        return operation.describe() + " does not fit the schema at this point: " + misfit.getMessage() + ".";
    }

    // The @Migration class

    public static String idTooLong(String id, int max) {
        return "migration id '" + id.substring(0, 16) + "...' has " + id.length() + " characters, and the history"
                + " table holds ids of up to " + max + ": use a short unique id such as \"728d86904477\".";
    }

    public static String descriptionTooLong(TypeElement type, int length, int max) {
        return "the description of " + type.getSimpleName() + " has " + length + " characters, and the history table"
                + " holds up to " + max + ": say in a sentence what it changes, and the rest in its Javadoc.";
    }

    public static String badId(String id) {
        return "migration id '" + id + "' must be non-blank with no spaces: use a short unique id such as"
                + " \"728d86904477\".";
    }

    public static String undocumented(TypeElement type) {
        return type.getSimpleName() + " has a blank description: say in a sentence what the migration changes.";
    }

    public static String migrationNotAClass(TypeElement type) {
        return "@Migration goes on a class implementing MigrationScript, not on " + type.getKind().toString()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + type.getSimpleName() + ".";
    }

    public static String migrationNotAScript(TypeElement type) {
        return type.getSimpleName() + " is annotated @Migration but does not implement"
                + " dev.retort.migration.MigrationScript: implement it.";
    }

    public static String migrationAbstract(TypeElement type) {
        return "migration " + type.getSimpleName() + " is abstract: the runner must instantiate it; make it concrete.";
    }

    public static String migrationNotPublic(TypeElement type) {
        return "migration " + type.getSimpleName() + " must be a public top-level or public static nested class,"
                + " so that the runner can instantiate it.";
    }

    public static String migrationNoConstructor(TypeElement type) {
        return "migration " + type.getSimpleName() + " needs a public no-argument constructor, so that the runner"
                + " can instantiate it.";
    }

    public static String noteWithoutTable() {
        return "@DataPreserved needs the table whose data it accounts for: set table.";
    }

    public static String blankNote(String table, String column) {
        return "@DataPreserved for " + target(table, column) + " needs a note saying where the data went"
                + " (not blank, not a TODO).";
    }

    // The entity model

    public static String entityWithoutId(TypeElement entity) {
        return "entity " + entity.getSimpleName() + " has no @Id: give it one (usually through a @MappedSuperclass"
                + " base model).";
    }

    public static String invalidMapping(TypeElement entity, String problem) {
        return "entity " + entity.getSimpleName() + " cannot become a table: " + problem + ". Fix the mapping;"
                + " Hibernate would reject it too.";
    }

    public static String unsupportedIdType(TypeMirror type) {
        return "Retort cannot map an id of type " + type + ": use a number, a String or a UUID.";
    }

    public static String unsupportedAttributeType(String attribute, TypeMirror type) {
        return "Retort does not know the column type of '" + attribute + "' (" + type + "): use a basic type, mark it"
                + " @Transient, or map it as a relation.";
    }

    public static String unsupportedMap(String attribute) {
        return "Retort does not read this map's key yet ('" + attribute + "': @MapKeyClass, @MapKey on values that"
                + " are no entities, or an entity key with a composite id): map the entries as an entity of their"
                + " own, or turn the check off with -Aretort.check.unsupported_mapping=off.";
    }

    public static String unresolvedConverter(String converter) {
        return "Retort cannot tell which column type " + converter + " writes: implement AttributeConverter<X, Y>"
                + " with both types named, not type variables.";
    }

    public static String unreadBooleanConverter(String converter) {
        return "Hibernate checks a converted boolean column against the values " + converter + " gives true and"
                + " false, which Retort cannot compute at compile time: use Hibernate's YesNoConverter,"
                + " TrueFalseConverter or NumericBooleanConverter, or turn the check off with"
                + " -Aretort.check.unsupported_mapping=off.";
    }

    public static String zoneColumnInCollection(String attribute) {
        return "Retort does not read yet where hibernate.timezone.default_storage=COLUMN keeps the offsets of a"
                + " collection of zoned date-times ('" + attribute + "'): store them another way, or turn the check"
                + " off with -Aretort.check.unsupported_mapping=off.";
    }

    public static String unsupportedInEmbeddable(String attribute) {
        return "Retort does not read relations or collections inside an embeddable yet ('" + attribute + "'): move"
                + " it to the entity, or turn the check off with -Aretort.check.unsupported_mapping=off.";
    }

    public static String unreadAnnotation(String annotation, String where) {
        return "Retort does not read " + annotation + " yet ('" + where + "'), so it cannot know the schema Hibernate"
                + " makes of it: map it without, or turn the check off with -Aretort.check.unsupported_mapping=off.";
    }

    public static String unknownReferencedColumn(String attribute, String table, String column) {
        return "'" + attribute + "' joins to " + (column.isEmpty() ? "a column of " + table + " it does not name"
                : table + "." + column + ", which the table does not have") + ": when one join column references a"
                + " column outside the key, each must name a column of the target's table in referencedColumnName.";
    }

    public static String referencedColumnsNotUnique(String attribute, String table, List<String> columns) {
        return "'" + attribute + "' joins to " + table + " (" + String.join(", ", columns) + "), which is neither its"
                + " primary key nor unique: a foreign key needs a unique key there; make it unique (@Column(unique ="
                + " true) or a unique constraint).";
    }

    public static String relationTargetNotEntity(String attribute, TypeMirror type) {
        return "'" + attribute + "' is a relation to " + type + ", which is not an @Entity: annotate it, or map the"
                + " attribute otherwise.";
    }

    public static String mappedByMissing(String attribute, String mappedBy, TypeElement target) {
        return "'" + attribute + "' is mappedBy \"" + mappedBy + "\", but " + target.getSimpleName()
                + " has no attribute of that name: name the field that owns the relation.";
    }

    public static String mappedByWrongType(String attribute, String mappedBy, TypeElement target, TypeElement owner) {
        return "'" + attribute + "' is mappedBy \"" + mappedBy + "\", but " + target.getSimpleName() + "." + mappedBy
                + " does not point back to " + owner.getSimpleName() + ": name the field that does.";
    }

    public static String columnConflict(String table, Column wanted, Column existing) {
        return "table " + table + " already maps column " + existing + " differently (here: " + wanted
                + "): two entities on one table must agree on their columns.";
    }

    public static String columnWrittenTwice(String table, String column, Element first, Element second) {
        return "column " + table + "." + column + " is written by both '" + first.getSimpleName() + "' and '"
                + second.getSimpleName() + "': give one another column (an @AttributeOverride, for an embedded"
                + " value), or make it insertable = false, updatable = false.";
    }

    public static String unreadColumnDefinition(String definition, String attribute) {
        return "Retort cannot read @Column(columnDefinition = \"" + definition + "\") on '" + attribute + "': it reads a"
                + " type in the usual SQL spelling, then DEFAULT with a literal and [NOT] NULL; map the type with"
                + " length, precision and scale instead, or turn the check off with"
                + " -Aretort.check.unsupported_mapping=off.";
    }

    public static String unreadColumnDefault(String sql, String attribute) {
        return "Retort cannot read @ColumnDefault(\"" + sql + "\") on '" + attribute + "': it reads a literal (a"
                + " quoted string, a number, true or false, current_timestamp); or turn the check off with"
                + " -Aretort.check.unsupported_mapping=off.";
    }

    public static String scaleOnFloatingPoint(String attribute) {
        return "'" + attribute + "' is a floating-point number with @Column(scale): Hibernate refuses it, as scale has"
                + " no meaning there; use BigDecimal for a fixed scale, or drop the scale.";
    }

    public static String unknownSecondaryTable(String attribute, String table, TypeElement entity) {
        return "'" + attribute + "' is mapped to table " + table + ", which is neither the table of "
                + entity.getSimpleName() + " nor one of its @SecondaryTable: name one of those, or declare it.";
    }

    public static String indexWithoutColumns(String table) {
        return "an @Index on table " + table + " names no column (columnList is empty): name its columns, as"
                + " Hibernate refuses an index of none.";
    }

    public static String duplicateEntityName(String name, TypeElement first, TypeElement second) {
        return "entity name '" + name + "' is taken by " + first.getQualifiedName() + " and " + second.getQualifiedName()
                + ": Hibernate refuses two entities of one name; give one another @Entity(name = ...).";
    }

    public static String unknownIndexColumn(String table, String column) {
        return "an index or unique constraint of table " + table + " names column " + column + ", but the entity"
                + " maps no such column there: use the column's name.";
    }

    public static String unknownEntityPackage(String packageName) {
        return "-Aretort.entityPackages names " + packageName + ", which is not on the compile classpath.";
    }

    // The graph

    /** A problem of the graph, in the words the runtime uses for it too. */
    public static String graph(GraphProblem problem, MigrationNames names) {
        return problem.describe(names) + ".";
    }

    public static String forgotRevises(String migration, String headId, String headName) {
        return migration + " revises nothing, but the history already starts elsewhere and ends at " + headName
                + ": add revises = " + DslSource.q(headId) + " to its @Migration.";
    }

    // The checks

    /** {@code inverse} is null when the upgrade was not replayed: the message then has no hint. */
    public static String noDowngrade(String migration, List<Operation> inverse) {
        return missingDowngrade(migration + " has no downgrade", inverse);
    }

    public static String emptyDowngrade(String migration, List<Operation> inverse) {
        return missingDowngrade("the downgrade of " + migration + " is empty", inverse);
    }

    public static String throwingDowngrade(String migration, List<Operation> inverse) {
        return missingDowngrade("the downgrade of " + migration + " only throws", inverse);
    }

    private static String missingDowngrade(String what, List<Operation> inverse) {
        if (inverse == null) {
            return what + ": write the exact inverse of upgrade.";
        }
        if (inverse.isEmpty()) {
            return what + ": write what undoes the upgrade's data steps, or, if they cannot be undone,"
                    + " say so with @SuppressWarnings(\"retort:missing-downgrade\").";
        }
        return what + ": write the exact inverse of upgrade: " + hint(inverse);
    }

    public static String emptyMigration(String migration) {
        return migration + " does nothing: write its upgrade, and a downgrade that undoes it (only a merge of"
                + " several heads may stay empty).";
    }

    /** How many differences a downgrade-not-inverse message lists, one a line. */
    public static final int DIFFERENCES_SHOWN = 10;

    public static String downgradeNotInverse(String migration, List<String> differences, List<Operation> inverse) {
        String listed = differences.size() == 1 ? " " + differences.get(0) + "."
                : "\n" + differences.stream().limit(DIFFERENCES_SHOWN).map(d -> "- " + d + "\n").collect(Collectors.joining())
                + (differences.size() > DIFFERENCES_SHOWN ? "- and " + (differences.size() - DIFFERENCES_SHOWN)
                + " more\n" : "");
        return "the downgrade of " + migration + " does not undo its upgrade:" + listed
                + (differences.size() == 1 ? "\n" : "") + "The exact inverse is: " + hint(inverse);
    }

    public static String dropWithoutNote(Operation drop, String table, String column, String migration) {
        String note = column.isEmpty() ? "@DataPreserved(table = " + DslSource.q(table)
                : "@DataPreserved(table = " + DslSource.q(table) + ", column = " + DslSource.q(column);
        return drop.describe() + " loses the data in " + target(table, column)
                + ": copy it first, then say where it went with\n" + note + ", note = \"...\") on " + migration + ".";
    }

    public static String narrowingWithoutNote(AlterColumnType change, SqlType was, String loss, String migration) {
        return change.describe() + " narrows " + was + " and can lose " + loss + ": copy them first, then say where"
                + " they went with\n" + preservedNote(change.table(), change.column()) + " on " + migration + ".";
    }

    public static String renameColumnAsDrop(String table, String dropped, String added, SqlType type) {
        return "dropColumn " + table + "." + dropped + " and addColumn " + table + "." + added + " (" + type
                + ") lose the data a rename keeps: use op.renameColumn(" + DslSource.q(table) + ", "
                + DslSource.q(dropped) + ", " + DslSource.q(added) + ");\nif the drop is meant, copy the data and say"
                + " where it went with " + preservedNote(table, dropped) + ".";
    }

    public static String noteContradicted(String table, String dropped, String added, SqlType type) {
        return "dropColumn " + table + "." + dropped + " then addColumn " + table + "." + added + " (" + type
                + "), with no data step between them, cannot have moved the data, whatever @DataPreserved says: use"
                + " op.renameColumn(" + DslSource.q(table) + ", " + DslSource.q(dropped) + ", " + DslSource.q(added)
                + ");\nif the drop is meant, add the new column first, copy the data, then drop.";
    }

    public static String renameTableAsDrop(String dropped, String created) {
        return "dropTable " + dropped + " and createTable " + created + " of the same columns lose the data a rename"
                + " keeps: use op.renameTable(" + DslSource.q(dropped) + ", " + DslSource.q(created)
                + ");\nif the drop is meant, copy the data and say where it went with " + preservedNote(dropped, "")
                + ".";
    }

    public static String unsafeNotNull(AddColumn add) {
        return add.describe() + " adds a NOT NULL column without default to " + add.table() + ", which existed"
                + " before this migration and may hold rows:\nadd it nullable, backfill with execute, then setNotNullSafely"
                + " \u2014 or give it a default.";
    }

    public static String notNullWithoutBackfill(SetNotNull set) {
        return set.describe() + " fails if a row of " + set.table() + " still holds NULL in " + set.column()
                + ": backfill it first in this migration, e.g. op.execute(\"UPDATE " + set.table() + " SET "
                + set.column() + " = ... WHERE " + set.column() + " IS NULL\").";
    }

    public static String backfillPlaceholder(String table, String column) {
        return "this UPDATE sets " + table + "." + column + " to NULL where it is NULL, which changes nothing:"
                + " it is the skeleton's placeholder; write the real backfill, the value existing rows should get.";
    }

    public static String uniqueOnExistingTable(Operation operation, String table, List<String> columns) {
        return operation.describe() + " fails if the rows " + table + " already holds repeat a value of ("
                + String.join(", ", columns) + "): remove the duplicates first, with an execute before it in this"
                + " migration.";
    }

    public static String ddlInExecute(String statement, String instead) {
        return "execute runs DDL (" + statement + ") that Retort cannot replay, so the checks, the inverse and drift"
                + " miss it: " + instead;
    }

    public static String ddlOperation(String operation) {
        return "use op." + operation + " instead.";
    }

    public static String ddlWithoutOperation() {
        return "use the op call for this change instead, or, if Retort has none, keep it and say so with"
                + " @SuppressWarnings(\"retort:ddl-in-execute\").";
    }

    public static String fkWithoutIndex(String table, ForeignKey key) {
        return "foreign key " + key.name() + " on " + table + " (" + String.join(", ", key.columns()) + ") has no index"
                + " that starts with its columns, so each delete in " + key.referencedTable() + " scans " + table
                + ":\ndeclare the index in the model, @Table(indexes = @Index(columnList = "
                + DslSource.q(String.join(", ", key.columns())) + ")) on the entity of " + table
                + ", and the skeleton creates it; without an entity, add op.createIndex("
                + DslSource.q(indexName(table, key.columns())) + ", " + DslSource.q(table) + ", "
                + String.join(", ", key.columns().stream().map(DslSource::q).toList()) + ").";
    }

    public static String indexDropLeavesForeignKey(Operation drop, String table, ForeignKey key) {
        return drop.describe() + " leaves foreign key " + key.name() + " (" + String.join(", ", key.columns())
                + ") with no index that starts with its columns, so each delete in " + key.referencedTable()
                + " scans " + table + ": keep an index on (" + String.join(", ", key.columns()) + ").";
    }

    public static String blockingIndex(CreateIndex create) {
        return create.describe() + " blocks writes to " + create.table() + " while the index builds: build it with"
                + " op." + (create.index().unique() ? "createUniqueIndexOnline" : "createIndexOnline")
                + " (CONCURRENTLY on PostgreSQL, LOCK=NONE on MariaDB and MySQL).";
    }

    /** The index built online for a constraint the advice attaches it to: {@code ux_<constraint>}. */
    private static String indexFor(String constraint) {
        String name = "ux_" + constraint;
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    public static String blockingUniqueConstraint(String described, String table, String constraint,
                                                  List<String> columns, boolean primaryKey) {
        String index = indexFor(constraint);
        return described + " builds its index blocking writes to " + table + " on PostgreSQL: build it first with"
                + " op.createUniqueIndexOnline(\"" + index + "\", \"" + table + "\", " + quoted(columns) + "), then attach it"
                + " with " + (primaryKey ? "op.addPrimaryKeyUsingIndex(\"" + table + "\", \"" + index + "\")"
                        : "op.createUniqueConstraintUsingIndex(\"" + constraint + "\", \"" + table + "\", \"" + index + "\")")
                + ".";
    }

    public static String blockingDropIndex(DropIndex drop) {
        return drop.describe() + " blocks reads and writes of " + drop.table() + " on PostgreSQL while it waits for the"
                + " transactions using the index: drop it with op.dropIndexOnline (DROP INDEX CONCURRENTLY).";
    }

    public static String constraintNotValid(String described, String kind, String table, String name, String method) {
        return described + " checks every row of " + table + " while it blocks writes to it on PostgreSQL: add the "
                + kind + " with op." + method + ", then op.validateConstraint(\"" + name + "\", \"" + table + "\"), which"
                + " checks the rows without blocking them.";
    }

    /** {@code atHead}: the table's name after the last migration, where the validation goes. */
    public static String neverValidated(String described, String table, String name, String atHead) {
        return described + " is never validated: PostgreSQL does not check the rows " + table + " held before it,"
                + " which may break it, and its planner does not rely on it until it is validated: add a migration"
                + " with op.validateConstraint(\"" + name + "\", \"" + atHead + "\").";
    }

    public static String blockingSetNotNull(SetNotNull set) {
        return set.describe() + " scans " + set.table() + " holding a lock that blocks its reads and writes on"
                + " PostgreSQL: use op.setNotNullSafely(\"" + set.table() + "\", \"" + set.column() + "\") (a NOT VALID check,"
                + " validated, then SET NOT NULL without a scan).";
    }

    public static String tableRewrite(AlterColumnType alter, SqlType from, List<String> databases) {
        return alter.describe() + " (from " + from + ") rewrites " + alter.table()
                + ", blocking its reads and writes while it copies, on " + String.join(" and ", databases)
                + ": add a column of the new type, backfill it, and switch to it, or run this at a quiet time.";
    }

    public static String identifierTooLong(String kind, String name, int bytes, List<String> limits) {
        return kind + " name " + name + " is " + bytes + " bytes long, over the limit of " + String.join(" and ", limits)
                + ": shorten it.";
    }

    /** One database's limit, as {@link #identifierTooLong} lists them. */
    public static String identifierLimit(IdentifierLimit limit, String database) {
        return limit.length() + (limit.unit() == IdentifierLimit.Unit.BYTES ? " bytes" : " characters") + " on "
                + database + ", which " + (limit.truncates() ? "cuts it without a word" : "refuses it");
    }

    public static String reservedWord(String kind, String name, List<String> databases) {
        String where = databases.size() == 1 ? databases.get(0) : String.join(", ", databases.subList(0,
                databases.size() - 1)) + " and " + databases.get(databases.size() - 1);
        return kind + " name " + name + " is a reserved word in " + where + ": Retort quotes it there, but"
                + " Hibernate and hand-written SQL must quote it too (@Column(name = \"`" + name + "`\")); rename it"
                + " instead if you can.";
    }

    public static String droppedForeignKey(DropForeignKey drop, String referenced) {
        return drop.describe() + " lets " + drop.table() + " hold rows whose key matches no row of " + referenced
                + ", and readers that join them lose rows: keep it, or say why in the description.";
    }

    public static String droppedNotNull(DropNotNull drop) {
        return drop.describe() + " lets writers store NULL in " + drop.table() + "." + drop.column()
                + ", which readers deployed today do not expect: deploy readers that handle NULL first.";
    }

    public static String enumValuesRemoved(CreateCheck create, String column, List<String> removed) {
        return create.describe() + " no longer allows " + String.join(", ", removed) + " in " + create.table() + "."
                + column + ": rows holding them make it fail, and writers deployed today still write them: move"
                + " those rows to another value with an execute before it, after the writers stopped.";
    }

    public static String integerKey(String table, String column, SqlType type) {
        return table + "." + column + " is a key of type " + type + ", which runs out at " + (type.kind() == SqlType.Kind.SMALLINT
                ? "32767" : "2147483647") + " rows: make it BIGINT (a Long id in the entity).";
    }

    public static String timestampWithoutTimeZone(String table, String column) {
        return table + "." + column + " is a timestamp without time zone, whose values mean nothing without the zone"
                + " they were written in: use TIMESTAMP_TZ (an Instant or OffsetDateTime in the entity).";
    }

    public static String charType(String table, String column, SqlType type) {
        return table + "." + column + " is a " + type + ", padded with spaces to its length: use varchar.";
    }

    private static String quoted(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
    }

    public static String volatileDefault(AddColumn add) {
        return add.describe() + " defaults to " + add.column().defaultValue().sql() + ", which the database computes"
                + " for every existing row of " + add.table() + " (MySQL and MariaDB rebuild the table, and old rows"
                + " get the migration's time):\nadd it nullable without default, backfill with execute, then"
                + " setDefault.";
    }

    public static String identityOnExistingTable(AddColumn add) {
        return add.describe() + " is an identity column, which the database fills row by row for every existing row"
                + " of " + add.table() + " (PostgreSQL rewrites the table under an exclusive lock): move it to a"
                + " migration of its own, run at a quiet time.";
    }

    public static String lossyDowngrade(Operation restore, String table, String column, String note) {
        return restore.describe() + " brings " + target(table, column) + " back without its data, which the upgrade"
                + " lost (@DataPreserved: \"" + note + "\"):\nrestore the data with an execute after it, or accept"
                + " the loss with @SuppressWarnings(\"retort:lossy-downgrade\").";
    }

    private static String preservedNote(String table, String column) {
        return "@DataPreserved(table = " + DslSource.q(table) + (column.isEmpty() ? "" : ", column = "
                + DslSource.q(column)) + ", note = \"...\")";
    }

    private static String indexName(String table, List<String> columns) {
        return "idx_" + Identifiers.namePart(table) + "_" + String.join("_", columns);
    }

    public static String unreviewed(String migration) {
        return migration + " is a generated skeleton that has not been reviewed: check every operation, settle each"
                + " TODO, then delete @Unreviewed.";
    }

    public static String driftAtTypingOperation(String table, String column, SqlType migrations, SqlType model) {
        return "this gives " + table + "." + column + " the type " + migrations + ", but the model maps it as " + model
                + ": if this migration has run on no database yet, change the type here; otherwise the skeleton's"
                + " alterColumnType, in a new migration, closes the drift.";
    }

    // Drift: one difference between the migrations' schema and the model's (check.DriftDescription picks the entry)

    public static String driftTableMissing(String table) {
        return "table " + table + " is in the model but no migration creates it.";
    }

    public static String driftTableUnmapped(String table) {
        return "table " + table + " is created by the migrations but no entity maps it.";
    }

    public static String driftColumnMissing(String table, Column column) {
        return "column " + table + "." + column.name() + " (" + column.toString().substring(column.name().length() + 1)
                + ") is in the model but no migration creates it.";
    }

    public static String driftColumnUnmapped(String table, String column) {
        return "column " + table + "." + column + " is created by the migrations but the model does not map it.";
    }

    public static String driftType(String table, String column, SqlType migrations, SqlType model) {
        return "column " + table + "." + column + " is " + migrations + " after the migrations but " + model
                + " in the model.";
    }

    public static String driftNotNullInModel(String table, String column) {
        return "column " + table + "." + column + " is nullable after the migrations but NOT NULL in the model.";
    }

    public static String driftNullableInModel(String table, String column) {
        return "column " + table + "." + column + " is NOT NULL after the migrations but nullable in the model.";
    }

    public static String driftDefaultInModel(String table, String column, String defaultSql) {
        return "column " + table + "." + column + " defaults to " + defaultSql
                + " in the model but not after the migrations.";
    }

    public static String driftDefaultInMigrations(String table, String column) {
        return "column " + table + "." + column + " has a default after the migrations but not in the model.";
    }

    public static String driftIdentityInModel(String table, String column) {
        return "column " + table + "." + column + " is generated by the database in the model but not after the"
                + " migrations.";
    }

    public static String driftIdentityInMigrations(String table, String column) {
        return "column " + table + "." + column + " is generated by the database after the migrations but not in"
                + " the model.";
    }

    public static String driftPrimaryKey(String table, List<String> model, PrimaryKey migrations) {
        return "the model's primary key of " + table + " is (" + String.join(", ", model)
                + "), but the migrations' is " + migrations + ".";
    }

    public static String driftPrimaryKeyUnmapped(String table, PrimaryKey migrations) {
        return "the migrations give table " + table + " a " + migrations + " that the model does not have.";
    }

    public static String driftSequenceMissing(String sequence) {
        return "sequence " + sequence + " is in the model but no migration creates it.";
    }

    public static String driftSequenceUnused(String sequence) {
        return "sequence " + sequence + " is created by the migrations but the model does not use it.";
    }

    public static String driftSchemaMissing(String schema) {
        return "schema " + schema + " holds tables of the model but no migration creates it.";
    }

    public static String driftSchemaUnused(String schema) {
        return "schema " + schema + " is created by the migrations but the model does not use it.";
    }

    public static String driftConstraintMissing(TableConstraint constraint, String table) {
        return "the model expects " + constraint + " on " + table + ", but no migration creates it.";
    }

    public static String driftConstraintUndeclared(TableConstraint constraint, String table) {
        return constraint + " on " + table + " is created by the migrations but the model does not declare it.";
    }

    public static String driftOther(String needed) {
        return "the migrations' schema differs from the model: the model needs " + needed + ".";
    }

    public static String driftSkeletonHint(String path) {
        return "\nA migration that closes the drift was written to " + path + ": review it and move it into your"
                + " sources.";
    }

    public static String noSkeletonFolder() {
        return "\nRetort could not write a skeleton migration here: name a folder with -Aretort.skeletons=DIR.";
    }

    public static String skeletonNotWritten(IOException e) {
        return "\nRetort could not write a skeleton migration (" + e.getMessage() + "): name a writable folder with"
                + " -Aretort.skeletons=DIR.";
    }

    public static String cannotWrite(String what, Exception e) {
        return "Retort could not write " + what + " (" + e.getMessage() + "): check the build's output folder.";
    }

    public static String noEntities() {
        return "Retort found no @Entity class in this compilation, so drift is not checked; if the entities live"
                + " in another module, name their packages with -Aretort.entityPackages=...";
    }

    public static String partialBuild(String missing) {
        return "this build compiles only some of the module's files and cannot see the rest: " + missing
                + ". Drift is not checked and the expected schema, the migration index and skeletons are not"
                + " written until a build that sees the whole module (build it once in full).";
    }

    public static String unreadMigrations(List<String> names) {
        return "the operations of " + names(names) + " cannot be read from their class files";
    }

    public static String staleClassFile(String binaryName) {
        return "the class output holds " + binaryName + ", whose source is gone: Retort leaves it out, but it would"
                + " still be packaged; delete it with a clean build.";
    }

    private static String names(List<String> names) {
        int shown = Math.min(names.size(), 4);
        return String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
    }

    public static String treeApiUnavailable(String environment) {
        return "Retort cannot read migration bodies in this build: the Compiler Tree API is unavailable ("
                + environment + "); only annotations and the model are checked.";
    }

    public static String internal(Element element, Throwable failure) {
        String what = element == null ? "this compilation" : element.getSimpleName().toString();
        return "Retort failed while processing " + what + " (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + "). This is a bug in Retort: please report it with this message.";
    }

    public static String internalInModel(Throwable failure) {
        return "Retort failed while reading the entity model (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + "). This is a bug in Retort: please report it with this message.";
    }

    public static String convertedEnumCheck(String attribute, Element converter) {
        return "Hibernate 7 checks the values " + converter.getSimpleName() + " gives the constants of '" + attribute
                + "', which Retort cannot know at compile time: map it with @Enumerated, or turn the check off with"
                + " -Aretort.check.unsupported_mapping=off and add the check in a migration yourself.";
    }

    public static String implicitDiscriminatorValue(TypeElement entity, SqlType type) {
        return "Hibernate 7 checks the values of a discriminator, and Retort cannot tell the " + type + " value "
                + entity.getSimpleName() + " gets by default: give it @DiscriminatorValue.";
    }

    public static String sequenceIncrementConflict(String sequence, long first, long second) {
        return "sequence " + sequence + " would count by " + first + " for one id and by " + second + " for this one,"
                + " which Hibernate refuses: give the generators one allocationSize, or this one a sequenceName of its own.";
    }

    // The options (each names the option as javac was given it)

    public static String notANamingStrategy(String option, String value) {
        return "-A" + option + "=" + value + " is not a naming strategy: use jpa or snake";
    }

    public static String noSuchCheck(String option) {
        return "-A" + option + " names no Retort check: see the README for the list";
    }

    public static String notASeverity(String option, String value) {
        return "-A" + option + "=" + value + " is not a severity: use error, warning or off";
    }

    public static String notASchemaName(String option, String value) {
        return "-A" + option + "=" + value + " is not a plain SQL identifier: name the schema with letters, digits,"
                + " _ and $, not starting with a digit";
    }

    public static String notADatabase(String option, String value, String name) {
        return "-A" + option + "=" + value + " names " + name
                + ", not a database Retort runs on: list some of h2, postgresql, mariadb";
    }

    public static String notAHibernateGeneration(String option, String value) {
        return "-A" + option + "=" + value + " is not a Hibernate generation Retort knows: use 6 or 7";
    }

    public static String notABoolean(String option, String value) {
        return "-A" + option + "=" + value + " is not a boolean: use true or false";
    }

    /** A Hibernate setting's option whose value Retort does not read (a typo, or one of Hibernate's it has not). */
    public static String unsupportedHibernateSetting(String option, String value, String choices) {
        return "-A" + option + "=" + value + " is not a value of Hibernate's "
                + option.substring("retort.".length()) + " that Retort reads: use " + choices;
    }

    private static String target(String table, String column) {
        return column.isEmpty() ? "table " + table : table + "." + column;
    }

    /** A few statements of DSL code, on one line, ending with an ellipsis when there are more. */
    private static String hint(List<Operation> operations) {
        List<String> statements = DslSource.statements(operations).stream()
                .map(s -> s.replaceAll("\\s*\\n\\s*", " ")).toList();
        String shown = String.join(" ", statements.subList(0, Math.min(HINT_STATEMENTS, statements.size())));
        return statements.size() > HINT_STATEMENTS ? shown + " ..." : shown;
    }
}
