package dev.retort.processor.generate;

import dev.retort.migration.Checksums;
import dev.retort.operation.AddColumn;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropTable;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Inverses;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.SetNotNull;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns the operations that close a drift into a migration a person can review, shaped by the
 * workflow's rules: a NOT NULL column on an existing table comes in three steps (add nullable,
 * backfill, set NOT NULL), a column dropped and one of the same type added in the same table comes as
 * a rename to confirm, an index on an existing table is built or dropped online, a constraint added
 * to one does not scan it under a lock ({@link OnExistingTable}), and every drop comes with a
 * {@code @DataPreserved} note to write.
 */
public final class SkeletonPlanner {

    private SkeletonPlanner() {}

    /**
     * @param head the schema after the last migration
     * @param closing the operations from {@code head} to the model
     * @param headId the last migration's id; null when there is none
     */
    public static SkeletonPlan plan(Schema head, List<Operation> closing, String headId, String packageName) {
        List<Operation> shaped = renames(head, closing);
        List<SkeletonStep> upgrade = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        for (Operation operation : shaped) {
            if (operation instanceof AddColumn add && !add.column().nullable() && !add.column().hasDefault()
                    && !add.column().identity() && head.table(add.table()).isPresent()) {
                Column column = add.column();
                upgrade.add(new SkeletonStep(new AddColumn(add.table(), column.withNullable(true)),
                        "New NOT NULL column on an existing table: add it nullable, backfill it, then set NOT NULL."));
                upgrade.add(new SkeletonStep(new ExecuteSql("UPDATE " + add.table() + " SET " + column.name()
                        + " = NULL WHERE " + column.name() + " IS NULL"),
                        "TODO: replace NULL with the value existing rows should get."));
                upgrade.add(SkeletonStep.of(new SetNotNull(add.table(), column.name(), true)));
            } else if (operation instanceof CreateIndex create && !create.online() && head.table(create.table()).isPresent()) {
                upgrade.add(new SkeletonStep(new CreateIndex(create.table(), create.index(), true),
                        "Built online: an index on an existing table must not block its writes."));
            } else if (operation.tableName().flatMap(head::table).isPresent() && OnExistingTable.shapes(operation)) {
                upgrade.addAll(OnExistingTable.steps(operation));
            } else if (operation instanceof RenameColumn rename) {
                upgrade.add(new SkeletonStep(rename, "TODO: confirm that " + rename.table() + "." + rename.from()
                        + " became " + rename.to() + " (a rename keeps the data); otherwise drop and add."));
            } else {
                if (operation instanceof DropColumn drop) {
                    notes.add(List.of(drop.table(), drop.column()));
                } else if (operation instanceof DropTable drop) {
                    notes.add(List.of(drop.table(), ""));
                }
                upgrade.add(SkeletonStep.of(operation));
            }
        }
        List<Operation> upgradeOperations = upgrade.stream().map(SkeletonStep::operation).toList();
        List<SkeletonStep> downgrade = withoutBuildsDroppedAtOnce(Inverses.of(head, upgradeOperations)).stream()
                .map(SkeletonStep::of).toList();
        List<String> changes = shaped.stream().map(Operation::describe).toList();
        String id = id(headId, upgradeOperations);
        return new SkeletonPlan(packageName, className(shaped, id), id, headId, description(shaped), changes, upgrade,
                downgrade, notes);
    }

    /**
     * The inverse of an attached constraint builds its index again, which the inverse of the index's
     * build then drops: the pair is left out of the downgrade written for a person to read.
     */
    private static List<Operation> withoutBuildsDroppedAtOnce(List<Operation> operations) {
        List<Operation> result = new ArrayList<>();
        for (Operation operation : operations) {
            Operation last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (operation instanceof DropIndex drop && last instanceof CreateIndex build
                    && build.table().equals(drop.table()) && build.index().name().equals(drop.name())) {
                result.remove(result.size() - 1);
            } else {
                result.add(operation);
            }
        }
        return result;
    }

    /** One column gone and one of the same definition added in the same table is, likely, a rename. */
    private static List<Operation> renames(Schema head, List<Operation> operations) {
        List<Operation> result = new ArrayList<>(operations);
        for (Operation operation : operations) {
            if (!(operation instanceof DropColumn drop) || !result.contains(drop)) {
                continue;
            }
            List<AddColumn> candidates = result.stream().filter(AddColumn.class::isInstance).map(AddColumn.class::cast)
                    .filter(add -> add.table().equals(drop.table())).toList();
            List<DropColumn> drops = result.stream().filter(DropColumn.class::isInstance).map(DropColumn.class::cast)
                    .filter(d -> d.table().equals(drop.table())).toList();
            Column gone = head.requireTable(drop.table()).requireColumn(drop.column());
            if (candidates.size() == 1 && drops.size() == 1 && candidates.get(0).column().type().equals(gone.type())) {
                AddColumn add = candidates.get(0);
                result.remove(add);
                result.set(result.indexOf(drop), new RenameColumn(drop.table(), drop.column(), add.column().name()));
            }
        }
        return result;
    }

    /** The same parent and the same changes give the same id, so two builds propose one migration. */
    static String id(String parent, List<Operation> upgrade) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((parent + "\n" + Checksums.canonical(upgrade)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Class names longer than this are cut, and end with the id's start: a file name must stay writable. */
    static final int MAX_CLASS_NAME = 64;

    private static String className(List<Operation> operations, String id) {
        String name = describedName(operations, id);
        return name.length() <= MAX_CLASS_NAME ? name : name.substring(0, MAX_CLASS_NAME - 7) + "_" + id.substring(0, 6);
    }

    private static String describedName(List<Operation> operations, String id) {
        if (operations.size() == 1) {
            Operation only = operations.get(0);
            if (only instanceof CreateTable create) {
                return "Create" + pascal(create.table().name());
            } else if (only instanceof AddColumn add) {
                return "Add" + pascal(add.column().name()) + "To" + pascal(add.table());
            } else if (only instanceof DropColumn drop) {
                return "Drop" + pascal(drop.column()) + "From" + pascal(drop.table());
            } else if (only instanceof DropTable drop) {
                return "Drop" + pascal(drop.table());
            } else if (only instanceof RenameColumn rename) {
                return "Rename" + pascal(rename.from()) + "To" + pascal(rename.to()) + "In" + pascal(rename.table());
            }
        }
        List<String> tables = operations.stream().flatMap(o -> o.tableName().stream()).distinct().toList();
        List<String> created = operations.stream().filter(CreateTable.class::isInstance)
                .map(o -> ((CreateTable) o).table().name()).toList();
        if (!created.isEmpty() && created.containsAll(tables) && tables.size() <= 3) {
            return "Create" + String.join("And", tables.stream().map(SkeletonPlanner::pascal).toList());
        }
        return tables.size() == 1 ? "Update" + pascal(tables.get(0)) : "UpdateSchema" + id.substring(0, 6);
    }

    private static String description(List<Operation> operations) {
        List<String> described = operations.stream().map(Operation::describe).toList();
        String text = String.join(", ", described.subList(0, Math.min(3, described.size())));
        return described.size() > 3 ? text + " and " + (described.size() - 3) + " more" : text;
    }

    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[_$.]+")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0)) ? "M" + out : out.toString();
    }
}
