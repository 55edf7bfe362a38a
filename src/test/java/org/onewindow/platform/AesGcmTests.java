package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AesGcmTests {

    private static final String CONTEXT = "registry.person.address";
    private static final String PLAINTEXT = "福建省福州市鼓楼区五四路158号";

    private final AesGcm aes = new AesGcm(key((byte) 7));

    @Test
    void sealsWithAFreshNonceEveryTimeAndOpensBack() {
        String first = aes.seal(CONTEXT, PLAINTEXT);
        String second = aes.seal(CONTEXT, PLAINTEXT);

        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(aes.open(CONTEXT, first)).isEqualTo(PLAINTEXT);
        assertThat(aes.open(CONTEXT, second)).isEqualTo(PLAINTEXT);
    }

    @Test
    void aTamperedValueFailsAndLaterCallsStillWork() {
        String sealed = aes.seal(CONTEXT, PLAINTEXT);

        assertThatThrownBy(() -> aes.open(CONTEXT, tampered(sealed))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> aes.open("another.column", sealed)).isInstanceOf(IllegalStateException.class);

        assertThat(aes.open(CONTEXT, sealed)).isEqualTo(PLAINTEXT);
        assertThat(aes.open(CONTEXT, aes.seal(CONTEXT, "13800000001"))).isEqualTo("13800000001");
        assertThatThrownBy(() -> new AesGcm(key((byte) 8)).open(CONTEXT, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealsAndOpensConcurrentlyWithDistinctNoncesWhileTamperedValuesKeepFailing() throws Exception {
        int threads = 8;
        int perThread = 500;
        String shared = aes.seal(CONTEXT, PLAINTEXT);
        Set<String> nonces = ConcurrentHashMap.newKeySet();
        Set<String> ciphertexts = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(() -> {
                start.await();
                int rejected = 0;
                for (int i = 0; i < perThread; i++) {
                    String sealed = aes.seal(CONTEXT, PLAINTEXT);
                    nonces.add(Arrays.toString(nonce(sealed)));
                    ciphertexts.add(sealed);
                    assertThat(aes.open(CONTEXT, sealed)).isEqualTo(PLAINTEXT);
                    String own = thread + "-" + i;
                    assertThat(aes.open(CONTEXT, aes.seal(CONTEXT, own))).isEqualTo(own);
                    if (i % 10 == 0) {
                        try {
                            aes.open(CONTEXT, tampered(i % 20 == 0 ? sealed : shared));
                        } catch (IllegalStateException expected) {
                            rejected++;
                        }
                    }
                    assertThat(aes.open(CONTEXT, shared)).isEqualTo(PLAINTEXT);
                }
                return rejected;
            });
        }

        List<Integer> rejected = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(threads)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> worker : workers) {
                results.add(executor.submit(worker));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                rejected.add(result.get());
            }
        }

        assertThat(rejected).containsOnly(perThread / 10);
        assertThat(nonces).hasSize(threads * perThread);
        assertThat(ciphertexts).hasSize(threads * perThread);
        assertThat(aes.idleCiphers()).isBetween(1, AesGcm.MAX_IDLE);
    }

    @Test
    void manyVirtualThreadsAtOnceLeaveABoundedPool() throws Exception {
        Set<String> sealed = new HashSet<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String value = "value-" + i;
                results.add(executor.submit(() -> {
                    String s = aes.seal(CONTEXT, value);
                    assertThat(aes.open(CONTEXT, s)).isEqualTo(value);
                    return s;
                }));
            }
            for (Future<String> result : results) {
                sealed.add(result.get());
            }
        }

        assertThat(sealed).hasSize(1_000);
        assertThat(aes.idleCiphers()).isBetween(1, AesGcm.MAX_IDLE);
    }

    private static byte[] nonce(String sealed) {
        return Arrays.copyOf(Base64.getDecoder().decode(sealed), 12);
    }

    private static String tampered(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] key(byte seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, seed);
        return key;
    }
}
