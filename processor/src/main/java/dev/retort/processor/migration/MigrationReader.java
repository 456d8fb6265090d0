package dev.retort.processor.migration;

import dev.retort.annotation.DataPreserved;
import dev.retort.annotation.Migration;
import dev.retort.annotation.Unreviewed;
import dev.retort.migration.MigrationScript;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Migration} class: its annotation values, its {@code @DataPreserved} notes and,
 * through {@link BodyReader}, its bodies. A class that the runner could not instantiate is reported
 * and skipped.
 */
public final class MigrationReader {

    public static final String MIGRATION = Migration.class.getCanonicalName();
    static final String DATA_PRESERVED = DataPreserved.class.getCanonicalName();
    static final String DATA_PRESERVED_LIST = DataPreserved.List.class.getCanonicalName();
    static final String UNREVIEWED = Unreviewed.class.getCanonicalName();
    private static final String SCRIPT = MigrationScript.class.getCanonicalName();
    /** The longest id and description the history table holds (retort_history.id and .description). */
    static final int MAX_ID = 64;
    static final int MAX_DESCRIPTION = 1000;

    private final Types types;
    private final Elements elements;
    private final Reporter reporter;
    private final BodyReader bodies;

    /** {@code bodies} is null where the Tree API is unavailable: bodies are then not read. */
    public MigrationReader(Types types, Elements elements, Reporter reporter, BodyReader bodies) {
        this.types = types;
        this.elements = elements;
        this.reporter = reporter;
        this.bodies = bodies;
    }

    public Optional<MigrationSource> read(TypeElement type) {
        AnnotationMirror annotation = Annotations.find(type, MIGRATION).orElseThrow();
        if (!wellFormedClass(type, annotation)) {
            return Optional.empty();
        }
        String id = Annotations.string(annotation, "id").orElse("");
        if (id.isBlank() || !id.strip().equals(id) || id.chars().anyMatch(Character::isWhitespace)) {
            reporter.report(Check.INVALID_ANNOTATION, location(type, annotation, "id"), ProcessorErrors.badId(id));
            return Optional.empty();
        }
        if (id.length() > MAX_ID) {
            reporter.report(Check.INVALID_ANNOTATION, location(type, annotation, "id"),
                    ProcessorErrors.idTooLong(id, MAX_ID));
            return Optional.empty();
        }
        String description = Annotations.string(annotation, "description").orElse("");
        if (description.isBlank()) {
            reporter.report(Check.UNDOCUMENTED, location(type, annotation, "description"),
                    ProcessorErrors.undocumented(type));
        } else if (description.length() > MAX_DESCRIPTION) {
            reporter.report(Check.INVALID_ANNOTATION, location(type, annotation, "description"),
                    ProcessorErrors.descriptionTooLong(type, description.length(), MAX_DESCRIPTION));
        }
        List<PreservationNote> notes = notes(type);
        AnnotationMirror unreviewed = Annotations.find(type, UNREVIEWED).orElse(null);
        MethodBody upgrade = bodies == null ? MethodBody.unknown() : bodies.read(type, "upgrade");
        MethodBody downgrade = bodies == null ? MethodBody.unknown() : bodies.read(type, "downgrade");
        return Optional.of(new MigrationSource(type, annotation, id, Annotations.strings(annotation, "revises"),
                description, notes, unreviewed, upgrade, downgrade));
    }

    private boolean wellFormedClass(TypeElement type, AnnotationMirror annotation) {
        TypeMirror script = elements.getTypeElement(SCRIPT) == null ? null
                : elements.getTypeElement(SCRIPT).asType();
        String problem = null;
        if (type.getKind() != ElementKind.CLASS) {
            problem = ProcessorErrors.migrationNotAClass(type);
        } else if (script == null || !types.isAssignable(type.asType(), script)) {
            problem = ProcessorErrors.migrationNotAScript(type);
        } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            problem = ProcessorErrors.migrationAbstract(type);
        } else if (!type.getModifiers().contains(Modifier.PUBLIC)
                || (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC))
                || (type.getNestingKind() != NestingKind.TOP_LEVEL && type.getNestingKind() != NestingKind.MEMBER)) {
            problem = ProcessorErrors.migrationNotPublic(type);
        } else if (!hasPublicNoArgConstructor(type)) {
            problem = ProcessorErrors.migrationNoConstructor(type);
        }
        if (problem != null) {
            reporter.report(Check.INVALID_ANNOTATION, Location.of(type, annotation), problem);
            return false;
        }
        return true;
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    private List<PreservationNote> notes(TypeElement type) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (Annotations.isType(mirror, DATA_PRESERVED)) {
                mirrors.add(mirror);
            } else if (Annotations.isType(mirror, DATA_PRESERVED_LIST)) {
                mirrors.addAll(Annotations.annotations(mirror, "value"));
            }
        }
        List<PreservationNote> notes = new ArrayList<>();
        for (AnnotationMirror mirror : mirrors) {
            String table = Annotations.string(mirror, "table").orElse("");
            String column = Annotations.string(mirror, "column").orElse("");
            String note = Annotations.string(mirror, "note").orElse("");
            if (table.isBlank()) {
                reporter.report(Check.INVALID_ANNOTATION, location(type, mirror, "table"),
                        ProcessorErrors.noteWithoutTable());
                continue;
            }
            if (note.isBlank() || note.strip().startsWith("TODO")) {
                reporter.report(Check.INVALID_ANNOTATION, location(type, mirror, "note"),
                        ProcessorErrors.blankNote(table, column));
            }
            notes.add(new PreservationNote(table, column, note, mirror));
        }
        return notes;
    }

    private static Location location(TypeElement type, AnnotationMirror annotation, String member) {
        return Annotations.isExplicit(annotation, member)
                ? Location.of(type, annotation, Annotations.value(annotation, member).orElseThrow())
                : Location.of(type, annotation);
    }
}
