package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.migration;

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
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:unreadable] Retort cannot read this value at compile time:"
                + " use a literal or a constant.").inFile(source).onLineContaining("op.createTable(name()");
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
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aStatementThatIsNotAnOpCallIsAnError() {
        JavaFileObject source = shows(
                "        op.createTable(TABLE, column(\"id\", BIGINT).primaryKey());",
                "        if (TABLE.isEmpty()) { op.dropTable(TABLE); }");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:unreadable] Retort reads upgrade and downgrade as a straight"
                + " list of op calls: move this statement into op.run(connection -> { ... }), or use literals and"
                + " constants.").inFile(source).onLine(13);
    }

    @Test
    void aValueTheDslRefusesIsAnInvalidOperationAtTheCall() {
        JavaFileObject source = shows("        op.createTable(TABLE, column(\"id\", varchar(0)).primaryKey());");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:invalid-operation] varchar needs a size greater than 0,"
                + " not 0: fix this value.").inFile(source).onLine(12);
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
        assertThat(compilation).hadErrorContaining("[retort:unreadable] Retort cannot read 'table' at compile time:"
                + " use a literal, or a static final constant with a readable initializer.")
                .inFile(source).onLine(12);
    }
}
