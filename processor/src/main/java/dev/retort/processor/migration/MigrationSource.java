package dev.retort.processor.migration;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** A {@code @Migration} class as javac read it; {@code unreviewedMark} is null once reviewed. */
public record MigrationSource(TypeElement type, AnnotationMirror annotation, String id, List<String> revises,
                              String description, List<PreservationNote> notes, AnnotationMirror unreviewedMark,
                              MethodBody upgrade, MethodBody downgrade) {

    public MigrationSource {
        revises = List.copyOf(revises);
        notes = List.copyOf(notes);
    }

    /** The simple name users know the migration by. */
    public String name() {
        return type.getSimpleName().toString();
    }
}
