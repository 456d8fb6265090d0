package dev.retort.processor.classfile;

/** A class file, or an instruction in it, that Retort cannot read. */
public final class ClassFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClassFileException(String message) {
        super(message, null, false, false);
    }
}
