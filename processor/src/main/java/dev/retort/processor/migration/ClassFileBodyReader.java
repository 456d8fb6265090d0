package dev.retort.processor.migration;

import dev.retort.migration.Ops;
import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.processor.classfile.BodyInterpreter;
import dev.retort.processor.classfile.ClassFile;
import dev.retort.processor.classfile.ClassFileException;
import dev.retort.processor.classfile.ClassFiles;
import dev.retort.processor.classfile.Descriptor;
import dev.retort.processor.util.SourcePaths;
import dev.retort.schema.SchemaMisfitException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code upgrade} or {@code downgrade} of a migration that is not among the sources being
 * compiled (an IDE or Maven compiling only the changed files, Gradle reprocessing from class files)
 * from its class file: the code javac compiled from a body that an earlier build read and checked.
 * Its operations are recorded on the runner's own {@link RecordingOps}, each with its source line.
 */
public final class ClassFileBodyReader {

    private static final Set<String> DSL = Set.of("dev/retort/migration/Dsl", "dev/retort/migration/ColumnSpec",
            "dev/retort/schema/SqlType");
    private static final Set<String> BOXES = Set.of("java/lang/Integer", "java/lang/Long", "java/lang/Short",
            "java/lang/Byte", "java/lang/Boolean", "java/lang/Character", "java/lang/Float", "java/lang/Double");
    private static final String OPS_DESCRIPTOR = "(Ldev/retort/migration/Ops;)V";

    private final ClassFiles classFiles;
    private final Elements elements;
    private final Map<String, Map<String, Object>> statics = new HashMap<>();

    public ClassFileBodyReader(ClassFiles classFiles, Elements elements) {
        this.classFiles = classFiles;
        this.elements = elements;
    }

    /** What went wrong reading a body from its class file, to say in a warning. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The body of {@code method}, declared by {@code method}'s class, as its class file has it. */
    public MethodBody read(ExecutableElement method) throws Unreadable {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        String binaryName = elements.getBinaryName(owner).toString();
        ClassFile file;
        try {
            file = classFiles.find(binaryName).orElseThrow(() -> new Unreadable("its class file is not in the class"
                    + " output or on the class path"));
        } catch (ClassFileException e) {
            throw new Unreadable("its class file cannot be read: " + e.getMessage());
        }
        ClassFile.Method code = file.method(method.getSimpleName().toString(), OPS_DESCRIPTOR)
                .orElseThrow(() -> new Unreadable("its class file has no " + method.getSimpleName() + "(Ops)"));
        String source = sourcePath(owner, file);
        List<BodyInterpreter.Event> events;
        try {
            events = new BodyInterpreter(file, new DslValues()).body(code);
        } catch (ClassFileException | ClassCastException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new Unreadable("its " + method.getSimpleName() + " is not a list of op calls Retort reads: "
                    + e.getMessage());
        }
        List<LocatedOperation> operations = new ArrayList<>();
        int throwsCount = 0;
        int statements = 0;
        for (BodyInterpreter.Event event : events) {
            statements++;
            if (event instanceof BodyInterpreter.Event.Throw) {
                throwsCount++;
            } else if (event instanceof BodyInterpreter.Event.OpsCall call) {
                SourceLine line = new SourceLine(source, call.line());
                for (Operation operation : record(call)) {
                    operations.add(LocatedOperation.inClassFile(operation, line));
                }
            }
        }
        MethodBody.Shape shape = statements == 0 ? MethodBody.Shape.EMPTY
                : throwsCount == statements ? MethodBody.Shape.ONLY_THROWS : MethodBody.Shape.OPERATIONS;
        return new MethodBody(method, shape, operations, true);
    }

    /** The source file relative to its root, as the class file names it: {@code app/migrations/AddPhone.java}. */
    private String sourcePath(TypeElement owner, ClassFile file) {
        return file.sourceFile().map(name -> SourcePaths.in(elements, owner, name))
                .orElseGet(() -> SourcePaths.conventional(elements, owner));
    }

