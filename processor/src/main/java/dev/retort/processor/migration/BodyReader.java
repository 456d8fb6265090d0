package dev.retort.processor.migration;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;
import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code upgrade} or {@code downgrade} through the Compiler Tree API into operations. A body is
 * a straight list of {@code op.} calls, locals with readable initializers, and {@code throw}s; each
 * call runs on a {@link RecordingOps}, the very code the runner uses, with the values javac read.
 * Only the syntax tree is read: javac does not attribute the body for Retort, and attributes it
 * once, later, as it would without Retort.
 */
public final class BodyReader {

    private static final String OPS = Ops.class.getCanonicalName();
    private static final String SCRIPT = MigrationScript.class.getCanonicalName();

    private final Trees trees;
    private final Elements elements;
    private final Reporter reporter;
    private final ClassFileBodyReader classFiles;
    /** The scope of names of each class whose bodies are read: its upgrade and downgrade share it. */
    private final java.util.Map<TypeElement, NameScope> scopes = new java.util.HashMap<>();
    private final Members members;
    private final java.util.Map<Element, Optional<TreePath>> classPaths = new java.util.HashMap<>();

    /** {@code classFiles} reads the bodies of migrations that are not among the sources being compiled. */
    public BodyReader(Trees trees, Elements elements, Reporter reporter, ClassFileBodyReader classFiles) {
        this.trees = trees;
        this.elements = elements;
        this.reporter = reporter;
        this.classFiles = classFiles;
        this.members = new Members(elements);
    }

