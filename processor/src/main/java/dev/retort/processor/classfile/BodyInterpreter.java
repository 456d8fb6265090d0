package dev.retort.processor.classfile;

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs, symbolically, the code javac compiled from a migration body: the straight list of
 * {@code op.} calls with constant arguments that Retort accepts in a source. Constants and DSL calls
 * are evaluated (through {@link Values}); each call on the {@code Ops} parameter becomes an
 * {@link Event.OpsCall} with its line. Anything else (a branch, a call Retort does not know) is a
 * {@link ClassFileException}: the body was not compiled from a source Retort would accept.
 */
public final class BodyInterpreter {

    /** What a body does, in order. */
    public sealed interface Event {
        /** A call of an {@code Ops} method ({@code name}, JVM {@code descriptor}) with its arguments. */
        record OpsCall(String name, String descriptor, Object[] arguments, int line) implements Event {}

        /** A {@code throw}. */
        record Throw(int line) implements Event {}

        /** A value kept in a local variable, as a statement {@code String table = "users";} does. */
        record Local(int line) implements Event {}
    }

    /** How the interpreter evaluates what is not an instruction of its own. */
    public interface Values {
        /** A static method of Retort's DSL, or a boxing {@code valueOf}; empty when it is neither. */
        Optional<Object> invokeStatic(ClassFile.Member method, Object[] arguments);

        /** An instance method of a DSL value, such as {@code ColumnSpec.notNull()}. */
        Optional<Object> invokeVirtual(ClassFile.Member method, Object receiver, Object[] arguments);

        /** The value of a static final field, of Retort's or of a class of the module. */
        Optional<Object> staticField(ClassFile.Member field);

        /** The class of an array's elements, e.g. {@code dev/retort/migration/ColumnSpec}. */
        Optional<Class<?>> type(String internalName);
    }

    /** A value the interpreter passes along but cannot look into: {@code this}, a lambda, a new exception. */
    public record Opaque(String what) {}

    /** The {@code Ops} parameter of {@code upgrade(Ops)} and {@code downgrade(Ops)}. */
    public static final Opaque OPS = new Opaque("the Ops parameter");

    private static final String OPS_TYPE = "dev/retort/migration/Ops";

    private final ClassFile file;
    private final Values values;

    public BodyInterpreter(ClassFile file, Values values) {
        this.file = file;
        this.values = values;
    }

    /** The events of {@code upgrade(Ops)} or {@code downgrade(Ops)}: local 0 is {@code this}, 1 the {@code Ops}. */
    public List<Event> body(ClassFile.Method method) {
        List<Event> events = new ArrayList<>();
        run(method, new Object[] {new Opaque("this"), OPS}, events, new HashMap<>());
        return events;
    }

    /** The values a static initializer gives the class's static fields, by name. */
    public Map<String, Object> staticInitializer(ClassFile.Method clinit) {
        Map<String, Object> statics = new HashMap<>();
        List<Event> events = new ArrayList<>();
        run(clinit, new Object[0], events, statics);
        if (events.stream().anyMatch(e -> !(e instanceof Event.Local))) {
            throw new ClassFileException("the static initializer of " + file.name() + " does more than assign values");
        }
        return statics;
    }

