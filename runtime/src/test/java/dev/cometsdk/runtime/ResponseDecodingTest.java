package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Success and the error object under HTTP 200, for each kind of response type. */
class ResponseDecodingTest {

    private static final String ERROR = "{\"Status\":403,\"Message\":\"denied\"}";

    private final TestServer server;
    private final CometTransport transport;

    ResponseDecodingTest() throws Exception {
        server = new TestServer();
        transport = Transports.transport(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private <T> T call(String body, TypeReference<T> type) {
        server.answer(TestServer.Reply.json(body));
        return transport.call(Transports.adminCall().build(), type);
    }

    private <T> CometApiException apiError(String body, TypeReference<T> type) {
        return assertThrows(CometApiException.class, () -> call(body, type));
    }

    @Test
    void statusResponsesSucceedWith200AndFailWith400OrMore() {
        TypeReference<TestTypes.StatusMessage> type = new TypeReference<>() { };
        assertEquals("OK", call("{\"Status\":200,\"Message\":\"OK\"}", type).message);
        assertEquals(403, apiError(ERROR, type).status());
        // Without a message it is not the error shape.
        assertEquals(500, call("{\"Status\":500,\"Message\":\"\"}", type).status);
    }

    @Test
    void dataClassesSeeTheErrorInTheirUnknownFields() {
        TypeReference<TestTypes.Profile> type = new TypeReference<>() { };
        assertEquals("a", call("{\"Name\":\"a\"}", type).name);
        assertEquals("denied", apiError(ERROR, type).apiMessage());
        // A field named Status that is not a number is data, not an error.
        assertEquals("x", call("{\"Name\":\"x\",\"Status\":\"403\",\"Message\":\"m\"}", type)
                .name);
    }

    @Test
    void mapsTreesListsAndPlainValues() {
        assertEquals(Map.of("k", 1), call("{\"k\":1}", new TypeReference<Map<String, Integer>>() { }));
        apiError(ERROR, new TypeReference<Map<String, Object>>() { });
        apiError(ERROR, new TypeReference<JsonNode>() { });
        apiError(ERROR, new TypeReference<List<String>>() { });
        apiError(ERROR, new TypeReference<String>() { });
        apiError(ERROR, new TypeReference<TestTypes.Plain>() { });
        List<Map<String, Object>> jobs = call("[{\"Status\":500,\"Message\":\"failed job\"}]",
                new TypeReference<List<Map<String, Object>>>() { });
        assertEquals(1, jobs.size());
        // Only the top level counts: a map whose values look like errors is data.
        Map<String, Map<String, Object>> byId = call(
                "{\"job1\":{\"Status\":500,\"Message\":\"failed\"}}",
                new TypeReference<Map<String, Map<String, Object>>>() { });
        assertEquals(1, byId.size());
        // Status and Message as top-level keys of a map response are the error object.
        apiError(ERROR, new TypeReference<Map<String, String>>() { });
        apiError(ERROR, new TypeReference<SortedMap<String, Object>>() { });
        assertEquals(Map.of(7L, "x"),
                call("{\"7\":\"x\"}", new TypeReference<SortedMap<Long, String>>() { }));
        String[] array = call("[\"Status\",\"Message\"]", new TypeReference<String[]>() { });
        assertEquals(2, array.length);
    }

    @Test
    void decodingFailuresTellThePathAndShowTheBody() {
        CometDecodingException e = assertThrows(CometDecodingException.class,
                () -> call("{\"Users\":[{},{},{},{\"Emails\":{\"not\":\"a list\"}}]}",
                        new TypeReference<TestTypes.Users>() { }));
        assertEquals("$.Users[3].Emails", e.jsonPath());
        assertTrue(e.excerpt().contains("\"Emails\":{\"not\""), e.excerpt());
        assertTrue(e.getMessage().startsWith("AdminListUsers (/api/v1/admin/list-users): "
                + "cannot decode the response at $.Users[3].Emails: "), e.getMessage());

        CometDecodingException html = assertThrows(CometDecodingException.class,
                () -> call("<html>oops</html>", new TypeReference<JsonNode>() { }));
        assertEquals("$", html.jsonPath());
        assertTrue(html.excerpt().contains("<html>oops</html>"), html.excerpt());

        CometDecodingException empty = assertThrows(CometDecodingException.class,
                () -> call("", new TypeReference<TestTypes.Users>() { }));
        assertTrue(empty.getMessage().endsWith("(empty body)"), empty.getMessage());
    }

    @Test
    void excerptsAreBoundedAroundTheFailure() {
        StringBuilder body = new StringBuilder("{\"Users\":[");
        for (int i = 0; i < 2000; i++) {
            body.append("{\"Emails\":[\"user").append(i).append("@example.com\"]},");
        }
        body.append("{\"Emails\":7}]}");
        CometDecodingException e = assertThrows(CometDecodingException.class,
                () -> call(body.toString(), new TypeReference<TestTypes.Users>() { }));
        assertEquals("$.Users[2000].Emails", e.jsonPath());
        assertTrue(e.excerpt().length() <= 1030, "length " + e.excerpt().length());
        assertTrue(e.excerpt().contains("\"Emails\":7"), e.excerpt());
    }
}
