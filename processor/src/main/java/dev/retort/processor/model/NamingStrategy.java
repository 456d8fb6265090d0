package dev.retort.processor.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How Java names become table and column names: as JPA says ({@code jpa}, the default), or in
 * snake_case as Spring Boot configures Hibernate ({@code snake}: Hibernate's
 * {@code CamelCaseToUnderscoresNamingStrategy} and Spring's {@code SpringImplicitNamingStrategy}).
 */
public enum NamingStrategy {
    JPA {
        @Override
        public String physical(String logicalName) {
            return logicalName;
        }

        @Override
        public String joinTable(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + targetTable;
        }
    },
    SNAKE {
        @Override
        public String physical(String logicalName) {
            StringBuilder out = new StringBuilder(logicalName.replace('.', '_'));
            for (int i = 1; i < out.length() - 1; i++) {
                if (Character.isLowerCase(out.charAt(i - 1)) && Character.isUpperCase(out.charAt(i))
                        && Character.isLowerCase(out.charAt(i + 1))) {
                    out.insert(i++, '_');
                }
            }
            return out.toString().toLowerCase(Locale.ROOT);
        }

        @Override
        public String joinTable(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + attribute;
        }
    };

    /** The physical name Hibernate gives a logical name under this strategy. */
    public abstract String physical(String logicalName);

    /**
     * The logical name of a join table without {@code @JoinTable}, from the owner's and the target's
     * physical table names and the owning attribute: {@code Person_Tag} by JPA's rule,
     * {@code person_tags} by Spring Boot's.
     */
    public abstract String joinTable(String ownerTable, String targetTable, String attribute);

    public static Optional<NamingStrategy> named(String name) {
        for (NamingStrategy strategy : values()) {
            if (strategy.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }
}
