package dev.retort.processor.migration;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.retort.migration.ColumnSpec;
import dev.retort.migration.Dsl;
import dev.retort.migration.Ops;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.SqlType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Computes, at compile time, the value of an argument in a migration body from its syntax tree alone,
 * without javac attributing the body: a literal or constant expression, a constant (a static final
 * field, of the migration, of a class it names or imports, or of Retort), an effectively final local
 * with a readable initializer, or a DSL factory call ({@code column(...)}, {@code varchar(255)},
 * chained modifiers). Names are found as javac finds them ({@link NameScope}), overloads as javac
 * chooses them ({@link Overloads}). Anything else is an {@link UnreadableValue} at the sub-expression
 * javac cannot know.
 */
final class ValueEvaluator {

    static final Set<String> DSL = Set.of(Dsl.class.getCanonicalName(), ColumnSpec.class.getCanonicalName(),
            SqlType.class.getCanonicalName());

    private final Trees trees;
    private final Elements elements;
    private final NameScope scope;
    private final String opName;
    private final Map<String, Object> locals = new HashMap<>();
    private final Set<String> unreadLocals = new java.util.HashSet<>();
    private final Set<VariableElement> evaluating;

    /** {@code opName} is the name of the body's {@code Ops} parameter (null for a field's initializer). */
    ValueEvaluator(Trees trees, Elements elements, NameScope scope, String opName) {
        this(trees, elements, scope, opName, new java.util.HashSet<>());
    }

    private ValueEvaluator(Trees trees, Elements elements, NameScope scope, String opName,
                           Set<VariableElement> evaluating) {
        this.trees = trees;
        this.elements = elements;
        this.scope = scope;
        this.opName = opName;
        this.evaluating = evaluating;
    }

    void bindLocal(VariableTree local, Object value) {
        Object converted = value;
        if (local.getType() instanceof PrimitiveTypeTree primitive && value != null) {
            converted = Overloads.convert(primitiveClass(primitive), value);
        }
        locals.put(local.getName().toString(), converted);
    }

    /** A local whose initializer could not be read (already reported): naming it later is reported as such. */
    void unreadLocal(VariableTree local) {
        unreadLocals.add(local.getName().toString());
    }

    /** Whether the expression is the body's {@code Ops} parameter itself. */
    boolean isOps(ExpressionTree tree) {
        return opName != null && tree instanceof IdentifierTree identifier && identifier.getName().contentEquals(opName)
                && !locals.containsKey(opName);
    }

    Object evaluate(TreePath path) throws UnreadableValue {
        Tree tree = path.getLeaf();
        switch (tree.getKind()) {
            case STRING_LITERAL: case INT_LITERAL: case LONG_LITERAL: case BOOLEAN_LITERAL:
            case CHAR_LITERAL: case DOUBLE_LITERAL: case FLOAT_LITERAL: case NULL_LITERAL:
                return ((LiteralTree) tree).getValue();
            case PARENTHESIZED:
                return evaluate(child(path, ((ParenthesizedTree) tree).getExpression()));
            case TYPE_CAST:
                return cast(path, (TypeCastTree) tree);
            case UNARY_MINUS: case UNARY_PLUS: case LOGICAL_COMPLEMENT: case BITWISE_COMPLEMENT:
                return unary(path, (UnaryTree) tree);
            case CONDITIONAL_EXPRESSION:
                return conditional(path, (ConditionalExpressionTree) tree);
            case IDENTIFIER:
                return identifier(path, ((IdentifierTree) tree).getName().toString());
            case MEMBER_SELECT:
                return memberSelect(path, (MemberSelectTree) tree);
            case METHOD_INVOCATION:
                return dslCall(path, (MethodInvocationTree) tree);
            case NEW_ARRAY:
                return array(path, (NewArrayTree) tree);
            default:
                if (tree instanceof BinaryTree binary) {
                    return ConstantExpressions.binary(binary.getKind(), evaluate(child(path, binary.getLeftOperand())),
                            evaluate(child(path, binary.getRightOperand()))).orElseThrow(() -> unreadable(path));
                }
                throw unreadable(path);
        }
    }

