package dev.retort.processor.check;

import dev.retort.sql.token.SqlSyntax;
import dev.retort.sql.token.SqlToken;
import dev.retort.sql.token.SqlTokenizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds DDL in SQL given to {@code execute}: a statement that creates, alters, renames or drops a
 * schema object, outside comments and string literals (as the one {@link SqlTokenizer} reads them),
 * with the operation Retort has for it.
 */
final class SqlDdl {

    /** A DDL statement: its first words as a message shows them, and the op to use instead (or null). */
    record Statement(String text, String operation) {}

    private static final Pattern DDL = Pattern.compile(
            "^(CREATE|ALTER|DROP|RENAME)\\b(?:\\s+(?:OR\\s+REPLACE|GLOBAL|LOCAL|TEMPORARY|TEMP))*\\s*(UNIQUE\\s+)?(\\w+)?");
    private static final int SHOWN = 40;

    /** The table forms of ALTER TABLE, each with Retort's operation. */
    private static final List<String[]> ALTER_TABLE = List.of(
            new String[] {"\\bRENAME\\s+COLUMN\\b", "renameColumn"},
            new String[] {"\\bRENAME\\s+TO\\b", "renameTable"},
            new String[] {"\\bADD\\s+CONSTRAINT\\b.*\\bFOREIGN\\s+KEY\\b", "createForeignKey"},
            new String[] {"\\bADD\\s+(CONSTRAINT\\b.*\\s)?UNIQUE\\b", "createUniqueConstraint"},
            new String[] {"\\bADD\\s+(CONSTRAINT\\b.*\\s)?CHECK\\b", "createCheck"},
            new String[] {"\\bADD\\s+(CONSTRAINT\\b.*\\s)?PRIMARY\\s+KEY\\b", "addPrimaryKey"},
            new String[] {"\\bDROP\\s+PRIMARY\\s+KEY\\b", "dropPrimaryKey"},
            new String[] {"\\bSET\\s+NOT\\s+NULL\\b", "setNotNull"},
            new String[] {"\\bDROP\\s+NOT\\s+NULL\\b", "dropNotNull"},
            new String[] {"\\bSET\\s+DEFAULT\\b", "setDefault"},
            new String[] {"\\bDROP\\s+DEFAULT\\b", "dropDefault"},
            new String[] {"\\b(TYPE|SET\\s+DATA\\s+TYPE|MODIFY)\\b", "alterColumnType"},
            new String[] {"\\bDROP\\s+CONSTRAINT\\b", "dropForeignKey, dropUniqueConstraint or dropCheck"},
            new String[] {"\\bDROP\\s+(COLUMN\\b|(?!CONSTRAINT|PRIMARY)\\w)", "dropColumn"},
            new String[] {"\\bADD\\b", "addColumn"});

    private SqlDdl() {}

    /**
     * The first DDL statement in the SQL, if any. PostgreSQL's {@code DO} block runs the SQL of its
     * dollar-quoted body, which is searched too.
     */
    static Optional<Statement> find(String sql, SqlSyntax syntax) {
        for (List<SqlToken> whole : SqlTokenizer.statements(sql, syntax)) {
            // A block's first statement follows its BEGIN: BEGIN CREATE ... is no transaction's start.
            List<SqlToken> statement = whole.size() > 1 && whole.get(0).is("begin") ? whole.subList(1, whole.size())
                    : whole;
            if (statement.get(0).is("do")) {
                Optional<Statement> inside = statement.stream().filter(t -> t.kind() == SqlToken.Kind.STRING
                        && t.text().startsWith("$")).map(t -> find(t.value(), syntax)).flatMap(Optional::stream).findFirst();
                if (inside.isPresent()) {
                    return inside;
                }
                continue;
            }
            String code = asWritten(statement);
            String upper = code.toUpperCase(Locale.ROOT);
            Matcher matcher = DDL.matcher(upper);
            if (matcher.find()) {
                String shown = code.length() > SHOWN ? code.substring(0, SHOWN) + "..." : code;
                return Optional.of(new Statement(shown, operation(matcher, upper)));
            }
        }
        return Optional.empty();
    }

    /** The statement's code with its spacing, each run of space or comment one space, each string {@code ''}. */
    private static String asWritten(List<SqlToken> statement) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < statement.size(); i++) {
            SqlToken token = statement.get(i);
            if (i > 0 && token.start() > statement.get(i - 1).end()) {
                code.append(' ');
            }
            code.append(token.kind() == SqlToken.Kind.STRING ? "''" : token.text());
        }
        return code.toString();
    }

    private static String operation(Matcher matcher, String upper) {
        String verb = matcher.group(1);
        boolean unique = matcher.group(2) != null;
        String object = matcher.group(3) == null ? "" : matcher.group(3);
        switch (verb + " " + object) {
            case "CREATE TABLE": return "createTable";
            case "CREATE INDEX": return unique ? "createUniqueIndex" : "createIndex";
            case "CREATE SEQUENCE": return "createSequence";
            case "DROP TABLE": return "dropTable";
            case "DROP INDEX": return "dropIndex";
            case "DROP SEQUENCE": return "dropSequence";
            case "CREATE SCHEMA": return "createSchema";
            case "DROP SCHEMA": return "dropSchema";
            case "RENAME TABLE": return "renameTable";
            case "ALTER TABLE": return alterTable(upper.substring(matcher.end()));
            default: return null;
        }
    }

    private static String alterTable(String rest) {
        for (String[] form : ALTER_TABLE) {
            if (Pattern.compile(form[0]).matcher(rest).find()) {
                return form[1];
            }
        }
        return null;
    }
}
