package io.broadsheet;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One {@link DocumentParser} shared by eight threads gives exactly the documents it gives on one thread. */
class ThreadSafetyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    @Test
    void eightThreadsSharingOneParserGetTheSingleThreadedResults() throws Exception {
        DocumentParser parser = Documents.parser().build();
        Map<String, String> inputs = new LinkedHashMap<>();
        for (var seed : Seeds.files()) {
            String text = Seeds.read(seed);
            inputs.put(seed.getFileName().toString(), text);
            inputs.put(seed.getFileName().toString().replace(".txt", ".html"), Seeds.asHtml(text));
        }
        Map<String, Document> expected = new LinkedHashMap<>();
        inputs.forEach((name, text) -> expected.put(name, parser.parse(name, text)));
        assertThat(expected.values()).allSatisfy(doc -> assertThat(doc.paragraphs()).isNotEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long shuffleSeed = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    List<String> order = new ArrayList<>(inputs.keySet());
                    Random random = new Random(shuffleSeed);
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random); // threads meet in different stages of different inputs
                        for (String name : order) {
                            if (!parser.parse(name, inputs.get(name)).equals(expected.get(name))) {
                                mismatches.add(name + " in round " + round);
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> worker : workers) {
                mismatches.addAll(worker.get(5, TimeUnit.MINUTES));
            }
            assertThat(mismatches).as("documents that differ from the single-threaded parse").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
