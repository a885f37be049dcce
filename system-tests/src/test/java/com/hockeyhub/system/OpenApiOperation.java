package com.hockeyhub.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

/** One operation of a running service's OpenAPI document, with the document's schemas to build its bodies from. */
record OpenApiOperation(String service, String method, String path, Map<String, Object> spec,
                        Map<String, Object> schemas) {

    /** Every operation of every service with one of {@code methods}: service by service, path by path. */
    @SuppressWarnings("unchecked")
    static List<OpenApiOperation> all(Api api, List<String> methods) {
        List<OpenApiOperation> all = new ArrayList<>();
        for (String service : SystemSuite.SERVICES) {
            String docs = api.get(service, null, "/v3/api-docs").body();
            Map<String, Object> paths = JsonPath.read(docs, "$.paths");
            Map<String, Object> schemas = JsonPath.read(docs, "$.components.schemas");
            paths.forEach((path, operations) -> {
                for (String method : methods) {
                    if (((Map<String, Object>) operations).get(method) instanceof Map<?, ?> spec) {
                        all.add(new OpenApiOperation(service, method, path, (Map<String, Object>) spec, schemas));
                    }
                }
            });
        }
        return all;
    }

    /** A write with a body to send: POST, PUT or PATCH. */
    boolean write() {
        return !method.equals("get") && !method.equals("delete");
    }

    boolean hasBody() {
        return spec.containsKey("requestBody");
    }

    Object bodySchema() {
        return JsonPath.read(spec, "$.requestBody.content.*.schema");
    }

    /** "service METHOD path", as the tests list operations. */
    String name() {
        return service + " " + method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