    private void run(ClassFile.Method method, Object[] arguments, List<Event> events, Map<String, Object> statics) {
        byte[] code = method.code();
        Object[] locals = new Object[Math.max(256, arguments.length)];
        System.arraycopy(arguments, 0, locals, 0, arguments.length);
        Deque<Object> stack = new ArrayDeque<>();
        int pc = 0;
        while (pc < code.length) {
            int at = pc;
            int opcode = code[pc++] & 0xff;
            boolean wide = false;
            if (opcode == 0xc4) {
                wide = true;
                opcode = code[pc++] & 0xff;
            }
            switch (opcode) {
                case 0x00: break;
                case 0x01: push(stack, null); break;
                case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07: case 0x08:
                    push(stack, opcode - 0x03);
                    break;
                case 0x09: case 0x0a: push(stack, (long) (opcode - 0x09)); break;
                case 0x0b: case 0x0c: case 0x0d: push(stack, (float) (opcode - 0x0b)); break;
                case 0x0e: case 0x0f: push(stack, (double) (opcode - 0x0e)); break;
                case 0x10: push(stack, (int) code[pc++]); break;
                case 0x11: push(stack, (int) (short) u2(code, pc)); pc += 2; break;
                case 0x12: push(stack, file.loadable(code[pc++] & 0xff)); break;
                case 0x13: case 0x14: push(stack, file.loadable(u2(code, pc))); pc += 2; break;
                case 0x15: case 0x16: case 0x17: case 0x18: case 0x19: {
                    int index = wide ? u2(code, pc) : code[pc] & 0xff;
                    pc += wide ? 2 : 1;
                    push(stack, locals[index]);
                    break;
                }
                case 0x1a: case 0x1b: case 0x1c: case 0x1d: push(stack, locals[opcode - 0x1a]); break;
                case 0x1e: case 0x1f: case 0x20: case 0x21: push(stack, locals[opcode - 0x1e]); break;
                case 0x22: case 0x23: case 0x24: case 0x25: push(stack, locals[opcode - 0x22]); break;
                case 0x26: case 0x27: case 0x28: case 0x29: push(stack, locals[opcode - 0x26]); break;
                case 0x2a: case 0x2b: case 0x2c: case 0x2d: push(stack, locals[opcode - 0x2a]); break;
                case 0x36: case 0x37: case 0x38: case 0x39: case 0x3a: {
                    int index = wide ? u2(code, pc) : code[pc] & 0xff;
                    pc += wide ? 2 : 1;
                    locals[index] = pop(stack);
                    events.add(new Event.Local(method.lineAt(at)));
                    break;
                }
                case 0x3b: case 0x3c: case 0x3d: case 0x3e: store(locals, opcode - 0x3b, stack, events, method.lineAt(at)); break;
                case 0x3f: case 0x40: case 0x41: case 0x42: store(locals, opcode - 0x3f, stack, events, method.lineAt(at)); break;
                case 0x43: case 0x44: case 0x45: case 0x46: store(locals, opcode - 0x43, stack, events, method.lineAt(at)); break;
                case 0x47: case 0x48: case 0x49: case 0x4a: store(locals, opcode - 0x47, stack, events, method.lineAt(at)); break;
                case 0x4b: case 0x4c: case 0x4d: case 0x4e: store(locals, opcode - 0x4b, stack, events, method.lineAt(at)); break;
                case 0x4f: case 0x50: case 0x51: case 0x52: case 0x53: case 0x54: case 0x55: case 0x56: {
                    Object value = pop(stack);
                    int index = (Integer) pop(stack);
                    store(pop(stack), index, value);
                    break;
                }
                case 0x57: pop(stack); break;
                case 0x59: push(stack, peek(stack)); break;
                case 0x85: push(stack, (long) (Integer) pop(stack)); break;
                case 0x86: push(stack, (float) (Integer) pop(stack)); break;
                case 0x87: push(stack, (double) (Integer) pop(stack)); break;
                case 0xb1: return;
                case 0xb2: {
                    ClassFile.Member field = file.member(u2(code, pc));
                    pc += 2;
                    Object value = field.owner().equals(file.name()) && statics.containsKey(field.name())
                            ? statics.get(field.name()) : values.staticField(field).orElseThrow(
                                    () -> unreadable(at, "the field " + field.owner() + "." + field.name()));
                    push(stack, value);
                    break;
                }
                case 0xb3: {
                    ClassFile.Member field = file.member(u2(code, pc));
                    pc += 2;
                    if (!field.owner().equals(file.name())) {
                        throw unreadable(at, "an assignment to " + field.owner() + "." + field.name());
                    }
                    statics.put(field.name(), pop(stack));
                    break;
                }
                case 0xb6: case 0xb7: case 0xb8: case 0xb9: {
                    ClassFile.Member called = file.member(u2(code, pc));
                    pc += opcode == 0xb9 ? 4 : 2;
                    invoke(opcode, called, stack, events, method.lineAt(at), at);
                    break;
                }
                case 0xba: {
                    String descriptor = file.dynamicDescriptor(u2(code, pc));
                    pc += 4;
                    Descriptor.parameters(descriptor).forEach(p -> pop(stack));
                    push(stack, new Opaque("a lambda or method reference"));
                    break;
                }
                case 0xbb: push(stack, new Opaque("a new " + file.className(u2(code, pc)))); pc += 2; break;
                case 0xbc: {
                    int size = (Integer) pop(stack);
                    push(stack, Array.newInstance(primitive(code[pc++]), size));
                    break;
                }
                case 0xbd: {
                    String component = file.className(u2(code, pc));
                    pc += 2;
                    int size = (Integer) pop(stack);
                    Class<?> type = values.type(component).orElseThrow(() -> unreadable(at, "an array of " + component));
                    push(stack, Array.newInstance(type, size));
                    break;
                }
                case 0xbf:
                    pop(stack);
                    events.add(new Event.Throw(method.lineAt(at)));
                    return;
                case 0xc0: pc += 2; break;
                default:
                    throw unreadable(at, "the instruction 0x" + Integer.toHexString(opcode));
            }
        }
    }

