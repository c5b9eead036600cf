package org.prisonsync.service;

/** Starts the service from the environment and stops it cleanly on SIGTERM / Ctrl-C. */
public final class ServiceMain {
    private ServiceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LogFormat.apply(System.getenv("LOG_FORMAT"));
        PrisonSyncService service = PrisonSyncService.start(ServiceConfig.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "prison-sync-shutdown"));
        Thread.currentThread().join();
    }
}
