package dev.cometsdk.runtime;

import static dev.cometsdk.runtime.Transports.PASSWORD;
import static dev.cometsdk.runtime.Transports.SESSION_KEY;
import static dev.cometsdk.runtime.Transports.TOTP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartRequestTest {

    private static final TypeReference<JsonNode> NODE = new TypeReference<>() { };

    private final TestServer server;

    MultipartRequestTest() throws Exception {
        server = new TestServer();
        server.answer(TestServer.Reply.json("{\"Status\":200,\"Message\":\"OK\",\"ID\":\"r1\"}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MethodCall resourceNew(UploadContent content) {
        return MethodCall.multipart("AdminMetaResourceNew", "/api/v1/admin/meta/resource/new",
                AuthRequirement.ADMIN).raw("Note", "x&y ü").upload("upload", content).build();
    }

    private static byte[] data(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private List<Multipart.Part> sentParts() {
        return Multipart.parse(server.last().header("Content-Type"), server.last().body());
    }

    @Test
    void credentialsTravelInHeadersAndTheFileAsAPart() {
        byte[] content = data(100_000);
        JsonNode answer = Transports.transport(server.url()).call(
                resourceNew(UploadContent.ofBytes(content).withFileName("logo \"1\".png")), NODE);
        assertEquals("r1", answer.get("ID").asText());

        TestServer.Request request = server.last();
        assertEquals("/api/v1/admin/meta/resource/new", request.path());
        assertTrue(request.header("Content-Type").startsWith("multipart/form-data; boundary="));
        assertEquals("admin", request.header("X-Comet-Admin-Username"));
        assertEquals("Password", request.header("X-Comet-Admin-AuthType"));
        assertEquals(PASSWORD, request.header("X-Comet-Admin-Password"));

        List<Multipart.Part> parts = sentParts();
        assertEquals(2, parts.size());
        assertEquals("Note", parts.get(0).name());
        assertEquals("x&y ü", parts.get(0).text());
        assertEquals("upload", parts.get(1).name());
        assertEquals("logo %221%22.png", parts.get(1).fileName());
        assertEquals("application/octet-stream", parts.get(1).contentType());
        assertArrayEquals(content, parts.get(1).content());
        assertFalse(request.bodyText().contains(PASSWORD));
    }

    @Test
    void uploadsAFileAndAStream(@TempDir Path dir) throws Exception {
        byte[] content = data(300_000);
        Path file = dir.resolve("resource.bin");
        Files.write(file, content);
        CometTransport transport = Transports.transport(server.url());

        transport.call(resourceNew(UploadContent.ofPath(file)), NODE);
        assertEquals("upload", sentParts().get(1).fileName());
        assertArrayEquals(content, sentParts().get(1).content());
        assertEquals(String.valueOf(server.last().body().length),
                server.last().header("Content-Length"));

        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayInputStream stream = new ByteArrayInputStream(content) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        UploadContent once = UploadContent.ofStream(stream);
        transport.call(resourceNew(once), NODE);
        assertArrayEquals(content, sentParts().get(1).content());
        assertTrue(closed.get(), "the transport closes a stream it has read");

        assertThrows(IllegalStateException.class, () -> transport.call(resourceNew(once), NODE));
    }

    @Test
    void aMissingFileFailsBeforeSending(@TempDir Path dir) {
        CometException e = assertThrows(CometTransportException.class,
                () -> Transports.transport(server.url())
                        .call(resourceNew(UploadContent.ofPath(dir.resolve("gone"))), NODE));
        assertTrue(e.getMessage().startsWith("AdminMetaResourceNew (/api/v1/admin/meta/resource"
                + "/new): cannot read the upload"), e.getMessage());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void totpAndSessionKeyHeaders() {
        CometTransport totp = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.passwordWithTotp("admin", PASSWORD, TOTP)).build());
        totp.call(resourceNew(UploadContent.ofBytes(new byte[1])), NODE);
        assertEquals("PasswordTOTP", server.last().header("X-Comet-Admin-AuthType"));
        assertEquals(TOTP, server.last().header("X-Comet-Admin-TOTP"));
        totp.call(resourceNew(UploadContent.ofBytes(new byte[1])), NODE);
        assertNull(server.last().header("X-Comet-Admin-TOTP"));

        CometTransport session = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.sessionKey("admin", SESSION_KEY)).build());
        session.call(resourceNew(UploadContent.ofBytes(new byte[1])), NODE);
        assertEquals("SessionKey", server.last().header("X-Comet-Admin-AuthType"));
        assertEquals(SESSION_KEY, server.last().header("X-Comet-Admin-SessionKey"));
        assertNull(server.last().header("X-Comet-Admin-Password"));
    }

    @Test
    void credentialsThatHeadersCannotCarryAreRefusedWithoutSpendingTheCode() {
        CometTransport transport = new CometTransport(Transports.options(server.url())
                .credentials(Credentials.passwordWithTotp("admin", "pässwörd", TOTP)).build());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> transport.call(resourceNew(UploadContent.ofBytes(new byte[1])), NODE));
        assertFalse(e.getMessage().contains("pässwörd"));
        assertTrue(server.requests().isEmpty());
        assertEquals(Credentials.Type.PASSWORD_TOTP, transport.currentCredentials().type());
    }
}
