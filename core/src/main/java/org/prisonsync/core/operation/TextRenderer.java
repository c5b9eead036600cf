package org.prisonsync.core.operation;

import java.util.function.BiFunction;
import org.prisonsync.core.repair.RepairReport;

/** Turns an answer's body into the lines the CLI prints (its {@code --json} prints the body as JSON instead). */
@FunctionalInterface
public interface TextRenderer {
    /** Prints the body with {@link String#valueOf}, for operations whose body is already a sentence. */
    TextRenderer PLAIN = String::valueOf;

    /** A repair's report: its operation and outcome, then each action done (or that would be, for a dry run). */
    TextRenderer REPAIR = body -> {
        RepairReport report = (RepairReport) body;
        StringBuilder text = new StringBuilder(report.operation() + ": " + report.status()
                + (report.message().isEmpty() ? "" : " - " + report.message()));
        for (String action : report.actions()) {
            text.append(System.lineSeparator()).append("  ").append(report.dryRun() ? "would" : "did:").append(' ')
                    .append(action);
        }
        return text.toString();
    };

    String render(Object body);

    /** Renders with the parameters the command was given too, for text that names them (the prisoner asked about). */
    default String render(Object body, Params params) {
        return render(body);
    }

    /** A renderer that reads the parameters as well as the body. */
    static TextRenderer withParams(BiFunction<Object, Params, String> render) {
        return new TextRenderer() {
            @Override
            public String render(Object body) {
                throw new IllegalStateException("this renderer needs the command's parameters");
            }

            @Override
            public String render(Object body, Params params) {
                return render.apply(body, params);
            }
        };
    }
}
