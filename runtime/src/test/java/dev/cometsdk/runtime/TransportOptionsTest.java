package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransportOptionsTest {

    @ParameterizedTest
    @CsvSource({
        "https://backup.example.com, https://backup.example.com/",
        "https://backup.example.com/, https://backup.example.com/",
        "https://backup.example.com/comet, https://backup.example.com/comet/",
        "https://backup.example.com/comet///, https://backup.example.com/comet/",
        "HTTP://Backup.example.com:8060/a/b/, http://Backup.example.com:8060/a/b/",
        "http://[::1]:8060, http://[::1]:8060/",
    })
    void serverUrlsAreNormalisedKeepingTheBasePath(String given, String expected) {
        assertEquals(expected, TransportOptions.builder().serverUrl(given).build().serverUrl());
        assertEquals(expected,
                TransportOptions.builder().serverUrl(URI.create(given)).build().serverUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "/comet/", "ftp://host/", "https://", "mailto:a@b",
            "http://host:port/", ""})
    void badServerUrlsAreRefusedByName(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransportOptions.builder().serverUrl(url).build());
        assertEquals("serverUrl must be an absolute http or https URL: '" + url + "'",
                e.getMessage());
    }

    @Test
    void otherMistakesAreNamed() {
        assertMessage("serverUrl is required", TransportOptions.builder());
        assertMessage("serverUrl must not contain user info; use credentials(...) instead",
                TransportOptions.builder().serverUrl("https://admin:pw@host/"));
        assertMessage("serverUrl must not have a query or fragment: 'https://host/?a=b'",
                TransportOptions.builder().serverUrl("https://host/?a=b"));
        assertMessage("requestTimeout must be positive: PT0S",
                valid().requestTimeout(Duration.ZERO));
        assertMessage("connectTimeout must not be null", valid().connectTimeout(null));
        assertMessage("credentials must not be null", valid().credentials(null));
        assertMessage("accountKind must not be null", valid().accountKind(null));
        IllegalArgumentException host = assertThrows(IllegalArgumentException.class,
                () -> valid().header("Host", "x").build());
        assertTrue(host.getMessage().startsWith("header 'Host' is not allowed"),
                host.getMessage());
        IllegalArgumentException secretHeader = assertThrows(IllegalArgumentException.class,
                () -> valid().header("X-Proxy-Token", "se\r\ncret").build());
        assertTrue(!secretHeader.getMessage().contains("cret"), secretHeader.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> valid().header("x-comet-admin-password", "x").build());
        assertThrows(IllegalArgumentException.class,
                () -> valid().header("Content-Type", "text/plain").build());
        assertThrows(IllegalArgumentException.class, () -> valid().userAgent("a\nb").build());
    }

    @Test
    void defaults() {
        TransportOptions options = valid().build();
        assertEquals(AccountKind.ADMIN, options.accountKind());
        assertEquals(Duration.ofSeconds(10), options.connectTimeout());
        assertEquals(Duration.ofSeconds(60), options.requestTimeout());
        assertEquals(Credentials.none(), options.credentials());
        assertNull(options.httpClient());
        assertEquals(false, options.switchToSessionKey());
        assertTrue(options.userAgent().matches("comet-java-sdk/[0-9][^$ ]*"),
                options.userAgent());
        assertEquals("agent/1", valid().userAgent("agent/1").build().userAgent());
    }

    @Test
    void aCallerSuppliedClientIsUsedAndLeftOpen() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (TestServer server = new TestServer()) {
            CometTransport transport = new CometTransport(TransportOptions.builder()
                    .serverUrl(server.url()).httpClient(client).build());
            assertSame(client, transport.options().httpClient());
            transport.call(MethodCall.get("BrandingProps", "/gen/branding.props",
                    AuthRequirement.NONE).build(), new TypeReference<Object>() { });
            transport.close();
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void aClosedTransportRefusesCalls() {
        CometTransport transport = new CometTransport(valid().build());
        transport.close();
        transport.close();
        assertThrows(IllegalStateException.class, () -> transport.call(
                Transports.adminCall().build(), new TypeReference<Object>() { }));
    }

    private static TransportOptions.Builder valid() {
        return TransportOptions.builder().serverUrl("https://host/");
    }

    private static void assertMessage(String expected, TransportOptions.Builder builder) {
        assertEquals(expected,
                assertThrows(IllegalArgumentException.class, builder::build).getMessage());
    }
}
