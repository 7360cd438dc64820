package org.dreamloom.web;

import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dreamloom.cli.ExportCommand;
import org.dreamloom.io.ImportFormat;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.io.ImportProblem;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.LibraryImport;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.library.store.Visibility;

/** Import and export in the browser, in the command line's formats, through its importers and exporter. */
final class TransferController {
    /** The largest upload accepted (the server's request limit is a little above). */
    static final long MAX_UPLOAD = 4_000_000;

    private final DreamStore store;
    private final Services services;

    TransferController(DreamStore store, Services services) {
        this.store = store;
        this.services = services;
    }

    /** POST /api/import: a file into the viewer's journal, private. */
    Object importFile(Request r) throws IOException {
        return runImport(r, Visibility.PRIVATE, r.session().account().username(), "");
    }

    /** POST /api/corpora: a researcher's corpus, shared by default. */
    Object importCorpus(Request r) throws IOException {
        String vis = Request.oneOf("visibility", r.query("visibility"), "shared", "private", "shared", "public");
        String series = r.query("series");
        if (series.length() > 100 || series.chars().anyMatch(Character::isISOControl)) {
            throw ApiError.badRequest("'series' must be a name of at most 100 characters without control characters");
        }
        return runImport(r, Visibility.ofDb(vis), null, series);
    }

    private Object runImport(Request r, Visibility visibility, String dreamer, String series) throws IOException {
        if (!r.ctx().isMultipartFormData()) {
            throw ApiError.badRequest("send the file as multipart/form-data in a field called 'file'");
        }
        UploadedFile file;
        try {
            file = r.ctx().uploadedFile("file");
        } catch (Exception e) {
            // Jetty rejects a malformed multipart body while parsing it: that is the client's mistake
            throw ApiError.badRequest("the multipart/form-data body could not be read (" + e.getClass().getSimpleName()
                    + "); send the file in a field called 'file'");
        }
        if (file == null) {
            throw ApiError.badRequest("no file: send it in a multipart field called 'file'");
        }
        if (file.size() > MAX_UPLOAD) {
            throw new ApiError(413, "the file is " + file.size() + " bytes; the most accepted in the browser is "
                    + MAX_UPLOAD + " (use the import command for larger archives)");
        }
        ImportFormat format;
        try {
            format = ImportFormat.of(r.query("format").isEmpty() ? "auto" : r.query("format"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'format' must be auto, text, dreambank, csv, jsonl or cards");
        }
        String name = safeName(file.filename());
        Path dir = Files.createTempDirectory("dreamloom-upload");
        try {
            Path target = dir.resolve(name);
            try (InputStream in = file.content()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            // the corpus name the researcher gave replaces the files' own series (the documented 'series' parameter)
            ImportOptions options = new ImportOptions(format, dreamer, Map.of(), ImportOptions.DEFAULT_MAX_REPORT_CHARS,
                    series);
            LibraryImport.Summary s = new LibraryImport(store, r.owner(), visibility, LibraryImport.DEFAULT_BATCH, null,
                    null).run(List.of(target), options);
            if (s.imported() > 0) {
                services.search.indexMissing(r.ownerName(),
                        store.listOwned(r.owner(), DreamQuery.all()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", name);
            m.put("imported", s.imported());
            m.put("duplicates", s.duplicates());
            m.put("rejected", s.rejected());
            m.put("problems", describe(s.problems(), name, dir));
            m.put("warnings", describe(s.warnings(), name, dir));
            return m;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The uploaded name reduced to a plain file name (no folders), keeping its extension for format detection. */
    static String safeName(String submitted) {
        String base = submitted == null ? "" : submitted.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "upload" + base;
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    /** GET /api/export: the viewer's own dreams in csv, jsonl or cards. */
    Object export(Request r) {
        String fmt = Request.oneOf("format", r.query("format"), "csv", "csv", "jsonl", "cards");
        List<StoredDream> dreams = store.listOwned(r.owner(), DreamQuery.all());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            ExportCommand.write(out, store, r.owner(), dreams, fmt, null);
        }
        String type = switch (fmt) {
            case "csv" -> "text/csv; charset=utf-8";
            default -> "application/x-ndjson; charset=utf-8";
        };
        String ext = fmt.equals("csv") ? "csv" : "jsonl";
        return new WebServer.Download(type, "dreams" + (fmt.equals("cards") ? "-cards" : "") + "." + ext, bytes.toByteArray());
    }

    /** GET /api/corpora: the researcher's series with their sizes and visibility. */
    Object corpora(Request r) {
        TreeMap<String, int[]> series = new TreeMap<>();
        for (StoredDream s : store.listOwned(r.owner(), DreamQuery.all())) {
            String name = ProfileController.seriesName(s); // the name the profile page's series filter takes
            int[] c = series.computeIfAbsent(name, k -> new int[2]);
            c[0]++;
            if (s.visibility() != Visibility.PRIVATE) {
                c[1]++;
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        series.forEach((name, c) -> out.add(Map.of("series", name, "dreams", c[0], "sharedDreams", c[1])));
        return Map.of("corpora", out);
    }

    /** At most 100 problems of an uploaded file, named as the user named it (not by the temporary copy's path). */
    private static List<Map<String, Object>> describe(List<ImportProblem> problems, String name, Path dir) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ImportProblem p : problems.subList(0, Math.min(100, problems.size()))) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("file", name);
            pm.put("line", p.line());
            pm.put("what", p.what().replace(dir.toString() + "/", ""));
            pm.put("todo", p.todo());
            out.add(pm);
        }
        return out;
    }
}
