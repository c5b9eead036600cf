package org.prisonsync.service;

/**
 * Starts the service from the environment and stops it cleanly on SIGTERM / Ctrl-C. A thread dying of a
 * {@link VirtualMachineError} (out of memory) halts the process, as {@code -XX:+ExitOnOutOfMemoryError} (set by
 * {@code bin/prison-sync-service}) does for every such error: a service half alive after one is worse than a restart.
 */
public final class ServiceMain {
    /** The exit code {@code -XX:+ExitOnOutOfMemoryError} uses, so both ways of dying look alike to an orchestrator. */
    static final int OUT_OF_MEMORY_EXIT = 3;

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
        PrisonSyncService service = PrisonSyncService.start(ServiceConfig.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "prison-sync-shutdown"));
        Thread.currentThread().join();
    }
}
