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
    private static final int MUTANTS = 1200;

    /** One mutated source and what became of its compilation. */
    private record Run(String name, Mutator.Mutant mutant, InProcessJavac.Outcome outcome) {

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

    @Test
    void aThousandMutantsNeverCrashTheProcessor() throws Exception {
        Map<String, String> project = Seeds.project();
        InProcessJavac.Outcome clean;
        try (InProcessJavac javac = new InProcessJavac()) {
            clean = javac.compile(project);
        }
        assertTrue(clean.processorRan());
        assertEquals(null, new Run("project", null, clean).crash());

        List<String> names = new ArrayList<>(project.keySet());
        Mutator mutator = new Mutator(SEED);
        List<Map.Entry<String, Mutator.Mutant>> jobs = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            String name = names.get(i % names.size());
            jobs.add(Map.entry(name, mutator.mutate(project.get(name))));
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
            Map.Entry<String, Mutator.Mutant> job = jobs.get(i);
            // The entities (and so drift and the skeleton) come with every entity mutant and every third
            // migration mutant: the other compilations stay fast.
            boolean withEntities = job.getKey().startsWith("app.model.") || i % 3 == 0;
            futures.add(pool.submit(() -> {
                Map<String, String> sources = new LinkedHashMap<>(project);
                if (!withEntities) {
                    sources.keySet().removeIf(name -> name.startsWith("app.model."));
                }
                sources.put(job.getKey(), job.getValue().source());
                return new Run(job.getKey(), job.getValue(), compilers.get().compile(sources));
            }));
        }
        List<Run> runs = new ArrayList<>();
        for (Future<Run> future : futures) {
            runs.add(future.get());
        }
        pool.shutdown();
        for (InProcessJavac javac : opened) {
            javac.close();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<Run> crashes = runs.stream().filter(r -> r.crash() != null).toList();
        long ran = runs.stream().filter(r -> r.outcome().processorRan()).count();
        long javacErrors = runs.stream().filter(r -> r.outcome().processorRan() && r.errors(false)).count();
        long retortErrors = runs.stream().filter(r -> r.outcome().processorRan() && r.errors(true)).count();
        Map<Mutator.Kind, Integer> kinds = new EnumMap<>(Mutator.Kind.class);
        runs.forEach(r -> r.mutant().kinds().forEach(k -> kinds.merge(k, 1, Integer::sum)));
        System.out.printf("[mutation test] %d mutated sources, %d compilations in %d ms on %d threads; the processor"
                        + " ran on %d (%d with javac errors, %d with Retort errors); mutations %s; crashes %d%n",
                jobs.size(), runs.size(), millis, threads, ran, javacErrors, retortErrors, kinds, crashes.size());
        crashes.stream().limit(5).forEach(r -> System.out.printf("[mutation test] crash in %s: %s%n%s%n", r.name(),
                r.crash(), r.mutant().source()));

        assertEquals(MUTANTS, runs.size());
        assertTrue(ran >= MUTANTS / 2, "the processor ran on only " + ran + " compilations");
        assertEquals(List.of(), crashes.stream().map(r -> r.name() + ": " + r.crash()).limit(10).toList());
    }
}