    private static List<Operation> record(BodyInterpreter.Event.OpsCall call) throws Unreadable {
        if (call.name().equals("run")) {
            return List.of(new RunJava(null));
        }
        RecordingOps recorder = new RecordingOps();
        try {
            reflect(Ops.class, call.name(), call.descriptor()).invoke(recorder, call.arguments());
        } catch (InvocationTargetException e) {
            String why = e.getCause() instanceof SchemaMisfitException misfit ? misfit.getMessage() : String.valueOf(e.getCause());
            throw new Unreadable("op." + call.name() + " at line " + call.line() + " fails: " + why);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new Unreadable("op." + call.name() + " at line " + call.line() + " is not an operation this Retort"
                    + " knows: rebuild the migration");
        }
        return recorder.operations();
    }

    private static Method reflect(Class<?> owner, String name, String descriptor) throws ReflectiveOperationException {
        Method method = PUBLIC_METHODS.get(owner).get(name + descriptor);
        if (method == null) {
            throw new NoSuchMethodException(owner.getName() + "." + name + descriptor);
        }
        return method;
    }

    /** The public methods of the runner's classes by name and descriptor: looked up thousands of times a build. */
    private static final ClassValue<Map<String, Method>> PUBLIC_METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> methods = new HashMap<>();
            for (Method method : type.getMethods()) {
                methods.putIfAbsent(method.getName() + Descriptor.of(method), method);
            }
            return methods;
        }
    };

    /** Retort's DSL and constants by reflection, boxing, and the static fields of the module's classes. */
    private final class DslValues implements BodyInterpreter.Values {

        @Override
        public Optional<Object> invokeStatic(ClassFile.Member method, Object[] arguments) {
            if (!DSL.contains(method.owner()) && !(BOXES.contains(method.owner()) && method.name().equals("valueOf"))) {
                return Optional.empty();
            }
            return invoke(method, null, arguments);
        }

        @Override
        public Optional<Object> invokeVirtual(ClassFile.Member method, Object receiver, Object[] arguments) {
            return DSL.contains(method.owner()) && receiver != null ? invoke(method, receiver, arguments) : Optional.empty();
        }

        private Optional<Object> invoke(ClassFile.Member method, Object receiver, Object[] arguments) {
            try {
                Class<?> owner = Class.forName(method.owner().replace('/', '.'), false, Ops.class.getClassLoader());
                return Optional.ofNullable(reflect(owner, method.name(), method.descriptor()).invoke(receiver, arguments));
            } catch (InvocationTargetException e) {
                throw new ClassFileException(method.owner() + "." + method.name() + " fails: " + e.getCause());
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        public Optional<Object> staticField(ClassFile.Member field) {
            if (field.owner().startsWith("dev/retort/")) {
                try {
                    Class<?> owner = Class.forName(field.owner().replace('/', '.'), false, Ops.class.getClassLoader());
                    return Optional.ofNullable(owner.getField(field.name()).get(null));
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
            Map<String, Object> values = statics.get(field.owner());
            if (values == null) {
                values = staticsOf(field.owner());
                statics.put(field.owner(), values);
            }
            return Optional.ofNullable(values.get(field.name()));
        }

        /** The static fields a class's initializer sets, interpreted from its class file. */
        private Map<String, Object> staticsOf(String internalName) {
            ClassFile file = classFiles.find(internalName.replace('/', '.')).orElseThrow(
                    () -> new ClassFileException("no class file for " + internalName));
            return file.method("<clinit>", "()V").map(clinit -> new BodyInterpreter(file, this).staticInitializer(clinit))
                    .orElse(Map.of());
        }

        @Override
        public Optional<Class<?>> type(String internalName) {
            try {
                return Optional.of(Class.forName(internalName.replace('/', '.'), false, Ops.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        }
    }
}
