package dev.retort.processor.model;

import java.util.Optional;

/**
 * The Hibernate settings that change the DDL, as the build gives them (processor options named
 * after Hibernate's own); what is not given is found on the class path or takes Hibernate's default.
 *
 * @param generation the Hibernate generation; found on the class path when empty
 * @param validatorAppliedToDdl {@code hibernate.validator.apply_to_ddl}: whether Bean Validation's
 *     constraints shape the columns; when empty, they do if Hibernate Validator is on the class path
 * @param ddl the settings of column types and sequence names
 */
public record HibernateSettings(Optional<HibernateGeneration> generation, Optional<Boolean> validatorAppliedToDdl,
                                DdlSettings ddl) {

    public static final HibernateSettings DEFAULTS = new HibernateSettings(Optional.empty(), Optional.empty());

    public HibernateSettings(Optional<HibernateGeneration> generation, Optional<Boolean> validatorAppliedToDdl) {
        this(generation, validatorAppliedToDdl, DdlSettings.DEFAULTS);
    }
}