    public MethodBody read(TypeElement migration, String methodName) {
        Optional<ExecutableElement> found = find(migration, methodName);
        if (found.isEmpty()) {
            return MethodBody.absent();
        }
        ExecutableElement method = found.get();
        TreePath methodPath = pathOf(method);
        if (methodPath == null) {
            return fromClassFile(migration, method);
        }
        if (!(methodPath.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            reporter.report(Check.UNREADABLE, Location.of(migration), ProcessorErrors.bodyNotInSource(method));
            return new MethodBody(method, MethodBody.Shape.OPERATIONS, List.of(), false);
        }
        TreePath bodyPath = new TreePath(methodPath, tree.getBody());
        return readStatements(method, bodyPath, tree);
    }

    /**
     * The method's path: its class's path, found once for its upgrade and downgrade, and the method's
     * tree among the class's members. {@code Trees.getPath} of the method would scan the file again
     * for each, and throws (and fills in a stack trace) to stop its scan.
     */
    private TreePath pathOf(ExecutableElement method) {
        Tree tree = trees.getTree(method);
        TreePath owner = tree == null ? null : classPaths.computeIfAbsent(method.getEnclosingElement(),
                type -> Optional.ofNullable(trees.getPath(type))).orElse(null);
        if (owner != null && owner.getLeaf() instanceof ClassTree classTree
                && classTree.getMembers().stream().anyMatch(member -> member == tree)) {
            return new TreePath(owner, tree);
        }
        return trees.getPath(method);
    }

    /** The body of a migration javac reads from a class file: an earlier build compiled and checked it. */
    private MethodBody fromClassFile(TypeElement migration, ExecutableElement method) {
        try {
            return classFiles.read(method);
        } catch (ClassFileBodyReader.Unreadable e) {
            reporter.report(Check.PARTIAL_BUILD, Location.of(migration),
                    ProcessorErrors.unreadableClassFile(migration, method, e.getMessage()));
            return new MethodBody(method, MethodBody.Shape.OPERATIONS, List.of(), false);
        }
    }

    private MethodBody readStatements(ExecutableElement method, TreePath bodyPath, MethodTree tree) {
        String op = tree.getParameters().get(0).getName().toString();
        NameScope scope = scopes.computeIfAbsent((TypeElement) method.getEnclosingElement(),
                type -> new NameScope(elements, members, type, bodyPath.getCompilationUnit()));
        ValueEvaluator evaluator = new ValueEvaluator(trees, elements, scope, op);
        List<LocatedOperation> operations = new ArrayList<>();
        boolean complete = true;
        int throwsCount = 0;
        int counted = 0;
        for (StatementTree statement : tree.getBody().getStatements()) {
            TreePath path = new TreePath(bodyPath, statement);
            if (statement.getKind() == Tree.Kind.EMPTY_STATEMENT) {
                continue;
            }
            counted++;
            if (statement.getKind() == Tree.Kind.THROW) {
                throwsCount++;
            } else if (statement instanceof VariableTree local) {
                complete &= bind(method, path, local, evaluator);
            } else {
                Optional<TreePath> opCall = opCall(statement, evaluator, path);
                if (opCall.isPresent()) {
                    complete &= call(method, opCall.get(), evaluator, operations);
                } else {
                    reporter.report(Check.UNREADABLE, Location.of(path, method), ProcessorErrors.notAnOpCall());
                    complete = false;
                }
            }
        }
        MethodBody.Shape shape = counted == 0 ? MethodBody.Shape.EMPTY
                : throwsCount == counted ? MethodBody.Shape.ONLY_THROWS : MethodBody.Shape.OPERATIONS;
        return new MethodBody(method, shape, operations, complete);
    }

    private boolean bind(ExecutableElement method, TreePath path, VariableTree local, ValueEvaluator evaluator) {
        if (local.getInitializer() == null) {
            reporter.report(Check.UNREADABLE, Location.of(path, method), ProcessorErrors.unreadableValue());
            evaluator.unreadLocal(local);
            return false;
        }
        try {
            evaluator.bindLocal(local, evaluator.evaluate(new TreePath(path, local.getInitializer())));
            return true;
        } catch (UnreadableValue e) {
            report(method, e);
            evaluator.unreadLocal(local);
            return false;
        }
    }

    private boolean call(ExecutableElement method, TreePath callPath, ValueEvaluator evaluator,
                         List<LocatedOperation> operations) {
        MethodInvocationTree invocation = (MethodInvocationTree) callPath.getLeaf();
        String name = ((MemberSelectTree) invocation.getMethodSelect()).getIdentifier().toString();
        if (name.equals("run") && invocation.getArguments().size() == 1) {
            operations.add(LocatedOperation.inSource(new RunJava(null), callPath));
            return true;
        }
        try {
            Object[] arguments = evaluator.arguments(callPath, invocation.getArguments());
            RecordingOps recorder = new RecordingOps();
            evaluator.invoke(callPath, Ops.class, name, recorder, arguments);
            for (Operation operation : recorder.operations()) {
                operations.add(LocatedOperation.inSource(operation, callPath));
            }
            return true;
        } catch (UnreadableValue e) {
            report(method, e);
            return false;
        }
    }

    private void report(ExecutableElement method, UnreadableValue e) {
        if (e.reported()) {
            reporter.report(e.check(), Location.of(e.where(), method), e.getMessage());
        }
    }

    /** The call when the statement is {@code op.something(...)} on the method's own parameter. */
    private static Optional<TreePath> opCall(StatementTree statement, ValueEvaluator evaluator, TreePath path) {
        if (!(statement instanceof ExpressionStatementTree expression)
                || !(expression.getExpression() instanceof MethodInvocationTree invocation)
                || !(invocation.getMethodSelect() instanceof MemberSelectTree select)
                || !evaluator.isOps(select.getExpression())) {
            return Optional.empty();
        }
        return Optional.of(new TreePath(path, invocation));
    }

    /** The method that implements {@code name(Ops)}, unless it is the interface's default. */
    private Optional<ExecutableElement> find(TypeElement migration, String name) {
        // A method the class declares hides any it inherits: only look further when it declares none,
        // as collecting all members completes every supertype.
        Optional<ExecutableElement> found = bodyMethod(ElementFilter.methodsIn(migration.getEnclosedElements()), name)
                .or(() -> bodyMethod(ElementFilter.methodsIn(elements.getAllMembers(migration)), name));
        return found.filter(method -> !((TypeElement) method.getEnclosingElement()).getQualifiedName()
                .contentEquals(SCRIPT));
    }

    private static Optional<ExecutableElement> bodyMethod(List<ExecutableElement> methods, String name) {
        for (ExecutableElement method : methods) {
            if (method.getSimpleName().contentEquals(name) && method.getParameters().size() == 1
                    && method.getParameters().get(0).asType().toString().equals(OPS)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
