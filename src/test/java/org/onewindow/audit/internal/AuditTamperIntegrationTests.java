package org.onewindow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.audit.Actor;
import org.onewindow.audit.AuditEvent;
import org.onewindow.audit.AuditLog;
import org.onewindow.audit.AuditRecord;
import org.onewindow.audit.AuditResult;
import org.onewindow.audit.AuditVerification;
import org.onewindow.audit.ChainBreak;
import org.onewindow.audit.ChainBreak.Kind;
import org.onewindow.audit.VerificationReport;
import org.onewindow.support.OneWindowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tampers with the audit tables the way someone with database rights could, and expects
 * verification to name the right kind of break at the first broken position.
 */
@OneWindowIntegrationTest
class AuditTamperIntegrationTests {

    private static final int ENTRIES = 10;
    private static final Actor ADMIN = Actor.staff("staff-1", "管理员");

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditChainer chainer;

    @Autowired
    AuditAnchorer anchorer;

    @Autowired
    EntryMac mac;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnchorFile anchorFile;

    @Autowired
    PlatformTransactionManager transactions;

    AuditTestState state;

    @BeforeEach
    void tenChainedEntries() {
        state = new AuditTestState(jdbc, anchorFile, transactions);
        state.reset();
        for (int i = 1; i <= ENTRIES; i++) {
            auditLog.record(AuditRecord.of(AuditEvent.ROLE_CHANGED, ADMIN, AuditResult.SUCCESS)
                    .withIp("10.0.0.1")
                    .withObject("account", "acc-" + i)
                    .withDetail("role=CASE_OFFICER"));
        }
        chainer.chainPending();
        assertThat(verification.verify().intact()).isTrue();
    }

    @AfterEach
    void leaveAnEmptyLog() {
        state.reset();
    }

    private ChainBreak firstBreak() {
        VerificationReport report = verification.verify();
        assertThat(report.intact()).as("tampering must be detected").isFalse();
        return report.firstBreak();
    }

    @Test
    void anEditedFieldIsARowMacMismatchAtItsPosition() {
        long id = state.idAtSeq(4);
        state.tamper(db -> db.sql("update audit.entry set detail = 'role=SYSTEM_ADMIN' where id = :id")
                .param("id", id)
                .update());

        ChainBreak found = firstBreak();

        assertThat(found.kind()).isEqualTo(Kind.ROW_MAC_MISMATCH);
        assertThat(found.chainSeq()).isEqualTo(4);
        assertThat(found.entryId()).isEqualTo(id);
        assertThat(verification.verify().chainedEntries()).isEqualTo(3);
    }

