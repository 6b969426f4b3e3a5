package dev.cometsdk.runtime;

import static dev.cometsdk.runtime.Transports.PASSWORD;
import static dev.cometsdk.runtime.Transports.SESSION_KEY;
import static dev.cometsdk.runtime.Transports.TOTP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialFlowTest {

    private static final TypeReference<JsonNode> NODE = new TypeReference<>() { };
    private static final TypeReference<TestTypes.SessionKeyResponse> SESSION =
            new TypeReference<>() { };

    private final TestServer server;

    CredentialFlowTest() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aOneTimeCodeIsSentOnceThenPlainPassword() {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.passwordWithTotp("admin", PASSWORD, TOTP)).build());
        transport.call(Transports.adminCall().build(), NODE);
        transport.call(Transports.adminCall().build(), NODE);

        List<TestServer.Request> requests = server.requests();
        assertEquals(Map.of("Username", "admin", "AuthType", "PasswordTOTP", "Password", PASSWORD,
                "TOTP", TOTP), requests.get(0).form());
        assertEquals(Map.of("Username", "admin", "AuthType", "Password", "Password", PASSWORD),
                requests.get(1).form());
        assertEquals("Credentials[password, username=admin]",
                transport.currentCredentials().toString());
    }

    @Test
    void concurrentCallsSendTheOneTimeCodeExactlyOnce() throws Exception {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.passwordWithTotp("admin", PASSWORD, TOTP)).build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> transport.call(Transports.adminCall().build(), NODE)));
            }
            for (Future<JsonNode> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long withTotp = server.requests().stream()
                .filter(r -> r.form().containsKey("TOTP")).count();
        assertEquals(1, withTotp);
    }

    @Test
    void aMethodWithoutCredentialsDoesNotSpendTheCode() {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.passwordWithTotp("admin", PASSWORD, TOTP)).build());
        transport.call(MethodCall.get("BrandingProps", "/gen/branding.props",
                AuthRequirement.NONE).build(), NODE);
        transport.call(Transports.adminCall().build(), NODE);
        assertEquals(TOTP, server.last().form().get("TOTP"));
    }

    @Test
    void sessionKeyCredentials() {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.sessionKey("admin", SESSION_KEY)).build());
        transport.call(Transports.adminCall().build(), NODE);
        assertEquals(Map.of("Username", "admin", "AuthType", "SessionKey", "SessionKey",
                SESSION_KEY), server.last().form());
    }

    @Test
    void aParameterNamedLikeACredentialFieldIsSentOnceWithItsOwnValue() {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.sessionKey("admin", SESSION_KEY)).build());
        transport.call(MethodCall.form("AdminAccountSessionUpgrade",
                "/api/v1/admin/account/session-upgrade", AuthRequirement.ADMIN)
                .raw("SessionKey", "partial-key").raw("TOTP", "123").build(), NODE);
        Map<String, String> form = server.last().form();
        assertEquals("partial-key", form.get("SessionKey"));
        assertEquals("SessionKey", form.get("AuthType"));
    }

    @Test
    void switchesToTheSessionKeyOnlyWhenAskedTo() {
        server.answer(TestServer.Reply.json(
                "{\"Status\":200,\"Message\":\"OK\",\"SessionKey\":\"" + SESSION_KEY + "\"}"));
        for (boolean switching : new boolean[] {false, true}) {
            CometTransport transport = new CometTransport(Transports.options(server.url())
                    .credentials(Credentials.passwordWithTotp("admin", PASSWORD, TOTP))
                    .switchToSessionKey(switching).build());
            TestTypes.SessionKeyResponse started = transport.call(MethodCall.form(
                    "AdminAccountSessionStart", "/api/v1/admin/account/session-start",
                    AuthRequirement.ADMIN).build(), SESSION);
            transport.sessionStarted(started.sessionKey);
            transport.call(Transports.adminCall().build(), NODE);

            Map<String, String> form = server.last().form();
            if (switching) {
                assertEquals(Map.of("Username", "admin", "AuthType", "SessionKey",
                        "SessionKey", SESSION_KEY), form);
                assertEquals("Credentials[sessionKey, username=admin]",
                        transport.currentCredentials().toString());
            } else {
                assertEquals("Password", form.get("AuthType"));
                assertFalse(form.containsKey("SessionKey"));
            }
        }
    }

    @Test
    void wrongAccountKindFailsBeforeAnyRequest() throws Exception {
        CometTransport user = new CometTransport(Transports.options(server.url())
                .accountKind(AccountKind.USER).build());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> user.call(Transports.adminCall().build(), NODE));
        assertTrue(e.getMessage().contains("AdminListUsers"), e.getMessage());
        assertTrue(e.getMessage().contains("administrator"), e.getMessage());

        CompletableFuture<JsonNode> future = user.callAsync(Transports.adminCall().build(), NODE);
        ExecutionException async = assertThrows(ExecutionException.class, future::get);
        assertInstanceOf(IllegalStateException.class, async.getCause());

        CometTransport admin = Transports.transport(server.url());
        IllegalStateException userMethod = assertThrows(IllegalStateException.class,
                () -> admin.download(MethodCall.form("UserWebGetJobLog",
                        "/api/v1/user/web/get-job-log", AuthRequirement.USER).build()));
        assertTrue(userMethod.getMessage().contains("end-user"), userMethod.getMessage());
        assertTrue(server.requests().isEmpty());

        MethodCall hybrid = MethodCall.form("HybridSessionStart", "/api/v1/hybrid/session/start",
                AuthRequirement.ANY).build();
        user.call(hybrid, NODE);
        admin.call(hybrid, NODE);
        assertEquals(2, server.requests().size());
    }

    @Test
    void credentialsNeverShowTheirSecrets() {
        for (Credentials c : List.of(Credentials.password("admin", PASSWORD),
                Credentials.passwordWithTotp("admin", PASSWORD, TOTP),
                Credentials.sessionKey("admin", SESSION_KEY), Credentials.none())) {
            String text = c.toString() + Transports.options(server.url()).credentials(c).build();
            assertFalse(text.contains(PASSWORD) || text.contains(TOTP)
                    || text.contains(SESSION_KEY), text);
        }
        assertEquals("Credentials[password, username=admin]",
                Credentials.password("admin", PASSWORD).toString());
        assertEquals("Credentials[none]", Credentials.none().toString());
    }
}
