package dev.retort.runner;

import dev.retort.migration.IndexedMigration;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an applied migration's operations still have the checksum its history row holds. The row
 * stores, once its class was loaded and recorded and found to have that checksum, the class's hash
 * ({@link ClassHashes}) bound to the checksum; a class whose bytes still give that value records the
 * same operations, so it is not loaded. Any other class (changed, never hashed, hashless, or whose row
 * a stamp gave another checksum) is loaded, recorded and compared, and the value to store for it is
 * then computed ({@link ClassHashes#verifiedMembersOf}).
 */
final class AppliedChecksums {

    private final Migrations migrations;
    private final Map<String, String> stored;
    /** What the class hashes of the rows' migrations cover, read together before the rows are compared. */
    private final Map<String, Optional<String>> familyMembers;
    /** The rows verified by loading and recording their class, with their checksums. */
    private final Map<String, String> verified = new LinkedHashMap<>();
    private final MessageDigest digest = ClassHashes.newDigest();

    /** For the rows of these applied migrations, known to the indexes, with the values the history stores. */
    AppliedChecksums(Migrations migrations, Collection<String> applied, Map<String, String> stored) {
        this.migrations = migrations;
        this.stored = stored;
        this.familyMembers = migrations.familyMembers(applied);
    }

    /** The problem with an applied row of a known migration, or empty when its checksum holds. */
    Optional<String> problem(AppliedMigration row) {
        IndexedMigration indexed = migrations.indexed(row.id()).orElseThrow();
        Optional<String> hash = familyMembers.getOrDefault(row.id(), Optional.empty())
                .map(members -> ClassHashes.bound(digest, members, row.checksum()));
        boolean indexAgrees = indexed.checksum().isEmpty() || indexed.checksum().equals(row.checksum());
        if (hash.isPresent() && indexAgrees && hash.get().equals(stored.get(row.id()))) {
            return Optional.empty();
        }
        LoadedMigration m = migrations.get(row.id()).orElseThrow();
        if (!m.checksum().equals(row.checksum())) {
            return Optional.of("migration " + m.id() + " (" + m.description() + ", " + m.indexed().className()
                    + ") was applied with checksum " + row.checksum() + " but its operations now have checksum "
                    + m.checksum() + ": an applied migration must not be edited. Undo the edit and write a"
                    + " new migration for the change; or, if the database already has the edited schema,"
                    + " run 'stamp " + m.id() + "' to accept it");
        }
        verified.put(row.id(), row.checksum());
        return Optional.empty();
    }

    /** The values to store for the rows verified by recording their class. */
    Map<String, String> toStore() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Optional<String>> hashes = migrations.verifiedFamilyMembers(verified.keySet());
        verified.forEach((id, checksum) -> hashes.get(id).ifPresent(members -> values.put(id, ClassHashes.bound(digest, members, checksum))));
        return values;
    }

    /**
     * The values to store for migrations just written to the history with their recorded checksum
     * (their classes are loaded already).
     */
    static Map<String, String> recorded(Migrations migrations, Collection<String> ids) {
        Map<String, String> values = new LinkedHashMap<>();
        MessageDigest digest = ClassHashes.newDigest();
        Map<String, Optional<String>> hashes = migrations.verifiedFamilyMembers(ids);
        for (String id : ids) {
            String checksum = migrations.get(id).orElseThrow().checksum();
            hashes.get(id).ifPresent(members -> values.put(id, ClassHashes.bound(digest, members, checksum)));
        }
        return values;
    }
}
