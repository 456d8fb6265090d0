package dev.retort.processor.replay;

import dev.retort.processor.migration.LocatedOperation;
import dev.retort.schema.Schema;

/** One operation of an upgrade that fit, with the schema just before and just after it. */
public record Step(LocatedOperation located, Schema before, Schema after) {}
