package org.treatywatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/openapi.json} is a valid OpenAPI 3 document, as a real validator (swagger-parser)
 * reads it: no message at all, every operation named by a unique {@code operationId}, reads
 * marked public ({@code security: []}) and writes marked as needing an analyst. That every
 * documented path answers is {@link ApiContract}'s test.
 */
class OpenApiDocumentTest {
    static String document() throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(ApiRoutes.OPENAPI_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theValidatorReportsNothing_andEveryOperationHasAUniqueIdAndItsSecurity() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document(), null, options);
        assertThat(result.getMessages()).as("validator messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api).isNotNull();
        assertThat(api.getPaths()).containsKeys("/api/v1/changes", "/api/v1/feeds/{id}/{key}");

        Set<String> ids = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String where = op.getKey() + " " + path.getKey();
                Operation o = op.getValue();
                assertThat(o.getOperationId()).as(where + " operationId").isNotBlank();
                assertThat(ids.add(o.getOperationId())).as(where + " operationId is unique").isTrue();
                assertThat(o.getSecurity()).as(where + " security").isNotNull();
                if (op.getKey() == PathItem.HttpMethod.GET) {
                    assertThat(o.getSecurity()).as(where + " is public").isEmpty();
                } else {
                    assertThat(o.getSecurity()).as(where + " needs an analyst").isNotEmpty();
                }
                checked.add(where);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(25);
    }
}