    @Test
    void anEditedTimeIsDetectedToo() {
        long id = state.idAtSeq(2);
        state.tamper(db -> db.sql("update audit.entry set occurred_at = occurred_at - interval '1 day' where id = :id")
                .param("id", id)
                .update());

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq)
                .containsExactly(Kind.ROW_MAC_MISMATCH, 2L);
    }

    @Test
    void aDeletedEntryIsASequenceGapAtItsPosition() {
        long id = state.idAtSeq(6);
        state.tamper(db -> db.sql("delete from audit.entry where id = :id").param("id", id).update());

        ChainBreak found = firstBreak();

        assertThat(found.kind()).isEqualTo(Kind.SEQUENCE_GAP);
        assertThat(found.chainSeq()).isEqualTo(6);
        assertThat(found.entryId()).isNull();
    }

    @Test
    void aDeletedEntryWithItsLinkIsASequenceGapAtItsPosition() {
        long id = state.idAtSeq(6);
        state.tamper(db -> {
            db.sql("delete from audit.entry where id = :id").param("id", id).update();
            db.sql("delete from audit.chain_link where entry_id = :id").param("id", id).update();
        });

        ChainBreak found = firstBreak();

        assertThat(found.kind()).isEqualTo(Kind.SEQUENCE_GAP);
        assertThat(found.chainSeq()).isEqualTo(6);
        assertThat(found.entryId()).isNull();
    }

    @Test
    void aDeletedEntryNotChainedYetIsASequenceGapInTheQueue() {
        // Recorded and deleted under the chain lock, so the scheduled chainer cannot chain it in between.
        state.tamper(db -> {
            long id = auditLog.record(AuditEvent.LOGOUT, ADMIN, AuditResult.SUCCESS);
            db.sql("delete from audit.entry where id = :id").param("id", id).update();
        });

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq, ChainBreak::entryId)
                .containsExactly(Kind.SEQUENCE_GAP, null, null);
        long recorded = auditLog.record(AuditEvent.LOGOUT, ADMIN, AuditResult.SUCCESS);
        chainer.chainPending();

        assertThat(jdbc.sql("select reason from audit.rejected_entry").query(String.class).list())
                .as("the chainer sets the missing entry aside")
                .containsExactly("entry_missing");
        assertThat(state.idAtSeq(ENTRIES + 1)).as("and chains the next one").isEqualTo(recorded);
        assertThat(firstBreak().kind()).isEqualTo(Kind.SEQUENCE_GAP);
    }

    @Test
    void anEntryQueuedAgainThoughChainedIsNotChainedTwice() {
        long id = state.idAtSeq(2);
        state.tamper(db -> db.sql("insert into audit.pending (entry_id, occurred_at) values (:id, now())")
                .param("id", id)
                .update());

        chainer.chainPending();

        assertThat(jdbc.sql("select count(*) from audit.pending").query(Long.class).single()).isZero();
        VerificationReport report = verification.verify();
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.chainedEntries()).isEqualTo(ENTRIES);
    }

    @Test
    void anEntryTakenOutOfTheQueueIsUnchainable() {
        AtomicLong recorded = new AtomicLong();
        state.tamper(db -> {
            recorded.set(auditLog.record(AuditEvent.LOGOUT, ADMIN, AuditResult.SUCCESS));
            db.sql("delete from audit.pending where entry_id = :id").param("id", recorded.get()).update();
        });
        long id = recorded.get();
        chainer.chainPending();

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq, ChainBreak::entryId)
                .containsExactly(Kind.UNCHAINABLE_ROW, null, id);
    }

    @Test
    void aDeletedLastEntryIsASequenceGapAgainstTheChainHead() {
        long id = state.idAtSeq(ENTRIES);
        state.tamper(db -> {
            db.sql("delete from audit.entry where id = :id").param("id", id).update();
            db.sql("delete from audit.chain_link where entry_id = :id").param("id", id).update();
        });

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq)
                .containsExactly(Kind.SEQUENCE_GAP, (long) ENTRIES);
    }

    @Test
    void anInsertedRowWithAMadeUpMacIsUnchainable() {
        long inserted = insertCopyOfSeq(3, "ab".repeat(32));

        ChainBreak found = firstBreak();

        assertThat(found.kind()).isEqualTo(Kind.UNCHAINABLE_ROW);
        assertThat(found.entryId()).isEqualTo(inserted);
        assertThat(found.chainSeq()).isNull();
    }

    @Test
    void anInsertedRowWithACopiedMacIsUnchainable() {
        String copied = jdbc.sql("select row_mac from audit.entry where id = :id")
                .param("id", state.idAtSeq(3))
                .query(String.class)
                .single();
        long inserted = insertCopyOfSeq(3, copied);
        chainer.chainPending();

        ChainBreak found = firstBreak();

        assertThat(found.kind()).isEqualTo(Kind.UNCHAINABLE_ROW);
        assertThat(found.entryId()).isEqualTo(inserted);
        assertThat(jdbc.sql("select count(*) from audit.chain_link where entry_id = :id")
                        .param("id", inserted)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aForgedChainHashIsAChainHashMismatch() {
        long id = state.idAtSeq(3);
        state.tamper(db -> db.sql("update audit.chain_link set chain_hash = :hash where entry_id = :id")
                .param("hash", "cd".repeat(32))
                .param("id", id)
                .update());

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq, ChainBreak::entryId)
                .containsExactly(Kind.CHAIN_HASH_MISMATCH, 3L, id);
    }

    @Test
    void swappedPositionsAreAChainHashMismatch() {
        long second = state.idAtSeq(2);
        long fifth = state.idAtSeq(5);
        state.tamper(db -> {
            db.sql("update audit.chain_link set chain_seq = 1000002 where entry_id = :id").param("id", second).update();
            db.sql("update audit.chain_link set chain_seq = 2 where entry_id = :id").param("id", fifth).update();
            db.sql("update audit.chain_link set chain_seq = 5 where entry_id = :id").param("id", second).update();
        });

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq)
                .containsExactly(Kind.CHAIN_HASH_MISMATCH, 2L);
    }

    @Test
    void truncationIsCaughtByTheAnchor() {
        anchorer.anchorNow().orElseThrow();
        state.tamper(db -> {
            db.sql("truncate audit.entry, audit.chain_link").update();
            db.sql("update audit.chain_head set chain_seq = 0, chain_hash = repeat('0', 64)").update();
        });

        ChainBreak found = firstBreak();

        assertThat(found.kind()).isEqualTo(Kind.ANCHOR_MISSING);
        assertThat(found.chainSeq()).isEqualTo(ENTRIES);
    }

    @Test
    void cuttingOffTheAnchoredTailIsCaughtByTheAnchor() {
        anchorer.anchorNow().orElseThrow();
        state.tamper(db -> {
            db.sql("delete from audit.entry where id in (select entry_id from audit.chain_link where chain_seq > 7)")
                    .update();
            db.sql("delete from audit.chain_link where chain_seq > 7").update();
            db.sql("update audit.chain_head set chain_seq = 7, "
                            + "chain_hash = (select chain_hash from audit.chain_link where chain_seq = 7)")
                    .update();
        });

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq)
                .containsExactly(Kind.ANCHOR_MISSING, (long) ENTRIES);
    }

    @Test
    void aConsistentRewriteWithoutTheKeyIsARowMacMismatchAtTheStart() {
        anchorer.anchorNow().orElseThrow();
        rewriteEverything(new EntryMac("an attacker's guess at the key!!".getBytes(StandardCharsets.US_ASCII)));

        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq)
                .containsExactly(Kind.ROW_MAC_MISMATCH, 1L);
    }

    @Test
    void aConsistentRewriteWithAStolenKeyIsCaughtByTheAnchor() {
        anchorer.anchorNow().orElseThrow();
        rewriteEverything(mac);

        ChainBreak found = firstBreak();

        assertThat(found.kind()).isEqualTo(Kind.ANCHOR_MISMATCH);
        assertThat(found.chainSeq()).isEqualTo(ENTRIES);
    }

    @Test
    void aDamagedAnchorFileIsReported() throws IOException {
        anchorer.anchorNow().orElseThrow();
        Files.writeString(anchorFile.path(), "garbage\n", StandardOpenOption.APPEND);

        assertThat(firstBreak().kind()).isEqualTo(Kind.ANCHOR_MISMATCH);
    }

    @Test
    void theChainerRefusesToExtendAChainWhoseEndWasDeleted() {
        long id = state.idAtSeq(ENTRIES);
        state.tamper(db -> {
            db.sql("delete from audit.entry where id = :id").param("id", id).update();
            db.sql("delete from audit.chain_link where entry_id = :id").param("id", id).update();
        });
        auditLog.record(AuditEvent.LOGOUT, ADMIN, AuditResult.SUCCESS);

        assertThatThrownBy(chainer::chainPending)
                .isInstanceOf(ChainHead.ChainHeadMismatchException.class);
        assertThat(firstBreak().kind()).isEqualTo(Kind.SEQUENCE_GAP);
    }

    @Test
    void theChainerRefusesToExtendAChainWhoseLastEntryWasEdited() {
        long id = state.idAtSeq(ENTRIES);
        state.tamper(db -> db.sql("update audit.entry set detail = 'edited' where id = :id").param("id", id).update());
        auditLog.record(AuditEvent.LOGOUT, ADMIN, AuditResult.SUCCESS);

        assertThatThrownBy(chainer::chainPending).isInstanceOf(ChainHead.ChainHeadMismatchException.class);
        assertThat(firstBreak()).extracting(ChainBreak::kind, ChainBreak::chainSeq)
                .containsExactly(Kind.ROW_MAC_MISMATCH, (long) ENTRIES);
    }

    @Test
    void aVerificationRequestedByAnAdministratorIsItselfAudited() {
        Actor auditor = Actor.staff("auditor-1", "审计员");

        VerificationReport report = verification.verify(auditor, "10.1.1.1");

        assertThat(report.intact()).isTrue();
        List<String> results = jdbc.sql("""
                        select result from audit.entry
                         where event = 'AUDIT_VERIFICATION_RUN' and actor_id = 'auditor-1' and ip = '10.1.1.1'
                        """)
                .query(String.class)
                .list();
        assertThat(results).containsExactly("SUCCESS");
    }

    /** Inserts a copy of the entry at the chain position, as a new row with the given MAC. */
    private long insertCopyOfSeq(long chainSeq, String rowMac) {
        return jdbc.sql("""
                        insert into audit.entry (occurred_at, actor_type, actor_id, actor_name, ip, event,
                                                 object_type, object_id, result, detail, row_mac)
                        select occurred_at, actor_type, actor_id, actor_name, ip, event,
                               object_type, object_id, result, detail, :mac
                          from audit.entry where id = :id
                        returning id
                        """)
                .param("mac", rowMac)
                .param("id", state.idAtSeq(chainSeq))
                .query(Long.class)
                .single();
    }

    /** Changes every entry's detail and recomputes every MAC, hash and the head with the given key. */
    private void rewriteEverything(EntryMac forger) {
        state.tamper(db -> {
            List<StoredEntry> entries = db.sql("select " + StoredEntry.COLUMNS + StoredEntry.FROM + "order by l.chain_seq")
                    .query(StoredEntry::map)
                    .list();
            String previous = EntryMac.GENESIS;
            for (StoredEntry entry : entries) {
                StoredEntry edited = new StoredEntry(entry.id(), entry.occurredAt(), entry.actorType(),
                        entry.actorId(), entry.actorName(), entry.ip(), entry.event(), entry.objectType(),
                        entry.objectId(), entry.result(), "role=SYSTEM_ADMIN", null, null, null);
                String rowMac = forger.rowMac(edited);
                previous = forger.chainHash(previous, rowMac, entry.chainSeq());
                db.sql("update audit.entry set detail = :detail, row_mac = :mac where id = :id")
                        .param("detail", edited.detail())
                        .param("mac", rowMac)
                        .param("id", entry.id())
                        .update();
                db.sql("update audit.chain_link set chain_hash = :hash where entry_id = :id")
                        .param("hash", previous)
                        .param("id", entry.id())
                        .update();
            }
            db.sql("update audit.chain_head set chain_hash = :hash").param("hash", previous).update();
        });
    }
}
