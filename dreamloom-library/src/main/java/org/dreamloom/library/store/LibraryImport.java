package org.dreamloom.library.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dreamloom.io.DreamImporter;
import org.dreamloom.io.ImportListener;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.io.ImportProblem;
import org.dreamloom.io.ImportedDream;
import org.dreamloom.io.SeriesInfo;

/**
 * Imports archives into a {@link DreamStore}: reads with {@link DreamImporter} and writes in batches, one
 * transaction each, so a crash loses at most the batch in flight and re-running the import completes it.
 * Collects the summary (imported / duplicates / rejected / skipped) and the problems. Not thread-safe.
 */
public final class LibraryImport implements ImportListener {
    /** Dreams per transaction: large enough to amortise the commit, small enough to lose little on a crash. */
    public static final int DEFAULT_BATCH = 500;

    /**
     * The outcome of an import.
     *
     * @param imported   new dreams stored
     * @param duplicates reports that were already in the library (or twice in the input)
     * @param rejected   records or files that could not be imported (see {@code problems})
     * @param skipped    files left out on purpose (metadata, licences, unknown types)
     * @param problems   what was rejected and why
     * @param warnings   dreams imported with part of their record not read as written (e.g. an impossible date)
     */
    public record Summary(long imported, long duplicates, long rejected, long skipped, List<ImportProblem> problems,
            List<ImportProblem> warnings) {
        public Summary {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    /** Progress callbacks for a user interface. */
    public interface Progress {
        void file(Path file, long bytes);

        void committed(long dreamsRead);
    }

    private final DreamStore store;
    private final long owner;
    private final Visibility visibility;
    private final int batchSize;
    private final Consumer<ImportProblem> problemSink;
    private final Progress progress;
    private final List<ImportedDream> pending = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private long imported;
    private long duplicates;
    private long skipped;
    private long read;

    /**
     * @param problemSink sees each problem and warning as it happens (e.g. to print it), may be null
     * @param progress    progress callbacks, may be null
     */
    public LibraryImport(DreamStore store, long owner, Visibility visibility, int batchSize,
            Consumer<ImportProblem> problemSink, Progress progress) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.store = store;
        this.owner = owner;
        this.visibility = visibility;
        this.batchSize = batchSize;
        this.problemSink = problemSink;
        this.progress = progress;
    }

    /** Imports the given files and folders and returns the summary; commits everything before returning. */
    public Summary run(List<Path> paths, ImportOptions options) {
        DreamImporter.importPaths(paths, options, this);
        flush();
        return new Summary(imported, duplicates, problems.size(), skipped, problems, warnings);
    }

    @Override
    public void dream(ImportedDream dream) {
        pending.add(dream);
        read++;
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void problem(ImportProblem problem) {
        problems.add(problem);
        if (problemSink != null) {
            problemSink.accept(problem);
        }
    }

    @Override
    public void warning(ImportProblem warning) {
        warnings.add(warning);
        if (problemSink != null) {
            problemSink.accept(warning);
        }
    }

    @Override
    public void series(SeriesInfo series) {
        store.saveSeries(owner, series);
    }

    @Override
    public void skipped(Path file, String reason) {
        skipped++;
    }

    @Override
    public void fileStarted(Path file, long bytes) {
        if (progress != null) {
            progress.file(file, bytes);
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        BatchResult r = store.saveBatch(owner, List.copyOf(pending), visibility);
        pending.clear();
        imported += r.inserted();
        duplicates += r.duplicates();
        if (progress != null) {
            progress.committed(read);
        }
    }
}
