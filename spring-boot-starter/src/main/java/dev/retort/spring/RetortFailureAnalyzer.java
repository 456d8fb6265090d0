package dev.retort.spring;

import dev.retort.runner.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start-up that Retort stopped is reported with Retort's message, not a stack trace. */
public class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
        return new FailureAnalysis("Retort could not migrate the database: " + cause.getMessage(),
                "Do what the message says, then start again; the migrations that ran before it are recorded"
                        + " in retort_history. spring.retort.enabled=false starts without migrating.", cause);
    }
}
