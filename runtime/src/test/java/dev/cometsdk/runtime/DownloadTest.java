package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadTest {

    private final TestServer server;
    private final CometTransport transport;

    DownloadTest() throws Exception {
        server = new TestServer();
        transport = Transports.transport(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static MethodCall installer() {
        return MethodCall.form("AdminBrandingGenerateClientLinuxgeneric",
                "/api/v1/admin/branding/generate-client/linuxgeneric", AuthRequirement.ADMIN)
                .serverUrlIfAbsent("SelfAddress", null).build();
    }

    private static byte[] data(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void downloadsIntoMemoryAStreamAndAFile(@TempDir Path dir) throws Exception {
        byte[] content = data(3_000_000);
        server.answer(TestServer.Reply.bytes(content));

        assertArrayEquals(content, transport.download(installer()));
        assertArrayEquals(content, transport.downloadAsync(installer()).get());
        try (InputStream in = transport.downloadStream(installer())) {
            assertArrayEquals(content, in.readAllBytes());
        }
        Path target = dir.resolve("client.run");
        Files.write(target, new byte[] {1, 2, 3});
        transport.downloadTo(installer(), target);
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of(target), Files.list(dir).toList(), "no temporary file left");
        assertEquals(server.url(), server.last().form().get("SelfAddress"));
    }

    @Test
    void aJsonBodyThatIsNotAnErrorIsDownloadedAsItIs() throws Exception {
        byte[] json = "{\"Status\":200,\"Message\":\"fine\"}".getBytes(StandardCharsets.UTF_8);
        server.answer(new TestServer.Reply(200, "application/json", json.length,
                out -> out.write(json)));
        assertArrayEquals(json, transport.download(installer()));
        try (InputStream in = transport.downloadStream(installer())) {
            assertArrayEquals(json, in.readAllBytes());
        }
    }

    @Test
    void theStatusIsCheckedBeforeAnythingIsReturnedOrWritten(@TempDir Path dir) {
        server.answer(TestServer.Reply.of(403, "application/json",
                "{\"Status\":403,\"Message\":\"no downloads\"}"));
        Path target = dir.resolve("client.run");
        for (Runnable download : List.<Runnable>of(() -> transport.download(installer()),
                () -> transport.downloadStream(installer()),
                () -> transport.downloadTo(installer(), target))) {
            CometHttpException e = assertThrows(CometHttpException.class, download::run);
            assertEquals(Optional.of("no downloads"), e.apiMessage());
        }
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> transport.downloadAsync(installer()).get());
        assertInstanceOf(CometHttpException.class, async.getCause());
        assertFalse(Files.exists(target));
    }

    @Test
    void anErrorObjectUnder200IsAnApiErrorWhenTheTypeIsJson(@TempDir Path dir) {
        server.answer(TestServer.Reply.json("{\"Status\":500,\"Message\":\"build failed\"}"));
        Path target = dir.resolve("client.run");
        for (Runnable download : List.<Runnable>of(() -> transport.download(installer()),
                () -> transport.downloadStream(installer()),
                () -> transport.downloadTo(installer(), target))) {
            CometApiException e = assertThrows(CometApiException.class, download::run);
            assertEquals("build failed", e.apiMessage());
        }
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> transport.downloadAsync(installer()).get());
        assertInstanceOf(CometApiException.class, async.getCause());
        assertFalse(Files.exists(target));

        // The same bytes as an octet stream are a file like any other.
        byte[] same = "{\"Status\":500,\"Message\":\"build failed\"}".getBytes(StandardCharsets.UTF_8);
        server.answer(TestServer.Reply.bytes(same));
        assertArrayEquals(same, transport.download(installer()));
    }

    @Test
    void aBrokenDownloadLeavesNoFile(@TempDir Path dir) throws Exception {
        try (RawServer raw = RawServer.truncating()) {
            CometTransport broken = Transports.faultTransport(raw.url());
            Path target = dir.resolve("client.run");
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertThrows(CometTransportException.class,
                        () -> broken.downloadTo(installer(), target));
                assertThrows(CometTransportException.class, () -> broken.download(installer()));
                ExecutionException e = assertThrows(ExecutionException.class,
                        () -> broken.downloadAsync(installer()).get());
                assertInstanceOf(CometTransportException.class, e.getCause());
            });
            assertEquals(List.of(), Files.list(dir).toList());
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (RawServer raw = RawServer.silent()) {
            CometTransport silent = Transports.faultTransport(raw.url());
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertThrows(CometTimeoutException.class,
                        () -> silent.downloadStream(installer()));
                ExecutionException e = assertThrows(ExecutionException.class,
                        () -> silent.downloadAsync(installer()).get());
                assertInstanceOf(CometTimeoutException.class, e.getCause());
            });
        }
    }

    @Test
    void aLargeDownloadStreamsThroughASmallHeap(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("big.bin");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LargeDownload.class.getName(), target.toString(),
                String.valueOf(LargeDownload.SIZE))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertEquals(LargeDownload.SIZE, Files.size(target));
        assertTrue(output.contains("ok"), output);
    }
}