    private Object identifier(TreePath path, String name) throws UnreadableValue {
        if (locals.containsKey(name)) {
            return locals.get(name);
        }
        if (name.equals(opName)) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.opOutsideCall(opName));
        }
        if (unreadLocals.contains(name)) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.unreadableLocal(name));
        }
        Optional<VariableElement> field = scope.field(name);
        if (field.isEmpty()) {
            throw UnreadableValue.javacReports(path);
        }
        return field(path, field.get());
    }

    private Object memberSelect(TreePath path, MemberSelectTree select) throws UnreadableValue {
        Optional<TypeElement> owner = scope.typeNamed(select.getExpression());
        if (owner.isEmpty()) {
            throw unreadable(path);
        }
        Optional<VariableElement> field = scope.memberField(owner.get(), select.getIdentifier().toString());
        if (field.isEmpty()) {
            throw unreadable(path);
        }
        return field(path, field.get());
    }

    private Object field(TreePath path, VariableElement field) throws UnreadableValue {
        if (!NameScope.isConstant(field)) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.notAConstant(field));
        }
        Object constant = field.getConstantValue();
        if (constant != null) {
            return constant;
        }
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        if (owner.getQualifiedName().toString().startsWith("dev.retort.")) {
            try {
                return retortClass(owner).getField(field.getSimpleName().toString()).get(null);
            } catch (ReflectiveOperationException e) {
                throw unreadable(path);
            }
        }
        return initializer(path, field, owner);
    }

    /** A static final field's value, from its initializer, read in the scope of its own class. */
    private Object initializer(TreePath path, VariableElement field, TypeElement owner) throws UnreadableValue {
        TreePath declaration = trees.getPath(field);
        if (declaration == null || !(declaration.getLeaf() instanceof VariableTree tree)
                || tree.getInitializer() == null || !evaluating.add(field)) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.notAConstant(field));
        }
        try {
            CompilationUnitTree unit = declaration.getCompilationUnit();
            return new ValueEvaluator(trees, elements, scope.of(owner, unit), null, evaluating)
                    .evaluate(child(declaration, tree.getInitializer()));
        } catch (UnreadableValue inner) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.notAConstant(field));
        } finally {
            evaluating.remove(field);
        }
    }

    private Object dslCall(TreePath path, MethodInvocationTree call) throws UnreadableValue {
        ExpressionTree select = call.getMethodSelect();
        String name;
        Class<?> owner;
        Object receiver = null;
        if (select instanceof IdentifierTree identifier) {
            name = identifier.getName().toString();
            Optional<TypeElement> imported = scope.declaresMethod(name) ? Optional.empty() : scope.staticMethodOwner(name);
            owner = imported.filter(t -> DSL.contains(t.getQualifiedName().toString())).map(this::retortClassOrNull)
                    .orElseThrow(() -> unreadable(path));
        } else if (select instanceof MemberSelectTree member) {
            name = member.getIdentifier().toString();
            Optional<TypeElement> type = scope.typeNamed(member.getExpression());
            if (type.isPresent()) {
                owner = type.filter(t -> DSL.contains(t.getQualifiedName().toString())).map(this::retortClassOrNull)
                        .orElseThrow(() -> unreadable(path));
            } else {
                receiver = evaluate(child(child(path, member), member.getExpression()));
                if (receiver == null || !DSL.contains(receiver.getClass().getName())) {
                    throw unreadable(path);
                }
                owner = receiver.getClass();
            }
        } else {
            throw unreadable(path);
        }
        Object[] values = arguments(path, call.getArguments());
        return invoke(path, owner, name, receiver, values);
    }

    /** The values of a call's arguments, in order. */
    Object[] arguments(TreePath call, List<? extends ExpressionTree> arguments) throws UnreadableValue {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluate(child(call, arguments.get(i)));
        }
        return values;
    }

    /**
     * Calls a method of Retort with values read at compile time: a DSL method, or an {@code Ops}
     * method on the recorder. A value Retort refuses is reported as such; arguments no overload
     * takes are javac's own error to report, and leave the body unread.
     */
    Object invoke(TreePath path, Class<?> owner, String name, Object receiver, Object[] values) throws UnreadableValue {
        boolean isStatic = receiver == null;
        Optional<Overloads.Call> call = Overloads.resolve(owner, name, isStatic, values);
        if (call.isEmpty()) {
            throw Overloads.declares(owner, name) ? UnreadableValue.javacReports(path)
                    : new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.unknownDslMethod(name));
        }
        try {
            return call.get().method().invoke(receiver, call.get().arguments());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SchemaMisfitException misfit) {
                throw new UnreadableValue(path, Check.INVALID_OPERATION, ProcessorErrors.invalidValue(misfit));
            }
            if (e.getCause() instanceof NullPointerException) {
                throw new UnreadableValue(path, Check.INVALID_OPERATION, ProcessorErrors.nullArgument());
            }
            throw new IllegalStateException("Retort's " + name + " failed", e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw unreadable(path);
        }
    }

    private Object array(TreePath path, NewArrayTree tree) throws UnreadableValue {
        if (tree.getInitializers() == null || tree.getType() == null) {
            throw unreadable(path);
        }
        Class<?> component;
        if (tree.getType() instanceof PrimitiveTypeTree primitive) {
            component = primitiveClass(primitive);
        } else {
            component = scope.typeNamed((ExpressionTree) tree.getType()).map(this::loadableClass)
                    .orElseThrow(() -> unreadable(path));
        }
        Object array = Array.newInstance(component, tree.getInitializers().size());
        for (int i = 0; i < tree.getInitializers().size(); i++) {
            Object value = evaluate(child(path, tree.getInitializers().get(i)));
            try {
                Array.set(array, i, Overloads.convert(component, value));
            } catch (IllegalArgumentException e) {
                throw unreadable(child(path, tree.getInitializers().get(i)));
            }
        }
        return array;
    }

    private Object cast(TreePath path, TypeCastTree tree) throws UnreadableValue {
        Object value = evaluate(child(path, tree.getExpression()));
        if (tree.getType() instanceof PrimitiveTypeTree primitive && (value instanceof Number
                || value instanceof Character)) {
            Class<?> type = primitiveClass(primitive);
            if (type == char.class) {
                return (char) ((Number) (value instanceof Character c ? (Number) (int) c : (Number) value)).intValue();
            }
            return Overloads.convert(type, value);
        }
        return value;
    }

    private Object unary(TreePath path, UnaryTree tree) throws UnreadableValue {
        Object value = evaluate(child(path, tree.getExpression()));
        return ConstantExpressions.unary(tree.getKind(), value).orElseThrow(() -> unreadable(path));
    }

    private Object conditional(TreePath path, ConditionalExpressionTree tree) throws UnreadableValue {
        Object condition = evaluate(child(path, tree.getCondition()));
        if (!(condition instanceof Boolean test)) {
            throw unreadable(path);
        }
        return evaluate(child(path, test ? tree.getTrueExpression() : tree.getFalseExpression()));
    }

    private static Class<?> primitiveClass(PrimitiveTypeTree primitive) {
        switch (primitive.getPrimitiveTypeKind()) {
            case BOOLEAN: return boolean.class;
            case BYTE: return byte.class;
            case SHORT: return short.class;
            case CHAR: return char.class;
            case INT: return int.class;
            case LONG: return long.class;
            case FLOAT: return float.class;
            case DOUBLE: return double.class;
            default: return void.class;
        }
    }

    /** A class the processor itself can load to build an array of: the JDK's and Retort's. */
    private Class<?> loadableClass(TypeElement type) {
        try {
            return Class.forName(elements.getBinaryName(type).toString(), false, Ops.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private Class<?> retortClassOrNull(TypeElement type) {
        return loadableClass(type);
    }

    private Class<?> retortClass(TypeElement type) throws ClassNotFoundException {
        return Class.forName(elements.getBinaryName(type).toString(), false, Ops.class.getClassLoader());
    }

    static TreePath child(TreePath parent, Tree leaf) {
        return new TreePath(parent, leaf);
    }

    private static UnreadableValue unreadable(TreePath path) {
        return new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.unreadableValue());
    }
}
