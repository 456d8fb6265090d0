package dev.retort.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Hibernate settings, besides the generation and Bean Validation, that change the DDL: each
 * takes Hibernate's values ({@code SqlTypes} names, or their codes, for the preferred JDBC types).
 *
 * @param instant {@code hibernate.type.preferred_instant_jdbc_type}
 * @param uuid {@code hibernate.type.preferred_uuid_jdbc_type}
 * @param bool {@code hibernate.type.preferred_boolean_jdbc_type}
 * @param idNaming {@code hibernate.id.db_structure_naming_strategy}
 * @param timeZone {@code hibernate.timezone.default_storage}
 */
public record DdlSettings(InstantType instant, UuidType uuid, BooleanType bool, IdNaming idNaming,
                          TimeZoneStorage timeZone) {

    public static final DdlSettings DEFAULTS = new DdlSettings(InstantType.TIMESTAMP_UTC, UuidType.UUID,
            BooleanType.BOOLEAN, IdNaming.STANDARD, TimeZoneStorage.DEFAULT);

    /** A value of a setting, as Hibernate spells it. */
    public interface Value {
        String name();

        /** The {@code SqlTypes} code Hibernate accepts for it too; none for a setting of names. */
        default Optional<Integer> code() {
            return Optional.empty();
        }
    }

    /** An {@code Instant}'s column: {@code timestamp with time zone} (MariaDB: {@code datetime(6)}), or {@code timestamp}. */
    public enum InstantType implements Value {
        TIMESTAMP_UTC(3003), TIMESTAMP(93);

        private final int code;

        InstantType(int code) {
            this.code = code;
        }

        @Override
        public Optional<Integer> code() {
            return Optional.of(code);
        }
    }

    /** A {@code UUID}'s column: the database's {@code uuid}, or its text, {@code char(36)} or {@code varchar(36)}. */
    public enum UuidType implements Value {
        UUID(3000), CHAR(1), VARCHAR(12);

        private final int code;

        UuidType(int code) {
            this.code = code;
        }

        @Override
        public Optional<Integer> code() {
            return Optional.of(code);
        }
    }

    /** A boolean's column: {@code boolean} (Hibernate's {@code BIT} is one too), a number, or {@code char(1)}. */
    public enum BooleanType implements Value {
        BOOLEAN(16), BIT(-7), TINYINT(-6), SMALLINT(5), INTEGER(4), CHAR(1);

        private final int code;

        BooleanType(int code) {
            this.code = code;
        }

        @Override
        public Optional<Integer> code() {
            return Optional.of(code);
        }
    }

    /**
     * The name of a sequence no {@code @SequenceGenerator(sequenceName)} gives: {@code STANDARD}, the
     * generator's name or {@code <table>_seq}; {@code LEGACY}, the generator's name or
     * {@code hibernate_sequence}; {@code SINGLE}, {@code hibernate_sequence} always.
     */
    public enum IdNaming implements Value {
        STANDARD, LEGACY, SINGLE
    }

    /**
     * How an {@code OffsetDateTime} or {@code ZonedDateTime} keeps its zone: {@code DEFAULT},
     * {@code NATIVE} and {@code NORMALIZE_UTC} in a {@code timestamp with time zone} ({@code datetime(6)}
     * on MariaDB); {@code NORMALIZE} in a {@code timestamp}; {@code COLUMN} with its offset in seconds
     * in an integer column beside it, {@code <attribute>_tz}.
     */
    public enum TimeZoneStorage implements Value {
        DEFAULT, NATIVE, NORMALIZE, NORMALIZE_UTC, COLUMN
    }

    /** The value {@code text} names (case aside) or whose code it is; empty when none. */
    public static <E extends Enum<E> & Value> Optional<E> parse(Class<E> type, String text) {
        String trimmed = text.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.name().equals(trimmed.toUpperCase(Locale.ROOT))
                        || v.code().map(String::valueOf).filter(trimmed::equals).isPresent())
                .findFirst();
    }

    /** The values of a setting, for a message: {@code standard, legacy or single}. */
    public static <E extends Enum<E> & Value> String choices(Class<E> type) {
        String[] names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
    }
}
