package org.prisonsync.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Typed parameters on the command line, for every command built from a declaration (an operation, a migration
 * type's filter): an option or positional per parameter, each value taken as text so that the same strict
 * {@link org.prisonsync.core.operation.Params} as the service's reads it, and messages in the command line's words.
 */
final class ParamOptions {
    private ParamOptions() {
    }

    /** Adds an option or positional to {@code spec} for each of {@code params}. */
    static void declare(CommandSpec spec, List<Param> params) {
        int position = 0;
        for (Param p : params) {
            String text = p.description() + (p.defaultValue() == null ? "" : " (default " + p.defaultValue() + ")");
            if (p.cliNegation() != null) {
                spec.addOption(OptionSpec.builder(p.cliNegation()).type(boolean.class).arity("0")
                        .description("gives " + p.name() + " false; without it, true (" + p.description() + ")")
                        .build());
            } else if (p.positional()) {
                spec.addPositional(PositionalParamSpec.builder().index(String.valueOf(position++))
                        .paramLabel(p.cliName()).type(String.class).arity(required(p) ? "1" : "0..1")
                        .required(required(p)).description(text).build());
            } else {
                boolean flag = p.type() == ParamType.BOOLEAN;
                OptionSpec.Builder option = OptionSpec.builder(p.cliName()).type(String.class)
                        .paramLabel(label(p)).required(required(p)).description(text);
                // A flag alone means true; --flag=false is accepted too, and anything else is refused by Params.
                if (p.type() == ParamType.LIST) {
                    // A list is given by repeating the option, as well as comma-separated.
                    option.type(List.class).auxiliaryTypes(String.class).arity("1");
                }
                spec.addOption(flag ? option.arity("0..1").fallbackValue("true").build() : option.arity("1").build());
            }
        }
    }

    /** The values given on the command line, as text by parameter name (a repeated option comma-joined). */
    static Map<String, String> given(CommandSpec spec, List<Param> params) {
        Map<String, String> given = new HashMap<>();
        for (Param p : params) {
            if (p.cliNegation() != null) {
                boolean negated = Boolean.TRUE.equals(spec.findOption(p.cliNegation()).getValue());
                given.put(p.name(), negated ? "false" : "true");
                continue;
            }
            ArgSpec arg = p.positional() ? positional(spec, p) : spec.findOption(p.cliName());
            Object value = arg.getValue();
            if (value instanceof List<?> values) {
                if (!values.isEmpty()) {
                    given.put(p.name(), values.stream().map(String::valueOf).collect(Collectors.joining(",")));
                }
            } else if (value != null) {
                given.put(p.name(), (String) value);
            }
        }
        return given;
    }

    /** The message as the command line names things: {@code --offender-no}, not the API's {@code offenderNo}. */
    static String cliWords(List<Param> params, String message) {
        String result = message;
        for (Param p : params) {
            result = result.replaceAll("\\b" + p.name() + "\\b", Matcher.quoteReplacement(p.cliName()));
        }
        return result;
    }

    private static PositionalParamSpec positional(CommandSpec spec, Param p) {
        return spec.positionalParameters().stream().filter(a -> a.paramLabel().equals(p.cliName())).findFirst()
                .orElseThrow();
    }

    private static boolean required(Param p) {
        return p.required() && !p.optionalOnCli();
    }

    private static String label(Param p) {
        return switch (p.type()) {
            case BOOLEAN -> "true|false";
            case INSTANT -> "WHEN";
            case DURATION -> "AGE";
            default -> p.type().name();
        };
    }
}
