package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.DeferredWrite;
import org.onewindow.platform.DeferredWrites;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deferred writes are made with the transaction (at its commit, or in a carrier's statement), are
 * gone with its rollback, fail it as a whole when they fail, and happen in order when two change
 * one row; with no transaction they are made at once.
 */
@OneWindowIntegrationTest
class DeferredWritesIntegrationTests {

    @Autowired DeferredWrites deferred;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired PlatformTransactionManager transactionManager;

    @BeforeAll
    static void probeTable(@Autowired JdbcClient jdbc) {
        jdbc.sql("""
                create table if not exists public.deferred_write_probe (
                    id uuid primary key, n integer not null check (n >= 0), note text)""").update();
    }

    @Test
    void aDeferredWriteIsMadeAsItsTransactionCommitsNotBefore() {
        UUID id = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            deferred.add(insert(id, 1));
            assertThat(n(id)).as("pending inside the transaction").isNull();
        });

        assertThat(n(id)).isEqualTo(1);
    }

    @Test
    void aDeferredWriteIsGoneWithItsTransactionsRollback() {
        UUID id = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            deferred.add(insert(id, 1));
            status.setRollbackOnly();
        });

        assertThat(n(id)).isNull();
    }

    @Test
    void aFailingDeferredWriteRollsBackTheWholeTransactionAndThrowsToTheCaller() {
        UUID written = UUID.randomUUID();
        UUID failing = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into public.deferred_write_probe (id, n) values (:id, 1)").param("id", written).update();
            deferred.add(insert(failing, -1));
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(n(written)).as("the transaction's own statement, rolled back").isNull();
        assertThat(n(failing)).isNull();
    }

    @Test
    void aCarrierMakesThePendingWritesInItsOwnStatementAndTheyAreNotMadeAgain() {
        UUID carrier = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID echo = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            deferred.add(insert(first, 1));
            // a later part reads what an earlier part of its write returned
            deferred.add(insert(second, 2)
                    .part("echo", "insert into public.deferred_write_probe (id, n) select :echo, 7 from {probe}")
                    .param("echo", echo));
            carry(carrier);
            assertThat(n(first)).as("made by the carrier").isEqualTo(1);
        });

        // made once: a second insert of the same ids would have failed the commit
        assertThat(n(carrier)).isEqualTo(0);
        assertThat(n(second)).isEqualTo(2);
        assertThat(n(echo)).isEqualTo(7);
    }

    @Test
    void aFailingCarriedWriteFailsTheCarriersStatementAndNothingIsWritten() {
        UUID carrier = UUID.randomUUID();
        UUID failing = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            deferred.add(insert(failing, -1));
            carry(carrier);
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(n(carrier)).isNull();
        assertThat(n(failing)).isNull();
    }

    @Test
    void twoDeferredWritesOfOneRowHappenInTheOrderGiven() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into public.deferred_write_probe (id, n) values (:id, 1)").param("id", id).update();

        transactions.executeWithoutResult(status -> {
            deferred.add(update(id, "n + 1"));
            deferred.add(update(id, "n * 10"));
        });

        // in one statement only one of them would take effect (2 or 10), in the reverse order 11
        assertThat(n(id)).isEqualTo(20);
    }

    @Test
    void withoutATransactionADeferredWriteIsMadeAtOnce() {
        UUID id = UUID.randomUUID();

        deferred.add(insert(id, 3));

        assertThat(n(id)).isEqualTo(3);
    }

    @Test
    void aTransactionOfItsOwnMakesItsOwnWritesAndLeavesTheCallersPending() {
        UUID outer = UUID.randomUUID();
        UUID inner = UUID.randomUUID();
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transactions.executeWithoutResult(status -> {
            deferred.add(insert(outer, 1));
            own.executeWithoutResult(innerStatus -> deferred.add(insert(inner, 2)));
            assertThat(n(inner)).as("committed with its own transaction").isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(n(inner)).isEqualTo(2);
        assertThat(n(outer)).isNull();
    }

    @Test
    void aCallerThatMustReadBackFlushesFirst() {
        UUID id = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            deferred.add(insert(id, 4));
            deferred.flush();
            assertThat(n(id)).isEqualTo(4);
        });

        assertThat(n(id)).isEqualTo(4);
    }

    private static DeferredWrite insert(UUID id, int n) {
        return DeferredWrite.keyed("probe:" + id)
                .part("probe", "insert into public.deferred_write_probe (id, n) values (:id, :n) returning id")
                .param("id", id)
                .param("n", n);
    }

    private static DeferredWrite update(UUID id, String expression) {
        return DeferredWrite.keyed("probe:" + id)
                .part("probe", "update public.deferred_write_probe set n = " + expression + " where id = :id")
                .param("id", id);
    }

    /** A carrier: its own insert and the pending writes, one statement. */
    private void carry(UUID id) {
        DeferredWrites.Carried carried = deferred.carry();
        MapSqlParameterSource params = new MapSqlParameterSource("carrier", id);
        carried.addTo(params);
        jdbc.sql("with carrier as (insert into public.deferred_write_probe (id, n) values (:carrier, 0)),\n"
                        + String.join(",\n", carried.expressions()) + "\nselect 1")
                .paramSource(params)
                .query((rs, n) -> 1)
                .list();
    }

    private Integer n(UUID id) {
        return jdbc.sql("select n from public.deferred_write_probe where id = :id").param("id", id)
                .query(Integer.class).optional().orElse(null);
    }
}
