package dev.retort.graph;

import java.util.List;

/** How the migrations a {@link GraphProblem} is about are named to the user: by their class, as written. */
@FunctionalInterface
public interface MigrationNames {

    /** The names of the migrations with this id, in the order they were found; several only when the id is shared. */
    List<String> of(String id);

    /** The name of the (first) migration with this id. */
    default String first(String id) {
        return of(id).get(0);
    }
}
