package dev.retort.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.diagnostic.Check;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every check id has exactly one owner: a per-migration check of the registry, or one of the
 * reporters named here that are not per-migration checks. The owner is the only code that reports it.
 */
class CheckOwnersTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/retort/processor");

    /** A reporter that is no per-migration check, and the sources (files or folders) it is made of. */
    private record Owner(String name, List<String> sources) {}

    private static final Owner ORDER = new Owner("the graph order", List.of("graph"));
    private static final Owner DRIFT = new Owner("the drift check, once per module", List.of("check/DriftCheck.java"));
    private static final Owner REPLAY = new Owner("the replay", List.of("replay"));
    private static final Owner READER = new Owner("the migration reader", List.of("migration"));
    private static final Owner MODEL = new Owner("the entity model reader", List.of("model"));
    private static final Owner VIEW = new Owner("the build's view of the module",
            List.of("RetortProcessor.java", "migration/BodyReader.java"));
    private static final Owner PROCESSOR = new Owner("the processor itself", List.of("RetortProcessor.java"));

    private static final Map<Check, Owner> NOT_CHECKS = new EnumMap<>(Map.ofEntries(
            Map.entry(Check.GRAPH, ORDER),
            Map.entry(Check.DRIFT, DRIFT),
            Map.entry(Check.UNKNOWN_OBJECT, REPLAY),
            Map.entry(Check.UNREADABLE, READER),
            Map.entry(Check.INVALID_OPERATION, READER),
            Map.entry(Check.UNDOCUMENTED, READER),
            Map.entry(Check.INVALID_ANNOTATION, READER),
            Map.entry(Check.ENTITY_WITHOUT_ID, MODEL),
            Map.entry(Check.MAPPED_BY, MODEL),
            Map.entry(Check.RELATION_TARGET, MODEL),
            Map.entry(Check.TABLE_CONFLICT, MODEL),
            Map.entry(Check.INVALID_MAPPING, MODEL),
            Map.entry(Check.UNSUPPORTED_MAPPING, MODEL),
            Map.entry(Check.PARTIAL_BUILD, VIEW),
            Map.entry(Check.TREE_API, PROCESSOR),
            Map.entry(Check.INTERNAL, PROCESSOR)));

    /** A reference to a check id, other than asking whether it is enabled. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!enabled\\()(?<!shows\\()\\bCheck\\.([A-Z_]+)\\b");

    @Test
    void theRegistryListsEveryCheckOnce() {
        Set<Class<?>> registered = MigrationChecks.ALL.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(MigrationChecks.ALL.size(), registered.size(), "a check listed twice");
        assertEquals(Set.of(MigrationCheck.class.getPermittedSubclasses()), registered);
    }

    @Test
    void everyCheckIdHasExactlyOneOwner() {
        List<String> problems = new ArrayList<>();
        for (Check check : Check.values()) {
            List<String> owners = new ArrayList<>();
            MigrationChecks.ALL.stream().filter(c -> c.reports().contains(check))
                    .forEach(c -> owners.add(c.getClass().getSimpleName()));
            if (NOT_CHECKS.containsKey(check)) {
                owners.add(NOT_CHECKS.get(check).name());
            }
            if (owners.size() != 1) {
                problems.add(check.checkName() + " is owned by " + owners);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onlyItsOwnerReportsACheckId() throws IOException {
        Map<Check, Set<String>> reportedIn = new EnumMap<>(Check.class);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (relative.equals("diagnostic/Check.java")) {
                    return;
                }
                Matcher matcher = REFERENCE.matcher(read(file));
                while (matcher.find()) {
                    Check check = Check.valueOf(matcher.group(1));
                    reportedIn.computeIfAbsent(check, c -> new TreeSet<>()).add(relative);
                }
            });
        }
        assertTrue(reportedIn.size() > 20, "the sources were not found: " + SOURCES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        reportedIn.forEach((check, files) -> {
            List<String> allowed = MigrationChecks.ALL.stream().filter(c -> c.reports().contains(check))
                    .map(c -> "check/" + c.getClass().getSimpleName() + ".java")
                    .collect(Collectors.toCollection(ArrayList::new));
            if (NOT_CHECKS.containsKey(check)) {
                allowed.addAll(NOT_CHECKS.get(check).sources());
            }
            for (String file : files) {
                if (allowed.stream().noneMatch(a -> file.equals(a) || file.startsWith(a + "/"))) {
                    problems.add(check.checkName() + " is reported in " + file + ", not by its owner " + allowed);
                }
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(Set.of(), Arrays.stream(Check.values()).filter(c -> !reportedIn.containsKey(c))
                .map(Check::checkName).collect(Collectors.toSet()), "ids that nothing reports");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
