package dev.retort.processor;

import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Severity;
import dev.retort.processor.model.DdlSettings;
import dev.retort.processor.model.HibernateGeneration;
import dev.retort.processor.model.HibernateSettings;
import dev.retort.processor.model.NamingStrategy;
import dev.retort.schema.Identifiers;
import dev.retort.sql.Database;
import dev.retort.sql.token.SqlSyntax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processor's options ({@code -Aretort.<name>=value}), parsed once. A malformed value is kept
 * as a problem to report and replaced by the default, so one typo does not hide every other check.
 */
public record Options(NamingStrategy naming, Map<Check, Severity> severities, Optional<String> skeletonDirectory,
                      Optional<String> migrationsPackage, List<String> entityPackages, Optional<String> defaultSchema,
                      HibernateSettings hibernate, Set<Database> dialects, List<String> problems) {

    /** Every option's prefix; a Hibernate setting's option is its name under it. */
    public static final String RETORT_PREFIX = "retort.";
    public static final String NAMING = "retort.naming";
    public static final String SKELETONS = "retort.skeletons";
    public static final String MIGRATIONS_PACKAGE = "retort.migrationsPackage";
    public static final String ENTITY_PACKAGES = "retort.entityPackages";
    public static final String DEFAULT_SCHEMA = "retort.defaultSchema";
    public static final String CHECK_PREFIX = "retort.check.";
    /** The Hibernate generation, {@code 6} or {@code 7}; found on the class path when not given. */
    public static final String HIBERNATE = "retort.hibernate";
    /** Hibernate's {@code hibernate.validator.apply_to_ddl}. */
    public static final String VALIDATOR_APPLY_TO_DDL = "retort.hibernate.validator.apply_to_ddl";
    /** Hibernate's {@code hibernate.type.preferred_instant_jdbc_type}. */
    public static final String PREFERRED_INSTANT = "retort.hibernate.type.preferred_instant_jdbc_type";
    /** Hibernate's {@code hibernate.type.preferred_uuid_jdbc_type}. */
    public static final String PREFERRED_UUID = "retort.hibernate.type.preferred_uuid_jdbc_type";
    /** Hibernate's {@code hibernate.type.preferred_boolean_jdbc_type}. */
    public static final String PREFERRED_BOOLEAN = "retort.hibernate.type.preferred_boolean_jdbc_type";
    /** Hibernate's {@code hibernate.id.db_structure_naming_strategy}. */
    public static final String ID_NAMING = "retort.hibernate.id.db_structure_naming_strategy";
    /** Hibernate's {@code hibernate.timezone.default_storage}. */
    public static final String TIME_ZONE_STORAGE = "retort.hibernate.timezone.default_storage";
    /** The databases the migrations run on, {@code h2,postgresql,mariadb} by default: their rules apply. */
    public static final String DIALECTS = "retort.dialects";

    /** Every option name javac should accept without a warning. */
    public static Set<String> supported() {
        return Stream.concat(Stream.of(NAMING, SKELETONS, MIGRATIONS_PACKAGE, ENTITY_PACKAGES, DEFAULT_SCHEMA, HIBERNATE,
                        VALIDATOR_APPLY_TO_DDL, PREFERRED_INSTANT, PREFERRED_UUID, PREFERRED_BOOLEAN, ID_NAMING,
                        TIME_ZONE_STORAGE, DIALECTS),
                Arrays.stream(Check.values()).filter(Check::configurable).map(Options::optionName))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Options parse(Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        NamingStrategy naming = NamingStrategy.JPA;
        String namingText = raw.get(NAMING);
        if (namingText != null) {
            Optional<NamingStrategy> parsed = NamingStrategy.named(namingText);
            if (parsed.isPresent()) {
                naming = parsed.get();
            } else {
                problems.add(ProcessorErrors.notANamingStrategy(NAMING, namingText));
            }
        }
        Map<Check, Severity> severities = new EnumMap<>(Check.class);
        raw.forEach((key, value) -> {
            if (!key.startsWith(CHECK_PREFIX)) {
                return;
            }
            String name = key.substring(CHECK_PREFIX.length()).replace('_', '-');
            Optional<Check> check = Check.named(name).filter(Check::configurable);
            Optional<Severity> severity = Severity.parse(value == null ? "" : value);
            if (check.isEmpty()) {
                problems.add(ProcessorErrors.noSuchCheck(key));
            } else if (severity.isEmpty()) {
                problems.add(ProcessorErrors.notASeverity(key, value));
            } else {
                severities.put(check.get(), severity.get());
            }
        });
        List<String> packages = Optional.ofNullable(raw.get(ENTITY_PACKAGES)).stream()
                .flatMap(text -> Arrays.stream(text.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        Optional<String> defaultSchema = nonBlank(raw.get(DEFAULT_SCHEMA));
        if (defaultSchema.isPresent() && !Identifiers.isPlain(defaultSchema.get())) {
            problems.add(ProcessorErrors.notASchemaName(DEFAULT_SCHEMA, defaultSchema.get()));
            defaultSchema = Optional.empty();
        }
        return new Options(naming, severities, nonBlank(raw.get(SKELETONS)), nonBlank(raw.get(MIGRATIONS_PACKAGE)),
                packages, defaultSchema, hibernate(raw, problems), dialects(raw.get(DIALECTS), problems), problems);
    }

    /** How the SQL of an {@code execute} reads: as the one targeted database reads it, or as any of several. */
    public SqlSyntax sqlSyntax() {
        return SqlSyntax.of(dialects);
    }

    /** Whether the build's migrations run on this database, so that its rules apply. */
    public boolean targets(Database database) {
        return dialects.contains(database);
    }

    private static Set<Database> dialects(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return EnumSet.allOf(Database.class);
        }
        Set<Database> dialects = EnumSet.noneOf(Database.class);
        for (String name : text.split(",")) {
            Optional<Database> database = Arrays.stream(Database.values())
                    .filter(d -> d.name().equalsIgnoreCase(name.trim())).findFirst();
            if (database.isPresent()) {
                dialects.add(database.get());
            } else {
                problems.add(ProcessorErrors.notADatabase(DIALECTS, text, name.trim()));
                return EnumSet.allOf(Database.class);
            }
        }
        return dialects;
    }

    private static HibernateSettings hibernate(Map<String, String> raw, List<String> problems) {
        Optional<HibernateGeneration> generation = nonBlank(raw.get(HIBERNATE)).flatMap(text -> {
            Optional<HibernateGeneration> named = HibernateGeneration.named(text);
            if (named.isEmpty()) {
                problems.add(ProcessorErrors.notAHibernateGeneration(HIBERNATE, text));
            }
            return named;
        });
        DdlSettings defaults = DdlSettings.DEFAULTS;
        DdlSettings ddl = new DdlSettings(
                setting(raw, PREFERRED_INSTANT, DdlSettings.InstantType.class, problems).orElse(defaults.instant()),
                setting(raw, PREFERRED_UUID, DdlSettings.UuidType.class, problems).orElse(defaults.uuid()),
                setting(raw, PREFERRED_BOOLEAN, DdlSettings.BooleanType.class, problems).orElse(defaults.bool()),
                setting(raw, ID_NAMING, DdlSettings.IdNaming.class, problems).orElse(defaults.idNaming()),
                setting(raw, TIME_ZONE_STORAGE, DdlSettings.TimeZoneStorage.class, problems)
                        .orElse(defaults.timeZone()));
        return new HibernateSettings(generation, bool(raw, VALIDATOR_APPLY_TO_DDL, problems), ddl);
    }

    private static <E extends Enum<E> & DdlSettings.Value> Optional<E> setting(Map<String, String> raw, String option,
                                                                              Class<E> type, List<String> problems) {
        Optional<String> text = nonBlank(raw.get(option));
        Optional<E> value = text.flatMap(t -> DdlSettings.parse(type, t));
        if (text.isPresent() && value.isEmpty()) {
            problems.add(ProcessorErrors.unsupportedHibernateSetting(option, text.get(), DdlSettings.choices(type)));
        }
        return value;
    }

    private static Optional<Boolean> bool(Map<String, String> raw, String option, List<String> problems) {
        Optional<String> text = nonBlank(raw.get(option));
        if (text.isEmpty() || text.get().equalsIgnoreCase("true") || text.get().equalsIgnoreCase("false")) {
            return text.map(Boolean::parseBoolean);
        }
        problems.add(ProcessorErrors.notABoolean(option, text.get()));
        return Optional.empty();
    }

    /**
     * The option that sets a check's severity. javac accepts only dot-separated identifiers as option
     * keys, so the check's kebab-case name is written with underscores: {@code retort.check.drop_without_note}.
     */
    public static String optionName(Check check) {
        return CHECK_PREFIX + check.checkName().replace('-', '_');
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
