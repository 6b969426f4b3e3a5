package dev.cometsdk.runtime;

import static dev.cometsdk.runtime.Transports.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormRequestTest {

    private static final TypeReference<JsonNode> NODE = new TypeReference<>() { };

    private final TestServer server;

    FormRequestTest() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a&b=c+d%e f", "&=+%#?", "  spaces  ", "\"quotes' `", "naïve Ωμέγα",
            "emoji 🙂🚀", "", "line\r\nbreak", "%2B%26", "bob&TargetUser=admin"})
    void nastyStringsArriveIntactAsPasswordUserAndParameter(String nasty) {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.password("u" + nasty, nasty)).build());
        transport.call(Transports.adminCall().raw("TargetUser", nasty).raw("Other", "x").build(),
                NODE);

        Map<String, String> form = server.last().form();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Username", "u" + nasty);
        expected.put("AuthType", "Password");
        expected.put("Password", nasty);
        expected.put("TargetUser", nasty);
        expected.put("Other", "x");
        assertEquals(expected, form);
        assertEquals("application/x-www-form-urlencoded; charset=UTF-8",
                server.last().header("Content-Type"));
    }

    @Test
    void aUserNameCannotInjectAField() {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.password("bob&TargetUser=admin", "a&b=c+d%e f")).build());
        transport.call(Transports.adminCall().build(), NODE);

        List<Map.Entry<String, String>> fields = server.last().formFields();
        assertEquals(List.of(Map.entry("Username", "bob&TargetUser=admin"),
                Map.entry("AuthType", "Password"), Map.entry("Password", "a&b=c+d%e f")), fields);
    }

    @Test
    void postsToTheMethodPathWithUserAgentAndExtraHeaders() {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .header("X-Tenant", "t1").build());
        transport.call(Transports.adminCall().build(), NODE);

        TestServer.Request request = server.last();
        assertEquals("POST", request.method());
        assertEquals("/api/v1/admin/list-users", request.path());
        assertTrue(request.header("User-Agent").startsWith("comet-java-sdk/"),
                request.header("User-Agent"));
        assertFalse(request.header("User-Agent").contains("${"));
        assertEquals("t1", request.header("X-Tenant"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"comet", "comet/", "comet//", "/comet"})
    void theBasePathIsKept(String base) {
        String root = server.url();
        CometTransport transport = Transports.transport(root + base.replaceFirst("^/", ""));
        assertEquals(root + "comet/", transport.serverUrl());
        transport.call(Transports.adminCall().build(), NODE);
        assertEquals("/comet/api/v1/admin/list-users", server.last().path());
    }

    @Test
    void jsonParametersAreSentAsTheirJsonText() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("Name", "x&y");
        profile.put("Quota", 5);
        Transports.transport(server.url()).call(Transports.adminCall()
                .json("Start", 1700000000L)
                .json("RemoveConfigFile", true)
                .json("Paths", List.of("/a", "/b"))
                .json("ProfileData", profile)
                .json("Label", "text")
                .build(), NODE);

        Map<String, String> form = server.last().form();
        assertEquals("1700000000", form.get("Start"));
        assertEquals("true", form.get("RemoveConfigFile"));
        assertEquals("[\"/a\",\"/b\"]", form.get("Paths"));
        assertEquals("{\"Name\":\"x&y\",\"Quota\":5}", form.get("ProfileData"));
        assertEquals("\"text\"", form.get("Label"));
    }

    @Test
    void optionalParametersLeftOutAndServerUrlDefaultFilledIn() {
        CometTransport transport = Transports.transport(server.url() + "comet");
        transport.call(Transports.adminCall()
                .rawIfPresent("Missing", null)
                .jsonIfPresent("AlsoMissing", null)
                .rawIfPresent("Given", "")
                .serverUrlIfAbsent("SelfAddress", null)
                .build(), NODE);
        Map<String, String> form = server.last().form();
        assertFalse(form.containsKey("Missing"));
        assertFalse(form.containsKey("AlsoMissing"));
        assertEquals("", form.get("Given"));
        assertEquals(server.url() + "comet/", form.get("SelfAddress"));

        transport.call(Transports.adminCall().serverUrlIfAbsent("SelfAddress", "https://x/")
                .build(), NODE);
        assertEquals("https://x/", server.last().form().get("SelfAddress"));
    }

    @Test
    void aMethodThatNeedsNoCredentialsGetsNone() {
        Transports.transport(server.url()).call(MethodCall.form("AdminAddFirstAdminUser",
                "/api/v1/admin/add-first-admin-user", AuthRequirement.NONE)
                .raw("TargetUser", "root").build(), NODE);
        assertEquals(Map.of("TargetUser", "root"), server.last().form());
        assertFalse(server.last().bodyText().contains(PASSWORD));
    }

    @Test
    void getSendsNoBodyAndNoCredentials() {
        server.answer(TestServer.Reply.json("{\"TopColor\":\"#fff\"}"));
        JsonNode props = Transports.transport(server.url() + "base/").call(
                MethodCall.get("BrandingProps", "/gen/branding.props", AuthRequirement.NONE)
                        .build(), NODE);
        assertEquals("#fff", props.get("TopColor").asText());
        TestServer.Request request = server.last();
        assertEquals("GET", request.method());
        assertEquals("/base/gen/branding.props", request.path());
        assertEquals(0, request.body().length);
        assertNull(request.header("X-Comet-Admin-Password"));
        assertTrue(request.header("User-Agent").startsWith("comet-java-sdk/"));
    }
}
