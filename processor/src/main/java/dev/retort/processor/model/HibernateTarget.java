package dev.retort.processor.model;

import javax.lang.model.util.Elements;

/** The Hibernate whose schema the model is: its generation and settings, resolved against the class path. */
record HibernateTarget(HibernateGeneration generation, boolean beanValidation, DdlSettings ddl) {

    private static final String VALIDATOR = "org.hibernate.validator.HibernateValidator";
    private static final String CONSTRAINTS = "jakarta.validation.constraints.NotNull";

    static HibernateTarget of(HibernateSettings settings, Elements elements) {
        HibernateGeneration generation = settings.generation().orElseGet(() -> HibernateGeneration.onClassPath(elements));
        boolean validation = elements.getTypeElement(CONSTRAINTS) != null && settings.validatorAppliedToDdl()
                .orElseGet(() -> elements.getTypeElement(VALIDATOR) != null);
        return new HibernateTarget(generation, validation, settings.ddl());
    }

    /** Fractional digits of a time of day: Hibernate 6.6 writes {@code time(6)}, 7 {@code time(0)}. */
    int timePrecision() {
        return generation.atLeast7() ? 0 : 6;
    }
}
