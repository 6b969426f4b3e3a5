package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int CALLS = 500;

    @Test
    void oneTransportServesManyThreads() throws Exception {
        try (TestServer server = new TestServer()) {
            server.answer(r -> TestServer.Reply.json("{\"Status\":200,\"Message\":\""
                    + r.form().get("TargetUser") + "\"}"));
            CometTransport transport = new CometTransport(Transports.options(server.url())
                    .requestTimeout(Duration.ofSeconds(10)).build());
            TypeReference<TestTypes.StatusMessage> type = new TypeReference<>() { };
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    List<Future<Integer>> results = new ArrayList<>();
                    for (int t = 0; t < THREADS; t++) {
                        int thread = t;
                        results.add(pool.submit(() -> {
                            for (int i = 0; i < CALLS; i++) {
                                String user = "u" + thread + "-" + i;
                                MethodCall call = Transports.adminCall().raw("TargetUser", user)
                                        .build();
                                String echoed = i % 2 == 0
                                        ? transport.call(call, type).message
                                        : transport.callAsync(call, type).join().message;
                                assertEquals(user, echoed);
                            }
                            return CALLS;
                        }));
                    }
                    int total = 0;
                    for (Future<Integer> result : results) {
                        total += result.get();
                    }
                    assertEquals(THREADS * CALLS, total);
                });
            } finally {
                pool.shutdown();
                transport.close();
            }
            assertEquals(THREADS * CALLS, server.requests().size());
        }
    }

    @Test
    void cancellingAnAsyncCallCompletesItAtOnce() throws Exception {
        try (RawServer silent = RawServer.silent()) {
            CometTransport transport = new CometTransport(Transports.options(silent.url())
                    .requestTimeout(Duration.ofSeconds(30)).build());
            CompletableFuture<Object> future = transport.callAsync(
                    Transports.adminCall().build(), new TypeReference<Object>() { });
            future.cancel(true);
            assertEquals(true, future.isCancelled());
        }
    }
}
