package org.prisonsync.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.prisonsync.core.operation.Location;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.OperationKind;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;

/**
 * The served OpenAPI document: the static one (openapi-specs) with an entry generated for every operation descriptor
 * (its path, method, summary, description, parameters with their types and bounds, body, answers, the bearer token
 * and the role it needs), so a route generated from a descriptor is documented without anyone writing YAML. OpenAPI
 * 3.0 gives a bearer scheme no scopes, so the role is stated in the description and in {@code x-required-role}.
 */
final class OperationDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PROBLEM = "#/components/schemas/ErrorResponse";

    private OperationDocument() {
    }

    /** {@code staticYaml} with every operation merged in; the text itself when there are none. */
    static String merge(String staticYaml, List<Operation> operations) {
        if (operations.isEmpty()) {
            return staticYaml;
        }
        YAMLMapper yaml = new YAMLMapper();
        try {
            ObjectNode document = (ObjectNode) yaml.readTree(staticYaml);
            ObjectNode paths = document.withObjectProperty("paths");
            for (Operation op : operations) {
                ObjectNode item = paths.withObjectProperty(op.path());
                String method = op.method().toLowerCase(Locale.ROOT);
                if (item.has(method)) {
                    // The hand-written entry describes the answer's shape, which a descriptor cannot: it stays,
                    // stamped with the role the operation declares.
                    ((ObjectNode) item.get(method)).put("x-required-role", op.role());
                } else {
                    item.set(method, operation(op));
                }
            }
            return yaml.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the static OpenAPI document is not valid YAML", e);
        }
    }

    private static ObjectNode operation(Operation op) {
        ObjectNode node = NODES.objectNode();
        node.put("operationId", op.name());
        node.put("summary", op.summary());
        node.put("description", (op.description().isEmpty() ? "" : op.description() + "\n\n") + "Needs "
                + op.role() + ". CLI: prison-sync " + String.join(" ", op.cliPath()) + ".");
        node.put("x-required-role", op.role());
        node.putArray("security").addObject().putArray("bearer-jwt");
        ArrayNode parameters = node.putArray("parameters");
        for (Param p : op.params()) {
            if (p.location() != Location.BODY) {
                ObjectNode parameter = parameters.addObject();
                parameter.put("name", p.name());
                parameter.put("in", p.location() == Location.PATH ? "path" : "query");
                parameter.put("required", p.required());
                parameter.put("description", p.description());
                parameter.set("schema", schema(p));
            }
        }
        List<Param> fields = op.paramsAt(Location.BODY);
        if (!fields.isEmpty()) {
            ObjectNode body = node.putObject("requestBody");
            body.put("required", fields.stream().anyMatch(Param::required));
            ObjectNode schema = body.putObject("content").putObject("application/json").putObject("schema");
            schema.put("type", "object");
            schema.put("additionalProperties", false);
            ArrayNode required = NODES.arrayNode();
            ObjectNode properties = schema.putObject("properties");
            for (Param p : fields) {
                properties.set(p.name(), schema(p).put("description", p.description()));
                if (p.required()) {
                    required.add(p.name());
                }
            }
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
        }
        ObjectNode responses = node.putObject("responses");
        String success = switch (op.kind()) {
            case QUERY -> "the answer";
            case REPAIR -> "done, planned (dryRun=true) or nothing to do";
            case COMMAND -> "done";
        };
        responses.set("200", answer(success, false));
        responses.set("201", answer("created", false));
        responses.set("202", answer("accepted: the work carries on after the answer", false));
        responses.set("204", NODES.objectNode().put("description", "done, with nothing to answer"));
        responses.set("400", answer("a parameter is missing, unknown or not of its type", true));
        responses.set("401", answer("no valid bearer token", true));
        responses.set("403", answer("the token lacks " + op.role(), true));
        responses.set("404", answer("not found", false));
        if (op.kind() != OperationKind.QUERY) {
            responses.set("409", answer("refused in the current state", false));
        }
        return node;
    }

    /**
     * A response with a JSON body: the problem body, or any JSON, since the descriptor does not describe its body's
     * shape (its own answer, a repair's report on 404 and 409, or the problem body there when it has none).
     */
    private static ObjectNode answer(String description, boolean problem) {
        ObjectNode response = NODES.objectNode().put("description", description);
        ObjectNode schema = response.putObject("content").putObject("application/json").putObject("schema");
        if (problem) {
            schema.put("$ref", PROBLEM);
        }
        return response;
    }

    private static ObjectNode schema(Param p) {
        ObjectNode schema = NODES.objectNode();
        ParamType type = p.type();
        switch (type) {
            case LONG, INTEGER -> {
                schema.put("type", "integer").put("format", type == ParamType.LONG ? "int64" : "int32");
                if (p.min() != null) {
                    schema.put("minimum", p.min());
                }
                if (p.max() != null) {
                    schema.put("maximum", p.max());
                }
            }
            case BOOLEAN -> schema.put("type", "boolean");
            case DATE -> schema.put("type", "string").put("format", "date");
            case DATE_TIME -> schema.put("type", "string").put("pattern",
                    "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
            case PRISONER_NUMBER -> schema.put("type", "string").put("pattern", "^[A-Z][0-9]{4}[A-Z]{2}$");
            case STRING, LIST -> schema.put("type", "string").put("maxLength", p.maxLength());
            case INSTANT -> schema.put("type", "string").put("description", ParamType.INSTANT.expected());
            case DURATION -> schema.put("type", "string").put("pattern", "^[0-9]{1,6}[smhd]$")
                    .put("description", ParamType.DURATION.expected());
        }
        if (p.defaultValue() != null) {
            switch (type) {
                case LONG, INTEGER -> schema.put("default", Long.parseLong(p.defaultValue()));
                case BOOLEAN -> schema.put("default", Boolean.parseBoolean(p.defaultValue()));
                default -> schema.put("default", p.defaultValue());
            }
        }
        return schema;
    }
}
