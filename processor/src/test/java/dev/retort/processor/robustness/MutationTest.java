package dev.retort.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Never a crash: a seeded generator deletes, swaps, duplicates and replaces tokens in a valid project
 * (migrations and entities), one mutated source per compilation with the others intact, and no
 * compilation may end with an exception out of the processor, an {@code [retort:internal]} error, or
 * a stack trace in a message. javac's own errors are expected.
 */
class MutationTest {

    private static final long SEED = 0x5E7027L;
    /** A few hundred in every build; {@code mvn verify -Pfuzz} runs ten thousand. */
    private static final int MUTANTS = Integer.getInteger("retort.mutants", 400);
    /** One compilation of the seed project takes well under a second: a minute is a hang. */
    private static final long HANG_SECONDS = 60;

    /** One mutated source and what became of its compilation; {@code hostile} names the edit under the mutation, if any. */
    private record Run(String name, Mutator.Mutant mutant, String hostile, InProcessJavac.Outcome outcome) {

        String crash() {
            if (outcome.escaped() != null) {
                return "exception " + outcome.escaped();
            }
            for (Diagnostic<? extends JavaFileObject> d : outcome.diagnostics()) {
                String message = d.getMessage(null);
                if (message.contains("[retort:internal]") || message.contains("\tat ")
                        || message.contains("threw an uncaught exception")) {
                    return message;
                }
            }
            return null;
        }

        boolean errors(boolean retort) {
            return outcome.diagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR
                    && d.getMessage(null).startsWith("[retort") == retort);
        }
    }

    /** One mutant to compile: the project it starts from, the source mutated, and the hostile edit under it. */
    private record Job(Map<String, String> project, String name, Mutator.Mutant mutant, String hostile) {}

    @Test
    void mutantsNeverCrashOrHangTheProcessor() throws Exception {
        Map<String, String> project = Seeds.project();
        InProcessJavac.Outcome clean;
        try (InProcessJavac javac = new InProcessJavac()) {
            clean = javac.compile(project);
        }
        assertTrue(clean.processorRan());
        assertEquals(null, new Run("project", null, null, clean).crash());

        List<String> names = new ArrayList<>(project.keySet());
        Mutator mutator = new Mutator(SEED);
        java.util.Random pick = new java.util.Random(SEED);
        List<HostileEdits.Edit> edits = HostileEdits.all();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            // A third of the mutants start from a hostile edit of the project rather than the project itself.
            HostileEdits.Edit edit = i % 3 == 2 ? edits.get(pick.nextInt(edits.size())) : null;
            Map<String, String> base = edit == null ? project : edit.apply().apply(project);
            List<String> sources = new ArrayList<>(base.keySet());
            String name = sources.get(i % sources.size());
            jobs.add(new Job(base, name, mutator.mutate(base.get(name)), edit == null ? null : edit.name()));
        }
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<InProcessJavac> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<InProcessJavac> compilers = ThreadLocal.withInitial(() -> {
            InProcessJavac javac = new InProcessJavac();
            opened.add(javac);
            return javac;
        });
        List<Future<Run>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            // The entities (and so drift and the skeleton) come with every entity mutant and every third
            // migration mutant: the other compilations stay fast.
            boolean withEntities = job.name().startsWith("app.model.") || i % 3 == 0;
            futures.add(pool.submit(() -> {
                Map<String, String> sources = new LinkedHashMap<>(job.project());
                if (!withEntities) {
                    sources.keySet().removeIf(name -> name.startsWith("app.model."));
                }
                sources.put(job.name(), job.mutant().source());
                return new Run(job.name(), job.mutant(), job.hostile(), compilers.get().compile(sources));
            }));
        }
        List<Run> runs = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                runs.add(futures.get(i).get(HANG_SECONDS, java.util.concurrent.TimeUnit.SECONDS));
            } catch (java.util.concurrent.TimeoutException e) {
                hangs.add(jobs.get(i).name() + ":\n" + jobs.get(i).mutant().source());
                futures.get(i).cancel(true);
            }
        }
        pool.shutdownNow();
        for (InProcessJavac javac : opened) {
            javac.close();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<Run> crashes = runs.stream().filter(r -> r.crash() != null).toList();
        long ran = runs.stream().filter(r -> r.outcome().processorRan()).count();
        long javacErrors = runs.stream().filter(r -> r.outcome().processorRan() && r.errors(false)).count();
        long retortErrors = runs.stream().filter(r -> r.outcome().processorRan() && r.errors(true)).count();
        Map<Mutator.Kind, Integer> kinds = new EnumMap<>(Mutator.Kind.class);
        Map<Mutator.Kind, Integer> reached = new EnumMap<>(Mutator.Kind.class);
        Map<String, Integer> hostile = new java.util.TreeMap<>();
        for (Run run : runs) {
            for (Mutator.Kind kind : run.mutant().kinds()) {
                kinds.merge(kind, 1, Integer::sum);
                if (run.outcome().processorRan()) {
                    reached.merge(kind, 1, Integer::sum);
                }
            }
            if (run.hostile() != null && run.outcome().processorRan()) {
                hostile.merge(run.hostile(), 1, Integer::sum);
            }
        }
        System.out.printf("[mutation test] %d mutated sources, %d compilations in %d ms on %d threads; the processor"
                        + " ran on %d (%d with javac errors, %d with Retort errors); mutations %s, of which the"
                        + " processor saw %s; on hostile edits %s; crashes %d, hangs %d%n",
                jobs.size(), runs.size(), millis, threads, ran, javacErrors, retortErrors, kinds, reached, hostile,
                crashes.size(), hangs.size());
        crashes.stream().limit(5).forEach(r -> System.out.printf("[mutation test] crash in %s: %s%n%s%n", r.name(),
                r.crash(), r.mutant().source()));

        assertEquals(List.of(), hangs.stream().limit(3).toList(), "compilations that did not finish");
        assertEquals(MUTANTS, runs.size());
        for (Mutator.Kind kind : Mutator.Kind.values()) {
            int made = kinds.getOrDefault(kind, 0);
            int seen = reached.getOrDefault(kind, 0);
            assertTrue(made > MUTANTS / 10 && seen * 100 >= made * 95,
                    kind + ": " + seen + " of " + made + " mutants reached the processor");
        }
        assertEquals(edits.size(), hostile.size(), "every hostile edit reached the processor: " + hostile);
        assertEquals(List.of(), crashes.stream().map(r -> r.name() + ": " + r.crash()).limit(10).toList());
    }
}
