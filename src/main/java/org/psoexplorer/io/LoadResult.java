package org.psoexplorer.io;

import java.util.List;
import java.util.Optional;
import org.psoexplorer.model.Taxonomy;

/**
 * What loading a file gave: the taxonomy when it has no errors, and every problem found.
 *
 * @param truncated how many further problems were found but not listed (the list is capped)
 */
public record LoadResult(String file, Taxonomy taxonomyOrNull, List<Problem> problems, int truncated) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public Optional<Taxonomy> taxonomy() {
        return Optional.ofNullable(taxonomyOrNull);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean ok() {
        return taxonomyOrNull != null;
    }
}
