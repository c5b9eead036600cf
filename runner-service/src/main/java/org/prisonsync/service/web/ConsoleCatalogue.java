package org.prisonsync.service.web;

import java.util.List;
import java.util.Map;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.reconciliation.Reconciliation;

/**
 * What the console page draws itself from: the domain kit's registries as the running core holds them (queues,
 * migration types with their filters, reconciliations, every operation with its typed parameters), the version and
 * the feature switches. The page has no domain knowledge of its own, so a domain added to the kit appears on it with
 * no page code. It holds no data about prisoners, only what {@code /openapi.yaml} and {@code /info} already show.
 *
 * @param tokenUrl where a client-credentials token for this service's roles is fetched, when auth is on (the
 *        embedded simulator's in the embedded default); null when auth is off
 */
public record ConsoleCatalogue(String version, boolean authEnabled, String tokenUrl, List<QueueView> queues,
                               List<MigrationView> migrations, List<ReconciliationView> reconciliations,
                               List<OperationView> operations, Map<String, Boolean> featureSwitches) {

    public record QueueView(String id, String queueName, String dlqName, int maxReceiveCount) {
    }

    public record MigrationView(String name, String word, String entity, String entities, String summary,
                                String description, List<ParamView> filter) {
    }

    public record ReconciliationView(String name, boolean dated, String schedule, boolean itemsArePrisoners) {
    }

    /** @param group the first word of its CLI command ({@code visits}, {@code reconciliation}…), as the CLI groups */
    public record OperationView(String name, String kind, String group, String role, String method, String path,
                                String summary, String description, List<ParamView> params) {
    }

    public record ParamView(String name, String type, String location, boolean required, String defaultValue,
                            String description, Long min, Long max, int maxLength) {
        static ParamView of(Param p) {
            return new ParamView(p.name(), p.type().name(), p.location().name(), p.required(), p.defaultValue(),
                    p.description(), p.min(), p.max(), p.maxLength());
        }
    }

    public static ConsoleCatalogue of(PrisonSyncCore core, List<Operation> operations, String version,
                                      boolean authEnabled, String jwksUrl) {
        return new ConsoleCatalogue(version, authEnabled, authEnabled ? tokenUrl(jwksUrl) : null,
                core.queues().all().stream().map(ConsoleCatalogue::queue).toList(),
                core.migrations().types().all().stream().map(t -> migration(t.descriptor())).toList(),
                core.reconciliations().reconciliations().stream().map(ConsoleCatalogue::reconciliation).toList(),
                operations.stream().map(ConsoleCatalogue::operation).toList(),
                core.featureSwitches().configured());
    }

    /**
     * HMPPS auth serves its token endpoint beside its keys ({@code …/auth/.well-known/jwks.json} and
     * {@code …/auth/oauth/token}), as the simulator does; another layout gives no hint rather than a wrong one.
     */
    static String tokenUrl(String jwksUrl) {
        String keys = "/.well-known/jwks.json";
        return jwksUrl != null && jwksUrl.endsWith(keys)
                ? jwksUrl.substring(0, jwksUrl.length() - keys.length()) + "/oauth/token" : null;
    }

    private static QueueView queue(QueueDefinition q) {
        return new QueueView(q.id(), q.queueName(), q.dlqName(), q.maxReceiveCount());
    }

    private static MigrationView migration(MigrationDescriptor d) {
        return new MigrationView(d.name(), d.word(), d.entity(), d.entities(), d.summary(), d.description(),
                d.filter().stream().map(ParamView::of).toList());
    }

    private static ReconciliationView reconciliation(Reconciliation<?> r) {
        return new ReconciliationView(r.name(), r.dated(), r.defaultSchedule().orElse(null), r.itemsArePrisoners());
    }

    private static OperationView operation(Operation op) {
        return new OperationView(op.name(), op.kind().name(), op.cliPath().get(0), op.role(), op.method(), op.path(),
                op.summary(), op.description(), op.params().stream().map(ParamView::of).toList());
    }
}
