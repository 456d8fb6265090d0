package dev.retort.processor.migration;

import javax.lang.model.element.AnnotationMirror;

/** One {@code @DataPreserved} on a migration; {@code column} is empty for a whole table. */
public record PreservationNote(String table, String column, String note, AnnotationMirror annotation) {

    /** Whether this note covers dropping the given column ({@code column} empty: the table). */
    public boolean covers(String droppedTable, String droppedColumn) {
        if (!table.equalsIgnoreCase(droppedTable)) {
            return false;
        }
        return droppedColumn.isEmpty() ? column.isEmpty() : column.equalsIgnoreCase(droppedColumn);
    }
}
