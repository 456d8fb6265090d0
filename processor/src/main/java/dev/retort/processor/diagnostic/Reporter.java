package dev.retort.processor.diagnostic;

import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports findings and goes on, so that one build shows every problem. Each message carries its
 * check's name; the check's severity comes from the build options, and
 * {@code @SuppressWarnings("retort:<name>")} on an enclosing element silences it there.
 */
public final class Reporter {

    private final Messager messager;
    private final Trees trees;
    private final Map<Check, Severity> severities;
    private Positions positions;
    private Recording recording;

    /** {@code trees} may be null where the Tree API is unavailable. */
    public Reporter(Messager messager, Trees trees, Map<Check, Severity> severities) {
        this.messager = messager;
        this.trees = trees;
        this.severities = Map.copyOf(severities);
    }

    /** Where to find the lines of elements read from class files, which javac cannot show. */
    public void use(Positions positions) {
        this.positions = positions;
    }

    /** Whether the build reports this check at all. */
    public boolean enabled(Check check) {
        return severity(check) != Severity.OFF;
    }

    private Severity severity(Check check) {
        return check.configurable() ? severities.getOrDefault(check, check.defaultSeverity()) : check.defaultSeverity();
    }

    /** Whether a finding of this check at this place would be shown: neither the build nor a suppression silences it. */
    public boolean shows(Check check, Location location) {
        return severity(check) != Severity.OFF && !(check.configurable() && suppressed(check, location.element()));
    }

    /** Reports a finding; false when the build or a {@code @SuppressWarnings} silenced it. */
    public boolean report(Check check, Location location, String message) {
        if (!shows(check, location)) {
            return false;
        }
        Severity severity = severity(check);
        Diagnostic.Kind kind = severity.kind();
        String text = "[retort:" + check.checkName() + "] " + message;
        if (location instanceof Location.InTree inTree && trees != null) {
            unrepeatable();
            trees.printMessage(kind, text, inTree.path().getLeaf(), inTree.path().getCompilationUnit());
        } else if (location instanceof Location.AtLine at) {
            printPlain(kind, at(text, at.file() + ":" + at.line()));
        } else if (location instanceof Location.OnElement on) {
            Optional<String> position = positions == null ? Optional.empty()
                    : positions.of(on.element(), on.annotation(), on.value());
            if (position.isPresent()) {
                // javac has no position in a class file, and would name the file it compiled last.
                printPlain(kind, at(text, position.get()));
            } else {
                print(kind, text, on.element(), on.annotation(), on.value());
            }
        } else {
            print(kind, text, location.element(), null, null);
        }
        return true;
    }

    /**
     * Starts keeping what is reported from now on, so that a later build can print the same
     * diagnostics without doing the work again; {@link Recording#repeatable()} says whether it can.
     */
    public Recording record() {
        recording = new Recording();
        return recording;
    }

    /** Prints diagnostics a recording kept, as they were printed then. */
    public void repeat(List<Printed> printed) {
        printed.forEach(p -> messager.printMessage(p.kind(), p.text()));
    }

    /** A diagnostic with no element: its kind and its whole text, position included. */
    public record Printed(Diagnostic.Kind kind, String text) {}

    /**
     * What was reported since {@link #record()}: repeatable only while every diagnostic was plain
     * text (a position in its message, as for class files), none attached to an element or tree
     * javac places.
     */
    public final class Recording {
        private final List<Printed> printed = new java.util.ArrayList<>();
        private boolean repeatable = true;

        private Recording() {}

        private void unrepeatable() {
            repeatable = false;
        }

        /** Stops recording; what was kept stays readable. */
        public void stop() {
            if (recording == this) {
                recording = null;
            }
        }

        public boolean repeatable() {
            return repeatable;
        }

        public List<Printed> printed() {
            return List.copyOf(printed);
        }
    }

    private void printPlain(Diagnostic.Kind kind, String text) {
        if (recording != null) {
            recording.printed.add(new Printed(kind, text));
        }
        messager.printMessage(kind, text);
    }

    private void unrepeatable() {
        if (recording != null) {
            recording.unrepeatable();
        }
    }

    /** The message with the source position javac cannot show (of a class file) at the end of its first line. */
    private static String at(String text, String position) {
        int end = text.indexOf('\n');
        String suffix = " (at " + position + ")";
        return end < 0 ? text + suffix : text.substring(0, end) + suffix + text.substring(end);
    }

    /** A note that belongs to no check, such as what Retort could not see. */
    public void note(Element element, String message) {
        if (element == null) {
            printPlain(Diagnostic.Kind.NOTE, "[retort] " + message);
        } else {
            unrepeatable();
            messager.printMessage(Diagnostic.Kind.NOTE, "[retort] " + message, element);
        }
    }

    private void print(Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation,
                       AnnotationValue value) {
        if (element == null) {
            printPlain(kind, text);
            return;
        }
        unrepeatable();
        if (annotation == null) {
            messager.printMessage(kind, text, element);
        } else if (value == null) {
            messager.printMessage(kind, text, element, annotation);
        } else {
            messager.printMessage(kind, text, element, annotation, value);
        }
    }

    private boolean suppressed(Check check, Element element) {
        String wanted = "retort:" + check.checkName();
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            List<String> names = suppressions(e);
            if (names.contains(wanted) || names.contains("retort")) {
                return true;
            }
            if (e instanceof TypeElement type && !type.getNestingKind().isNested()) {
                break;
            }
        }
        return false;
    }

    private List<String> suppressions(Element element) {
        if (positions != null) {
            return positions.suppressions(element);
        }
        SuppressWarnings annotation = element.getAnnotation(SuppressWarnings.class);
        return annotation == null ? List.of() : List.of(annotation.value());
    }
}
