package dev.retort.processor.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds DDL in SQL given to {@code execute}: a statement that creates, alters, renames or drops a
 * schema object, outside comments and string literals, with the operation Retort has for it.
 */
final class SqlDdl {

    /** A DDL statement: its first words as a message shows them, and the op to use instead (or null). */
    record Statement(String text, String operation) {}

    private static final Pattern COMMENTS_AND_STRINGS =
            Pattern.compile("--[^\\n]*|/\\*.*?(\\*/|$)|'(?:[^']|'')*('|$)|\"(?:[^\"]|\"\")*(\"|$)", Pattern.DOTALL);
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

    /** The first DDL statement in the SQL, if any. */
    static Optional<Statement> find(String sql) {
        String code = COMMENTS_AND_STRINGS.matcher(sql).replaceAll(" ");
        for (String raw : code.split(";")) {
            String statement = raw.trim().replaceAll("\\s+", " ");
            Matcher matcher = DDL.matcher(statement.toUpperCase(Locale.ROOT));
            if (matcher.find()) {
                String shown = statement.length() > SHOWN ? statement.substring(0, SHOWN) + "..." : statement;
                return Optional.of(new Statement(shown, operation(matcher, statement.toUpperCase(Locale.ROOT))));
            }
        }
        return Optional.empty();
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
