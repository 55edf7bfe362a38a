package org.onewindow.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.audit.AuditEvent;
import org.onewindow.identity.OneWindowUser;
import org.onewindow.identity.internal.Citizens.Citizen;
import org.onewindow.identity.internal.security.IdentityAudit;
import org.onewindow.registry.LegalEntity;
import org.onewindow.registry.LegalEntityRegistry;
import org.onewindow.registry.ReadPurpose;
import org.onewindow.registry.Reader;
import org.onewindow.registry.RegistryRead;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business accounts: opened by the legal representative on record in the legal-entity registry,
 * who may delegate registered citizens as agents and revoke them.
 */
@Service
public class BusinessAccounts {

    /** A business the citizen may act for, and how. */
    public record Membership(UUID businessId, String creditCode, String name, boolean legalRepresentative) {}

    /** An agent of a business. */
    public record Agent(UUID citizenId, String name, String maskedIdNumber) {}

    private final JdbcClient jdbc;
    private final LegalEntityRegistry entities;
    private final Citizens citizens;
    private final IdentityAudit audit;
    private final Clock clock;

    BusinessAccounts(
            JdbcClient jdbc, LegalEntityRegistry entities, Citizens citizens, IdentityAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.citizens = citizens;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens (or finds) the business account; an error code if the citizen is not its representative. */
    @Transactional
    public Optional<String> open(OneWindowUser user, CreditCode creditCode) {
        Citizen citizen = citizens.byId(user.id()).orElseThrow();
        Optional<LegalEntity> entity = entities.findByCreditCode(creditCode, readBy(user, ReadPurpose.BUSINESS_ACCOUNT_OPENING));
        if (entity.isEmpty() || !entity.get().legalRepresentative().equals(citizen.idNumber())) {
            audit.denied(AuditEvent.BUSINESS_ACCOUNT_OPENED, IdentityAudit.actorOf(user), "business",
                    creditCode.value(), "not the legal representative on record");
            return Optional.of("not_legal_representative");
        }
        if (!"存续".equals(entity.get().status()) && !"在业".equals(entity.get().status())) {
            return Optional.of("business_not_active");
        }
        int inserted = jdbc.sql("""
                insert into identity.business (id, credit_code, name, legal_rep_citizen_id, opened_at)
                values (:id, :code, :name, :rep, :now) on conflict (credit_code) do nothing""")
                .param("id", UUID.randomUUID())
                .param("code", creditCode.value())
                .param("name", entity.get().name())
                .param("rep", citizen.id())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 1) {
            audit.success(AuditEvent.BUSINESS_ACCOUNT_OPENED, IdentityAudit.actorOf(user), "business",
                    creditCode.value(), null);
        }
        return Optional.empty();
    }

    public List<Membership> membershipsOf(UUID citizenId) {
        return jdbc.sql("""
                select b.id, b.credit_code, b.name, true as rep from identity.business b
                where b.legal_rep_citizen_id = :c
                union all
                select b.id, b.credit_code, b.name, false from identity.business b
                join identity.business_agent a on a.business_id = b.id
                where a.citizen_id = :c and a.revoked_at is null
                order by 3""")
                .param("c", citizenId)
                .query((rs, n) -> new Membership(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** The business if the citizen represents it or acts for it; empty otherwise (never someone else's). */
    public Optional<Membership> membership(UUID citizenId, UUID businessId) {
        return membershipsOf(citizenId).stream().filter(m -> m.businessId().equals(businessId)).findFirst();
    }

    public List<Agent> agentsOf(UUID businessId) {
        return jdbc.sql("""
                select c.id, c.name, c.id_number_enc from identity.business_agent a
                join identity.citizen c on c.id = a.citizen_id
                where a.business_id = :b and a.revoked_at is null order by a.granted_at""")
                .param("b", businessId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .stream()
                .map(id -> citizens.byId(id).orElseThrow())
                .map(c -> new Agent(c.id(), c.name(), c.idNumber().masked()))
                .toList();
    }

    /** The legal representative delegates a registered citizen, named and numbered, as agent. */
    @Transactional
    public Optional<String> delegate(OneWindowUser user, UUID businessId, String agentName, IdNumber agentId) {
        Optional<Membership> business = membership(user.id(), businessId).filter(Membership::legalRepresentative);
        if (business.isEmpty()) {
            return Optional.of("business_not_found");
        }
        Optional<Citizen> agent = citizens.byIdNumber(agentId).filter(c -> c.name().equals(agentName.strip()));
        if (agent.isEmpty()) {
            return Optional.of("agent_not_registered");
        }
        if (agent.get().id().equals(user.id())) {
            return Optional.of("agent_is_representative");
        }
        jdbc.sql("""
                insert into identity.business_agent (business_id, citizen_id, granted_at) values (:b, :c, :now)
                on conflict (business_id, citizen_id) do update set granted_at = :now, revoked_at = null""")
                .param("b", businessId)
                .param("c", agent.get().id())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.success(AuditEvent.AGENT_DELEGATED, IdentityAudit.actorOf(user), "business",
                business.get().creditCode(), "agent " + agent.get().id());
        return Optional.empty();
    }

    @Transactional
    public boolean revoke(OneWindowUser user, UUID businessId, UUID agentId) {
        Optional<Membership> business = membership(user.id(), businessId).filter(Membership::legalRepresentative);
        if (business.isEmpty()) {
            return false;
        }
        int revoked = jdbc.sql("""
                update identity.business_agent set revoked_at = :now
                where business_id = :b and citizen_id = :c and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("b", businessId)
                .param("c", agentId)
                .update();
        if (revoked == 1) {
            audit.success(AuditEvent.AGENT_REVOKED, IdentityAudit.actorOf(user), "business",
                    business.get().creditCode(), "agent " + agentId);
        }
        return revoked == 1;
    }

    static RegistryRead readBy(OneWindowUser user, ReadPurpose purpose) {
        return new RegistryRead(
                new Reader("CITIZEN", user.id().toString(), user.name(), IdentityAudit.clientIp()), purpose);
    }
}
