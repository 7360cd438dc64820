package org.dreamloom.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A listener that keeps what it hears, for tests. */
final class Collected implements ImportListener {
    final List<ImportedDream> dreams = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final List<ImportProblem> warnings = new ArrayList<>();
    final List<SeriesInfo> series = new ArrayList<>();
    final List<Path> skipped = new ArrayList<>();

    static Collected of(Path path, ImportOptions options) {
        Collected c = new Collected();
        DreamImporter.importPath(path, options, c);
        return c;
    }

    static Collected of(Path path) {
        return of(path, ImportOptions.defaults());
    }

    List<String> texts() {
        return dreams.stream().map(d -> d.dream().text()).toList();
    }

    @Override
    public void dream(ImportedDream dream) {
        dreams.add(dream);
    }

    @Override
    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    @Override
    public void warning(ImportProblem warning) {
        warnings.add(warning);
    }

    @Override
    public void series(SeriesInfo s) {
        series.add(s);
    }

    @Override
    public void skipped(Path file, String reason) {
        skipped.add(file);
    }
}
