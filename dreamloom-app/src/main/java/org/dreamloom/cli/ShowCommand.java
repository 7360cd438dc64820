package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.dreamloom.library.store.DreamSource;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredCoding;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.report.Dream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dreamloom show ID}: one dream with its metadata, sources, repairs and codings. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one dream: text, metadata, sources, repairs, and the codes of its codings with their evidence.")
public final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(index = "0", paramLabel = "ID", description = "The dream's id (see dreamloom list).")
    long id;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<StoredDream> found;
        List<DreamSource> sources;
        List<StoredCoding> codings;
        try (DreamStore store = library.openExisting()) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            found = store.find(viewer, id);
            sources = found.isPresent() ? store.sources(viewer, id) : List.of();
            codings = found.isPresent() ? store.codingsFor(viewer, id) : List.of();
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("dreamloom show: no dream " + id + " in " + library.path()
                    + " — see dreamloom list for the ids");
            return ExitCodes.DATA;
        }
        StoredDream s = found.get();
        Dream d = s.dream();
        if (json) {
            Map<String, Object> m = ListCommand.summary(s);
            m.put("metadata", d.metadata());
            m.put("repairs", d.repairs());
            m.put("text", d.text());
            if (!d.original().equals(d.text())) {
                m.put("original", d.original());
            }
            List<Map<String, Object>> src = new ArrayList<>();
            for (DreamSource x : sources) {
                src.add(Map.of("source", x.source(), "source_key", x.sourceKey(), "series", x.series(),
                        "imported_at", x.importedAt()));
            }
            m.put("sources", src);
            List<Map<String, Object>> cs = new ArrayList<>();
            for (StoredCoding c : codings) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("coder", c.coderVersion());
                cm.put("created_at", c.createdAt());
                Map<String, Object> cats = new LinkedHashMap<>();
                for (Category cat : Category.values()) {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (CodedItem item : c.card().items(cat)) {
                        List<Map<String, Object>> ev = new ArrayList<>();
                        for (Evidence e : item.evidence()) {
                            ev.add(Map.of("start", e.start(), "end", e.end(), "text", e.text()));
                        }
                        items.add(Map.of("code", item.code(), "coder", item.coder(), "evidence", ev));
                    }
                    if (!items.isEmpty()) {
                        cats.put(cat.key(), items);
                    }
                }
                cm.put("codes", cats);
                cs.add(cm);
            }
            m.put("codings", cs);
            out.println(Json.pretty(m));
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("Dream %d  (%s, owner %s)%n", s.id(), s.visibility().db(), s.owner());
        line(out, "Title", d.title());
        line(out, "Dreamer", d.dreamer());
        line(out, "Date", d.date());
        line(out, "Series", d.series());
        if (!d.metadata().isEmpty()) {
            line(out, "Metadata", d.metadata().toString().replaceAll("^\\{|\\}$", ""));
        }
        out.println("Sources:");
        for (DreamSource x : sources) {
            out.printf("  %s %s%s%n", x.source(), x.sourceKey(), x.series().isEmpty() ? "" : " (series " + x.series() + ")");
        }
        if (!d.repairs().isEmpty()) {
            out.println("Repairs:");
            d.repairs().forEach(r -> out.println("  " + r));
        }
        out.println();
        out.println(d.text());
        out.println();
        if (codings.isEmpty()) {
            out.println("Codings: none yet");
        }
        for (StoredCoding c : codings) {
            out.printf("Coding by %s (%s)%n", c.coderVersion(), c.createdAt());
            for (Category cat : Category.values()) {
                List<CodedItem> items = c.card().items(cat);
                if (items.isEmpty()) {
                    continue;
                }
                out.printf("  %-13s", cat.key());
                List<String> parts = new ArrayList<>();
                for (CodedItem item : items) {
                    StringBuilder p = new StringBuilder(item.code());
                    for (Evidence e : item.evidence()) {
                        p.append(" «").append(e.text()).append("»@").append(e.start());
                    }
                    parts.add(p.toString());
                }
                out.println(String.join("; ", parts));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String label, String value) {
        if (!value.isEmpty()) {
            out.printf("%-9s %s%n", label + ":", value);
        }
    }
}
