package org.prisonsync.service;

/**
 * Starts the service from the environment and stops it cleanly on SIGTERM / Ctrl-C. A thread dying of a
 * {@link VirtualMachineError} (out of memory) halts the process, as {@code -XX:+ExitOnOutOfMemoryError} (set by
 * {@code bin/prison-sync-service}) does for every such error: a service half alive after one is worse than a restart.
 */
public final class ServiceMain {
    /** The exit code {@code -XX:+ExitOnOutOfMemoryError} uses, so both ways of dying look alike to an orchestrator. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    /** A start that failed (a port in use, a database refused): the reason is printed to stderr. */
    static final int START_FAILED_EXIT = 1;

    private ServiceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof VirtualMachineError) {
                System.err.println("fatal: " + error + " in thread " + thread.getName() + "; halting");
                Runtime.getRuntime().halt(OUT_OF_MEMORY_EXIT);
            }
            System.err.println("uncaught " + error + " in thread " + thread.getName());
            error.printStackTrace();
        });
        PrisonSyncService service;
        try {
            service = PrisonSyncService.start(ServiceConfig.fromEnvironment());
        } catch (RuntimeException e) {
            // the start has released what it started, but a library thread left behind must not keep a process
            // that will never serve alive: exit, non-zero, with the reason first
            System.err.println("prison-sync-service: cannot start: " + e.getMessage());
            e.printStackTrace();
            System.exit(START_FAILED_EXIT);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "prison-sync-shutdown"));
        Thread.currentThread().join();
    }
}
