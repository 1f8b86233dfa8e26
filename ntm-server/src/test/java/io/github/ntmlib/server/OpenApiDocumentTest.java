package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docs/openapi/ntm-server.yaml is a valid OpenAPI 3.1 document. */
class OpenApiDocumentTest {

    @Test
    void theDocumentParsesWithoutMessages() {
        var result = OpenApiCheck.instance().parsed();
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/v1/imports", "/api/v1/runs",
                "/api/v1/runs/{id}/summary", "/api/v1/comparisons");
    }
}
