package dev.retort.processor.migration;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.schema.SchemaMisfitException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Computes, at compile time, the value of an argument in a migration body: a literal, a constant, an
 * effectively final local with a readable initializer, a Retort enum constant or DSL constant, or a
 * DSL factory call ({@code column(...)}, {@code varchar(255)}, chained modifiers). Anything else is
 * an {@link UnreadableValue} at the sub-expression javac cannot know.
 */
final class ValueEvaluator {

    private final Trees trees;
    private final ReflectiveTypes reflectiveTypes;
    private final Map<Element, Object> locals = new HashMap<>();
    private final Set<Element> evaluating = new HashSet<>();

    ValueEvaluator(Trees trees, ReflectiveTypes reflectiveTypes) {
        this.trees = trees;
        this.reflectiveTypes = reflectiveTypes;
    }

    void bindLocal(Element local, Object value) {
        locals.put(local, value);
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
            case UNARY_MINUS: case UNARY_PLUS:
                return sign(path, (UnaryTree) tree);
            case PLUS: case MINUS: case MULTIPLY:
                return arithmetic(path, (BinaryTree) tree);
            case IDENTIFIER: case MEMBER_SELECT:
                return variable(path);
            case METHOD_INVOCATION:
                return dslCall(path, (MethodInvocationTree) tree);
            case NEW_ARRAY:
                return array(path, (NewArrayTree) tree);
            default:
                throw unreadable(path);
        }
    }

    private Object variable(TreePath path) throws UnreadableValue {
        Element element = trees.getElement(path);
        if (!(element instanceof VariableElement variable)) {
            throw unreadable(path);
        }
        Object constant = variable.getConstantValue();
        if (constant != null) {
            return constant;
        }
        if (variable.getKind() == ElementKind.LOCAL_VARIABLE) {
            if (!locals.containsKey(variable)) {
                throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.unreadableLocal(variable));
            }
            return locals.get(variable);
        }
        TypeElement owner = (TypeElement) variable.getEnclosingElement();
        if (variable.getKind() == ElementKind.ENUM_CONSTANT || variable.getKind() == ElementKind.FIELD) {
            if (!variable.getModifiers().contains(Modifier.STATIC) || !variable.getModifiers().contains(Modifier.FINAL)) {
                throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.notAConstant(variable));
            }
            if (ReflectiveTypes.isRetortType(owner)) {
                return retortConstant(path, owner, variable);
            }
            return fieldInitializer(path, variable);
        }
        throw unreadable(path);
    }

    private Object retortConstant(TreePath path, TypeElement owner, VariableElement variable) throws UnreadableValue {
        try {
            Class<?> type = reflectiveTypes.classOf(owner.asType());
            return type.getField(variable.getSimpleName().toString()).get(null);
        } catch (ReflectiveOperationException e) {
            throw unreadable(path);
        }
    }

    private Object fieldInitializer(TreePath path, VariableElement field) throws UnreadableValue {
        TreePath declaration = trees.getPath(field);
        if (declaration == null || !(declaration.getLeaf() instanceof VariableTree tree)
                || tree.getInitializer() == null || !evaluating.add(field)) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.notAConstant(field));
        }
        try {
            return evaluate(child(declaration, tree.getInitializer()));
        } catch (UnreadableValue inner) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.notAConstant(field));
        } finally {
            evaluating.remove(field);
        }
    }

    private Object dslCall(TreePath path, MethodInvocationTree call) throws UnreadableValue {
        Element element = trees.getElement(path);
        if (!(element instanceof ExecutableElement method)
                || !ReflectiveTypes.isDslClass((TypeElement) method.getEnclosingElement())) {
            throw unreadable(path);
        }
        Object receiver = null;
        if (!method.getModifiers().contains(Modifier.STATIC)) {
            if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
                throw unreadable(path);
            }
            receiver = evaluate(child(path, select.getExpression()));
        }
        Object[] arguments = arguments(path, method, call.getArguments());
        return invoke(path, method, receiver, arguments);
    }

    /** The values of a call's arguments, packed as the method's parameters take them. */
    Object[] arguments(TreePath call, ExecutableElement method, List<? extends ExpressionTree> trees)
            throws UnreadableValue {
        int parameters = method.getParameters().size();
        Object[] values = new Object[trees.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluate(child(call, trees.get(i)));
        }
        if (!method.isVarArgs() || (values.length == parameters && lastIsArray(call, trees))) {
            return values;
        }
        TypeMirror varargsType = method.getParameters().get(parameters - 1).asType();
        Object packed;
        try {
            Class<?> arrayType = reflectiveTypes.classOf(varargsType);
            packed = Array.newInstance(arrayType.getComponentType(), values.length - parameters + 1);
            for (int i = parameters - 1; i < values.length; i++) {
                Array.set(packed, i - parameters + 1, values[i]);
            }
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            throw unreadable(call);
        }
        Object[] result = new Object[parameters];
        System.arraycopy(values, 0, result, 0, parameters - 1);
        result[parameters - 1] = packed;
        return result;
    }

    private boolean lastIsArray(TreePath call, List<? extends ExpressionTree> arguments) {
        TypeMirror type = trees.getTypeMirror(child(call, arguments.get(arguments.size() - 1)));
        return type != null && type.getKind() == TypeKind.ARRAY;
    }

    /** Calls a Retort method with values read at compile time; a value it refuses is reported as such. */
    Object invoke(TreePath path, ExecutableElement method, Object receiver, Object[] arguments)
            throws UnreadableValue {
        Method target = reflect(path, method);
        try {
            return target.invoke(receiver, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SchemaMisfitException misfit) {
                throw new UnreadableValue(path, Check.INVALID_OPERATION, ProcessorErrors.invalidValue(misfit));
            }
            if (e.getCause() instanceof NullPointerException) {
                throw new UnreadableValue(path, Check.INVALID_OPERATION, ProcessorErrors.nullArgument());
            }
            throw new IllegalStateException("Retort's " + method.getSimpleName() + " failed", e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw unreadable(path);
        }
    }

    private Method reflect(TreePath path, ExecutableElement method) throws UnreadableValue {
        try {
            Class<?> owner = reflectiveTypes.classOf(method.getEnclosingElement().asType());
            Class<?>[] parameterTypes = new Class<?>[method.getParameters().size()];
            for (int i = 0; i < parameterTypes.length; i++) {
                parameterTypes[i] = reflectiveTypes.classOf(method.getParameters().get(i).asType());
            }
            return owner.getMethod(method.getSimpleName().toString(), parameterTypes);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.unknownDslMethod(method));
        }
    }

    private Object array(TreePath path, NewArrayTree tree) throws UnreadableValue {
        if (tree.getInitializers() == null) {
            throw unreadable(path);
        }
        try {
            Class<?> arrayType = reflectiveTypes.classOf(trees.getTypeMirror(path));
            Object array = Array.newInstance(arrayType.getComponentType(), tree.getInitializers().size());
            for (int i = 0; i < tree.getInitializers().size(); i++) {
                Array.set(array, i, evaluate(child(path, tree.getInitializers().get(i))));
            }
            return array;
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            throw unreadable(path);
        }
    }

    private Object cast(TreePath path, TypeCastTree tree) throws UnreadableValue {
        Object value = evaluate(child(path, tree.getExpression()));
        TypeMirror target = trees.getTypeMirror(child(path, tree.getType()));
        if (!(value instanceof Number number) || target == null) {
            return value;
        }
        switch (target.getKind()) {
            case INT: return number.intValue();
            case LONG: return number.longValue();
            case SHORT: return number.shortValue();
            case BYTE: return number.byteValue();
            case DOUBLE: return number.doubleValue();
            case FLOAT: return number.floatValue();
            default: return value;
        }
    }

    private Object sign(TreePath path, UnaryTree tree) throws UnreadableValue {
        Object value = evaluate(child(path, tree.getExpression()));
        if (tree.getKind() == Tree.Kind.UNARY_PLUS) {
            return value;
        }
        if (value instanceof Integer i) {
            return -i;
        }
        if (value instanceof Long l) {
            return -l;
        }
        if (value instanceof Double d) {
            return -d;
        }
        if (value instanceof Float f) {
            return -f;
        }
        throw unreadable(path);
    }

    private Object arithmetic(TreePath path, BinaryTree tree) throws UnreadableValue {
        Object left = evaluate(child(path, tree.getLeftOperand()));
        Object right = evaluate(child(path, tree.getRightOperand()));
        if (tree.getKind() == Tree.Kind.PLUS && (left instanceof String || right instanceof String)) {
            return String.valueOf(left) + right;
        }
        if (left instanceof Integer a && right instanceof Integer b) {
            return switchInt(tree.getKind(), a, b);
        }
        if ((left instanceof Integer || left instanceof Long) && (right instanceof Integer || right instanceof Long)) {
            long a = ((Number) left).longValue();
            long b = ((Number) right).longValue();
            return tree.getKind() == Tree.Kind.PLUS ? a + b : tree.getKind() == Tree.Kind.MINUS ? a - b : a * b;
        }
        throw unreadable(path);
    }

    private static int switchInt(Tree.Kind kind, int a, int b) {
        return kind == Tree.Kind.PLUS ? a + b : kind == Tree.Kind.MINUS ? a - b : a * b;
    }

    static TreePath child(TreePath parent, Tree leaf) {
        return new TreePath(parent, leaf);
    }

    private static UnreadableValue unreadable(TreePath path) {
        return new UnreadableValue(path, Check.UNREADABLE, ProcessorErrors.unreadableValue());
    }
}
