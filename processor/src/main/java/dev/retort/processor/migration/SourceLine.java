package dev.retort.processor.migration;

/** A line of a source file that is not being compiled, as its class file records it: {@code app/Foo.java}, 12. */
public record SourceLine(String file, int line) {}
