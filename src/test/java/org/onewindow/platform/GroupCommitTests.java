package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    private final List<List<String>> flushed = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, Object> outcomes = new ConcurrentHashMap<>();

    /** Records each batch; holds the batch of "first" until released; fails any batch with "bad" in it. */
    private final GroupCommit<String> commits = new GroupCommit<>(batch -> {
        if (batch.contains("first")) {
            started.countDown();
            await(release);
        }
        if (batch.contains("bad")) {
            throw new IllegalStateException("flush failed");
        }
        flushed.add(batch);
    });

    @Test
    void aCallerAloneFlushesAtOnceInItsOwnThread() {
        List<Thread> flushers = new ArrayList<>();
        GroupCommit<String> alone = new GroupCommit<>(batch -> flushers.add(Thread.currentThread()));

        alone.submit("only");

        assertThat(flushers).containsExactly(Thread.currentThread());
    }

    @Test
    void itemsHandedInDuringAFlushGoTogetherIntoTheNextAndTheirCallersReturnAfterIt() throws InterruptedException {
        Thread first = submitting("first");
        await(started);
        List<Thread> others = List.of(submitting("a"), submitting("b"), submitting("c"));
        Awaitility.await().until(() -> commits.waiting() == 3);
        assertThat(flushed).isEmpty();
        assertThat(outcomes).isEmpty();

        release.countDown();
        join(first, others);

        assertThat(flushed).hasSize(2);
        assertThat(flushed.get(0)).containsExactly("first");
        assertThat(flushed.get(1)).containsExactlyInAnyOrder("a", "b", "c");
        // each caller saw its own item flushed when it returned
        assertThat(outcomes).containsOnlyKeys("first", "a", "b", "c").allSatisfy((item, flushedBefore) ->
                assertThat(flushedBefore).isEqualTo(true));
    }

    @Test
    void aFailedFlushThrowsToEveryCallerOfItsBatchAndToNoOther() throws InterruptedException {
        Thread first = submitting("first");
        await(started);
        List<Thread> others = List.of(submitting("a"), submitting("bad"), submitting("c"));
        Awaitility.await().until(() -> commits.waiting() == 3);

        release.countDown();
        join(first, others);

        assertThat(outcomes.get("first")).isEqualTo(true);
        for (String item : List.of("a", "bad", "c")) {
            assertThat(outcomes.get(item)).isInstanceOf(IllegalStateException.class)
                    .hasFieldOrPropertyWithValue("message", "flush failed");
        }
        assertThat(commits.waiting()).isZero();

        commits.submit("after");
        assertThat(flushed).containsExactly(List.of("first"), List.of("after"));
    }

    @Test
    void aBatchDoneAfterItsFlushReturnedHoldsTheNextUntilThen() throws InterruptedException {
        List<Consumer<RuntimeException>> pending = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String> later = new GroupCommit<>((batch, done) -> {
            flushed.add(batch);
            pending.add(done);
        });

        later.submit("leader");
        Thread follower = Thread.ofVirtual().start(() -> {
            later.submit("follower");
            outcomes.put("follower", true);
        });
        Awaitility.await().until(() -> later.waiting() == 1);
        assertThat(outcomes).isEmpty();

        assertThat(flushed).containsExactly(List.of("leader"));

        pending.getFirst().accept(null);

        // the follower flushes the next batch itself, and returns when its flush returned
        assertThat(follower.join(Duration.ofSeconds(10))).isTrue();
        assertThat(outcomes).containsEntry("follower", true);
        assertThat(flushed).containsExactly(List.of("leader"), List.of("follower"));
    }

    @Test
    void aBoundedBatchTakesTheOldestItemsAndTheFlushersOwnAndLeavesTheRestForTheNext() throws InterruptedException {
        GroupCommit<String> bounded = new GroupCommit<>(1, 2, holdingFirst());
        Thread first = Thread.ofVirtual().start(() -> bounded.submit("first"));
        await(started);
        List<Thread> others = new ArrayList<>();
        for (String item : List.of("a", "b", "c", "d", "e")) {
            others.add(Thread.ofVirtual().start(() -> {
                bounded.submit(item);
                outcomes.put(item, wasFlushed(item));
            }));
            int handedIn = others.size();
            Awaitility.await().until(() -> bounded.waiting() == handedIn);
        }

        release.countDown();
        join(first, others);

        assertThat(flushed.getFirst()).containsExactly("first");
        List<List<String>> later = flushed.subList(1, flushed.size());
        // the oldest two in the order handed in, then perhaps the flushing caller's own
        assertThat(later).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 3));
        assertThat(later.getFirst().subList(0, 2)).containsExactly("a", "b");
        assertThat(later.stream().flatMap(List::stream)).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        assertThat(later).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outcomes).containsOnlyKeys("a", "b", "c", "d", "e").allSatisfy((item, flushedBefore) ->
                assertThat(flushedBefore).isEqualTo(true));
        assertThat(bounded.waiting()).isZero();
    }

    @Test
    void aSecondLaneOpensOnlyWhenAFullBatchWaitsAndFlushesItWhileTheFirstRuns() throws InterruptedException {
        GroupCommit<String> twoLanes = new GroupCommit<>(2, 2, holdingFirst());
        Thread first = Thread.ofVirtual().start(() -> twoLanes.submit("first"));
        await(started);
        Thread a = Thread.ofVirtual().start(() -> twoLanes.submit("a"));
        // less than a full batch waits for the running flush: "a" decided to wait as it was handed in
        Awaitility.await().until(() -> twoLanes.waiting() == 1);
        assertThat(flushed).isEmpty();

        Thread b = Thread.ofVirtual().start(() -> twoLanes.submit("b"));
        // a full batch opens the second lane, while the first flush still runs
        assertThat(a.join(Duration.ofSeconds(10))).isTrue();
        assertThat(b.join(Duration.ofSeconds(10))).isTrue();
        assertThat(flushed).containsExactly(List.of("a", "b"));
        assertThat(first.isAlive()).isTrue();

        release.countDown();
        join(first, List.of());
        assertThat(flushed).containsExactly(List.of("a", "b"), List.of("first"));
    }

    @Test
    void noLanesOrABatchBoundBelowOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GroupCommit<String>(1, 0, batch -> {}))
                .withMessageContaining("at least one lane and one item per batch");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GroupCommit<String>(0, 1, batch -> {}))
                .withMessageContaining("at least one lane and one item per batch");
    }

    /** A virtual thread that submits the item, then records whether a flushed batch held it, or what it threw. */
    private Thread submitting(String item) {
        return Thread.ofVirtual().start(() -> {
            try {
                commits.submit(item);
                outcomes.put(item, wasFlushed(item));
            } catch (RuntimeException e) {
                outcomes.put(item, e);
            }
        });
    }

    /** A flush that records each batch, and holds the batch of "first" until released. */
    private Consumer<List<String>> holdingFirst() {
        return batch -> {
            if (batch.contains("first")) {
                started.countDown();
                await(release);
            }
            flushed.add(batch);
        };
    }

    /** Whether a flushed batch held the item (the list is read under its lock: other flushes add to it meanwhile). */
    private boolean wasFlushed(String item) {
        synchronized (flushed) {
            return flushed.stream().anyMatch(batch -> batch.contains(item));
        }
    }

    private static void join(Thread first, List<Thread> others) throws InterruptedException {
        assertThat(first.join(Duration.ofSeconds(10))).isTrue();
        for (Thread other : others) {
            assertThat(other.join(Duration.ofSeconds(10))).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