    private void invoke(int opcode, ClassFile.Member called, Deque<Object> stack, List<Event> events, int line, int at) {
        List<String> parameters = Descriptor.parameters(called.descriptor());
        Object[] arguments = new Object[parameters.size()];
        for (int i = arguments.length - 1; i >= 0; i--) {
            arguments[i] = Descriptor.coerce(parameters.get(i), pop(stack));
        }
        boolean returnsValue = !called.descriptor().endsWith(")V");
        switch (opcode) {
            case 0xb9: {
                Object receiver = pop(stack);
                if (receiver != OPS || !called.owner().equals(OPS_TYPE) || returnsValue) {
                    throw unreadable(at, "a call of " + called.owner() + "." + called.name());
                }
                events.add(new Event.OpsCall(called.name(), called.descriptor(), arguments, line));
                return;
            }
            case 0xb7: {
                Object receiver = pop(stack);
                if (!called.name().equals("<init>") || !(receiver instanceof Opaque)) {
                    throw unreadable(at, "a call of " + called.owner() + "." + called.name());
                }
                return;
            }
            case 0xb8: {
                Object result = values.invokeStatic(called, arguments)
                        .orElseThrow(() -> unreadable(at, "a call of " + called.owner() + "." + called.name()));
                if (returnsValue) {
                    push(stack, result);
                }
                return;
            }
            default: {
                Object receiver = pop(stack);
                Object result = values.invokeVirtual(called, receiver, arguments)
                        .orElseThrow(() -> unreadable(at, "a call of " + called.owner() + "." + called.name()));
                if (returnsValue) {
                    push(stack, result);
                }
            }
        }
    }

    private static void store(Object[] locals, int index, Deque<Object> stack, List<Event> events, int line) {
        locals[index] = pop(stack);
        events.add(new Event.Local(line));
    }

    private static Class<?> primitive(int type) {
        switch (type) {
            case 4: return boolean.class;
            case 5: return char.class;
            case 6: return float.class;
            case 7: return double.class;
            case 8: return byte.class;
            case 9: return short.class;
            case 10: return int.class;
            case 11: return long.class;
            default: throw new ClassFileException("an array of type " + type);
        }
    }

    private static void store(Object array, int index, Object value) {
        if (array == null || !array.getClass().isArray()) {
            throw new ClassFileException("a store into something that is not an array");
        }
        Class<?> component = array.getClass().getComponentType();
        Array.set(array, index, component.isPrimitive() ? Descriptor.coerce(Descriptor.of(component), value) : value);
    }

    private ClassFileException unreadable(int pc, String what) {
        return new ClassFileException(what + " (at byte " + pc + " of the code)");
    }

    /** A stack that holds nulls: an {@link ArrayDeque} does not, so null is kept as a marker. */
    private static final Object NULL = new Object();

    private static void push(Deque<Object> stack, Object value) {
        stack.push(value == null ? NULL : value);
    }

    private static Object pop(Deque<Object> stack) {
        if (stack.isEmpty()) {
            throw new ClassFileException("the operand stack is empty");
        }
        Object value = stack.pop();
        return value == NULL ? null : value;
    }

    private static Object peek(Deque<Object> stack) {
        Object value = stack.peek();
        return value == NULL ? null : value;
    }

    private static int u2(byte[] code, int at) {
        return ((code[at] & 0xff) << 8) | (code[at + 1] & 0xff);
    }
}
