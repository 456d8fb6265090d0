package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UnreadableTest {

    private static final String HEADER = "@Migration(id = \"a1\", description = \"create shows\")";

    private static JavaFileObject shows(String... upgrade) {
        String[] body = new String[upgrade.length + 5];
        body[0] = "    static final String TABLE = \"shows\";";
        body[1] = "    @Override public void upgrade(Ops op) {";
        System.arraycopy(upgrade, 0, body, 2, upgrade.length);
        body[upgrade.length + 2] = "    }";
        body[upgrade.length + 3] = "    @Override public void downgrade(Ops op) { op.dropTable(TABLE); }";
        body[upgrade.length + 4] = "    static String name() { return \"shows\"; }";
        return migration("CreateShows", HEADER, body);
    }

    @Test
    void aMethodCallArgumentIsAnErrorAtThatArgument() {
        JavaFileObject source = shows("        op.createTable(name(), column(\"id\", BIGINT).primaryKey());");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 12, 28, "[retort:unreadable] Retort cannot read this value at compile time: use a"
                        + " literal or a constant."));
    }

    @Test
    void constantsLocalsAndDslFactoriesAreRead() {
        JavaFileObject source = shows(
                "        String id = \"id\";",
                "        ColumnSpec key = column(id, BIGINT).primaryKey().identity();",
                "        op.createTable(TABLE, key, column(\"title\" + \"_text\", varchar(100 + 20)).notNull().defaultValue(\"\"));",
                "        op.createIndex(\"idx_\" + TABLE + \"_title\", TABLE, new String[] {\"title_text\"});",
                "        op.run(connection -> connection.createStatement().execute(\"select 1\"));");
        Compilation compilation = compile(source);
        assertReported(compilation, NO_ENTITY);
    }

    @Test
    void aStatementThatIsNotAnOpCallIsAnError() {
        JavaFileObject source = shows(
                "        op.createTable(TABLE, column(\"id\", BIGINT).primaryKey());",
                "        if (TABLE.isEmpty()) { op.dropTable(TABLE); }");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 13, 9, "[retort:unreadable] Retort reads upgrade and downgrade as a straight list of op"
                        + " calls: move this statement into op.run(connection -> { ... }), or use literals and"
                        + " constants."));
    }

    @Test
    void aValueTheDslRefusesIsAnInvalidOperationAtTheCall() {
        JavaFileObject source = shows("        op.createTable(TABLE, column(\"id\", varchar(0)).primaryKey());");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 12, 51, "[retort:invalid-operation] varchar needs a size greater than 0, not 0: fix this"
                        + " value."));
    }

    @Test
    void aNonFinalFieldIsUnreadable() {
        JavaFileObject source = migration("CreateShows", HEADER,
                "    static String table = \"shows\";",
                "    @Override public void upgrade(Ops op) {",
                "        op.createTable(table, column(\"id\", BIGINT).primaryKey());",
                "    }",
                "    @Override public void downgrade(Ops op) { op.dropTable(\"shows\"); }");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 12, 24, "[retort:unreadable] Retort cannot read 'table' at compile time: use a literal,"
                        + " or a static final constant with a readable initializer."));
    }

    @Test
    void aReferenceToOpOtherThanACallIsUnreadableNotACrash() {
        for (String statement : new String[] {"        Ops alias = op;", "        Object unused = op;"}) {
            JavaFileObject source = shows(statement, "        op.createTable(TABLE, column(\"id\", BIGINT).primaryKey());");
            Compilation compilation = compile(source);
            assertReported(compilation,
                    error(source, 12, statement.indexOf("op;") + 1, "[retort:unreadable] Retort reads only calls on"
                            + " op, such as op.addColumn(...): keep no other reference to it (move such code into"
                            + " op.run(connection -> { ... }))."));
        }
    }

    @Test
    void constantExpressionsAreReadAsJavacFoldsThem() {
        JavaFileObject source = shows(
                "        op.createTable(true ? TABLE : \"other\", column(\"id\", BIGINT).primaryKey(),",
                "            column(\"code\", varchar(TABLE.length() > 0 ? 10 : 20)));");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 13, 48, "[retort:unreadable] Retort cannot read this value at compile time: use a"
                        + " literal or a constant."));
        JavaFileObject folded = shows(
                "        op.createTable(1 > 0 && !false ? TABLE : \"other\", column(\"id\", BIGINT).primaryKey(),",
                "            column(\"code\", varchar((2 + 3) * 4 % 7 << 1 | 8)), column(\"n\", numeric(10, (int) 2L)));");
        assertReported(compile(folded), NO_ENTITY);
    }

    @Test
    void anUnknownNameIsJavacsErrorAlone() {
        JavaFileObject source = shows("        op.createTable(MISSING, column(\"id\", BIGINT).primaryKey());");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 12, 24, "cannot find symbol\n  symbol:   variable MISSING\n  location: class"
                        + " app.migrations.CreateShows"));
    }

    @Test
    void aMethodOfTheMigrationNamedLikeTheDslIsNotTheDsl() {
        JavaFileObject source = migration("CreateShows", HEADER,
                "    static ColumnSpec column(String name, dev.retort.schema.SqlType type) {",
                "        return Dsl.column(name, type).notNull();",
                "    }",
                "    @Override public void upgrade(Ops op) {",
                "        op.createTable(\"shows\", column(\"id\", BIGINT).primaryKey());",
                "    }",
                "    @Override public void downgrade(Ops op) { op.dropTable(\"shows\"); }");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 14, 39, "[retort:unreadable] Retort cannot read this value at compile time: use a"
                        + " literal or a constant."));
    }

    @Test
    void constantsOfOtherClassesAreFoundThroughImportsAndThePackage() {
        JavaFileObject names = dev.retort.processor.Fixtures.source("app.migrations.Names",
                "package app.migrations;",
                "import static dev.retort.migration.Dsl.*;",
                "import dev.retort.migration.ColumnSpec;",
                "public final class Names {",
                "    public static final String SHOWS = \"shows\";",
                "    public static final ColumnSpec ID = column(\"id\", BIGINT).primaryKey();",
                "    private Names() {}",
                "}");
        JavaFileObject lengths = dev.retort.processor.Fixtures.source("app.constants.Lengths",
                "package app.constants;",
                "public final class Lengths {",
                "    public static final int TITLE = 200;",
                "    private Lengths() {}",
                "}");
        JavaFileObject source = dev.retort.processor.Fixtures.source("app.migrations.CreateShows",
                "package app.migrations;",
                "import static app.constants.Lengths.TITLE;",
                "import static dev.retort.migration.Dsl.column;",
                "import static dev.retort.migration.Dsl.varchar;",
                "import dev.retort.annotation.Migration;",
                "import dev.retort.migration.*;",
                "@Migration(id = \"a1\", description = \"create shows\")",
                "public class CreateShows implements MigrationScript {",
                "    @Override public void upgrade(Ops op) {",
                "        op.createTable(Names.SHOWS, Names.ID, column(\"title\", varchar(TITLE)).notNull(),",
                "            column(\"rating\", dev.retort.migration.Dsl.INTEGER), column(\"on\", Dsl.DATE));",
                "    }",
                "    @Override public void downgrade(Ops op) { op.dropTable(app.migrations.Names.SHOWS); }",
                "}");
        assertReported(compile(names, lengths, source), NO_ENTITY);
    }
}
