package dev.retort.runner;

/** The pause between two tries for a lock. */
final class Sleep {

    private Sleep() {}

    static void briefly() {
        try {
            Thread.sleep(20 + (long) (Math.random() * 30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for the migration lock", e);
        }
    }
}
