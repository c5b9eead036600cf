package org.prisonsync.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.prisonsync.core.queue.DlqMessage;
import org.prisonsync.core.queue.DlqMessages;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.QueueStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dlq list|retry|purge}: the queue-admin endpoints as commands. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Dead-letter queues: see what failed and why, put it back on its queue, or purge it.",
        subcommands = {DlqCommand.ListDlq.class, DlqCommand.Retry.class, DlqCommand.Purge.class})
public final class DlqCommand {
    @ParentCommand
    PrisonSyncCommand root;

    QueueAdmin admin() {
        return root.access.core().queueAdmin();
    }

    /** Lists queue depths, or the messages on one DLQ with their failure reasons. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List every queue's depths, or the messages on one DLQ and why each failed.",
                "Without a name: every queue with its depth, in-flight count and DLQ depth.",
                "With a DLQ name: the messages on it (left in place) with the reason each was dead-lettered."})
    static final class ListDlq implements Callable<Integer> {
        @ParentCommand
        DlqCommand dlq;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "DLQ_NAME", description = "a DLQ name, as 'dlq list' shows them")
        String dlqName;
        @Option(names = "--max", defaultValue = "100", description = "most messages to show (default ${DEFAULT-VALUE})")
        int max;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (dlqName == null) {
                out.printf("%-40s %8s %9s  %-44s %6s%n", "QUEUE", "WAITING", "IN-FLIGHT", "DLQ", "ON-DLQ");
                for (QueueStatus q : dlq.admin().status()) {
                    out.printf("%-40s %8d %9d  %-44s %6d%n", q.queueName(), q.messagesOnQueue(),
                            q.messagesInFlight(), q.dlqName() + " (" + q.dlqStatus() + ")", q.messagesOnDlq());
                }
                return ExitCodes.OK;
            }
            DlqMessages found = dlq.admin().readDlq(dlqName, max);
            out.printf("%s: %d message(s), showing %d%n", dlqName, found.messagesFoundCount(),
                    found.messagesReturnedCount());
            for (DlqMessage m : found.messages()) {
                out.printf("%n- messageId: %s%n  reason:    %s%n  body:      %s%n", m.messageId(),
                        m.failureReason().isEmpty() ? "(none recorded: redriven by SQS after maxReceiveCount)"
                                : m.failureReason(), m.body());
            }
            return ExitCodes.OK;
        }
    }

    /** Moves DLQ messages back onto their queue. */
    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Move every message on a DLQ (or on all DLQs) back to its queue to be handled again.")
    static final class Retry implements Callable<Integer> {
        @ParentCommand
        DlqCommand dlq;
        @Spec
        CommandSpec spec;
        @ArgGroup(multiplicity = "1")
        Target target;
        @Option(names = "--dry-run", description = "say how many would move, move nothing")
        boolean dryRun;

        /** One DLQ or all of them. */
        static final class Target {
            @Parameters(paramLabel = "DLQ_NAME", description = "the DLQ to retry")
            String dlqName;
            @Option(names = "--all", description = "retry every DLQ")
            boolean all;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            QueueAdmin admin = dlq.admin();
            List<String> names = target.all ? admin.queues().stream().map(QueueDefinition::dlqName).toList()
                    : List.of(target.dlqName);
            for (String name : names) {
                if (dryRun) {
                    out.printf("%s: would move %d message(s) back (dry run)%n", name,
                            admin.readDlq(name, 0).messagesFoundCount());
                } else {
                    out.printf("%s: moved %d message(s) back to its queue%n", name, admin.retryDlq(name));
                }
            }
            return ExitCodes.OK;
        }
    }

    /** Empties a queue or DLQ. */
    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Delete every message on a queue or DLQ. Read them first with 'dlq list NAME'.")
    static final class Purge implements Callable<Integer> {
        @ParentCommand
        DlqCommand dlq;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "QUEUE_NAME", description = "a queue or DLQ name")
        String queueName;
        @Option(names = "--dry-run", description = "say how many would be deleted, delete nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            QueueAdmin admin = dlq.admin();
            if (dryRun) {
                long count = admin.status().stream()
                        .filter(q -> q.queueName().equals(queueName) || q.dlqName().equals(queueName))
                        .mapToLong(q -> q.queueName().equals(queueName) ? q.messagesOnQueue() : q.messagesOnDlq())
                        .findFirst().orElseThrow(() -> new org.prisonsync.core.queue.UnknownQueueException(queueName));
                out.printf("%s: would delete %d message(s) (dry run)%n", queueName, count);
            } else {
                out.printf("%s: deleted %d message(s)%n", queueName, admin.purge(queueName));
            }
            return ExitCodes.OK;
        }
    }
}
